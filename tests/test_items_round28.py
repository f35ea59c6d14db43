"""8-K items, round 28: headings naming a second item after the first one's title, headings
stacked over one text, and items printed out of numeric order."""

from __future__ import annotations

from filing2json.parsers import parse
from support import submission, validate

_SIGNATURES = """
                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.

                                        ACME WIDGET CORPORATION

Date: April 24, 2008                    By: /s/ Jane Roe
                                            Jane Roe, Chief Financial Officer
"""

_HTML_SIGNATURES = (
    '<p style="text-align:center"><b>SIGNATURES</b></p><p>Pursuant to the requirements of the '
    "Securities Exchange Act of 1934, the registrant has duly caused this report to be signed "
    "on its behalf by the undersigned hereunto duly authorized.</p><table><tr><td>Date: April "
    "24, 2008</td><td>By: /s/ Jane Roe</td></tr></table>")


def _items(body: str, html: bool = False) -> list[dict]:
    data = submission(f"<html><body>{body}</body></html>" if html else body, filed="20080424")
    if html:
        data = data.replace(b"<SEQUENCE>1\n<TEXT>", b"<SEQUENCE>1\n<FILENAME>d8k.htm\n<TEXT>")
    return validate(parse(data, "0001193125-08-012345.txt"))["items"]


def _by_number(items: list[dict]) -> dict[str, dict]:
    return {item["number"]: item for item in items}


def test_second_item_named_after_the_first_title_after_a_semicolon():
    items = _items("""
Item 2.02. Results of Operations and Financial Condition; Item 7.01. Regulation FD Disclosure.

On April 24, 2008, Acme Widget Corporation issued a press release announcing its results for
the quarter ended March 31, 2008. A copy of the press release is furnished as Exhibit 99.1.

Item 8.01. Other Events. On April 24, 2008, the Board declared a quarterly dividend, as set
forth in Item 9.01 below.

Item 9.01. Financial Statements and Exhibits.

(d) Exhibits.

99.1  Press release dated April 24, 2008.
""" + _SIGNATURES)
    assert [i["number"] for i in items] == ["2.02", "7.01", "8.01", "9.01"]
    got = _by_number(items)
    assert got["8.01"]["title"] == "Other Events"  # a sentence's "in Item 9.01" is no heading
    title = "Results of Operations and Financial Condition; Regulation FD Disclosure"
    assert got["2.02"]["title"] == got["7.01"]["title"] == title
    assert got["7.01"]["standard_title"] == "Regulation FD Disclosure"
    assert got["7.01"]["equivalent"] == "9"
    assert got["7.01"]["text"].startswith("On April 24, 2008, Acme Widget Corporation issued")
    assert got["2.02"]["text"] == got["7.01"]["text"]


def test_second_item_named_after_and_in_a_bold_html_heading():
    items = _items(
        "<p><b>Item 2.02 Results of Operations and Financial Condition and Item 7.01 "
        "Regulation FD Disclosure.</b></p><p>On April 24, 2008, Acme Widget Corporation issued "
        "a press release announcing its first quarter results.</p><p><b>Item 9.01 Financial "
        "Statements and Exhibits.</b></p><p>(d) Exhibits.</p>"
        "<table><tr><td>99.1</td><td>Press release dated April 24, 2008</td></tr></table>"
        + _HTML_SIGNATURES, html=True)
    assert [i["number"] for i in items] == ["2.02", "7.01", "9.01"]
    got = _by_number(items)
    assert got["7.01"]["title"] == (
        "Results of Operations and Financial Condition; Regulation FD Disclosure")
    assert got["7.01"]["text"] == (
        "On April 24, 2008, Acme Widget Corporation issued a press release announcing its "
        "first quarter results.")


def test_headings_stacked_over_one_text_share_it():
    items = _items("""
Item 2.02  Results of Operations and Financial Condition.
Item 7.01  Regulation FD Disclosure.

On April 24, 2008, Acme Widget Corporation issued a press release announcing its results for
the quarter ended March 31, 2008.

Item 9.01  Financial Statements and Exhibits.

(d)  Exhibits.
""" + _SIGNATURES)
    got = _by_number(items)
    assert got["2.02"]["title"] == "Results of Operations and Financial Condition"
    assert got["2.02"]["text"] == got["7.01"]["text"]
    assert got["2.02"]["text"].startswith("On April 24, 2008, Acme Widget Corporation issued")
    assert got["9.01"]["text"] == "(d)  Exhibits."


def test_stacked_html_headings_left_hanging_on_and():
    items = _items(
        "<p><b>Item 2.02 Results of Operations and Financial Condition and</b></p>"
        "<p><b>Item 7.01 Regulation FD Disclosure</b></p><p>On April 24, 2008, Acme Widget "
        "Corporation issued a press release.</p><p><b>Item 9.01 Financial Statements and "
        "Exhibits.</b></p><p>(d) Exhibits.</p>" + _HTML_SIGNATURES, html=True)
    got = _by_number(items)
    assert got["2.02"]["title"] == "Results of Operations and Financial Condition"
    assert got["2.02"]["text"] == (
        "On April 24, 2008, Acme Widget Corporation issued a press release.")
    assert got["7.01"]["text"] == got["2.02"]["text"]


def test_first_item_printed_below_a_later_one_is_kept():
    items = _items("""
Item 5.02  Departure of Directors or Certain Officers; Election of Directors; Appointment of
Certain Officers; Compensatory Arrangements of Certain Officers.

(c) On April 22, 2008, the Board of Directors appointed Jane Roe as Chief Financial Officer.

Item 1.01  Entry into a Material Definitive Agreement.

On April 22, 2008, Acme Widget Corporation entered into an employment agreement with Ms. Roe.

Item 9.01  Financial Statements and Exhibits.

(d)  Exhibits.

10.1  Employment Agreement dated April 22, 2008.
""" + _SIGNATURES)
    assert [i["number"] for i in items] == ["5.02", "1.01", "9.01"]
    got = _by_number(items)
    assert got["1.01"]["text"].startswith("On April 22, 2008, Acme Widget Corporation entered")
    assert got["9.01"]["text"].endswith("10.1  Employment Agreement dated April 22, 2008.")


def test_two_items_on_one_upper_case_line_of_a_1990s_report():
    items = _items("""
ITEM 5.  OTHER EVENTS; ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.

     On June 5, 1996, the Registrant issued the press release filed herewith as Exhibit 99,
which is incorporated herein by reference.

          99   Press Release dated June 5, 1996.
""" + _SIGNATURES)
    assert [(i["number"], i["scheme"], i["equivalent"]) for i in items] == [
        ("5", "pre-2004", "8.01"), ("7", "pre-2004", "9.01")]
    assert items[1]["title"] == "OTHER EVENTS; FINANCIAL STATEMENTS AND EXHIBITS"
    assert items[1]["standard_title"] == "Financial Statements and Exhibits"
    assert items[0]["text"].startswith("On June 5, 1996, the Registrant issued the press release")


def test_stacked_headings_under_their_section_lines_share_the_text():
    items = _items("""
Section 2 \u2013 Financial Information

Item 2.02  Results of Operations and Financial Condition.

Section 7 \u2013 Regulation FD

Item 7.01  Regulation FD Disclosure.

On April 24, 2008, Acme Widget Corporation issued a press release announcing its results for
the quarter ended March 31, 2008.

Section 9 \u2013 Financial Statements and Exhibits

Item 9.01  Financial Statements and Exhibits.

(d)  Exhibits.
""" + _SIGNATURES)
    got = _by_number(items)
    assert got["2.02"]["text"] == got["7.01"]["text"] == (
        "On April 24, 2008, Acme Widget Corporation issued a press release announcing its "
        "results for\nthe quarter ended March 31, 2008.")
    assert got["9.01"]["text"] == "(d)  Exhibits."
