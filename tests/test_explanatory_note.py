"""explanatory_note (schema 1.1): real amendments of the corpus, then 8-K/A wordings.

The corpus holds no 8-K/A, so the 8-K/A cases are short texts in the words real 8-K/As use
("EXPLANATORY NOTE" ... "Item 9.01 Financial Statements and Exhibits.", the pre-2004 "The
undersigned registrant hereby amends Item 7 ..."), one of them an HTML run through `parse`.
"""

from __future__ import annotations

import re

import pytest

from filing2json.parsers import SCHEMA_VERSION, parse
from filing2json.parsers.sections.explanatory_note import (
    _HEADING,
    MAX_CHARS,
    MAX_PARAGRAPHS,
    _headings,
    find_explanatory_note,
)
from support import FILINGS, SEEDS, convert, filing, validate

# ---- the corpus --------------------------------------------------------------------------------

# 10qa_1997_applecomputerinc_1.txt, the page after the cover, just above "Item 4. Submission of
# Matters to a Vote of Security Holders" (no heading; wrapped lines joined, "thereunder.  In"
# squashed to one space).
APPLE_10QA_NOTE = (
    "The Registrant hereby amends the disclosure contained in Part II of the Registrant's "
    "Quarterly Report on Form 10-Q for the period ended March 28, 1997 to add Item 4 thereto "
    "and the information required thereunder. In accordance with Rule 12b-15 promulgated under "
    "the Securities Exchange Act of 1934, as amended, the complete text of Part II, Item 4, as "
    "amended follows."
)

# sctota_2025_cvrenergyinc_1.txt: the first paragraph after the cover pages ("&ldquo;" -> curly
# quotes, "Carl&nbsp;C. Icahn" -> one space, the trailing &nbsp; dropped).
CVR_SCTOA_NOTE = (
    "This Amendment No. 3 to the Tender Offer Statement on Schedule TO (this \u201cAmendment No. "
    "3\u201d) amends and supplements the Tender Offer Statement on Schedule TO filed by Icahn "
    "Enterprises Holdings L.P. a Delaware limited partnership (together with its direct and "
    "indirect subsidiaries, \u201cIcahn Enterprises,\u201d \u201cwe,\u201d or \u201cus\u201d), "
    "Icahn Enterprises L.P., Icahn Enterprises G.P. Inc., IEP Energy Holding LLC, American "
    "Entertainment Properties Corp., Beckton Corp., and Carl C. Icahn (collectively, the "
    "\u201cFiling Persons\u201d) with the U.S. Securities and Exchange Commission (the "
    "\u201cSEC\u201d) on December 6, 2024, as amended and supplemented by Amendment No. 1 to "
    "the Tender Offer Statement on Schedule TO filed with the Commission on December 18, 2024, "
    "as amended and supplemented by Amendment No. 2 to the Tender Offer Statement on Schedule "
    "TO filed with the Commission on January 6, 2025 (together with any subsequent amendments "
    "and supplements thereto, the \u201cSchedule TO\u201d) relating to an offer by Icahn "
    "Enterprises to purchase up to 17,753,322 shares of common stock, par value $0.01 per share "
    "(the \u201ccommon stock\u201d) of the Company at a price of $18.25 per share, net to the "
    "seller in cash, without interest, less any applicable tax withholding, upon the terms and "
    "subject to the conditions set forth in the Offer to Purchase, dated December 6, 2024 (the "
    "\u201cOffer to Purchase\u201d), and in the related Letter of Transmittal (the \u201cLetter "
    "of Transmittal\u201d which, together with the Offer to Purchase, as each may be amended or "
    "supplemented from time to time, collectively constitute the \u201cOffer\u201d), copies of "
    "which were filed with the Schedule TO as Exhibits (a)(1)(A) and (a)(1)(B), respectively."
)


def test_schema_version_and_key_order() -> None:
    record = filing("10qa_1997_applecomputerinc_1.txt")
    assert SCHEMA_VERSION == record["schema_version"] == "1.1"
    keys = list(record)
    assert keys[keys.index("is_amendment") + 1] == "explanatory_note"


def test_10qa_without_heading_keeps_the_amending_paragraph() -> None:
    record = filing("10qa_1997_applecomputerinc_1.txt")
    assert (record["form_type"], record["is_amendment"]) == ("10-Q/A", True)
    assert record["explanatory_note"] == APPLE_10QA_NOTE
    assert record["items"][0]["number"] == "4"  # the note is the front, before this item


def test_schedule_to_amendment_keeps_its_first_paragraph_only() -> None:
    record = filing("sctota_2025_cvrenergyinc_1.txt")
    assert (record["form_type"], record["is_amendment"]) == ("SC TO-T/A", True)
    assert record["explanatory_note"] == CVR_SCTOA_NOTE


@pytest.mark.parametrize("name, form, amended", [
    ("s1_2023_acurxpharmaceuticalsin_1.txt", "S-1", False),  # delaying legend, upper case
    ("s3a_1995_pageamericagroupinc_1.txt", "S-3/A", True),  # delaying legend in an amendment
    # "This Amendment (Check only one.): [X] is a restatement." states no amendment
    ("13fhra_2000_berkshirehathawayinc_1.txt", "13F-HR/A", True),
    ("10k405_2001_perkinelmerinc_1.txt", "10-K405", False),
    ("10q_1999_indianabelltelephoneco_1.txt", "10-Q", False),
    ("8k_1994_turnerbroadcastingsyst_2.txt", "8-K", False),  # "is hereby amended to read"
    ("8k_2003_louisvillegasandelectr_1.htm", "8-K", False),
    ("8k_2016_sophirisbioinc_1.htm", "8-K", False),
    ("8k_2025_metaplatformsinc_1.txt", "8-K", False),
])
def test_corpus_filings_without_a_note(name: str, form: str, amended: bool) -> None:
    record = filing(name)
    assert (record["form_type"], record["is_amendment"]) == (form, amended)
    assert record["explanatory_note"] is None


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_have_no_note(path) -> None:
    record = convert(path)
    assert (record["form_type"], record["is_amendment"]) == ("8-K", False)
    assert record["explanatory_note"] is None


def test_prospectus_prose_that_amends_no_report_is_no_note() -> None:
    # an S-1/A's front is its prospectus: "amends" there names no report or item
    text = ("     If Congress amends the Internal Revenue Code, our tax position may change.\n\n"
            "     We are amending our business plan to focus on medical devices.\n")
    assert find_explanatory_note(text, None, True) is None


def test_registration_delaying_legend_is_never_a_note() -> None:
    # the S-3/A cover legend, as 1995 plain text wraps it, in a front marked as an amendment
    text = ("     The Registrant hereby amends this Registration Statement on\n"
            "such date or dates as may be necessary to\n"
            "delay its effective date until the Registrant shall file a\n"
            "further amendment which specifically states that\n"
            "this Registration Statement shall thereafter become effective.\n")
    assert find_explanatory_note(text, None, True) is None


# ---- 8-K/A wordings ----------------------------------------------------------------------------

COVER = """\
                      SECURITIES AND EXCHANGE COMMISSION
                            Washington, D.C. 20549

                                 FORM 8-K/A
                              (Amendment No. 1)

                               CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                       Securities Exchange Act of 1934

      Date of Report (Date of earliest event reported): March 3, 2015

                              ACME CORPORATION
           (Exact name of registrant as specified in its charter)

"""

HEADED = COVER + """\
EXPLANATORY NOTE

On March 3, 2015, Acme Corporation (the "Company") filed a Current Report on
Form 8-K (the "Original Report") to report the completion of its acquisition
of Widget, Inc. This Amendment No. 1 on Form 8-K/A amends the Original Report
to include the financial statements and pro forma financial information required by
Item 9.01 of Form 8-K, which were not included in the Original Report.

Except as set forth herein, no modifications have been made to information
contained in the Original Report.

Item 9.01   Financial Statements and Exhibits.

(a) Financial statements of businesses acquired.
"""
HEADED_NOTE = (
    'On March 3, 2015, Acme Corporation (the "Company") filed a Current Report on Form 8-K (the '
    '"Original Report") to report the completion of its acquisition of Widget, Inc. This '
    "Amendment No. 1 on Form 8-K/A amends the Original Report to include the financial "
    "statements and pro forma financial information required by Item 9.01 of Form 8-K, which "
    "were not included in the Original Report.\n\n"
    "Except as set forth herein, no modifications have been made to information contained in "
    "the Original Report."
)


@pytest.mark.parametrize("amended", [True, False])
def test_heading_then_paragraphs_up_to_item_9_01(amended: bool) -> None:
    before = HEADED.index("Item 9.01   Financial")
    assert find_explanatory_note(HEADED, before, amended) == HEADED_NOTE
    # with no item offset the Item 9.01 heading ends it ("Item 9.01 of Form 8-K," does not)
    assert find_explanatory_note(HEADED, None, amended) == HEADED_NOTE


def test_nothing_after_the_first_item_is_read() -> None:
    before = HEADED.index("EXPLANATORY NOTE")
    assert find_explanatory_note(HEADED, before, True) is None


@pytest.mark.parametrize("heading", [
    "Explanatory Note", "EXPLANATORY NOTE:", "Explanatory Note.", "EXPLANATORY STATEMENT",
    "PURPOSE OF AMENDMENT", "Purpose of this Amendment", "AMENDMENT NO. 1 - EXPLANATORY NOTE",
    "EXPLANATORY NOTE REGARDING AMENDMENT NO. 1", "   Explanatory Note  ",
    # plain text underlines its headings; a capitals-only rest still belongs to the heading
    "                EXPLANATORY NOTE\n                ----------------",
    "Explanatory Note\n================", "EXPLANATORY NOTE - AMENDMENT NO. 1",
    "EXPLANATORY NOTE: FORM 8-K/A",
])
def test_heading_spellings(heading: str) -> None:
    text = HEADED.replace("EXPLANATORY NOTE", heading, 1)
    assert find_explanatory_note(text, None, False) == HEADED_NOTE


def test_note_on_the_heading_line() -> None:
    text = COVER + """\
Explanatory Note: This Amendment No. 1 to the Current Report on Form 8-K of Acme
Corporation, filed with the Securities and Exchange Commission on May 5, 2008, is being
filed to correct the date of the event reported in Item 5.02.

SIGNATURES
"""
    assert find_explanatory_note(text, None, True) == (
        "This Amendment No. 1 to the Current Report on Form 8-K of Acme Corporation, filed "
        "with the Securities and Exchange Commission on May 5, 2008, is being filed to correct "
        "the date of the event reported in Item 5.02.")


def test_pre_2004_undersigned_registrant_hereby_amends() -> None:
    text = COVER + """\
     The undersigned registrant hereby amends Item 7 of its Current Report on Form 8-K
dated December 1, 1999 to read in its entirety as follows:

Item 7.  Financial Statements and Exhibits.
"""
    before = text.index("Item 7.  Financial")
    expected = ("The undersigned registrant hereby amends Item 7 of its Current Report on Form "
                "8-K dated December 1, 1999 to read in its entirety as follows:")
    assert find_explanatory_note(text, before, True) == expected
    assert find_explanatory_note(text, before, False) is None  # only amendments, no heading


@pytest.mark.parametrize("statement", [
    "This Form 8-K/A is being filed to include the exhibit omitted from the Original Report.",
    "The Company is filing this Amendment No. 2 to furnish the press release as Exhibit 99.1.",
    "The purpose of this Amendment No. 1 is to file the financial statements of Widget, Inc.",
    # a registrant that amends (or is amending) a named report or item, files "this
    # Amendment", or an "Amendment No. 2 ..." / "This 8-K/A ..." opening the sentence
    "By this amendment, the Registrant amends Item 7 of its Current Report on Form 8-K dated "
    "March 1, 2001 to include the required financial statements.",
    "Acme Corporation amends Item 2.01 of its Current Report on Form 8-K filed March 5, 2015.",
    "Acme Corporation is amending its Current Report on Form 8-K filed on March 5, 2015 to "
    "include the financial statements of Widget, Inc.",
    "The Registrant hereby files this Amendment No. 1 to its Current Report on Form 8-K dated "
    "March 1, 2001.",
    "Amendment No. 2 to the Current Report on Form 8-K of Acme Corporation filed March 5, 2015 "
    "is being filed to include the pro forma financial information.",
    "This 8-K/A amends the Current Report on Form 8-K filed on March 5, 2015.",
])
def test_other_amendment_statements(statement: str) -> None:
    text = COVER + statement + "\n\nItem 9.01 Financial Statements and Exhibits.\n"
    assert find_explanatory_note(text, text.index("Item 9.01"), True) == statement


def test_html_8ka_end_to_end() -> None:
    html = b"""<html><body>
<p style="text-align:center"><b>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p style="text-align:center"><b>FORM 8-K/A</b></p><p style="text-align:center">(Amendment No. 1)</p>
<p style="text-align:center">Date of Report (Date of earliest event reported): March 3, 2015</p>
<p style="text-align:center"><b>ACME CORPORATION</b></p>
<p><b>EXPLANATORY NOTE</b></p>
<p>This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K filed by Acme
Corporation on March 5, 2015 to include the financial statements required by Item 9.01.</p>
<p>No other changes have been made to the Original Report.&nbsp;</p>
<p><b>Item 9.01 Financial Statements and Exhibits.</b></p>
<p>(a) Financial statements of businesses acquired.</p>
<p style="text-align:center"><b>SIGNATURES</b></p>
</body></html>"""
    record = validate(parse(html, "acme-8ka.htm"))
    assert (record["shape"], record["form_type"], record["is_amendment"]) == (
        "html", "8-K/A", True)
    assert record["explanatory_note"] == (
        "This Amendment No. 1 on Form 8-K/A amends the Current Report on Form 8-K filed by Acme "
        "Corporation on March 5, 2015 to include the financial statements required by Item "
        "9.01.\n\nNo other changes have been made to the Original Report.")
    assert [item["number"] for item in record["items"]] == ["9.01"]


@pytest.mark.parametrize("amended", [True, False])
def test_mention_inside_a_sentence_is_not_a_heading(amended: bool) -> None:
    text = COVER + """\
The Company's restated results, as described in the Explanatory Note below, are
final. The figures, as set out in the
Explanatory Note below, were audited.

Item 2.02 Results of Operations and Financial Condition.
"""
    assert find_explanatory_note(text, None, amended) is None


def test_non_amendment_without_heading_is_null() -> None:
    text = COVER.replace("8-K/A", "8-K") + """\
This Current Report on Form 8-K amends nothing; it reports the closing of the merger.

Item 2.01 Completion of Acquisition or Disposition of Assets.
"""
    assert find_explanatory_note(text, text.index("Item 2.01"), False) is None


def test_table_of_contents_line_is_skipped() -> None:
    text = ("FORM 10-K/A\n\nTABLE OF CONTENTS\n\nExplanatory Note ........................ 3\n"
            "PART I ................................. 4\n\n" + HEADED[len(COVER):])
    assert find_explanatory_note(text, None, True) == HEADED_NOTE


@pytest.mark.parametrize("stop", ["SIGNATURES", "FORWARD-LOOKING STATEMENTS", "Table of Contents",
                                  "FORM 10-K/A", "PART I", "ITEM 1.  BUSINESS"])
def test_note_ends_at_the_next_heading(stop: str) -> None:
    text = ("EXPLANATORY NOTE\n\nThis Amendment No. 1 amends the Annual Report.\n\n" + stop
            + "\n\nText of the next section.\n")
    assert find_explanatory_note(text, None, True) == (
        "This Amendment No. 1 amends the Annual Report.")


def test_paragraph_and_length_limits() -> None:
    paragraphs = [f"Paragraph {n} of the note." for n in range(1, 16)]
    text = "EXPLANATORY NOTE\n\n" + "\n\n".join(paragraphs) + "\n"
    assert find_explanatory_note(text, None, True) == "\n\n".join(paragraphs[:MAX_PARAGRAPHS])
    long_text = "EXPLANATORY NOTE\n\n" + "The Company restated its results. " * 1000
    note = find_explanatory_note(long_text, None, True)
    assert note is not None and note.startswith("The Company restated") and (
        MAX_CHARS - 40 < len(note) <= MAX_CHARS)


@pytest.mark.parametrize("text, before", [
    ("", None), ("EXPLANATORY NOTE", None), ("EXPLANATORY NOTE\n\n", 5), ("\x00\n" * 50, None),
    ("x", -7), ("Explanatory Note" + " " * 5000, 10**9),
])
def test_odd_input_gives_null(text: str, before: int | None) -> None:
    assert find_explanatory_note(text, before, True) is None


# ---- the key-word scan answers as the single pattern ------------------------------------------
# _headings finds key words with two literal-led patterns merged in order; the definition is one
# `EXPLANATORY|Explanatory|PURPOSE|Purpose` pattern. On the corpus files that hold the words
# (whole texts: their fronts hold none) and on the 8-K/A wording above, the lines tried and the
# headings found must be the same.
_KEY_WORD = re.compile(r"EXPLANATORY|Explanatory|PURPOSE|Purpose")


def _headings_by_definition(front: str) -> list[tuple[int, int]]:
    found, line_end = [], -1
    for word in _KEY_WORD.finditer(front):
        if word.start() <= line_end:
            continue
        line_start = front.rfind("\n", 0, word.start()) + 1
        line_end = front.find("\n", word.start())
        line_end = len(front) if line_end < 0 else line_end
        match = _HEADING.match(front, line_start)
        if match:
            found.append(match.span())
    return found


@pytest.mark.parametrize("name", ["20f_2021_plymouthrocktechnologi_1.htm",
                                  "8k_1994_turnerbroadcastingsyst_2.txt", "8k_2015_appleinc_1.txt",
                                  "8k_2016_atrinsicinc_1.txt", "sctota_2025_cvrenergyinc_1.txt"])
def test_key_words_found_as_one_pattern_finds_them(name: str) -> None:
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    assert [m.span() for m in _headings(text)] == _headings_by_definition(text)
    assert _KEY_WORD.search(text)


def test_headed_note_found_by_the_merged_scan() -> None:
    text = "PURPOSE of nothing\nExplanatory text\n" + HEADED
    spans = [m.span() for m in _headings(text)]
    assert spans == _headings_by_definition(text)
    assert [text[a:b] for a, b in spans][-1].startswith("EXPLANATORY NOTE")

