"""Round 40: HTML rendering of ordered lists (numbered items, as a browser shows them)."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.text.html_text import html_to_text

_RELEASE = """<html><body>
<p style="text-align:center"><b>Acme Industries Reports Second Quarter 2019 Results</b></p>
<p>CLEVELAND, Ohio, July 25, 2019 -- Acme Industries, Inc. (NYSE: ACME) today reported financial
results for the second quarter ended June 30, 2019.</p>
<p><b>Second Quarter Highlights:</b></p>
<ol>
<li>Net sales of $412.3 million, up 6.1% from the prior year quarter;</li>
<li>Diluted earnings per share of $0.87, compared with $0.71;</li>
<li>Operating cash flow of $58.4 million.</li>
</ol>
<p>&#8220;We delivered another strong quarter,&#8221; said Jane Doe, Chief Executive Officer of
Acme Industries.</p>
</body></html>"""

_SUBMISSION = """<SEC-DOCUMENT>0000950123-19-000001.txt : 20190725
<SEC-HEADER>0000950123-19-000001.hdr.sgml : 20190725
ACCESSION NUMBER:\t\t0000950123-19-000001
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t20190725
FILED AS OF DATE:\t\t20190725
FILER:
\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME INDUSTRIES INC
\t\tCENTRAL INDEX KEY:\t\t\t0000999999
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>form8k.htm
<TEXT>
<html><body><p>FORM 8-K</p>
<p>Item 2.02 Results of Operations and Financial Condition.</p>
<p>On July 25, 2019, Acme Industries, Inc. issued a press release, attached as Exhibit 99.1.</p>
<p>Item 9.01 Financial Statements and Exhibits.</p>
<p>99.1 Press release dated July 25, 2019.</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex991.htm
<TEXT>
""" + _RELEASE + """
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""


def test_ordered_list_items_read_with_their_numbers():
    html = ("<p>At the Annual Meeting, the stockholders voted on the following proposals:</p>"
            "<ol><li>the election of eight directors;</li>"
            "<li>the ratification of the appointment of Ernst &amp; Young LLP; and</li>"
            "<li>an advisory vote on executive compensation.</li></ol>"
            "<p>The final results are set forth below.</p>")
    lines = html_to_text(html).splitlines()
    assert "1. the election of eight directors;" in lines
    assert "2. the ratification of the appointment of Ernst & Young LLP; and" in lines
    assert "3. an advisory vote on executive compensation." in lines


def test_ordered_list_type_style_start_and_value():
    html = ('<ol type="a"><li>a plan of merger;</li><li>a stock purchase agreement.</li></ol>'
            '<ol start="3" style="list-style-type: lower-roman"><li>Article III</li>'
            '<li>Article IV</li></ol>'
            '<ol style="list-style: upper-alpha outside"><li>Stock Options</li>'
            '<li value="5">Restricted Stock Units</li><li>Performance Shares</li></ol>')
    lines = html_to_text(html).splitlines()
    assert "a. a plan of merger;" in lines and "b. a stock purchase agreement." in lines
    assert "iii. Article III" in lines and "iv. Article IV" in lines
    assert "A. Stock Options" in lines
    assert "E. Restricted Stock Units" in lines and "F. Performance Shares" in lines


def test_nested_ordered_list_numbers_each_level():
    html = ("<ol><li>Amendments to the Bylaws<ol type='a'><li>Section 2.3 is amended;</li>"
            "<li>Section 3.1 is deleted.</li></ol></li><li>Effective Date</li></ol>")
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["1. Amendments to the Bylaws", "a. Section 2.3 is amended;",
                     "b. Section 3.1 is deleted.", "2. Effective Date"]


def test_list_styled_none_shows_no_marker():
    # the bullet typed in the item's text is the only one a browser shows
    html = ('<ul style="list-style-type:none"><li>&#8226; Revenue of $1.2 billion</li>'
            '<li>&#8226; EPS of $0.45</li></ul>')
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["\u2022 Revenue of $1.2 billion", "\u2022 EPS of $0.45"]


def test_release_highlights_in_an_ordered_list():
    record = parse(_SUBMISSION.encode(), "0000950123-19-000001.txt")
    (release,) = record["press_releases"]
    assert release["highlights"] == [
        "Net sales of $412.3 million, up 6.1% from the prior year quarter;",
        "Diluted earnings per share of $0.87, compared with $0.71;",
        "Operating cash flow of $58.4 million.",
    ]


def _filing(main: str) -> bytes:
    """An 8-K submission whose main document is `main`."""
    head, _, _ = _SUBMISSION.partition("<DOCUMENT>")
    return (head.replace("PUBLIC DOCUMENT COUNT:\t\t2", "PUBLIC DOCUMENT COUNT:\t\t1")
            + "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>form8k.htm\n<TEXT>\n" + main
            + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def test_an_empty_items_marker_does_not_land_on_the_next_line():
    html = ("<html><body><p>FORM 8-K</p><p>Some cover text.</p><ol><li><p>&nbsp;</p></li></ol>"
            "<p><b>Item 8.01 Other Events.</b></p>"
            "<p>On July 25, 2019, Acme Industries, Inc. announced a quarterly dividend.</p>"
            "</body></html>")
    assert "Item 8.01 Other Events." in html_to_text(html).splitlines()
    record = parse(_filing(html), "0000950123-19-000001.txt")
    assert [item["number"] for item in record["items"]] == ["8.01"]
    # a page number after a list of one empty item is still a page number; a bullet too
    assert html_to_text("<ol><li></li></ol><p>12</p><p>Text</p>") == "Text\n"
    assert html_to_text("<ul><li><img src='x.gif'></li></ul><p>12</p><p>Text</p>") == "Text\n"


def test_an_item_styled_none_shows_no_number():
    html = ('<ol><li style="list-style:none"><b>Item 8.01 Other Events.</b></li></ol>'
            '<ol><li style="LIST-STYLE-TYPE: none">99.1 Press release</li><li>Other</li></ol>')
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["Item 8.01 Other Events.", "99.1 Press release", "2. Other"]


def test_an_item_typing_its_own_number_or_label_gets_no_second_one():
    html = ("<html><body><p>FORM 8-K</p><ol><li><b>Item 2.02 Results of Operations and "
            "Financial Condition.</b></li></ol><p>On July 25, 2019, Acme Industries, Inc. issued "
            "a press release, attached as Exhibit 99.1.</p>"
            '<ol start="9"><li>Item 9.01 Financial Statements and Exhibits.</li></ol>'
            "<p>(d) Exhibits.</p><ol><li>Exhibit 10.1 Credit Agreement dated July 1, 2019.</li>"
            "<li>99.1 Press release dated July 25, 2019.</li></ol></body></html>")
    record = parse(_filing(html), "0000950123-19-000001.txt")
    assert [item["number"] for item in record["items"]] == ["2.02", "9.01"]
    assert [(e["number"], e["description"]) for e in record["exhibits"]] == [
        ("10.1", "Credit Agreement dated July 1, 2019."),
        ("99.1", "Press release dated July 25, 2019."),
    ]
    lines = [line for line in html_to_text(
        "<ol><li>1. Election of Directors.</li><li>(b) Ratification</li><li>iv. Other</li>"
        "<li>the election of eight directors;</li></ol>").splitlines() if line]
    assert lines == ["1. Election of Directors.", "(b) Ratification", "iv. Other",
                     "4. the election of eight directors;"]


def test_a_bulleted_list_styled_none_keeps_its_bullet_for_highlights():
    # highlight readers read a release's highlights by their bullets
    release = _RELEASE.replace("<ol>", '<ul style="list-style-type:none">').replace(
        "</ol>", "</ul>")
    record = parse(_SUBMISSION.replace(_RELEASE, release).encode(), "0000950123-19-000001.txt")
    assert len(record["press_releases"][0]["highlights"]) == 3
