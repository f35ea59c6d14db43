"""Round 28's items and exhibits rules held to what they were for: a heading that points back
to an earlier item names no second item, a quarterly report quoted in an 8-K adds no items, an
empty 8-K heading takes no exhibit list or bylaw text, a flush-left exhibit entry keeps the
sentence under it out, and a list printed above its "(c) Exhibits" sentence is read."""

from __future__ import annotations

from test_exhibits_round28 import _COVER as COVER
from test_exhibits_round28 import _RELEASE
from test_exhibits_round28 import _SIGNATURES as SIGNATURES

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import submission, validate

# the 1998 Northfield 8-K of the round's exhibits tests, its dates set per test
_COVER = COVER.replace("January 5, 1998", "{date}")
_SIGNATURES = SIGNATURES.replace("January 6, 1998", "{date}")


def _record(items: str, *documents: tuple[str, str], date: str = "January 5, 1998",
            filed: str = "19980106") -> dict:
    body = _COVER.format(date=date) + items + _SIGNATURES.format(date=date)
    data = submission(body, *documents, accession="0000912057-98-000123", filed=filed)
    return validate(parse(data, "northfield-8k.txt"))


def _items(items: str, date: str = "May 1, 2008") -> dict[str, dict]:
    record = _record(items, date=date, filed="20080501")
    return {item["number"]: item for item in record["items"]}


def _exhibits(items: str, *documents: tuple[str, str]) -> list[tuple]:
    return [(e["number"], e["description"], e["document"])
            for e in _record(items, *documents)["exhibits"]]


_CREDIT = (
    "Item 1.01  Entry into a Material Definitive Agreement.\n\n"
    "     On April 28, 2008, Northfield Industries, Inc. entered into a $50 million revolving\n"
    "credit agreement with LaSalle Bank National Association, as agent.\n\n")
_LOAN = "     The revolving credit agreement is a direct financial obligation of the Company.\n"


def test_an_8k_heading_pointing_back_to_an_earlier_item_names_no_second_item():
    for heading in (
            "Item 2.03  Creation of a Direct Financial Obligation - See Item 1.01",
            "Item 2.03  Creation of a Direct Financial Obligation - See Item 1.01 Above",
            "ITEM 2.03  CREATION OF A DIRECT FINANCIAL OBLIGATION, AS DESCRIBED IN ITEM 1.01"):
        items = _items(_CREDIT + heading + "\n\n" + _LOAN)
        assert list(items) == ["1.01", "2.03"], heading
        assert items["1.01"]["text"].startswith("On April 28, 2008, Northfield Industries")
        assert items["2.03"]["text"].startswith("The revolving credit agreement is a direct")
    items = _items(_CREDIT + "ITEM 2.03  CREATION OF A DIRECT FINANCIAL OBLIGATION AND ITEM 2.04"
                   " BELOW\n\n" + _LOAN)
    assert list(items) == ["1.01", "2.03"]


def test_an_item_named_after_a_dash_in_a_title_of_its_own_is_no_second_item():
    items = _items(
        "Item 8.01  Other Events - Item 4.02 Restatement Update\n\n"
        "     On May 1, 2008, the Audit Committee concluded its review of the restatement of\n"
        "the Company's financial statements for the years 2005 and 2006.\n")
    assert list(items) == ["8.01"]
    assert items["8.01"]["title"] == "Other Events - Item 4.02 Restatement Update"


def test_a_10k_market_risk_heading_pointing_to_item_7_keeps_item_7():
    for heading in (
            "ITEM 7A.  QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK - SEE ITEM 7",
            "Item 7A.  Quantitative and Qualitative Disclosures About Market Risk - See Item 7"):
        text = (
            "                                    PART II\n\n"
            "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
            "         RESULTS OF OPERATIONS\n\n"
            "     Net sales increased 12% in 1999 to $84.2 million, on higher unit volume in\n"
            "the Company's industrial products segment.\n\n"
            f"{heading}\n\n"
            "     The information required by this item is included under \"Market Risk\" in\n"
            "Item 7 above.\n\n"
            "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n"
            "     See the Index to Consolidated Financial Statements on page F-1.\n")
        items = {s.number: s for s in find_items(text, "10-K")}
        assert list(items) == ["7", "7A", "8"], heading
        assert items["7"].text.startswith("Net sales increased 12% in 1999"), heading
        assert items["7A"].text.startswith("The information required by this item"), heading


_QUOTED_10Q = (
    "                  NORTHFIELD INDUSTRIES, INC. AND SUBSIDIARIES\n"
    "                    QUARTERLY REPORT FOR THE PERIOD ENDED MARCH 31, 1998\n\n"
    "                        PART I - FINANCIAL INFORMATION\n\n"
    "Item 1.  Financial Statements\n\n"
    "     The condensed consolidated balance sheet of the Company as of March 31, 1998\n"
    "is unaudited and is set out below.\n\n"
    "Item 2.  Management's Discussion and Analysis of Financial Condition and Results\n"
    "         of Operations\n\n"
    "     Net sales rose 10% in the quarter on higher shipments of industrial products.\n")


def test_a_quarterly_report_quoted_in_an_8k_adds_no_items():
    items = _items(
        "Item 5.  Other Events.\n\n"
        "     On April 20, 1998, the Registrant mailed its quarterly report to shareholders,\n"
        "which is reproduced below.\n\n"
        "Item 7.  Financial Statements and Exhibits.\n\n"
        "     (c)  Exhibits.  None.\n\n" + _QUOTED_10Q, date="April 20, 1998")
    assert list(items) == ["5", "7"]
    # and with the 2004-on numbering
    items = _items(
        "Item 8.01  Other Events.\n\n"
        "     On May 1, 2008, the Registrant mailed its quarterly report to shareholders,\n"
        "which is reproduced below.\n\n"
        "Item 9.01  Financial Statements and Exhibits.\n\n"
        "     (d)  Exhibits.  None.\n\n" + _QUOTED_10Q.replace("1998", "2008"))
    assert list(items) == ["8.01", "9.01"]


def test_an_empty_8k_heading_takes_no_exhibit_list():
    items = _items(
        "Item 2.02  Results of Operations and Financial Condition.\n\n"
        "Item 9.01  Financial Statements and Exhibits.\n\n"
        "(d)  Exhibits.\n\n"
        "99.1  Press release of Northfield Industries, Inc. dated May 1, 2008.\n")
    assert items["2.02"]["text"] in ("", None)
    assert items["9.01"]["text"].startswith("(d)  Exhibits.")
    # (since round 29 stacked 2004-numbered headings share any text but an exhibit list: a
    # filer lists only the items it reports; see tests/test_items_round29.py)
    # a text naming both items answers both
    items = _items(
        "Item 3.02  Unregistered Sales of Equity Securities.\n\n"
        "Item 5.03  Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year.\n\n"
        "     On April 29, 2008, the Company filed a Certificate of Designations for its Series\n"
        "A Preferred Stock and sold 10,000 shares of it to two investors. The information in\n"
        "this Item 5.03 is also furnished in response to Item 3.02.\n")
    assert items["3.02"]["text"] == items["5.03"]["text"]


_ITEM_5 = (
    "Item 5.  Other Events.\n\n"
    "     On January 5, 1998, the Registrant issued a press release announcing its results\n"
    "for the fourth quarter of 1997.\n\n")


def test_a_flush_left_entry_keeps_the_sentence_under_it_out():
    items = _ITEM_5 + (
        "Item 7.  Financial Statements and Exhibits.\n\n"
        "(c) Exhibits.\n\n"
        "99.1  Press release dated January 5, 1998\n"
        "99.2  Letter to the shareholders of Northfield Industries, Inc. from its Chairman\n"
        "{next}\n")
    documents = (("EX-99.1", _RELEASE), ("EX-99.2", "Dear Shareholder:\n"))
    for next_line in ("All other items are not applicable.",
                      "1997 Annual Report to Shareholders is furnished under separate cover."):
        assert _exhibits(items.format(next=next_line), *documents) == [
            ("99.1", "Press release dated January 5, 1998", 2),
            ("99.2", "Letter to the shareholders of Northfield Industries, Inc. from its Chairman",
             3)], next_line


def test_a_list_printed_above_a_sentence_on_the_exhibits_label_is_read():
    items = _ITEM_5 + (
        "Item 7.  Financial Statements and Exhibits.\n\n"
        "     Exhibit 99.1  Press release dated January 5, 1998.\n\n"
        "(c) Exhibits required by Item 601 of Regulation S-K are listed above.\n")
    assert _exhibits(items, ("EX-99.1", _RELEASE)) == [
        ("99.1", "Press release dated January 5, 1998.", 2)]
