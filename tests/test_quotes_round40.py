"""Press-release quotes (round 40): quotes in guillemets, as English releases of Russian,
Swiss and Canadian issuers print them; a firm name set in guillemets ('OJSC \u00abAcme
Steel\u00bb') is no quote."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes


def _who(text: str) -> list[tuple[str, str | None, str]]:
    return [(q["speaker"], q["role"], q["text"]) for q in find_quotes(text)]


_MTS = ("MOSCOW, Russian Federation - March 15, 2005 - Mobile TeleSystems OJSC (\"MTS\" - NYSE: "
        "MBT), the largest mobile phone operator in Russia and the CIS, today announced its "
        "audited US GAAP financial results for the fourth quarter and full year of 2004.\n\n")
_CNW = ("MONTREAL, Feb. 10, 2011 /CNW/ - Groupe Aeroplan Inc. (TSX: AER) today reported its "
        "financial results for the fourth quarter ended December 31, 2010.\n\n")


def test_a_quote_in_guillemets_after_a_lead_in() -> None:
    text = _MTS + (
        "Commenting on the results, Leonid Melamed, President and CEO of MTS, said: \u00abIn "
        "2004 MTS continued its strong growth, adding over 12 million subscribers across "
        "our markets.\u00bb\n")
    assert _who(text) == [(
        "Leonid Melamed", "President and CEO of MTS",
        "In 2004 MTS continued its strong growth, adding over 12 million subscribers across "
        "our markets.")]


def test_a_quote_in_spaced_guillemets_attributed_after_it() -> None:
    # (French spacing inside the marks, a no-break space: "\u00ab\u00a0We ...\u00a0\u00bb,")
    text = _CNW + (
        "\u00ab\u00a0We delivered solid results in 2010 and generated strong free cash flow"
        "\u00a0\u00bb, said Rupert Duchesne, President and Chief Executive Officer.\n")
    assert _who(text) == [(
        "Rupert Duchesne", "President and Chief Executive Officer",
        "We delivered solid results in 2010 and generated strong free cash flow")]


def test_a_firm_name_in_guillemets_is_no_quote() -> None:
    # the role keeps the firm as printed; the quote is only the said words
    text = _MTS + (
        "\u00abThe acquisition strengthens our position in the Urals and adds 1.2 million "
        "subscribers,\u00bb said Alexei Kornya, Chief Financial Officer of OJSC \u00abMobile "
        "TeleSystems\u00bb.\n\n"
        # (inside a double-quoted paragraph a guillemet marks a name that stays in the quote)
        "\"We completed the purchase of \u00abUral-Telecom\u00bb in the fourth quarter,\" "
        "said Leonid Melamed, President and CEO of MTS.\n")
    assert _who(text) == [
        ("Alexei Kornya", "Chief Financial Officer of OJSC \u00abMobile TeleSystems\u00bb",
         "The acquisition strengthens our position in the Urals and adds 1.2 million "
         "subscribers"),
        ("Leonid Melamed", "President and CEO of MTS",
         "We completed the purchase of \u00abUral-Telecom\u00bb in the fourth quarter")]


def test_a_guillemet_quote_over_two_paragraphs() -> None:
    text = _MTS + (
        "Leonid Melamed, President and CEO of MTS, said: \u00abWe are pleased with the year. "
        "Our subscriber base grew by 12 million.\n\n"
        "\u00abIn 2005 we will continue to invest in our networks in Russia and Ukraine.\u00bb\n")
    assert _who(text) == [(
        "Leonid Melamed", "President and CEO of MTS",
        "We are pleased with the year. Our subscriber base grew by 12 million. In 2005 we "
        "will continue to invest in our networks in Russia and Ukraine.")]



_ACME = ("HOUSTON, April 22, 1998 /PRNewswire/ -- Acme Energy Corp. (NYSE: AEC) today reported "
         "first quarter net income of $12.4 million.\n\n")


def test_a_role_printed_in_brackets_after_the_name() -> None:
    text = _ACME + (
        "\"Higher volumes offset weaker natural gas prices in the quarter,\" said Robert L. "
        "Harmon (Chief Executive Officer of Acme Energy).\n\n"
        "Mary Ellen Kurtz (Chief Financial Officer) said: \"We reduced debt by $40 million "
        "during the quarter.\"\n")
    assert _who(text) == [
        ("Robert L. Harmon", "Chief Executive Officer of Acme Energy",
         "Higher volumes offset weaker natural gas prices in the quarter"),
        ("Mary Ellen Kurtz", "Chief Financial Officer",
         "We reduced debt by $40 million during the quarter.")]


def test_a_short_name_in_guillemets_with_a_lower_case_word_is_no_quote() -> None:
    # (Russian firms and brands print a lower-case word: "\u00abGazprom neft\u00bb")
    text = _MTS + (
        "The Company completed the acquisition of a 51% stake in \u00abGazprom neft\u00bb, "
        "said Ivan Petrov, Chief Executive Officer.\n\n"
        "The board of directors of \u00abGazprom transgaz Moscow\u00bb, said Ivan Petrov, "
        "approved the contract.\n\n"
        "Acme's new product line \u00absmart home\u00bb, said Ivan Petrov, CEO of Acme, will "
        "launch in May.\n")
    assert _who(text) == []


def test_a_name_in_guillemets_after_a_guillemet_quote_stays_out_of_it() -> None:
    text = _MTS + (
        "Ivan Petrov, CEO, said: \u00abWe are pleased with the contract.\u00bb Acme shares "
        "are listed on \u00abMoscow exchange\u00bb.\n")
    assert _who(text) == [("Ivan Petrov", "CEO", "We are pleased with the contract.")]


def test_a_name_in_guillemets_inside_a_guillemet_quote_keeps_it_whole() -> None:
    # the inner pair is a level of its own: the quote closes at its own mark
    text = _MTS + (
        "Ivan Petrov, CEO, said: \u00abWe are pleased with the \u00abGazprom neft\u00bb "
        "contract and expect more orders.\u00bb\n")
    assert _who(text) == [(
        "Ivan Petrov", "CEO",
        "We are pleased with the \u00abGazprom neft\u00bb contract and expect more orders.")]


def test_a_firm_in_brackets_opened_by_a_job_word_keeps_its_brackets() -> None:
    # "General", "Principal" open jobs too, but no job noun follows, or a firm's word ends it
    text = _ACME + (
        "\"The partnership gives us scale,\" said John Smith (General Electric).\n\n"
        "\"The new plan lowers our costs,\" said Jane Roe (Principal Financial Group).\n")
    assert _who(text) == [
        ("John Smith", "(General Electric)", "The partnership gives us scale"),
        ("Jane Roe", "(Principal Financial Group)", "The new plan lowers our costs")]
