"""Quotes of press releases: who said them, when the release names the speaker in full
only once, in layouts of 1995-2025 releases."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release


def test_surname_takes_the_role_printed_before_the_full_name():
    # Business Wire 2007, HTML rendered to text: "Smith said" after "... Officer John Smith"
    body = "\n".join([
        "DALLAS--(BUSINESS WIRE)--March 5, 2007--Acme Corp. (NYSE:ACM) Chief Executive "
        "Officer John A. Smith will retire on June 30, the company said today.",
        "\u201cIt has been an honor to lead Acme for eleven years,\u201d Smith said.",
    ])
    assert find_quotes(body) == [{
        "speaker": "John A. Smith",
        "role": "Chief Executive Officer",
        "text": "It has been an honor to lead Acme for eleven years",
    }]


def test_surname_takes_the_role_after_an_age_or_given_with_as():
    body = "\n\n".join([
        "     HOUSTON, Texas, May 2, 1997 -- Redstone Drilling Co. said today that\n"
        "Thomas R. Baker, 58, its president and chief operating officer, will become\n"
        "chief executive officer on July 1.",
        '     "I am grateful to the board for its confidence," Baker said.',
        "     The board also appointed Linda K. Moss as Chief Financial Officer, effective\n"
        "June 1.",
        '     "Redstone has a strong balance sheet," Moss said.',
    ])
    quotes = find_quotes(body)
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Thomas R. Baker", "president and chief operating officer"),
        ("Linda K. Moss", "Chief Financial Officer"),
    ]


def test_pronoun_after_a_paragraph_reporting_the_speaker():
    # the paragraph before quotes no one but says who spoke: "..., commented on the results"
    body = "\n\n".join([
        "Net sales rose 12% to $410.2 million.",
        "Mary Jones, chief financial officer of Tailspin, commented on the quarter's "
        "margins in a conference call with analysts.",
        '"We cut operating expenses by 10% while growing sales," she said.',
    ])
    assert find_quotes(body) == [{
        "speaker": "Mary Jones",
        "role": "chief financial officer of Tailspin",
        "text": "We cut operating expenses by 10% while growing sales",
    }]


def test_nested_quote_printed_with_swapped_marks_stays_in_the_quote():
    # 2009 text (8k_2009_horizonfinancialcorp_1): the nested quote opens with '' and
    # closes with ``, so the glyphs alone would end the quote after "as a result of"
    text = "\n".join([
        "Exhibit 99.1",
        "",
        "             HORIZON FINANCIAL REPORTS THIRD FISCAL QUARTER RESULTS",
        "",
        "     BELLINGHAM, Wash., Jan. 27, 2009 -- Horizon Financial Corp. (Nasdaq: HRZB)",
        "today reported third fiscal quarter results.",
        "",
        "The investment and mortgage-backed securities portfolio totaled $68.4 million",
        "at December 31, 2008. ``We recognized a write-down of $309,000 as a result of",
        "''other than temporary impairment`` on private mortgage-backed securities we",
        "received from the in-kind distribution of the Shay AMF family of mutual funds,''",
        "said Greg Spear, Horizon's Chief Financial Officer.",
        "",
    ])
    quotes = parse_press_release(text, "EX-99.1")["quotes"]
    assert quotes == [{
        "speaker": "Greg Spear",
        "role": "Chief Financial Officer",
        "text": "We recognized a write-down of $309,000 as a result of ''other than temporary "
        "impairment`` on private mortgage-backed securities we received from the in-kind "
        "distribution of the Shay AMF family of mutual funds",
    }]


def test_accented_and_particle_names_are_speakers():
    # GlobeNewswire 2019, HTML rendered to text: European names
    body = "\n".join([
        "\u201cThe acquisition doubles our presence in Spain,\u201d said Jos\u00e9 Garc\u00eda, "
        "chief executive officer of Fabrikam.",
        "\u201cWe expect it to add to earnings in 2020,\u201d said Maria de la Cruz, chief "
        "financial officer.",
        "\u201cIntegration starts next week,\u201d Garc\u00eda added.",
    ])
    quotes = find_quotes(body)
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Jos\u00e9 Garc\u00eda", "chief executive officer of Fabrikam"),
        ("Maria de la Cruz", "chief financial officer"),
        ("Jos\u00e9 Garc\u00eda", "chief executive officer of Fabrikam"),
    ]


def test_role_ending_in_inc_keeps_its_period_and_stops_at_the_sentence_end():
    body = (
        '"We are pleased with the quarter," said Karen Wu, president of Contoso Inc. Contoso '
        "also reported revenue of $5.2 million for the quarter.\n"
        '"We will grow," said Jan van der Berg, chief executive officer of Fabrikam N.V.\n'
    )
    quotes = find_quotes(body)
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Karen Wu", "president of Contoso Inc."),
        ("Jan van der Berg", "chief executive officer of Fabrikam N.V."),
    ]


def test_surname_before_a_who_clause_resolves():
    body = "\n\n".join([
        "Robert Brown, chairman of Litware, will retire in May.",
        '"It has been a privilege," said Brown, who founded Litware in 1985.',
    ])
    assert find_quotes(body) == [{
        "speaker": "Robert Brown",
        "role": "chairman of Litware",
        "text": "It has been a privilege",
    }]


def test_quote_left_open_goes_on_in_a_paragraph_naming_its_speaker_again():
    # 2008 text (8k_2008_horizonfinancialcorp_5): the first paragraph ends inside the quote;
    # the next opens with a quote mark and names the same speaker: one quote
    body = "\n\n".join([
        "``We have been in the construction lending field for the better part of a\n"
        "century,'' said Rich Jacobson, Chief Executive Officer. ``We have established\n"
        "procedures to manage our construction lending programs.",
        "``We continue to have exposure to commercial construction and land development\n"
        "projects,'' Jacobson continued. ``We increased the second quarter loan loss\n"
        "provision.''",
        "Total deposits increased 18% year over year.",
    ])
    assert find_quotes(body) == [{
        "speaker": "Rich Jacobson",
        "role": "Chief Executive Officer",
        "text": "We have been in the construction lending field for the better part of a "
        "century. We have established procedures to manage our construction lending programs. "
        "We continue to have exposure to commercial construction and land development "
        "projects. We increased the second quarter loan loss provision.",
    }]


def test_defined_term_opening_the_next_paragraph_is_no_quote():
    body = "\n".join([
        "\u201cWe delivered record cash flow this quarter,\u201d said Karen Wu, chief financial "
        "officer.",
        "\u201cAdjusted EBITDA\u201d is a non-GAAP financial measure that the Company defines "
        "as net income before interest, taxes, depreciation and amortization.",
    ])
    assert find_quotes(body) == [{
        "speaker": "Karen Wu",
        "role": "chief financial officer",
        "text": "We delivered record cash flow this quarter",
    }]


def test_role_drops_a_leading_the_as_it_drops_a_possessive():
    body = (
        "\u201cDemand was strong in every region,\u201d said Karen Wu, the chief executive "
        "officer of Contoso.\n"
        "\u201cMargins improved,\u201d said Tom Baker, Contoso\u2019s chief financial officer.\n"
    )
    assert [q["role"] for q in find_quotes(body)] == [
        "chief executive officer of Contoso",
        "chief financial officer",
    ]


_HEAD = ("                    Acme Reports First Quarter Results\n\n"
         "NEW YORK, May 5, 2015 /PRNewswire/ -- Acme Corp. (NYSE: ACM) today reported\n"
         "results for the first quarter ended March 31, 2015.\n\n")


def test_a_title_before_a_surname_named_in_full_earlier():
    body = "\n\n".join([
        "     DALLAS, Jan. 5, 2010 -- Acme Corp. today named Mary L. Brown chief executive\n"
        "officer and elected Robert Smith chairman of the board.",
        '     "We had a strong year," said CEO Brown. "Our sales rose 12 percent."',
        '     Chairman Smith said, "The board is united behind the plan."',
    ])
    assert find_quotes(body) == [
        {"speaker": "Mary L. Brown", "role": "CEO",
         "text": "We had a strong year. Our sales rose 12 percent."},
        {"speaker": "Robert Smith", "role": "Chairman",
         "text": "The board is united behind the plan."},
    ]
    # a title before a surname the release never names in full is no one it can tell
    assert find_quotes('"We will win," said President Carter.') == []


def test_a_nickname_inside_a_speaker_name():
    body = ('"We delivered record revenue," said William "Bill" Smith, president and chief '
            'executive officer. "Our margins improved," said Robert (Bob) Jones, chief '
            "financial officer.")
    assert [(q["speaker"], q["role"], q["text"]) for q in find_quotes(body)] == [
        ('William "Bill" Smith', "president and chief executive officer",
         "We delivered record revenue"),
        ("Robert (Bob) Jones", "chief financial officer", "Our margins improved"),
    ]


def test_a_quote_goes_on_over_the_list_it_leads_into():
    # the mark left open at "include:" (PR Newswire 2005): the list is quoted, and so is the
    # paragraph after it up to its closing mark
    text = _HEAD + (
        '"We made great progress this quarter," said Jane Doe, Chief Executive Officer.\n'
        '"Highlights of the quarter include:\n\n'
        "     --  Record revenue of $50 million, up 20 percent;\n"
        "     --  Three new customers in Europe; and\n"
        "     --  Debt reduced by $10 million.\n\n"
        'We expect this momentum to continue through the year."\n\n'
        "Acme will hold a conference call at 5 p.m. Eastern time.\n")
    assert parse_press_release(text, "EX-99.1")["quotes"] == [{
        "speaker": "Jane Doe", "role": "Chief Executive Officer",
        "text": "We made great progress this quarter. Highlights of the quarter include: "
                "Record revenue of $50 million, up 20 percent; Three new customers in "
                "Europe; and Debt reduced by $10 million. We expect this momentum to "
                "continue through the year."}]


def test_a_quote_closed_in_its_list_or_before_it():
    # GlobeNewswire 2020, HTML bullets rendered "\u2022 ": the last item closes the mark
    text = _HEAD + (
        "Jane Doe, Chief Executive Officer, said, \u201cDuring the quarter we:\n\n"
        "\u2022 grew revenue 20 percent\n\n"
        "\u2022 added three customers\n\n"
        "\u2022 reduced debt by $10 million.\u201d\n\n"
        "Acme will hold a conference call at 5 p.m. Eastern time.\n")
    assert parse_press_release(text, "EX-99.1")["quotes"] == [{
        "speaker": "Jane Doe", "role": "Chief Executive Officer",
        "text": "During the quarter we: grew revenue 20 percent; added three customers; "
                "reduced debt by $10 million."}]
    # closed before its list: the list is the release's, not the speaker's
    text = _HEAD + (
        '"We made great progress this quarter," said Jane Doe, Chief Executive Officer.\n'
        "First quarter highlights:\n\n"
        "  *  Revenue grew 20 percent\n"
        "  *  Three new customers\n\n"
        "Acme will hold a conference call at 5 p.m. Eastern time.\n")
    assert parse_press_release(text, "EX-99.1")["quotes"] == [{
        "speaker": "Jane Doe", "role": "Chief Executive Officer",
        "text": "We made great progress this quarter"}]


def test_a_surname_finds_the_full_name_printed_with_a_nickname():
    body = "\n\n".join([
        "DALLAS, Jan. 5, 2010 -- Acme Corp. today announced that Robert (Bob) Jones, its "
        'chief financial officer, will retire and that William "Bill" Smith will succeed him.',
        '"It has been a privilege to serve Acme," said Mr. Jones.',
        '"I look forward to the work ahead," Smith said.',
    ])
    assert [(q["speaker"], q["role"]) for q in find_quotes(body)] == [
        ("Robert (Bob) Jones", "chief financial officer"),
        ('William "Bill" Smith', None),
    ]


def test_the_company_word_and_a_title_before_a_surname():
    body = "\n\n".join([
        "DALLAS, Jan. 5, 2010 -- Acme Corp. today named Jane Doe president.",
        '"We grew in every region," said Acme President Doe.',
    ])
    assert find_quotes(body) == [{"speaker": "Jane Doe", "role": "Acme President",
                                  "text": "We grew in every region"}]


def test_a_quote_under_a_paragraph_ending_said_colon():
    # UK releases (RNS): the attribution a paragraph of its own, the quote under it
    body = "\n\n".join([
        "LONDON, 3 March 2015 -- Halcyon Devices plc today announces its results for the "
        "year ended 31 December 2014.",
        "Commenting on the results, John Smith, Chief Executive, said:",
        '"2014 was a year of strong progress for the Group. We grew revenue by 12%."',
        '"We enter 2015 with a strong order book."',
    ])
    assert find_quotes(body) == [{
        "speaker": "John Smith", "role": "Chief Executive",
        "text": "2014 was a year of strong progress for the Group. We grew revenue by 12%. "
                "We enter 2015 with a strong order book."}]
    # a heading ending in a colon introduces no quote
    assert find_quotes("Highlights:\n\n\"Adjusted EBITDA\" is a non-GAAP measure.") == []
