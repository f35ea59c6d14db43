"""HTML rendering, round 38: page numbers of a registration statement's Part II ("II-4")."""

from __future__ import annotations

from filing2json.parsers.text.html_text import html_to_text

# An S-1's Part II as Workiva prints it: each page ends in its part-numbered page number,
# centred, above a page break (the Acurx Pharmaceuticals S-1 of 2023 prints "II-1" ... "II-7").
_PART_II = """<html><body>
<p style="font-weight:bold">Item 15. Recent Sales of Unregistered Securities.</p>
<p>In January 2021, the Company issued 57,430 Class A Membership Interests to two of its
executives to settle unpaid year-end bonus awards.</p>
<p style="text-align:center">II-2</p>
<hr style="page-break-after:always"/>
<p style="font-weight:bold">Item 16. Exhibits and Financial Statement Schedules.</p>
<table><tr><td>10.5</td><td>Form of Common Stock Purchase Warrant</td></tr></table>
<p style="text-align:center">III-14</p>
<hr style="page-break-after:always"/>
<p>SIGNATURES</p>
</body></html>"""


def test_part_numbered_page_numbers_are_dropped() -> None:
    lines = html_to_text(_PART_II).splitlines()
    assert "II-2" not in lines and "III-14" not in lines
    assert "Item 16. Exhibits and Financial Statement Schedules." in lines
    assert "10.5\tForm of Common Stock Purchase Warrant" in lines


def test_a_longer_code_alone_on_its_line_stays() -> None:
    # four capitals before the dash are no part number: a code, kept as text
    text = html_to_text("<p>Series designation:</p><p>ABCD-1</p><p>END</p>")
    assert "ABCD-1" in text.splitlines()


def test_codes_of_two_or_three_capitals_alone_on_their_line_stay() -> None:
    # a drug candidate's code heading a pipeline paragraph, a programme's row label: no page
    # number (only a part's roman numeral, "II-4", stands before a page's dash)
    text = html_to_text(
        "<p><b>ABT-199</b></p><p>Phase 3 enrolment completed in the quarter.</p>"
        "<table><tr><td>KC-46</td></tr><tr><td>Tanker deliveries</td><td>4</td></tr></table>")
    lines = text.splitlines()
    assert "ABT-199" in lines and "KC-46" in lines
