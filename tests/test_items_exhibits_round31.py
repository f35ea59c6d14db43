"""Items and exhibits, round 31: a combined 8-K heading whose numbers each keep their own
period ("Item 2.02. and Item 7.01. Results of Operations ...; Regulation FD Disclosure.")."""

from __future__ import annotations

from filing2json.parsers import parse
from support import EIGHT_K_TITLE, submission, validate

_COVER = """       Date of Report (Date of earliest event reported): February 6, 2019

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

     Delaware                     1-8472                    13-1234567
(State of incorporation)   (Commission File Number)   (IRS Employer Id. No.)

"""

_BODY = """

On February 6, 2019, Acme Pump Corporation issued a press release announcing its
results for the fourth quarter and fiscal year ended December 31, 2018. A copy of
the press release is furnished as Exhibit 99.1 to this Current Report on Form 8-K.

Item 9.01. Financial Statements and Exhibits.

(d) Exhibits.

Exhibit No.\tDescription
99.1\tPress Release of Acme Pump Corporation dated February 6, 2019.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.
"""


def _items(heading: str) -> list[dict]:
    rec = validate(parse(submission(EIGHT_K_TITLE + _COVER + heading + _BODY), "x.txt"))
    return rec["items"]


def test_combined_heading_with_a_period_after_each_number() -> None:
    items = _items("Item 2.02. and Item 7.01. Results of Operations and Financial Condition; "
                   "Regulation FD Disclosure.")
    assert [i["number"] for i in items] == ["2.02", "7.01", "9.01"]
    title = "Results of Operations and Financial Condition; Regulation FD Disclosure"
    assert items[0]["title"] == items[1]["title"] == title
    assert items[1]["standard_title"] == "Regulation FD Disclosure"
    assert items[1]["text"].startswith("On February 6, 2019, Acme Pump Corporation issued")


def test_combined_heading_in_capitals_with_periods() -> None:
    items = _items("ITEM 2.02. AND ITEM 7.01.  RESULTS OF OPERATIONS AND FINANCIAL CONDITION; "
                   "REGULATION FD DISCLOSURE.")
    assert [i["number"] for i in items] == ["2.02", "7.01", "9.01"]
    assert items[0]["title"] == ("RESULTS OF OPERATIONS AND FINANCIAL CONDITION; "
                                 "REGULATION FD DISCLOSURE")


def test_combined_bare_numbers_with_periods() -> None:
    items = _items("Item 2.02. and Item 7.01.")
    assert [(i["number"], i["standard_title"]) for i in items[:2]] == [
        ("2.02", "Results of Operations and Financial Condition"),
        ("7.01", "Regulation FD Disclosure")]
    assert items[0]["text"].startswith("On February 6, 2019")


_TEN_K_1998 = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

     For the fiscal year ended December 31, 1998

                           ACME PUMP CORPORATION

                                    PART I

ITEMS 1. AND 2.  BUSINESS AND PROPERTIES

     Acme Pump Corporation manufactures industrial pumps at its plant in
Dayton, Ohio, which it owns.

ITEM 3.  LEGAL PROCEEDINGS

     None.
"""


def test_ten_k_items_answered_together_each_number_with_its_period() -> None:
    data = submission(_TEN_K_1998).replace(b"TYPE:\t8-K", b"TYPE:\t10-K").replace(
        b"<TYPE>8-K", b"<TYPE>10-K")
    items = validate(parse(data, "k.txt"))["items"]
    assert [(i["number"], i["title"], i["standard_title"]) for i in items] == [
        ("1", "BUSINESS AND PROPERTIES", "Business"),
        ("2", "BUSINESS AND PROPERTIES", "Properties"),
        ("3", "LEGAL PROCEEDINGS", "Legal Proceedings")]
    assert items[1]["text"].startswith("Acme Pump Corporation manufactures")
