"""Cover page, round 43: an address whose zip caption stands beside its city line (in an HTML
table or a text cover with tabs between the columns), a file number and IRS number run
together in one rendered cell under their two captions, and a combined date caption followed
by two dates joined by "and".

Each test reads a corpus filing's cover, or its cover printed as other filers print the same
values (the variant said in each test). The document text alone is read (no header): the
values are the cover's.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS

_SEARS = "8k_2004_searsroebuckandco_1.txt"
_ICS = "8k_2000_innovativeclinicalsolu_3.txt"


def _body(name: str) -> str:
    """The filing's document text alone (no header: the cover is read)."""
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    return text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]


def _record(text: str, name: str = "cover.txt") -> dict[str, Any]:
    return parse(text.encode(), name)


def _sears_cover(address_rows: str) -> str:
    """Sears' 2004 cover with its address rows (3333 Beverly Road / Hoffman Estates, Illinois
    beside 60179 / (Zip code)) printed as `address_rows`."""
    body = _body(_SEARS)
    old = ("           3333 Beverly Road                             60179\n"
           "       Hoffman Estates, Illinois                       (Zip code)\n")
    assert old in body
    return body.replace(old, address_rows)


def _address(text: str, name: str = "cover.txt") -> dict[str, Any]:
    regs = _record(text, name)["registrants"]
    assert len(regs) == 1
    return regs[0]["address"]


SEARS_ADDRESS = {"street": "3333 Beverly Road", "city": "Hoffman Estates",
                 "state": "Illinois", "zip": "60179"}


def test_zip_caption_beside_the_city_line_in_a_table() -> None:
    # Sears 2004's cover as HTML, its caption/value pairs in a two-column table, as modern
    # filers print them: the zip's caption in the cell beside the city line, the zip in the
    # cell beside the street; the street's cell is no part of the zip
    html = ("<html><body>\n"
            "<p>SEARS, ROEBUCK AND CO.<br>(Exact name of registrant as specified in charter)"
            "</p>\n<table>"
            "<tr><td>New York</td><td></td></tr>"
            "<tr><td>(State or Other Jurisdiction of Incorporation)</td><td></td></tr></table>\n"
            "<table><tr><td>1-416</td><td>36-1750680</td></tr>"
            "<tr><td>(Commission File Number)</td><td>(IRS Employer Identification No.)</td>"
            "</tr></table>\n"
            "<table><tr><td>3333 Beverly Road</td><td>60179</td></tr>"
            "<tr><td>Hoffman Estates, Illinois</td><td>(Zip code)</td></tr>"
            "<tr><td>(Address of principal executive offices)</td><td></td></tr></table>\n"
            "<p>Registrant's telephone number, including area code: (847) 286-2500</p>\n"
            "<p>Item 7. Financial Statements and Exhibits.</p>\n</body></html>\n")
    reg = _record(html, "cover.htm")["registrants"]
    assert len(reg) == 1
    assert reg[0]["address"] == SEARS_ADDRESS
    assert reg[0]["commission_file_number"] == "1-416"


def test_zip_caption_beside_the_city_line_after_a_tab() -> None:
    # the same rows typed with one tab between the columns: the zip caption's column starts
    # inside the address caption's; the zip on the street line is the zip's, not the street's
    text = _sears_cover("3333 Beverly Road\t60179\nHoffman Estates, Illinois\t(Zip code)\n")
    assert _address(text) == SEARS_ADDRESS


def test_zip_caption_beside_the_city_line_as_printed() -> None:
    # as Sears printed it, in columns of blanks
    assert _address(_body(_SEARS)) == SEARS_ADDRESS


def test_file_and_irs_numbers_in_one_cell() -> None:
    # Innovative Clinical Solutions 2000 (8-K of June 12, 2000) rendered flush left in HTML:
    # "0-27568 65-0617076" single-spaced in one cell over "(Commission File Number) (IRS
    # Employer Identification Number)": one registrant's two numbers, no second registrant
    html = ("<html><body>\n"
            "<p>INNOVATIVE CLINICAL SOLUTIONS, LTD.</p>\n"
            "<p>(Exact name of registrant as specified in its charter)</p>\n"
            "<p>Delaware</p>\n<p>(State or other jurisdiction of incorporation)</p>\n"
            "<p>0-27568 65-0617076</p>\n"
            "<p>(Commission File Number) (IRS Employer Identification Number)</p>\n"
            "<p>10 Dorrance Street, Suite 400, Providence, RI 02903</p>\n"
            "<p>(Address of principal executive offices)</p>\n"
            "<p>(401) 831-6755</p>\n"
            "<p>(Registrant's telephone number, including area code)</p>\n"
            "<p>Item 5. Other Events.</p>\n</body></html>\n")
    regs = _record(html, "cover.htm")["registrants"]
    assert len(regs) == 1
    assert regs[0]["name"] == "INNOVATIVE CLINICAL SOLUTIONS, LTD."
    assert regs[0]["commission_file_number"] == "0-27568"
    assert regs[0]["irs_employer_id"] == "65-0617076"


def test_two_stacked_numbers_of_one_kind_still_part() -> None:
    # Host Hotels' two registrants, their file numbers stacked in one cell and their IRS
    # numbers in the next (a rendered table): still two registrants
    html = ("<html><body>\n<table>"
            "<tr><td>Maryland (Host Hotels &amp; Resorts, Inc.) Delaware (Host Hotels &amp; "
            "Resorts, L.P.)</td><td>001-14625 0-25087</td><td>53-0085950 52-2095412</td></tr>"
            "<tr><td>(State or Other Jurisdiction of Incorporation)</td>"
            "<td>(Commission File Number)</td><td>(I.R.S. Employer Identification No.)</td>"
            "</tr></table>\n</body></html>\n")
    regs = _record(html, "cover.htm")["registrants"]
    assert [r["commission_file_number"] for r in regs] == ["001-14625", "0-25087"]
    assert [r["irs_employer_id"] for r in regs] == ["53-0085950", "52-2095412"]


def test_two_event_dates_joined_by_and() -> None:
    # Innovative Clinical's "reported): June 12, 2000 (June 12, 2000)" as a cover reporting
    # two events prints it: "August 2, 2000 and August 1, 2000"; the date of report is the
    # earliest event's, as the caption says
    body = _body(_ICS)
    old = "reported): June 12, 2000 (June 12, 2000)"
    assert old in body
    record = _record(body.replace(old, "reported): August 2, 2000 and August 1, 2000"))
    assert record["event_date"] == "2000-08-01"
    assert record["report_date"] == "2000-08-01"
    assert _record(body)["event_date"] == "2000-06-12"
