"""Press releases, round 38 (press2): a release printed under a signed letter in the same
exhibit, listings with a dash or words instead of the colon, and a release whose tables
follow its text under a caption or column head instead of a statement's title."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release, parse_press_releases
from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text import html_to_text

# A 2005 EX-99 that prints the chairman's letter, then the release it covers
_LETTER_2005 = """\
                                                                    EXHIBIT 99.1

Dear Fellow Shareholders:

     We are pleased to report another record year for Acme Widget Corp. Revenue grew 18%
and net income rose 22%. We thank our employees and customers for their support.

Sincerely,

/s/ John A. Smith
John A. Smith
Chairman and Chief Executive Officer

          ACME WIDGET CORP. REPORTS RECORD FOURTH QUARTER AND FULL YEAR RESULTS

     DALLAS, Feb. 10, 2005 -- Acme Widget Corp. (NYSE: AWC) today reported net income of
$4.2 million, or $0.31 per diluted share, for the fourth quarter ended December 31, 2004,
compared with $3.4 million, or $0.25 per diluted share, a year earlier.

     "The year closed strongly," said John A. Smith, Chairman and Chief Executive Officer.
"""


def test_the_head_stops_at_the_sign_off_of_a_letter_above_it() -> None:
    release = parse_press_release(_LETTER_2005, "EX-99.1")
    assert release["headline"] == (
        "ACME WIDGET CORP. REPORTS RECORD FOURTH QUARTER AND FULL YEAR RESULTS")
    assert release["subheadlines"] == []
    assert release["date"] == "2005-02-10"
    # signed with no /s/ line, with no blank line under the sign-off, or by the company
    for signer in ("Very truly yours,\nJohn A. Smith\nChairman and Chief Executive Officer\n",
                   "Sincerely,\n\n\n\nJohn A. Smith\nChairman and Chief Executive Officer\n",
                   "Very truly yours,\n\nACME WIDGET CORP.\n\nBy: /s/ John A. Smith\n"
                   "    John A. Smith, Chairman\n"):
        text = _LETTER_2005.replace(
            "Sincerely,\n\n/s/ John A. Smith\nJohn A. Smith\n"
            "Chairman and Chief Executive Officer\n", signer)
        release = parse_press_release(text, "EX-99.1")
        assert release["headline"].startswith("ACME WIDGET CORP. REPORTS"), signer
        assert release["subheadlines"] == [], signer


def test_an_html_letter_signed_over_the_release() -> None:
    html = """<html><body>
<p>Dear Shareholders:</p>
<p>Fiscal 2019 was a year of progress. Revenue grew 12% and we opened four plants.</p>
<p>Sincerely,</p>
<p>/s/ Mary Jones<br>Mary Jones<br>President and Chief Executive Officer</p>
<p align="center"><b>Contoso Foods Reports Fourth Quarter Fiscal 2019 Results</b></p>
<p align="center"><i>Net Sales Up 12%; Four Plants Opened</i></p>
<p>OMAHA, Neb., Aug. 14, 2019 (BUSINESS WIRE) -- Contoso Foods, Inc. (Nasdaq: CFDS) today
reported net sales of $412.5 million for the fourth quarter of fiscal 2019.</p>
</body></html>"""
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["headline"] == "Contoso Foods Reports Fourth Quarter Fiscal 2019 Results"
    assert release["subheadlines"] == ["Net Sales Up 12%; Four Plants Opened"]


_LISTED_1997 = """\
                  ACME WIDGET CORP. REPORTS THIRD QUARTER RESULTS

     DALLAS, Oct. 21, 1997 -- Acme Widget Corp. {listing} today reported net income of
$4.2 million, or $.31 per share, for the third quarter ended September 30, 1997.
"""


def test_listings_with_a_dash_or_words_instead_of_the_colon() -> None:
    cases = [
        ("(NYSE-AWC)", "NYSE", "AWC"),
        ("(NASDAQ - ACWD)", "NASDAQ", "ACWD"),
        ("(Nasdaq/NM-ACWD)", "Nasdaq/NM", "ACWD"),
        ("(AMEX \u2014 AWC)", "AMEX", "AWC"),
        ("(NYSE symbol: AWC)", "NYSE", "AWC"),
        ("(Nasdaq symbol ACWD)", "Nasdaq", "ACWD"),
        ("(NYSE: symbol AWC)", "NYSE", "AWC"),
        ("(Nasdaq NM ticker symbol: ACWD)", "Nasdaq NM", "ACWD"),
    ]
    for listing, exchange, symbol in cases:
        release = parse_press_release(_LISTED_1997.format(listing=listing), "EX-99")
        assert release["tickers"] == [{"exchange": exchange, "symbol": symbol}], listing
    # a dash to a market or another exchange, or to a word, is no symbol (round 66: the
    # exchange, named after the company, is a listing with no symbol); "Symbol:" read by the
    # colon's rule is not read twice
    for listing, symbols in (("(Nasdaq-NM)", [None]), ("(NYSE-AMEX)", [None]),
                             ("(NYSE-listed)", [None]), ("(NYSE Symbol: AWC)", ["AWC"])):
        release = parse_press_release(_LISTED_1997.format(listing=listing), "EX-99")
        assert [t["symbol"] for t in release["tickers"]] == symbols, listing


# A 2004 text release whose tables follow its last paragraph under a title no statement's
_TABLES_2004 = """\
                ACME WIDGET CORP. REPORTS SECOND QUARTER RESULTS

     DALLAS, July 22, 2004 -- Acme Widget Corp. (Nasdaq: ACWD) today reported net income
of $4.2 million, or $0.31 per diluted share, for the second quarter ended June 30, 2004,
compared with $3.1 million, or $0.24 per diluted share, a year ago.

     The Company also said its backlog rose 12% to $80.1 million at June 30, 2004, from
$71.5 million at March 31, 2004.

{tables}
"""
_LAST = ("The Company also said its backlog rose 12% to $80.1 million at June 30, 2004, "
         "from $71.5 million at March 31, 2004.")


def test_the_body_ends_over_a_statement_title_under_a_mixed_case_company_line() -> None:
    # (a table's caption or column head with no statement title over it does not end the
    # body: a summary table amid the story is too common; see the README)
    heads = [
        "Acme Widget Corp.\nCondensed Consolidated Statements of Income\n"
        "(In thousands, except per share data)\n(Unaudited)\n",
    ]
    rows = """\
                                           Three Months Ended June 30,
                                              2004            2003
Net sales                                 $  52,100       $  44,200
Net income                                $   4,200       $   3,100
"""
    for head in heads:
        release = parse_press_release(_TABLES_2004.format(tables=head + rows), "EX-99")
        assert release["body"].endswith(_LAST), head


def test_a_table_amid_the_story_keeps_the_story_under_it() -> None:
    html = """<html><body>
<p align="center"><b>Contoso Energy Reports Third Quarter 2019 Results</b></p>
<p>HOUSTON, Nov. 5, 2019 (GLOBE NEWSWIRE) -- Contoso Energy, Inc. (NYSE: CEI) today reported
financial and operating results for the third quarter of 2019.</p>
<p>Production for the quarter averaged 112,400 Boe per day, of which 58% was oil.</p>
<table>
<tr><td></td><td>Three Months Ended September 30,</td><td>Nine Months Ended September 30,</td></tr>
<tr><td>(In millions)</td><td>2019</td><td>2018</td><td>2019</td><td>2018</td></tr>
<tr><td>Oil sales</td><td>498.1</td><td>412.7</td><td>1,498.1</td><td>1,212.7</td></tr>
</table>
<p>Oil sales rose 21% on higher volumes, partly offset by lower realized prices. The company
expects fourth quarter production of 115,000 Boe per day.</p>
<p>"We delivered another strong quarter," said Jane Doe, Chief Executive Officer of
Contoso Energy, Inc. "Our teams executed well across all of our operating areas."</p>
</body></html>"""
    body = parse_press_releases(html_to_text(html), "EX-99.1")[0]["body"]
    assert "Oil sales 498.1" in body
    assert body.endswith("Our teams executed well across all of our operating areas.\"")


def test_a_sentence_between_two_lists_is_no_part_of_the_first() -> None:
    # rendered, "<ul>...</ul><p>Net sales ...</p><ul>..." reads as an <li> of two <p>s does:
    # the sentence ends the first list (the audit's case; a <li> of several <p>s keeps its
    # first only)
    html = """<html><body>
<p align="center"><b>Acme Widget Corp. Reports Record Fourth Quarter Results</b></p>
<p>DALLAS, Feb. 10, 2016 (BUSINESS WIRE) -- Acme Widget Corp. (NYSE: AWC) today reported net
income of $4.2 million, or $0.31 per diluted share, for the fourth quarter of 2015.</p>
<p><b>Fourth Quarter Highlights:</b></p>
<ul>
<li>Revenue increased 18% to $52.1 million.</li>
<li>Gross margin improved 120 basis points to 41.2%.</li>
</ul>
<p>Net sales for the year were $198.3 million, up 15%.</p>
<ul>
<li>Revenue increased 15% to $198.3 million.</li>
</ul>
<p>"We closed the year with our best quarter ever," said John Smith, Chairman.</p>
</body></html>"""
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["highlights"] == [
        "Revenue increased 18% to $52.1 million.",
        "Gross margin improved 120 basis points to 41.2%.",
    ]


def test_a_market_or_kind_after_the_dash_is_no_symbol() -> None:
    # the audit's cases: a market tier or what is listed, not a symbol
    for listing in ("(Nasdaq-GSM)", "(OTC-QB)", "(OTC - QX)", "(AMEX-ECM)", "(NYSE-ADR)",
                    "(NYSE - REIT)", "(OTC-OTCQB)"):
        text = (f"DALLAS, July 22, 2004 -- Acme Widget Corp. {listing} today reported net "
                "income of $4.2 million for the second quarter.")
        # (round 66: the exchange named after the company, as printed, with no symbol)
        assert find_tickers(text) == [{"exchange": listing[1:-1], "symbol": None}], listing
