"""find_items on real filings: the seeds, 8-Ks 1994-2026 (text and HTML), 10-K405, 10-Q, 20-F,
other forms; header ITEM INFORMATION agreement; never-crash and speed.

The primary document is the first <DOCUMENT>'s <TEXT> body, sliced here with str.find until the
envelope splitter is wired in; HTML goes through the project's html_to_text.
"""

from __future__ import annotations

import re
import time
from functools import cache

import pytest

from filing2json.parsers.linescan import LinePattern
from filing2json.parsers.sections import item_catalog as cat
from filing2json.parsers.sections.items import _END_OF_ITEMS, _STOP, find_items, tidy_text
from filing2json.parsers.sections.patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_HEADING
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, SAMPLES

_HTML = re.compile(r"<(?:html|body|div|p|font)[\s>]", re.I)
_TYPE = re.compile(r"<TYPE>([^\n<]+)")
_ITEM_INFORMATION = re.compile(r"^ITEM INFORMATION:[ \t]*(\S[^\n]*?)[ \t]*$", re.M)


@cache
def primary(name: str) -> tuple[str, str | None]:
    """(text of the first document, its <TYPE>) of a corpus filing."""
    raw = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    start = raw.find("<TEXT>")
    body = raw
    if start >= 0:
        end = raw.find("</TEXT>", start)
        body = raw[start + 6 : end if end > 0 else len(raw)]
    m = _TYPE.search(raw)
    text = html_to_text(body) if _HTML.search(body[:5000]) else body
    return text, m.group(1).strip() if m else None


def items_of(name: str, form_type: str | None = "") -> list:
    text, declared = primary(name)
    return find_items(text, declared if form_type == "" else form_type)


def summary(name: str, form_type: str | None = "") -> list[tuple[str, str | None]]:
    return [(s.number, s.title) for s in items_of(name, form_type)]


# --- the seeds ---------------------------------------------------------------------------

SEEDS = sorted(SAMPLES.glob("*.txt"))
SEED_STARTS = ["On August 2, 2000, the Registrant issued", "On December 27, 2000, the Registrant",
               "On September 20, 2001, the Registrant", "On April 24, 2002, the Registrant"]


@pytest.mark.parametrize("path, start", list(zip(SEEDS, SEED_STARTS, strict=True)),
                         ids=lambda p: str(p)[-25:])
def test_seed_has_one_item_5(path, start):
    text = path.read_text(encoding="utf-8", errors="replace")
    for form_type in ("8-K", None):  # None: "FORM 8-K" is read from the cover
        spans = find_items(text, form_type)
        assert [s.as_dict()["number"] for s in spans] == ["5"]
        item = spans[0].as_dict()
        assert item["title"] == "Other Events"
        assert item["standard_title"] == "Other Events"
        assert item["scheme"] == "pre-2004"
        assert item["equivalent"] == "8.01"
        assert item["text"].startswith(start)
        assert "SIGNATURES" not in item["text"]
        assert "Pursuant to the requirements" not in item["text"]


def test_seed_offsets_and_dict_keys():
    text = SEEDS[0].read_text(encoding="utf-8", errors="replace")
    span = find_items(text, "8-K")[0]
    assert text[span.start :].startswith("Item 5.  Other Events")
    assert text[span.end :].lstrip().startswith("SIGNATURES")
    assert list(span.as_dict()) == [
        "number", "title", "standard_title", "scheme", "equivalent", "text"]


# --- 8-Ks, old scheme -----------------------------------------------------------------------

def test_1994_ims_8k_turner():
    (item,) = items_of("8k_1994_turnerbroadcastingsyst_1.txt")
    assert (item.number, item.title, item.standard_title) == (
        "7", "EXHIBITS", "Financial Statements and Exhibits")
    assert item.equivalent == "9.01"
    assert item.text.startswith("(c)     Exhibits")


def test_1994_ims_8k_union_camp_wrapped_title():
    assert summary("8k_1994_unioncampcorp_1.txt") == [
        ("5", "OTHER EVENTS"),
        ("7", "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS")]
    five = items_of("8k_1994_unioncampcorp_1.txt")[0]
    assert five.text.startswith("On August 9, 1994 Union Camp Corporation issued a press")


def test_1994_dash_separator_zurn():
    assert summary("8k_1994_zurnindustriesinc_2.txt") == [("5", "OTHER EVENTS")]


def test_1996_bare_headings_and_a_reference_cotelligent():
    spans = items_of("8k_1996_cotelligentgroupinc_3.txt")
    assert [(s.number, s.title, s.standard_title) for s in spans] == [
        ("2", None, "Acquisition or Disposition of Assets"),
        ("5", None, "Other Events"),
        ("7", "Exhibits", "Financial Statements and Exhibits")]
    assert spans[1].text.startswith("On October 7, 1996, the Company completed the acquisition")
    # "referred to in\n         Item 2.  The registrant will file" stays inside item 7
    assert "Item 2.  The registrant will file" in spans[2].text
    assert "SIGNATURES" not in spans[2].text and "EXHIBIT INDEX" not in spans[2].text


def test_1996_table_of_contents_line_is_not_an_item():
    (item,) = items_of("8k_1996_cotelligentgroupinc_4.txt")
    assert (item.number, item.title) == ("5", "OTHER EVENTS")
    assert item.text.startswith("Pursuant to  contractual  obligations")


def test_1999_several_items_westell():
    spans = items_of("8k_1999_westelltechnologiesinc_3.txt")
    assert [(s.number, s.title) for s in spans] == [
        ("5", "OTHER EVENTS"), ("7", "Financial Statements and Exhibits")]
    assert spans[0].text.startswith('On December 13, 1999, Westell Technologies, Inc. ("Westell")')
    assert spans[0].text.endswith("share.")
    assert "EXHIBIT INDEX" not in spans[1].text and "Gaynor" not in spans[1].text


def test_1999_not_applicable_list_is_no_item_apple():
    spans = items_of("8k_1999_applecomputerinc_1.txt")
    assert [(s.number, s.title) for s in spans] == [
        ("5", "Other Events"),
        ("7", "Financial Statements, Pro Forma Financial Information and Exhibits")]
    assert spans[1].text.startswith("(c)       Exhibits")
    assert "INDEX TO EXHIBITS" not in spans[1].text


def test_2000_all_items_listed_with_none_rock_of_ages():
    spans = items_of("8k_2000_rockofagescorp_1.txt")
    assert [s.number for s in spans] == [str(n) for n in range(1, 9)]
    assert spans[0].text == "None."
    assert spans[4].title == "OTHER EVENTS"
    assert spans[4].text.startswith("On September 26, 2000, the Registrant completed")
    # no SIGNATURES heading here: the signature sentence ends the last item
    assert spans[7].text.startswith("Not applicable.")
    assert "Pursuant to the requirements" not in spans[7].text


def test_2000_change_of_accountant_innovative():
    assert summary("8k_2000_innovativeclinicalsolu_4.txt") == [
        ("4", "CHANGE IN REGISTRANT'S CERTIFYING ACCOUNT"),  # sic
        ("7", "FINANCIAL STATEMENTS AND EXHIBITS")]


def test_2001_html_contents_without_page_numbers_stockwalk():
    spans = items_of("8k_2001_stockwalkgroupinc_1.txt")
    assert [(s.number, s.title) for s in spans] == [
        ("2", "Acquisition or Disposition of Assets"), ("3", "Bankruptcy or Receivership"),
        ("5", "Other Items")]
    assert spans[0].text.startswith("On October 2, 2001, under the terms of an agreement")
    assert spans[2].standard_title == "Other Events"


def test_2002_item_without_space_pericom():
    spans = items_of("8k_2002_pericomsemiconductorco_1.txt")
    assert [(s.number, s.title) for s in spans] == [
        ("5", "Other Events"), ("7", "Financial Statements and Exhibits")]
    assert spans[0].text.startswith("On March 6, 2002 the Board of Directors of Pericom")


def test_2003_html_without_form_type_louisville():
    # a bare HTML primary document: the form is read from its cover
    spans = items_of("8k_2003_louisvillegasandelectr_1.htm", None)
    assert [(s.number, s.title, s.scheme, s.equivalent) for s in spans] == [
        ("9", "Regulation FD Disclosure", "pre-2004", "7.01")]
    assert spans[0].text.startswith("On March 25, 2003, in connection with the filing")


@pytest.mark.parametrize("name", [
    "8k_2004_applecomputerinc_2.txt", "8k_2004_astafundinginc_5.txt",
    "8k_2004_searsroebuckandco_1.txt"])
def test_2004_filings_with_old_numbers_are_pre_2004(name):
    spans = items_of(name)
    assert [(s.number, s.scheme, s.equivalent) for s in spans] == [
        ("7", "pre-2004", "9.01"), ("12", "pre-2004", "2.02")]
    assert spans[1].standard_title == "Results of Operations and Financial Condition"


# --- 8-Ks, 2004 scheme ----------------------------------------------------------------------

def test_2005_decimal_items_with_wrapped_title_asta():
    spans = items_of("8k_2005_astafundinginc_4.txt")
    assert [(s.number, s.scheme, s.equivalent) for s in spans] == [
        ("1.01", "2004", None), ("2.03", "2004", None), ("9.01", "2004", "7")]
    assert spans[1].title == ("CREATION OF A DIRECT FINANCIAL OBLIGATION OR AN OBLIGATION UNDER "
                              "AN OFF-BALANCE SHEET ARRANGEMENT OF A REGISTRANT")
    assert spans[1].text.startswith("The information set forth above in Item 1.01")


def test_2005_upper_case_title_wrapped_pericom():
    spans = items_of("8k_2005_pericomsemiconductorco_8.txt")
    assert [s.number for s in spans] == ["4.02", "9.01"]
    assert spans[0].title.endswith("OR A RELATED AUDIT REPORT OR COMPLETED INTERIM REVIEW")
    assert spans[0].text.startswith("On August 1, 2005, management of the Company advised")


def test_2006_underline_is_part_of_the_heading_horizon():
    spans = items_of("8k_2006_horizonfinancialcorp_1.txt")
    assert [(s.number, s.title) for s in spans] == [
        ("2.02", "Results of Operations and Financial Condition"),
        ("9.01", "Financial Statements and Exhibits")]
    assert spans[0].text.startswith("On January 19, 2006, Horizon")


def test_2007_hyphen_after_number_expertelligence():
    (item,) = items_of("8k_2007_expertelligenceinc_1.txt")
    assert (item.number, item.title, item.equivalent) == ("8.01", "Other Events", "5")


def test_2009_html_expertelligence():
    (item,) = items_of("8k_2009_expertelligenceinc_1.txt")
    assert (item.number, item.standard_title) == (
        "4.01", "Changes in Registrant's Certifying Accountant")
    assert item.title == "Changes in Registrant\u2019s Certifying Accountant"
    assert "SIGNATURES" not in item.text


@pytest.mark.parametrize("name, expected", [
    ("8k_2011_appleinc_2.txt", ["2.02", "9.01"]),
    ("8k_2012_waltdisneyco_1.txt", ["8.01", "9.01"]),
    ("8k_2015_appleinc_2.txt", ["5.03", "9.01"]),
    ("8k_2016_sophirisbioinc_1.htm", ["2.02", "9.01"]),
    ("8k_2018_waltdisneyco_1.txt", ["1.01", "8.01", "9.01"]),
    ("8k_2019_oraclecorp_1.txt", ["5.02", "9.01"]),
    ("8k_2022_caterpillarinc_1.txt", ["2.02", "7.01", "9.01"]),
    ("8k_2024_appleinc_1.txt", ["2.02", "9.01"]),
    ("8k_2025_internationalflavorsan_1.txt", ["5.07"]),
    ("8k_2025_metaplatformsinc_1.txt", ["5.02"]),
    ("8k_2026_nvidiacorp_1.txt", ["5.02", "9.01"]),
])
def test_html_8ks(name, expected):
    spans = items_of(name)
    assert [s.number for s in spans] == expected
    for s in spans:
        assert s.scheme == "2004"
        assert s.title and cat.similarity(s.title, s.standard_title) >= 0.8
        assert s.text
        assert "Pursuant to the requirements" not in s.text


def test_2026_nvidia_item_5_02():
    five, nine = items_of("8k_2026_nvidiacorp_1.txt")
    assert five.title == five.standard_title == (
        "Departure of Directors or Certain Officers; Election of Directors; Appointment of "
        "Certain Officers; Compensatory Arrangements of Certain Officers")
    assert five.equivalent == "6"
    assert five.text.startswith("Adoption of Fiscal Year 2027 Variable Compensation Plan")
    assert five.text.endswith("is incorporated herein by reference.")
    assert nine.text.startswith("(d) Exhibits")


def test_2022_caterpillar_last_item_stops_at_signatures():
    nine = items_of("8k_2022_caterpillarinc_1.txt")[-1]
    assert nine.text.endswith("formatted in Inline XBRL.")
    assert "Suzette" not in nine.text


def test_2016_section_line_ends_the_item_before_it_atrinsic():
    eight, nine = items_of("8k_2016_atrinsicinc_1.txt")
    assert "SECTION 9" not in eight.text
    assert nine.text.startswith("(d) Exhibits")


def test_2005_html_old_5_02_title_exelon():
    (item,) = items_of("8k_2005_exeloncorp_1.txt")
    assert item.title == ("Departure of Directors or Principal Officers; Election of Directors; "
                          "Appointment of Principal Officers")
    assert item.standard_title == cat.standard_title("8-K", "5.02")


# --- header ITEM INFORMATION agreement ------------------------------------------------------

_HEADER_DISAGREES = {
    # header says "Changes in control of registrant"; the document reports Item 5 Other Events
    "8k_1996_cotelligentgroupinc_4.txt",
    # header lists Financial Statements and Exhibits; the document has no Item 9.01 heading
    "8k_2009_expertelligenceinc_1.txt",
}


def _matches(header_value: str, spans) -> bool:
    return any(header_value == s.number
               or max(cat.similarity(header_value, s.standard_title or ""),
                      cat.similarity(header_value, s.title or "")) >= 0.75 for s in spans)


@pytest.mark.parametrize("name", sorted(
    p.name for p in FILINGS.glob("8k_*") if p.name not in _HEADER_DISAGREES))
def test_items_agree_with_header_item_information(name):
    raw = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    named = _ITEM_INFORMATION.findall(raw)
    spans = items_of(name)
    for value in named:
        assert _matches(value, spans), (value, [(s.number, s.title) for s in spans])


# --- 10-K405, 10-Q, 20-F ---------------------------------------------------------------------

def test_10k405_perkinelmer():
    spans = items_of("10k405_2001_perkinelmerinc_1.txt")
    assert [s.number for s in spans] == [str(n) for n in range(1, 15)]
    assert {s.scheme for s in spans} == {None} and {s.equivalent for s in spans} == {None}
    by = {s.number: s for s in spans}
    assert by["1"].title == "BUSINESS"
    assert by["7"].title == ("MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS AND "
                             "FINANCIAL CONDITION")
    assert by["4"].standard_title == "Submission of Matters to a Vote of Security Holders"
    assert by["14"].standard_title == (
        "Exhibits, Financial Statement Schedules, and Reports on Form 8-K")
    assert "PART II" not in by["4"].text  # a Part heading ends the item above it
    assert "SIGNATURES" not in by["14"].text


def test_10q_part_one_items_indiana_bell():
    spans = items_of("10q_1999_indianabelltelephoneco_1.txt")
    assert [(s.number, s.title, s.standard_title) for s in spans] == [
        ("1", "Financial Statements", "Financial Statements"),
        ("2", "Management's Discussion and Analysis of Results of Operations",
         "Management's Discussion and Analysis of Financial Condition and Results of "
         "Operations")]
    assert {s.scheme for s in spans} == {None}
    assert spans[0].text.startswith("CONDENSED STATEMENTS OF INCOME AND REINVESTED EARNINGS")


def test_10qa_part_two_item_apple():
    (item,) = items_of("10qa_1997_applecomputerinc_1.txt")
    assert (item.number, item.standard_title) == (
        "4", "Submission of Matters to a Vote of Security Holders")
    assert item.text.startswith("a)             The annual meeting of shareholders was held")


def test_20f_plymouth_after_its_table_of_contents():
    spans = items_of("20f_2021_plymouthrocktechnologi_1.htm", None)
    assert [s.number for s in spans] == [
        "1", "2", "3", "4", "4A", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
        "16A", "16B", "16C", "16D", "16E", "16F", "17", "18", "19"]
    by = {s.number: s for s in spans}
    assert by["1"].title == "IDENTITY OF DIRECTORS, SENIOR MANAGEMENT AND ADVISORS"
    assert by["1"].text == "Not applicable to Form 20-F filed as an Annual Report."
    assert by["13"].text == "Not applicable."
    assert by["16F"].standard_title == "Change in Registrant's Certifying Accountant"
    assert {(s.scheme, s.equivalent) for s in spans} == {(None, None)}  # 8-K numberings only


def test_20f_aegon_toc_with_page_numbers_skipped():
    spans = items_of("20f_2001_aegonnv_1.htm", "20-F")
    assert [s.number for s in spans] == [str(n) for n in range(1, 17)] + ["18", "19"]
    by = {s.number: s for s in spans}
    assert by["4"].title == "Information on the Company"
    assert len(by["4"].text) > 10000  # the body, not the contents line
    assert by["15"].standard_title == "[Reserved]"


# --- other forms -----------------------------------------------------------------------------

def test_s1_part_two_items_with_standard_titles():
    spans = items_of("s1_2023_acurxpharmaceuticalsin_1.txt")
    assert [(s.number, s.title) for s in spans] == [
        ("13", "Other Expenses of Issuance and Distribution"),
        ("14", "Indemnification of Directors and Officers"),
        ("15", "Recent Sales of Unregistered Securities"), ("16", "Exhibits"),
        ("17", "Undertakings")]
    # the form's titles (Item 16 is "Exhibits and Financial Statement Schedules" on Form S-1);
    # no scheme, no crosswalk
    assert [s.standard_title for s in spans] == [
        "Other Expenses of Issuance and Distribution", "Indemnification of Directors and "
        "Officers", "Recent Sales of Unregistered Securities",
        "Exhibits and Financial Statement Schedules", "Undertakings"]
    assert {(s.scheme, s.equivalent) for s in spans} == {(None, None)}


@pytest.mark.parametrize("name", [
    "4_2024_mcguirkrichardl_1.txt", "13fhr_2023_ltsonemanagementlp_1.txt",
    "corresp_2005_alltelcorp_1.txt", "abs15g_2025_veroscreditllc_1.txt"])
def test_forms_without_item_headings(name):
    assert items_of(name) == []


# --- robustness and speed --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "\n", "Item", "Item 5.", "ITEM 99.\n" * 3, "\x00\xff" * 50,
                                  "Item 5.\r Other Events\r body\r"])
def test_odd_input_never_raises(text):
    assert isinstance(find_items(text, None), list)
    assert isinstance(find_items(text, "8-K"), list)


def test_lone_carriage_returns():
    text = SEEDS[0].read_text(encoding="utf-8").replace("\n", "\r")
    (item,) = find_items(text, "8-K")
    assert item.title == "Other Events"


def test_tidy_text():
    assert tidy_text("  a  \n\n\n\n b \t\n") == "a\n\n b"


def test_speed_on_a_10k():
    text, form_type = primary("10k405_2001_perkinelmerinc_1.txt")
    big = text * 20  # about 6 MB
    start = time.process_time()
    find_items(big, form_type)
    seconds = time.process_time() - start
    assert len(big) / seconds > 5e6  # well above 5 MB/s (about 40 MB/s measured)


# --- the prefiltered scans answer as the plain patterns ----------------------------------------
# items.py tries the section-end headings only on lines that open with one of their first
# letters, and folds blank runs without the per-line rstrip when no line ends in spaces; on
# filings of every shape (and the same lines indented with spaces, tabs, NBSP) the lines found
# and the bodies must be those of the plain definitions.
_SHAPES = ("8k_2000_stockwalkcomgroupinc_3.txt", "10k405_2001_perkinelmerinc_1.txt",
           "20f_2001_aegonnv_1.htm", "10q_1999_indianabelltelephoneco_1.txt",
           "8k_2000_rockofagescorp_1.txt", "8k_2022_caterpillarinc_1.txt",
           "8k_1996_cotelligentgroupinc_3.txt")
_INDENTS = ("", "   ", "\t", "\xa0 ")


def _stop_lines(pattern: LinePattern, text: str) -> list[int]:
    return [pattern.line_start(m) for m in pattern.finditer(text)]


def test_stop_lines_are_the_shared_headings_lines():
    plain = LinePattern("|".join(f"(?:{p.pattern.replace('*+', '*')})" for p in (
        SIGNATURE_HEADING, EXHIBIT_INDEX_HEADING, _END_OF_ITEMS)))
    for name in _SHAPES:
        text = primary(name)[0]
        for indent in _INDENTS:
            shifted = text.replace("\n", "\n" + indent)
            assert _stop_lines(_STOP, shifted) == _stop_lines(plain, shifted), (name, indent)
    # the real lines behind: Rock of Ages 2000 has no SIGNATURES heading, only the sentence
    text = primary("8k_2000_rockofagescorp_1.txt")[0]
    assert [text[i:i + 40] for i in _stop_lines(_STOP, text)] == [
        "Pursuant to the requirements of the Secu"]
    text = primary("10k405_2001_perkinelmerinc_1.txt")[0]
    assert [text[i:text.index("\n", i)].strip() for i in _stop_lines(_STOP, text)] == [
        "CONSENT OF INDEPENDENT PUBLIC ACCOUNTANTS", "POWER OF ATTORNEY", "SIGNATURES",
        "PURSUANT TO THE REQUIREMENTS OF SECTION 13 OR 15(d) OF THE SECURITIES",
        "EXHIBIT INDEX"]


def _tidy_by_definition(body: str) -> str:
    return re.sub(r"\n\n\n+", "\n\n", "\n".join(map(str.rstrip, body.split("\n")))).strip()


def test_tidy_text_answers_as_the_per_line_definition():
    trailing = 0
    for name in _SHAPES:
        text, declared = primary(name)
        for span in find_items(text, declared):
            body = text[span.start : span.end]
            for variant in (body, body.replace("\n", "  \n"), body + " \t", "\xa0\n" + body):
                assert tidy_text(variant) == _tidy_by_definition(variant), name
            trailing += re.search(r"[^\S\n]\n", body) is not None
    assert trailing == 3  # Cotelligent 1996: three items with lines ending in spaces


# --- layouts the corpus lacks, written as filings of their era print them ---------------------

def test_paragraph_run_on_from_the_heading_line_stays_one_paragraph():
    text = ("ITEM 8.01. OTHER EVENTS.  On May 1, 2008, the Company announced a dividend of\n"
            "$0.10 per share payable June 1, 2008 to holders of record on May 15, 2008.\n\n"
            "ITEM 9.01. FINANCIAL STATEMENTS AND EXHIBITS.\n\n     (d)  Exhibits.  None.\n")
    spans = find_items(text, "8-K")
    assert [(s.number, s.title) for s in spans] == [
        ("8.01", "OTHER EVENTS"), ("9.01", "FINANCIAL STATEMENTS AND EXHIBITS")]
    assert spans[0].text == ("On May 1, 2008, the Company announced a dividend of\n$0.10 per "
                             "share payable June 1, 2008 to holders of record on May 15, 2008.")


def test_html_bold_headings_run_into_their_paragraphs():
    html = ("<html><body><p><b>Item 2.02 Results of Operations and Financial Condition</b> On "
            "April 24, 2008, Acme Widget Corporation issued a press release announcing its first"
            " quarter results.</p><p><b>Item 9.01 Financial Statements and Exhibits</b> (d) "
            "Exhibits. 99.1 Press release dated April 24, 2008.</p><p align=center><b>SIGNATURES"
            "</b></p></body></html>")
    spans = find_items(html_to_text(html), "8-K")
    assert [(s.number, s.title, s.scheme, s.equivalent) for s in spans] == [
        ("2.02", "Results of Operations and Financial Condition", "2004", "12"),
        ("9.01", "Financial Statements and Exhibits", "2004", "7")]
    assert spans[0].text.startswith("On April 24, 2008, Acme Widget Corporation issued")
    assert spans[1].text == "(d) Exhibits. 99.1 Press release dated April 24, 2008."


def test_10q_part_two_answers_after_dashes():
    text = ("PART II.  OTHER INFORMATION\n\nItem 1.   Legal Proceedings - None\n\n"
            "Item 2.   Changes in Securities - None\n\n"
            "Item 6.   Exhibits and Reports on Form 8-K\n\n"
            "          (a)  Exhibits:  27 Financial Data Schedule\n")
    spans = find_items(text, "10-Q")
    assert [(s.number, s.title, s.standard_title, s.text) for s in spans] == [
        ("1", "Legal Proceedings", "Legal Proceedings", "None"),
        ("2", "Changes in Securities", "Changes in Securities", "None"),
        ("6", "Exhibits and Reports on Form 8-K", "Exhibits and Reports on Form 8-K",
         "(a)  Exhibits:  27 Financial Data Schedule")]


def test_10k_part_three_combined_heading_keeps_its_text():
    text = ("                                    PART III\n\nITEMS 10, 11, 12 AND 13.\n\n"
            "     Incorporated by reference to the Proxy Statement.\n\n"
            "                                    PART IV\n\n"
            "ITEM 14. EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K\n\n"
            "     (a) Documents filed as part of this report.\n")
    spans = find_items(text, "10-K")
    assert [(s.number, s.title) for s in spans] == [
        ("10", None), ("11", None), ("12", None), ("13", None),
        ("14", "EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K")]
    assert spans[0].text == "Incorporated by reference to the Proxy Statement."


def test_long_run_of_spaces_in_a_heading_line_scans_in_linear_time():
    # an HTML rendering can leave thousands of padding spaces on one line
    line = "Item 1.   Legal Proceedings" + " " * 20000 + "- None\n"
    start = time.process_time()
    spans = find_items(f"PART II\n\n{line}", "10-Q")
    assert time.process_time() - start < 0.5  # measured: 1 ms (5 s when quadratic)
    assert [(s.number, s.title, s.text) for s in spans] == [
        ("1", "Legal Proceedings", "None")]


_RUNNING_HEAD_PAGES = (
    "<p align=center><b>FORM 10-K</b></p><p>MICROSOFT CORPORATION</p>"
    "<hr style='page-break-after:always'>"
    "<p align=right>PART II</p><p align=right>Item 7</p>"
    "<p><b>ITEM 7. MANAGEMENT&#8217;S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND "
    "RESULTS OF OPERATIONS</b></p>"
    "<p>The following Management&#8217;s Discussion and Analysis is intended to help the "
    "reader understand the results of operations and financial condition.</p>"
    "<p><b>Overview</b></p><p>Microsoft is a technology company.</p><p align=center>39</p>"
    "<hr style='page-break-after:always'>"
    "<p align=right>PART II</p><p align=right>Item 7</p>"
    "<p><b>Highlights</b></p><p>Revenue increased $13.6 billion or 7% driven by growth in "
    "Intelligent Cloud.</p><p align=center>40</p><hr style='page-break-after:always'>"
    "<p align=right>PART II</p><p align=right>Item 7A</p>"
    "<p><b>ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK</b></p>"
    "<p>We are exposed to economic risk from foreign exchange rates.</p>"
    "<p align=center><b>SIGNATURES</b></p>")


@pytest.mark.parametrize("head", [None, "<table><tr><td>PART II</td><td>{}</td></tr></table>"])
def test_running_head_of_part_and_item_atop_each_page_continues_the_item(head):
    # Microsoft 10-Ks (2010s-2020s) print "PART II" / "Item 7" atop every page of Item 7 (or
    # both in one table row): the item runs on, without those lines
    html = _RUNNING_HEAD_PAGES
    if head:
        html = re.sub(r"<p align=right>PART II</p><p align=right>(Item 7A?)</p>",
                      lambda m: head.format(m.group(1)), html)
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("7", "Management's Discussion and Analysis of Financial Condition and Results of "
              "Operations"),
        ("7A", "Quantitative and Qualitative Disclosures About Market Risk")]
    assert spans[0].title.startswith("MANAGEMENT\u2019S DISCUSSION")
    assert spans[0].text == (
        "The following Management\u2019s Discussion and Analysis is intended to help the reader"
        " understand the results of operations and financial condition.\n\nOverview\n\n"
        "Microsoft is a technology company.\n\nHighlights\n\nRevenue increased $13.6 billion "
        "or 7% driven by growth in Intelligent Cloud.")
    assert spans[1].text == "We are exposed to economic risk from foreign exchange rates."


def test_page_furniture_of_html_pages_is_no_item_text():
    # Workiva-style 10-Ks (2010s-2020s): a "Table of Contents" link atop each page (alone or
    # beside the company's name) and a footer with the page number; a table row that happens
    # to end in "| 12" on three pages is kept (it is double-spaced)
    page = ("<p><a href='#toc'>Table of Contents</a></p>{}"
            "<p align=center>Acme Corp. | 2023 Form 10-K | {}</p>"
            "<hr style='page-break-after:always'>")
    html = "<p align=center><b>FORM 10-K</b></p>" + "".join(page.format(*p) for p in [
        ("<p><b>Item 1. Business</b></p><p>Acme Corp. designs and sells widgets.</p>", 4),
        ("<p>We have 1,200 employees.</p><pre>Widgets  | 12</pre>", 5),
        ("<p><b>Item 1A. Risk Factors</b></p><p>Our business is subject to risks.</p>"
         "<pre>Widgets  | 12</pre>", 10),
        ("<table><tr><td>Table of Contents</td><td>Acme Corp.</td></tr></table>"
         "<p><b>Item 1B. Unresolved Staff Comments</b></p><p>None.</p>"
         "<pre>Widgets  | 12</pre>", 20)])
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text) for s in spans] == [
        ("1", "Acme Corp. designs and sells widgets.\n\nWe have 1,200 employees.\n\n"
              "Widgets  | 12"),
        ("1A", "Our business is subject to risks.\n\nWidgets  | 12"),
        ("1B", "None.\n\nWidgets  | 12")]


def test_index_to_financial_statements_link_atop_each_page_is_no_item_text() -> None:
    # Donnelley-style 10-Ks and S-1s: "Table of Contents" and "Index to Financial Statements"
    # links atop each page; the F-pages' own "INDEX TO FINANCIAL STATEMENTS" heading stays
    links = ("<p><a href='#toc'>Table of Contents</a></p>"
             "<p><a href='#fs'>Index to Financial Statements</a></p>")
    pages = [
        "<p><b>Item 1. Business</b></p><p>Acme Corp. designs and sells widgets.</p>",
        "<p><b>Item 1A. Risk Factors</b></p><p>Our business is subject to risks.</p>",
        "<p><b>Item 8. Financial Statements and Supplementary Data</b></p><p>The financial "
        "statements are set forth beginning on page F-1.</p>",
        "<p align=center><b>INDEX TO FINANCIAL STATEMENTS</b></p><table><tr><td>Balance "
        "Sheets</td><td>F-2</td></tr></table>"]
    html = "<p align=center><b>FORM 10-K</b></p>" + "".join(
        f"{links}{page}<p align=center>{n}</p><hr style='page-break-after:always'>"
        for n, page in enumerate(pages, 3))
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text) for s in spans] == [
        ("1", "Acme Corp. designs and sells widgets."),
        ("1A", "Our business is subject to risks."),
        ("8", "The financial statements are set forth beginning on page F-1.\n\n"
              "INDEX TO FINANCIAL STATEMENTS\n\nBalance Sheets\tF-2")]
    # printed twice (the contents' line and a mention), the line is item text
    text = ("Item 8.  Financial Statements\n\nIndex to Financial Statements\n\n"
            "Balance Sheets                                F-2\n\n"
            "Item 15.  Exhibits\n\nIndex to Financial Statements\n")
    spans = find_items(text, "10-K")
    assert [s.text.count("Index to Financial Statements") for s in spans] == [1, 1]


def test_page_furniture_in_table_rows_is_no_item_text() -> None:
    # Target's 10-K for fiscal 2025: atop each page a row of the section's name and the
    # "Table of Contents" link, a row of the subsection's and the "Index to Financial
    # Statements" link; at its foot a row of the company, the form and the page number
    head = ("<table><tr><td>{}</td><td><a href='#toc'>Table of Contents</a></td></tr>"
            "<tr><td>{}</td><td><a href='#fs'>Index to Financial Statements</a></td></tr>"
            "</table>")
    foot = ("<table><tr><td>TARGET CORPORATION</td><td>2025 Form 10-K</td><td>{}</td></tr>"
            "</table><hr style='page-break-after:always'>")
    pages = [
        ("BUSINESS", "GENERAL", "<p><b>Item 1. Business</b></p><p>Target Corporation was "
         "incorporated in Minnesota in 1902.</p>"),
        ("RISK FACTORS", "STRATEGIC RISKS", "<p><b>Item 1A. Risk Factors</b></p><p>Our "
         "business is subject to risks.</p>"),
        ("MARKET", "PERFORMANCE GRAPH", "<p><b>Item 5. Market for the Registrant's Common "
         "Equity</b></p><p>Our common stock is listed on the NYSE.</p><p><b>Item 6. "
         "[Reserved]</b></p>"),
        ("MANAGEMENT'S DISCUSSION AND ANALYSIS", "EXECUTIVE OVERVIEW & FINANCIAL SUMMARY",
         "<p><b>Item 7. Management's Discussion and Analysis</b></p><p>In 2025, we operated "
         "in a dynamic environment.</p>")]
    html = "<p align=center><b>FORM 10-K</b></p>" + "".join(
        head.format(section, sub) + body + foot.format(n)
        for n, (section, sub, body) in enumerate(pages, 3))
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text) for s in spans] == [
        ("1", "Target Corporation was incorporated in Minnesota in 1902."),
        ("1A", "Our business is subject to risks."),
        ("5", "Our common stock is listed on the NYSE."),
        ("6", ""),
        ("7", "In 2025, we operated in a dynamic environment.")]


_TEN_Q_1999_BODY = (
    "                         PART I.  FINANCIAL INFORMATION\n\n"
    "Item 1.   Financial Statements\n\n"
    "                      CONDENSED CONSOLIDATED BALANCE SHEETS\n\n"
    "Cash and cash equivalents                     $  12,345      $  10,222\n\n"
    "Item 2.   Management's Discussion and Analysis of Financial Condition and\n"
    "          Results of Operations\n\n"
    "     Revenues for the second quarter of 1999 increased 8% to $12.1 million.\n\n"
    "                           PART II.  OTHER INFORMATION\n\n"
    "Item 6.   Exhibits and Reports on Form 8-K\n\n"
    "     (a)  Exhibits:  27  Financial Data Schedule\n\n"
    "                                   SIGNATURES\n")


def test_contents_entry_with_its_page_numbers_on_the_lines_below_is_no_item() -> None:
    # 1990s 10-Q index: "Item 1." has no page number of its own, its statements below do;
    # it sits among contents lines, so it is one (it used to win as the only "item")
    toc = (
        "                                     INDEX\n\n"
        "                                                                         Page\n"
        "PART I.   FINANCIAL INFORMATION\n\n"
        "Item 1.   Financial Statements\n\n"
        "          Condensed Consolidated Balance Sheets -\n"
        "          June 30, 1999 and December 31, 1998                               3\n\n"
        "          Notes to Condensed Consolidated Financial Statements              6\n\n"
        "Item 2.   Management's Discussion and Analysis of Financial\n"
        "          Condition and Results of Operations                               9\n\n"
        "PART II.  OTHER INFORMATION\n\n"
        "Item 6.   Exhibits and Reports on Form 8-K\n\n"
        "          (a) Exhibits                                                     13\n"
        "          (b) Reports on Form 8-K                                          13\n\n"
        "SIGNATURES                                                                 14\n\n")
    spans = find_items(toc + _TEN_Q_1999_BODY, "10-Q")
    assert [(s.number, s.text[:25]) for s in spans] == [
        ("1", "CONDENSED CONSOLIDATED BA"), ("2", "Revenues for the second q"),
        ("6", "(a)  Exhibits:  27  Finan")]
    # an item whose text is a short index of its own (statements at the back) stays
    text = ("Item 7.   Management's Discussion and Analysis\n\n     Sales rose 4%.\n\n"
            "Item 8.   Financial Statements and Supplementary Data\n\n"
            "          Report of Independent Accountants                         F-1\n"
            "          Consolidated Balance Sheets                               F-2\n\n"
            "Item 9.   Changes in and Disagreements with Accountants\n\n     None.\n")
    assert [s.number for s in find_items(text, "10-K")] == ["7", "8", "9"]


@pytest.mark.parametrize("mark", ["(Continued)", "(continued)", "- Continued", "(Cont'd)"])
def test_item_heading_reprinted_continued_atop_a_page_continues_the_item(mark: str) -> None:
    # 1990s 10-Ks reprint the item's heading over each page of a long item; the text before
    # the reprint is the item's too (the reprint used to replace it)
    text = ("ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
            "         RESULTS OF OPERATIONS\n\n"
            "     Net sales for 1997 increased 12% to $145.2 million from $129.6 million\n"
            "in 1996.\n\n"
            "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
            f"         RESULTS OF OPERATIONS {mark}\n\n"
            "     Gross margin improved to 38.5% of net sales.\n\n"
            "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n"
            "     See Index to Financial Statements on page F-1.\n")
    spans = find_items(text, "10-K")
    assert [(s.number, s.title, s.text) for s in spans] == [
        ("7", "MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF "
              "OPERATIONS",
         "Net sales for 1997 increased 12% to $145.2 million from $129.6 million\nin 1996.\n\n"
         "     Gross margin improved to 38.5% of net sales."),
        ("8", "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA",
         "See Index to Financial Statements on page F-1.")]


def test_continued_heading_in_html_and_a_title_ending_in_discontinued() -> None:
    html = ("<p><b>Item 1. Business</b></p><p>Acme Corp. makes widgets.</p>"
            "<hr style='page-break-after:always'><p><b>Item 1. Business (continued)</b></p>"
            "<p>Acme Corp. has 1,200 employees.</p>"
            "<p><b>Item 2. Properties</b></p><p>Acme Corp. leases its offices.</p>")
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text) for s in spans] == [
        ("1", "Acme Corp. makes widgets.\n\nAcme Corp. has 1,200 employees."),
        ("2", "Acme Corp. leases its offices.")]
    # a new item of the same number is no continuation: the later one with text wins, as before
    text = ("Item 2.01  Completion of Acquisition of Assets\n\n"
            "On May 1, 2006, Acme bought Widget Co.\n\n"
            "Item 2.01  Completion of Disposition of Assets Discontinued\n\n"
            "On May 2, 2006, Acme sold its gadget line.\n")
    assert [s.text for s in find_items(text, "8-K")] == [
        "On May 2, 2006, Acme sold its gadget line."]


def test_a_contents_heading_printed_once_is_item_text() -> None:
    # a link line is furniture because it repeats atop the pages; printed once, "TABLE OF
    # CONTENTS" heads a list in the item (a 20-F's Item 19 exhibit list), and stays
    html = ("<p><b>Item 18. Financial Statements</b></p><p>See pages F-1 through F-40.</p>"
            "<p><b>Item 19. Exhibits</b></p><p>TABLE OF CONTENTS</p>"
            "<p>1.1 Articles of Association</p>")
    spans = find_items(html_to_text(html), "20-F")
    assert [(s.number, s.text) for s in spans] == [
        ("18", "See pages F-1 through F-40."),
        ("19", "TABLE OF CONTENTS\n\n1.1 Articles of Association")]


def test_regulation_s_item_9_crosswalks_to_unregistered_sales():
    text = ("Item 9.  Sales of Equity Securities Pursuant to Regulation S.\n\n"
            "     On April 3, 1998, the Registrant sold 1,250,000 shares of its Common Stock to\n"
            "non-U.S. persons in an offshore transaction pursuant to Regulation S.\n")
    (span,) = find_items(text, "8-K")
    assert (span.number, span.standard_title, span.scheme, span.equivalent) == (
        "9", "Sales of Equity Securities Pursuant to Regulation S", "pre-2004", "3.02")


def test_exhibit_index_above_the_signatures_stays_in_item_9_01():
    # 2017-on 8-Ks print the hyperlinked exhibit index inside Item 9.01, before SIGNATURES
    html = ("<p><b>Item 9.01 Financial Statements and Exhibits.</b></p><p>(d) Exhibits.</p>"
            "<p align=center><b>EXHIBIT INDEX</b></p><table><tr><td><b>Exhibit No.</b></td>"
            "<td><b>Description</b></td></tr><tr><td><a href='ex99.htm'>99.1</a></td><td>Press "
            "release of Acme Corp. dated May 1, 2019.</td></tr><tr><td>104</td><td>Cover Page "
            "Interactive Data File (embedded within the Inline XBRL document).</td></tr></table>"
            "<p align=center><b>SIGNATURES</b></p><p>Pursuant to the requirements of the "
            "Securities Exchange Act of 1934, the registrant has duly caused this report to be "
            "signed on its behalf.</p><p>ACME CORP.</p>")
    (span,) = find_items(html_to_text(html), "8-K")
    assert span.text == (
        "(d) Exhibits.\n\nEXHIBIT INDEX\n\nExhibit No.\tDescription\n99.1\tPress release of "
        "Acme Corp. dated May 1, 2019.\n104\tCover Page Interactive Data File (embedded within"
        " the Inline XBRL document).")
    # an index after the signatures is no part of the item
    text = ("Item 7.  Financial Statements and Exhibits.\n\n     (c)  Exhibits.  See Exhibit "
            "Index.\n\n                              SIGNATURES\n\n     Pursuant to the "
            "requirements of the Securities Exchange Act of 1934, the registrant has duly\n"
            "caused this report to be signed.\n\n                             EXHIBIT INDEX\n\n"
            "99.1      Press release dated May 1, 2003.\n")
    (span,) = find_items(text, "8-K")
    assert span.text == "(c)  Exhibits.  See Exhibit Index."


def test_signature_page_notes_end_the_last_item():
    # merger-era 8-Ks (2000s-2020s) close the last item with a page note above the signature
    # page, alone on its line, in brackets or not; what follows is the signature page
    body = ("Item 8.01 Other Events.\n\nOn May 1, 2018, Acme Corp. announced that its Board of "
            "Directors declared a quarterly dividend of $0.10 per share.\n\n{}\n\n"
            "Pursuant to the requirements of the Securities Exchange Act of 1934, the "
            "registrant has duly caused this report to be signed on its behalf.\n\nACME CORP.\n")
    for note in ("[Signature page follows]", "Signature Page Follows", "SIGNATURE PAGE",
                 "(Remainder of page intentionally left blank; signature page follows.)",
                 "[Remainder of Page Intentionally Left Blank. Signature Page Follows]"):
        (span,) = find_items(body.format(note), "8-K")
        assert span.text == ("On May 1, 2018, Acme Corp. announced that its Board of Directors"
                             " declared a quarterly dividend of $0.10 per share."), note
    # a sentence about a signature page is item text; a blank-page note alone under the last
    # paragraph is page filler, not the filer's words about the item (round 53)
    for line in ("[Remainder of page intentionally left blank]",
                 "Signature Page to the Credit Agreement is attached as Annex A."):
        (span,) = find_items(body.format(line).replace("Pursuant to the", "SIGNATURES\n\n"
                                                       "Pursuant to the"), "8-K")
        assert span.text.endswith(line) == line.startswith("Signature"), line
        assert span.text.startswith("On May 1, 2018, Acme Corp. announced")
    # an exhibit description wrapped onto its own line ends nothing
    text = ("Item 15.  Exhibits and Financial Statement Schedules.\n\n"
            "     24      Power of Attorney (included on the\n"
            "             Signature Page)\n"
            "     27      Financial Data Schedule\n\n                  SIGNATURES\n")
    (span,) = find_items(text, "10-K")
    assert span.text.endswith("Signature Page)\n     27      Financial Data Schedule")


def test_signature_sentences_without_a_heading_end_the_last_item():
    # no SIGNATURES heading: the sentence itself ends the item, in the wordings of the forms
    # and filers ("has caused", 10-KSB/10-QSB "In accordance with ... caused", upper case,
    # "SIGNATURE." run into it)
    head = ("ITEM 5.  OTHER EVENTS\n\n     On March 12, 2002, the Registrant announced the "
            "resignation of its Chief\nFinancial Officer.\n\n")
    for sentence in (
            "     Pursuant to the requirements of the Securities Exchange Act of 1934 the\n"
            "registrant has caused this current report to be signed on its behalf by the\n"
            "undersigned duly authorized person.",
            "     In accordance with the requirements of the Exchange Act, the registrant "
            "caused\nthis report to be signed on its behalf by the undersigned, thereunto "
            "duly authorized.",
            "     PURSUANT TO THE REQUIREMENTS OF THE SECURITIES EXCHANGE ACT OF 1934, THE\n"
            "REGISTRANT HAS DULY CAUSED THIS REPORT TO BE SIGNED ON ITS BEHALF.",
            "     SIGNATURE.  Pursuant to the requirement of the Securities Exchange Act of "
            "1934,\nthe registrant has duly caused this report to be signed on its behalf."):
        (span,) = find_items(f"{head}{sentence}\n\n          ACME CORP.\n\nBy: /s/ John Smith\n",
                             "8-K")
        assert span.text == ("On March 12, 2002, the Registrant announced the resignation of "
                             "its Chief\nFinancial Officer."), sentence
    # "Pursuant to the requirements of" an agreement, with nothing signed, is item text
    text = (f"{head}     Pursuant to the requirements of the Merger Agreement, the Company "
            "caused\nthe notice to be mailed to its stockholders.\n\nSIGNATURES\n")
    (span,) = find_items(text, "8-K")
    assert span.text.endswith("caused\nthe notice to be mailed to its stockholders.")


def test_a_page_number_under_the_last_paragraph_is_no_item_text():
    # a page's number printed with no page break before it (Innovative Clinical Solutions
    # 2000: "2" centred above SIGNATURES; Aegon 20-F: "-71-"; S-1 Part II pages: "II-7")
    text = ("Item 7.  Financial Statements and Exhibits.\n\n         (c)  Exhibits.\n\n"
            "                  Exhibit 99 - Press Release Dated July 14, 2000\n\n"
            "                                       {}\n\n"
            "                                   SIGNATURES\n")
    for page in ("2", "-2-", "- 2 -", "II-7", "Page 2 of 3"):
        (span,) = find_items(text.format(page), "8-K")
        assert span.text == ("(c)  Exhibits.\n\n                  Exhibit 99 - Press Release "
                             "Dated July 14, 2000"), page
    # a figure that is no page number, or one in the line of text, stays
    for last in ("2004", "99.1", "$ 25", "Total\t36"):
        (span,) = find_items(text.format(last), "8-K")
        assert span.text.endswith(f"2000\n\n                                       {last}")


def test_an_exhibit_index_inside_an_item_above_the_next_item_stays_in_it():
    # 2017-on 10-Ks print the hyperlinked index in Item 15, with "Item 16. Form 10-K Summary"
    # below it (S-1s likewise in Item 16, above "Item 17. Undertakings")
    html = ("<p align=center><b>FORM 10-K</b></p>"
            "<p><b>Item 15. Exhibits and Financial Statement Schedules</b></p>"
            "<p>(a)(3) Exhibits. The exhibits listed in the Exhibit Index below are filed as "
            "part of this report.</p><p align=center><b>EXHIBIT INDEX</b></p>"
            "<table><tr><td>Exhibit No.</td><td>Description</td></tr>"
            "<tr><td>3.1</td><td>Amended and Restated Certificate of Incorporation.</td></tr>"
            "<tr><td>21.1</td><td>Subsidiaries of the Registrant.</td></tr></table>"
            "<p><b>Item 16. Form 10-K Summary</b></p><p>None.</p>"
            "<p align=center><b>SIGNATURES</b></p><p>Pursuant to the requirements of Section 13 "
            "or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused "
            "this report to be signed on its behalf.</p>")
    spans = find_items(html_to_text(html), "10-K")
    assert [(s.number, s.text) for s in spans] == [
        ("15", "(a)(3) Exhibits. The exhibits listed in the Exhibit Index below are filed as "
               "part of this report.\n\nEXHIBIT INDEX\n\nExhibit No.\tDescription\n3.1\tAmended "
               "and Restated Certificate of Incorporation.\n21.1\tSubsidiaries of the "
               "Registrant."),
        ("16", "None.")]


def test_running_heads_naming_the_form_are_no_item_text():
    # WordPerfect HTML 8-Ks (Rock of Ages 2000): the company's name over "FORM 8-K" atop each
    # page after an <HR>; the page break leaves no trace in the text, the repetition does
    head = ("<P ALIGN=\"CENTER\"><EM>{}</EM></P><P ALIGN=\"CENTER\"><EM><HR></P>"
            "<P ALIGN=\"CENTER\"><STRONG>GREEN MOUNTAIN GRANITE CORPORATION</STRONG></P>"
            "<BR><P ALIGN=\"CENTER\"><STRONG>FORM 8-K</STRONG></P><BR>")
    item = "<P><STRONG>ITEM {}. <U>{}.</U></STRONG></P><BR><P><EM>{}</EM></P><BR>"
    html = ("<P ALIGN=\"CENTER\"><STRONG>FORM 8-K</STRONG></P><P ALIGN=\"CENTER\"><STRONG>"
            "CURRENT REPORT</STRONG></P><P>(Former Name, former address and former fiscal "
            "year, if changed since last report)</P>" + head.format(1)
            + item.format(4, "CHANGES IN REGISTRANT'S CERTIFYING ACCOUNTANT", "None.")
            + head.format(2)
            + item.format(5, "OTHER EVENTS", "On October 3, 2000, the Registrant completed "
                          "the acquisition of Barre Memorials, Inc.")
            + item.format(8, "CHANGE IN FISCAL YEAR", "Not applicable.") + head.format(3)
            + "<P>Pursuant to the requirements of the Securities and Exchange Act of 1934, the "
              "registrant has duly caused this report to be signed on its behalf.</P>")
    spans = find_items(html_to_text(html), "8-K")
    assert [(s.number, s.text) for s in spans] == [
        ("4", "None."),
        ("5", "On October 3, 2000, the Registrant completed the acquisition of Barre "
              "Memorials, Inc."),
        ("8", "Not applicable.")]
    # a footer naming the form beside its page number (HTML 10-Qs)
    page = "{}<p align=center>Acme Corp. Form 10-Q {}</p><hr style='page-break-after:always'>"
    html = "<p align=center><b>FORM 10-Q</b></p>" + "".join(page.format(*p) for p in [
        ("<p><b>PART I - FINANCIAL INFORMATION</b></p><p><b>Item 1. Financial Statements</b>"
         "</p><p>The condensed consolidated financial statements are unaudited.</p>", 3),
        ("<p>Net sales rose 4% to $212.5 million.</p><p><b>PART II - OTHER INFORMATION</b>"
         "</p><p><b>Item 1. Legal Proceedings</b></p><p>None.</p>", 14)])
    spans = find_items(html_to_text(html), "10-Q")
    assert [(s.number, s.text) for s in spans] == [
        ("1", "The condensed consolidated financial statements are unaudited.\n\n"
              "Net sales rose 4% to $212.5 million."),
        ("1", "None.")]
    # "None." / "Not Applicable" over the form heads is item text, not a company's name; a
    # wrapped line of an exhibit list that happens to read "Annual Report on Form 10-K" stays
    html = "".join(f"<p align=center><b>FORM 8-K</b></p><p><b>ITEM {n}. {t}.</b></p><p>{b}</p>"
                   "<hr>" for n, t, b in [
                       (1, "CHANGES IN CONTROL OF REGISTRANT", "None."),
                       (2, "ACQUISITION OR DISPOSITION OF ASSETS", "Not Applicable"),
                       (3, "BANKRUPTCY OR RECEIVERSHIP", "None."),
                       (4, "CHANGES IN REGISTRANT'S CERTIFYING ACCOUNTANT", "Not Applicable")])
    spans = find_items(html_to_text(html + "<p align=center><b>FORM 8-K</b></p>"), "8-K")
    assert [s.text for s in spans] == ["None.", "Not Applicable", "None.", "Not Applicable"]
    text = ("                                   FORM 10-K\n\n"
            "ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K\n\n"
            "  3.1    Restated Articles of Organization, filed as Exhibit 3.1 to the\n"
            "         Annual Report on Form 10-K\n"
            "         for 1998, and incorporated herein by reference.\n"
            "  3.2    By-Laws, as amended, filed as Exhibit 3.2 to the Company's\n"
            "         Annual Report on Form 10-K\n"
            "         for 1999, and incorporated herein by reference.\n\n"
            "(b) REPORTS ON FORM 8-K\n\n"
            "     None.\n")
    (span,) = find_items(text, "10-K")
    assert span.text.count("Annual Report on Form 10-K") == 2


def test_consent_and_power_of_attorney_after_the_last_item_are_no_item_text():
    # text 10-Ks (PerkinElmer 2001) print the accountants' consent and a power of attorney
    # between the last item and the SIGNATURES; the schedules and their auditors' report are
    # Item 14's own
    item = """ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K

     2.  FINANCIAL STATEMENT SCHEDULES

        Schedule II -- Valuation and Qualifying Accounts

 23      Consent of Independent Public Accountants (appears on
         signature page).
 24      Power of Attorney (appears on signature page).


                    REPORT OF INDEPENDENT PUBLIC ACCOUNTANTS
                                  ON SCHEDULES

To Acme Instruments, Inc.:

     We have audited in accordance with auditing standards generally accepted in
the United States, the consolidated financial statements of Acme Instruments, Inc.

/s/ ARTHUR ANDERSEN LLP

"""
    consent = """
                   {}

     {} to the incorporation
by reference of our reports dated January 25, 2001, included in this Form 10-K,
into the Company's previously filed Registration Statements on Form S-8.

/s/ ARTHUR ANDERSEN LLP
Boston, Massachusetts
March 26, 2001
"""
    power = """
                               POWER OF ATTORNEY

     We, the undersigned officers and directors of Acme Instruments, Inc., hereby
severally constitute John A. Smith and Mary B. Jones, and each of them singly,
our true and lawful attorneys with full power to them to sign for us this
Annual Report on Form 10-K.

                                   SIGNATURES
"""
    for heading, wording in (
            ("CONSENT OF INDEPENDENT PUBLIC ACCOUNTANTS", "As independent public accountants, "
             "we hereby consent"),
            ("INDEPENDENT AUDITORS' CONSENT", "We consent"),
            ("CONSENT OF ERNST & YOUNG LLP, INDEPENDENT AUDITORS", "We consent"),
            ("CONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", "We consent")):
        (span,) = find_items(item + consent.format(heading, wording) + power, "10-K")
        assert span.text.endswith("Acme Instruments, Inc.\n\n/s/ ARTHUR ANDERSEN LLP"), heading
    (span,) = find_items(item + power, "10-K")  # a power of attorney alone
    assert span.text.endswith("Acme Instruments, Inc.\n\n/s/ ARTHUR ANDERSEN LLP")
    # a heading in capitals with no consent under it (a list of exhibits) is item text
    text = ("ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.\n\n     (c)  Exhibits.\n\n"
            "          Exhibit 23\n\n          CONSENT OF INDEPENDENT AUDITORS\n\n"
            "          Exhibit 99\n\n          Press release dated May 1, 1998.\n\n"
            "                                   SIGNATURES\n")
    (span,) = find_items(text, "8-K")
    assert span.text.endswith("Press release dated May 1, 1998.")


def test_a_row_of_marks_above_the_signatures_is_no_item_text():
    # "*****" between the last paragraph and SIGNATURES (Exelon 2005), "* * *" under a quoted
    # release's contacts (sample 001), "# # #"; a rule closing a table stays
    text = ("Item 5.02. Departure of Directors or Principal Officers; Election of Directors; "
            "Appointment of Principal Officers.\n\nOn April 26, 2005, the board of directors of "
            "Acme Corporation elected Jane Roe to serve as a Class I director.\n{}{}\n\n"
            "SIGNATURES\n\nPursuant to the requirements of the Securities Exchange Act of 1934, "
            "the registrant has duly caused this report to be signed on its behalf.\n")
    for gap, marks in (("\n", "*****"), ("", "* * *"), ("\n", "# # #"), ("\n", "  ***  ")):
        (span,) = find_items(text.format(gap, marks), "8-K")
        assert span.text.endswith("to serve as a Class I director."), marks
    (span,) = find_items(text.format("", "                   ==========="), "8-K")
    assert span.text.endswith("===========")
