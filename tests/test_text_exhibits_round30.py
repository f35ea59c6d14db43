"""Document text and exhibit lists, round 30: a statement's note to its reader closing most
pages is text, not a running foot; a press release's "Exhibits" section of trade shows is no
exhibit list."""

from filing2json.parsers import parse
from filing2json.parsers.text import clean_plain_text
from support import submission

_CENTRE = " " * 38
_STATEMENTS = [
    "                     ACME INSTRUMENTS, INC. AND SUBSIDIARIES\n"
    "                      CONSOLIDATED BALANCE SHEETS (Unaudited)\n"
    "                              (In thousands)\n\n"
    "                                             March 31,    December 31,\n"
    "                                               1998           1997\n"
    "                                            ----------    ------------\n"
    "Cash and cash equivalents                   $  12,345      $  10,987\n"
    "Accounts receivable, net                       23,456         21,098\n",
    "                     ACME INSTRUMENTS, INC. AND SUBSIDIARIES\n"
    "                CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)\n"
    "                    (In thousands, except per share data)\n\n"
    "Net sales                                   $  45,678      $  41,234\n"
    "Cost of sales                                  30,123         27,456\n",
    "                     ACME INSTRUMENTS, INC. AND SUBSIDIARIES\n"
    "                CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)\n"
    "                              (In thousands)\n\n"
    "Net income                                  $   3,456      $   2,987\n"
    "Depreciation and amortization                   1,234          1,102\n",
    "                     ACME INSTRUMENTS, INC. AND SUBSIDIARIES\n"
    "              NOTES TO CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)\n\n"
    "1.   Basis of Presentation\n\n"
    "     The accompanying unaudited consolidated financial statements have been\n"
    "prepared in accordance with generally accepted accounting principles for\n"
    "interim financial information.\n",
]


def test_a_statements_note_to_its_reader_over_the_page_number_stays() -> None:
    # each statement page of a 10-Q closes with its pointer to the notes over the centred
    # page number; the notes' page has none: 3 pages in 4, but text under each statement
    for note in ("See notes to consolidated financial statements.",
                 "The accompanying notes are an integral part of these financial statements.",
                 "See Notes to Consolidated Financial Statements"):
        text = "".join(
            f"{page}\n          {note}\n\n{_CENTRE}{n}\n<PAGE>\n" if n < 4
            else f"{page}\n{_CENTRE}{n}\n" for n, page in enumerate(_STATEMENTS, 1))
        out = clean_plain_text(text)
        assert out.count(note) == 3
        assert "\n" + _CENTRE + "2\n" not in out  # the page numbers still go
    # a running foot naming the company and form still goes with its number
    foot = "                    Acme Instruments, Inc. - Form 10-Q"
    text = "".join(f"{page}\n{foot}\n{_CENTRE}{n}\n<PAGE>\n" if n < 4 else f"{page}\n{_CENTRE}{n}\n"
                   for n, page in enumerate(_STATEMENTS, 1))
    assert "Form 10-Q" not in clean_plain_text(text)


_SIX_K = """                                   FORM 6-K

                      REPORT OF FOREIGN PRIVATE ISSUER
                   PURSUANT TO RULE 13a-16 OR 15d-16 OF
                    THE SECURITIES EXCHANGE ACT OF 1934

                       For the month of January 2024

                       Commission File Number 001-38123

                              ACME ROBOTICS LTD.
                (Translation of registrant's name into English)

                12 Hamada Street, Herzliya 4673300, Israel

Acme Robotics Unveils Next-Generation Vision Platform

HERZLIYA, Israel, January 3, 2024 -- Acme Robotics Ltd. (NASDAQ: ACRB), a leading
provider of machine vision systems, today announced its next-generation platform.

Exhibits
{body}

About Acme Robotics
Acme Robotics Ltd. develops machine vision systems for industrial automation.

                                  SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant
has duly caused this report to be signed on its behalf by the undersigned.

                                        ACME ROBOTICS LTD.

Date: January 3, 2024                   By: /s/ Dan Levy
                                            Dan Levy, Chief Financial Officer
"""


def _six_k(body: str) -> list[tuple[str, str]]:
    text = _SIX_K.format(body=body)
    raw = submission(text).replace(b"\t8-K", b"\t6-K").replace(b"<TYPE>8-K", b"<TYPE>6-K")
    record = parse(raw, "acme_6k_2024.txt")
    assert record["form_type"] == "6-K"
    return [(e["number"], e["description"]) for e in record["exhibits"]]


def test_a_press_releases_exhibits_section_of_trade_shows_is_no_list() -> None:
    # the release's own "Exhibits" section says where the company exhibits; a line of its
    # schedule opens with a date, not an exhibit number
    shows = ("Acme will exhibit its new platform at the following trade shows:\n"
             "9 January 2024    CES, Las Vegas Convention Center, Booth 123\n"
             "26 February 2024  MWC Barcelona, Hall 5, Stand 5A21\n")
    assert _six_k(shows) == []
    assert _six_k("26 February 2024  MWC Barcelona, Hall 5, Stand 5A21\n") == []
    # a 6-K's list under its bare heading, with or without a sentence above it, is read
    listed = "99.1   Press release dated January 3, 2024.\n"
    assert _six_k(listed) == [("99.1", "Press release dated January 3, 2024.")]
    intro = "The following exhibit is furnished with this report on Form 6-K:\n\n" + listed
    assert _six_k(intro) == [("99.1", "Press release dated January 3, 2024.")]


def test_a_sentence_closing_every_page_is_still_a_running_foot() -> None:
    # only a statement's pointer to its notes reads as text; a legend, a copyright line or
    # the form's name closing every page over its number is a foot, full stop or not
    for foot in ("Form 10-Q for the quarter ended March 31, 1998.",
                 "Confidential treatment has been requested for portions of this exhibit.",
                 "Copyright (c) 1999 Acme Instruments, Inc. All rights reserved.",
                 "The Notes Company, Inc."):
        text = "".join(f"{page}\n          {foot}\n{_CENTRE}{n}\n<PAGE>\n"
                       for n, page in enumerate(_STATEMENTS, 1))
        out = clean_plain_text(text)
        assert foot not in out
        assert "Cash and cash equivalents" in out
    # the notes' pointers in their other spellings stay
    for note in ("(See accompanying notes)",
                 "The notes to consolidated financial statements are an integral part of "
                 "these statements."):
        text = "".join(
            f"{page}\n          {note}\n\n{_CENTRE}{n}\n<PAGE>\n" if n < 4
            else f"{page}\n{_CENTRE}{n}\n" for n, page in enumerate(_STATEMENTS, 1))
        assert clean_plain_text(text).count(note) == 3


def test_a_header_row_or_an_intro_over_a_bare_exhibits_list_is_read() -> None:
    listed = ("99.1   Press release dated January 3, 2024.\n"
              "99.2   Investor presentation, January 2024.\n")
    want = [("99.1", "Press release dated January 3, 2024."),
            ("99.2", "Investor presentation, January 2024.")]
    for above in ("Exhibit Number   Description\n--------------   -----------\n",
                  "Exhibit No.    Description of Exhibit\n\n",
                  "Number  Description\n",
                  "Exhibit\tDescription\n",
                  "-------\n\n",
                  "The following documents are included in this report on Form 6-K:\n\n",
                  "The following are included as part of this Form 6-K:\n\n"):
        assert _six_k(above + listed) == want, above
    # a header row of other words, or a date in a schedule of shows, still reads as no list
    assert _six_k("Visit Acme at the following trade shows this quarter:\n\n"
                  "10   Hannover Messe, Hall 9, Stand D18\n") == []
    assert _six_k("Date              Show\n"
                  "26 February 2024  MWC Barcelona, Hall 5, Stand 5A21\n") == []


def test_an_exhibit_title_opening_with_a_month_is_read() -> None:
    assert _six_k("99.1   May 2024 Investor Presentation\n"
                  "99.2   Press release dated May 3, 2024.\n") == [
        ("99.1", "May 2024 Investor Presentation"),
        ("99.2", "Press release dated May 3, 2024.")]
    assert _six_k("99.1   January 3, 2024 press release of Acme Robotics Ltd.\n") == [
        ("99.1", "January 3, 2024 press release of Acme Robotics Ltd.")]
