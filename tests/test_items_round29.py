"""Items, round 29: 8-K headings stacked over a text that names neither of them."""

from __future__ import annotations

from test_items_round28 import _SIGNATURES  # the same 8-K text as the round before

from filing2json.parsers import parse
from support import submission, validate


def _items(body: str, form: str = "8-K", filed: str = "20080424") -> list[dict]:
    data = submission(body, filed=filed)
    if form != "8-K":
        data = data.replace(b"TYPE:\t8-K", f"TYPE:\t{form}".encode()).replace(
            b"<TYPE>8-K\n", f"<TYPE>{form}\n".encode())
    return validate(parse(data, "0001193125-08-012345.txt"))["items"]


def _by_number(items: list[dict]) -> dict[str, dict]:
    return {item["number"]: item for item in items}


def test_stacked_headings_share_a_text_that_names_neither():
    items = _items("""
Item 5.02  Departure of Directors or Certain Officers; Election of Directors; Appointment of
           Certain Officers; Compensatory Arrangements of Certain Officers.

Item 5.03  Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year.

     On April 22, 2008, the Board of Directors of Acme Widget Corporation increased the size
of the Board from seven to eight members and amended Section 3.2 of the Company's Bylaws
accordingly. The Board then elected John Smith as a director, effective immediately.

Item 9.01  Financial Statements and Exhibits.

     (d)  Exhibits.

     3.1  Amended and Restated Bylaws of Acme Widget Corporation.
""" + _SIGNATURES)
    got = _by_number(items)
    assert got["5.02"]["text"] == got["5.03"]["text"]
    assert got["5.02"]["text"].startswith("On April 22, 2008, the Board of Directors of Acme")
    assert got["9.01"]["text"].endswith("3.1  Amended and Restated Bylaws of Acme Widget "
                                        "Corporation.")


def test_sentence_opening_with_an_item_wraps_on_to_a_mention_of_another():
    items = _items("""
                                   FORM 10-K

ITEM 1.  BUSINESS

     Acme Widget Corporation (the "Company") manufactures industrial widgets. Certain
information called for by this
Item 1 is set forth in Note 12 to the consolidated financial statements included in
Item 8. Financial Statements and Supplementary Data.

     The Company had 1,240 employees at December 31, 1996.

ITEM 2.  PROPERTIES

     The Company owns a 200,000 square foot plant in Dayton, Ohio.

ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA

     See the Index to Financial Statements on page F-1.
""", form="10-K", filed="19970325")
    assert [i["number"] for i in items] == ["1", "2", "8"]
    assert items[0]["text"].endswith("The Company had 1,240 employees at December 31, 1996.")
    assert items[2]["title"] == "FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA"


def test_a_stacked_heading_takes_no_not_applicable_printed_under_the_next():
    # a filer running through the Section 3 items prints "Not applicable." under the last
    items = _by_number(_items("""
Item 2.02  Results of Operations and Financial Condition.

     On April 24, 2008, Acme Widget Corporation issued a press release announcing its
results for the first quarter of 2008. A copy is furnished as Exhibit 99.1.

Item 3.02  Unregistered Sales of Equity Securities.

Item 3.03  Material Modification to Rights of Security Holders.

     Not applicable.

Item 9.01  Financial Statements and Exhibits.

     (d)  Exhibits.

     99.1  Press release of Acme Widget Corporation dated April 24, 2008.
""" + _SIGNATURES))
    assert items["3.03"]["text"] == "Not applicable."
    assert items["3.02"]["text"] in ("", None)
    assert items["2.02"]["text"].startswith("On April 24, 2008, Acme Widget Corporation")
