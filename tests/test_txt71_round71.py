"""Rendered text, round 71: words a <br> breaks at a hyphen, inline-block boxes, and the
characters a reader does not see in a submission's header.

- A cell's word a ``<br>`` breaks after its hyphen ("Compensa-<br>tion", Plymouth Rock
  Technologies' 2021 20-F compensation table; "Chief Finan-<br>cial Officer" in a signer's
  cell) reads whole in the cell's value: "Compensation", "Chief Financial Officer"; a prefix's
  hyphen ("Co-<br>founder") and one before a capital ("Vice-<br>President") stay.
- Divs styled ``display:inline-block`` set side by side (a cover's state, file number and IRS
  number as boxes of a third of the page each) read as cells, parted by tabs, as round 70 read
  ``display:inline-table``.
- A header's no-break spaces read as spaces and its byte-order marks are dropped.

Real filings: Plymouth Rock Technologies' 2021 20-F, Apple's 2024 8-K, Sophiris Bio's 2016
8-K, Pericom Semiconductor's 2005 8-K, Apple Computer's 1997 10-Q/A.
"""

from __future__ import annotations

import time

from filing2json.parsers import parse
from filing2json.parsers.envelope.header import parse_header
from filing2json.parsers.text.html_text import html_to_text
from support import FILINGS, edited_record, filing

PLYMOUTH = "20f_2021_plymouthrocktechnologi_1.htm"
APPLE = FILINGS / "8k_2024_appleinc_1.txt"
SOPHIRIS = FILINGS / "8k_2016_sophirisbioinc_1.htm"
PERICOM = FILINGS / "8k_2005_pericomsemiconductorco_10.txt"
APPLE_1997 = FILINGS / "10qa_1997_applecomputerinc_1.txt"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


# --- a cell's word broken at its hyphen by a <br> -------------------------------------------


def test_plymouth_compensation_heads_read_whole_words() -> None:
    """The summary compensation table's heads stack their words with <br>s, one broken at its
    hyphen ("Compensa-<br>tion"): each head reads as typed before the break."""
    (item,) = [i for i in filing(PLYMOUTH)["items"] if i["number"] == "6"]
    (line,) = [line for line in item["text"].split("\n") if line.startswith("Name and Princ")]
    assert line == (
        "Name and Principal Position\tYear\tSalary ($)\tBonus ($)\tStock Awards ($)\tOption "
        "Awards ($)\tNon-Equity Incentive Plan Compensation ($)\tChange in Pension Value and "
        "Nonqualified Deferred Compensation Earnings ($)\tAll Other Compensation ($)\tTotal ($)")


_APPLE_TITLE = "Senior Vice President,<br/>Chief Financial Officer"


def _apple_title(title: str) -> str:
    return edited_record(APPLE, {_APPLE_TITLE: title})["signatures"][0]["title"]


def test_signer_title_broken_at_a_hyphen_reads_whole() -> None:
    assert _apple_title("Senior Vice President, Chief Finan-<br/>cial Officer") == (
        "Senior Vice President, Chief Financial Officer")
    # the break between inline tags: "Execu-</b><br/><b>tive"
    assert _apple_title("Senior Vice President, Chief Execu-</span><br/><span>tive Officer") == (
        "Senior Vice President, Chief Executive Officer")


def test_prefix_and_capital_keep_their_hyphen() -> None:
    """A prefix's hyphen ("Co-founder") and one before a capital ("Vice-President") stay,
    the two parts joined."""
    assert _apple_title("Senior Vice President, Chief Financial Officer and Co-<br/>founder") \
        == "Senior Vice President, Chief Financial Officer and Co-founder"
    assert _apple_title("Senior Vice-<br/>President, Chief Financial Officer") == (
        "Senior Vice-President, Chief Financial Officer")


def test_apple_title_neighbours_unchanged() -> None:
    """Neighbours: the filing's own title (a break after a comma), and a dash set off by a
    space, read as before."""
    assert _apple_title(_APPLE_TITLE) == "Senior Vice President, Chief Financial Officer"
    assert _apple_title("Senior Vice President -<br/>Finance") == (
        "Senior Vice President - Finance")


def test_br_hyphen_small_shapes() -> None:
    row = "<table><tr><td>Jane Doe</td><td>{}</td></tr></table>"
    assert html_to_text(row.format("Chief Execu-<br>tive Officer")) == (
        "Jane Doe\tChief Executive Officer\n")
    assert html_to_text(row.format("Self-<br>regulatory organization")) == (
        "Jane Doe\tSelf-regulatory organization\n")
    assert html_to_text(row.format("COVID-<br>19 update")) == "Jane Doe\tCOVID-19 update\n"
    # outside a cell too (round 72: the word whole, its lines one)
    assert html_to_text("<p>Chief Execu-<br>tive Officer</p>") == (
        "Chief Executive Officer\n")


def test_many_br_hyphens_time() -> None:
    """The rule reads a cell under 500 characters; its regex fed ~200 KB of breaks."""
    from filing2json.parsers.text.html_text import _br_hyphen_value  # (new this round)

    raw = "Execu-\x1ftive " * 10_000 + ("a" * 30 + "-\x1f b ") * 2_000
    start = time.process_time()
    value = _br_hyphen_value(raw, " ".join(raw.split()))
    assert time.process_time() - start < 5
    assert value.count("Executive") == 10_000
    # a big cell (a document laid out in a table) reads its words whole too (round 72)
    cell = "Execu-<br>tive " * 50
    assert html_to_text(f"<table><tr><td>x</td><td>{cell}</td></tr></table>").count(
        "Executive") == 50


# --- display:inline-block divs: boxes a browser sets side by side ---------------------------

_BOX = '<DIV style="DISPLAY: inline-block; WIDTH: 33%; TEXT-ALIGN: center">{}</DIV>'


def _sophiris_cover() -> str:
    """Sophiris' 8-K with its cover's name, state, file number and IRS number table retyped
    as divs, the three values and their captions inline-block boxes side by side."""
    text = SOPHIRIS.read_text(encoding="latin-1")
    start = text.index("<TABLE id=TBL38S1")
    end = text.index("</TABLE>", start) + len("</TABLE>")
    cover = (
        '<DIV style="TEXT-ALIGN: center"><B>Sophiris Bio Inc.</B></DIV><DIV style="TEXT-ALIGN:'
        ' center">(Exact name of registrant as specified in its charter)</DIV><DIV>'
        + "".join(_BOX.format(f"<B>{v}</B>") for v in ("British Columbia", "001-36054",
                                                         "98-1008712"))
        + "</DIV><DIV>"
        + "".join(_BOX.format(v) for v in ("(State or other jurisdiction of incorporation)",
                                            "(Commission File Number)",
                                            "(IRS Employer Identification No.)"))
        + "</DIV>")
    return text[:start] + cover + text[end:]


def test_inline_block_cover_boxes_read_as_cells() -> None:
    lines = _lines(html_to_text(_sophiris_cover()))
    at = lines.index("(Exact name of registrant as specified in its charter)")
    assert lines[at + 1 : at + 3] == [
        "British Columbia\t001-36054\t98-1008712",
        "(State or other jurisdiction of incorporation)\t(Commission File Number)\t(IRS "
        "Employer Identification No.)"]


def test_inline_block_cover_record_values() -> None:
    """Neighbour: the registrant's values read from the boxes as from the table."""
    text = _sophiris_cover()
    record = edited_record(SOPHIRIS, {SOPHIRIS.read_text(encoding="latin-1"): text})
    reg = record["registrants"][0]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Sophiris Bio Inc.", "British Columbia", "001-36054",
                                        "98-1008712")


def test_inline_block_small_shapes() -> None:
    assert html_to_text('<div style="display:inline-block;width:30%">Delaware</div>'
                        '<div style="display:inline-block;width:30%">001-12345</div>'
                        '<div style="display:inline-block">12-3456789</div><p>Next</p>') == (
        "Delaware\t001-12345\t12-3456789\n\nNext\n")
    # (an exhibit's number in a box read as a column before: as it was)
    assert html_to_text('<div style="display:inline-block">99.1</div>'
                        '<div style="display:inline-block">Press release</div><p>Next</p>') == (
        "99.1\tPress release\n\nNext\n")
    # neighbours: an inline-block span (a spacer box) parts by a space as before, and
    # EDGARizer's "DISPLAY: inline" div flows on its line
    assert html_to_text('<p>Item 2.02<span style="display:inline-block;width:40pt"></span>'
                        'Results of Operations</p>') == "Item 2.02 Results of Operations\n"
    assert html_to_text('<p>The Company <font><div style="DISPLAY: inline"><b>announced</b>'
                        '</div></font> results.</p>') == "The Company announced results.\n"
    # in a table's cell the boxes read as a nested table's cells: a space in the value
    assert html_to_text('<table><tr><td><div style="display:inline-block">A</div><div '
                        'style="display:inline-block">B</div></td><td>C</td></tr></table>') == (
        "A B\tC\n")


def test_many_inline_block_divs_time() -> None:
    html = '<div style="display:inline-block">cell</div>' * 20_000
    start = time.process_time()
    text = html_to_text(html)
    assert time.process_time() - start < 5
    assert text.count("\t") == 19_999


# --- a header's no-break spaces and byte-order marks ----------------------------------------


def test_header_no_break_spaces_read_as_spaces() -> None:
    """Pericom's header with its blanks typed as no-break spaces (a header a word processor
    saved): its values read with spaces."""
    text = PERICOM.read_text(encoding="latin-1")
    head = text[: text.index("</SEC-HEADER>")]
    header = edited_record(PERICOM, {head: head.replace(" ", "\xa0")})["header"]
    assert header["item_information"] == [
        "Results of Operations and Financial Condition", "Financial Statements and Exhibits"]
    data = header["filer"][0]["company_data"]
    assert data["company_conformed_name"] == "PERICOM SEMICONDUCTOR CORP"
    assert header["filer"][0]["business_address"]["city"] == "SAN JOSE"


def test_header_byte_order_marks_are_dropped() -> None:
    """Apple's 1997 header saved in UTF-8 with byte-order marks after a key's colon: the
    value reads without them."""
    text = APPLE_1997.read_text(encoding="latin-1")
    assert "ACCESSION NUMBER:\t\t0000320193-97-000021" in text
    text = text.replace("ACCESSION NUMBER:", "ACCESSION NUMBER:\ufeff\ufeff", 1)
    header = parse(text.encode("utf-8"), APPLE_1997.name)["header"]
    assert header["accession_number"] == "0000320193-97-000021"


def test_header_ascii_unchanged() -> None:
    """Neighbour: an ASCII header reads as before, and a value's own characters past ASCII
    stay."""
    assert parse_header("ACCESSION NUMBER:\t\t0000320193-97-000021\n") == {
        "accession_number": "0000320193-97-000021"}
    assert parse_header("FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\tSOCI\xc9T\xc9 "
                        "G\xc9N\xc9RALE\n")["filer"][0]["company_data"] == {
        "company_conformed_name": "SOCI\xc9T\xc9 G\xc9N\xc9RALE"}
