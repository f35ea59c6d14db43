"""Items, round 40: Schedule 13D (and 13D/A) and Schedule 14D-9 items get the captions the
schedules print as their standard titles; a 13D/A item answered on its heading's line ("Item
5. The Reporting Person is the beneficial owner of ...") keeps that sentence as its text, with
no printed title, and still gets the item's standard title."""

from __future__ import annotations

from support import form_record

_THIRTEEN_D = """                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                  SCHEDULE 13D

                    Under the Securities Exchange Act of 1934
                              (Amendment No. 2)*

                           HARBORVIEW BANCORP, INC.
                               (Name of Issuer)

                    Common Stock, par value $0.01 per share
                         (Title of Class of Securities)

                                   41163P109
                                (CUSIP Number)

Item 1.  Security and Issuer.

     This Amendment No. 2 relates to the common stock, par value $0.01 per share
(the "Shares"), of Harborview Bancorp, Inc. (the "Issuer").

Item 3.  Source and Amount of Funds or Other Consideration.

     The Shares were purchased with the working capital of Stillwater Value
Partners, L.P. The aggregate purchase price of the 412,300 Shares is $5,118,774.

Item 4.  Purpose of Transaction.

     Item 4 is hereby amended and supplemented by adding the following:

     On June 3, 2008, the Reporting Persons delivered a letter to the Board of
Directors of the Issuer.

Item 5.  The Reporting Persons are the beneficial owners of 1,034,900 Shares,
         or 7.2% of the outstanding Shares.

Item 6.  Contracts, Arrangements, Understandings or Relationships with
         Respect to Securities of the Issuer.

     None.

Item 7.  Material to be Filed as Exhibits.

     Exhibit 99.1 - Letter to the Board of Directors dated June 3, 2008.

                                   SIGNATURE

     After reasonable inquiry and to the best of my knowledge and belief, I certify
that the information set forth in this statement is true, complete and correct.
"""

_FOURTEEN_D9 = """                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                 SCHEDULE 14D-9
                 Solicitation/Recommendation Statement Under
             Section 14(d)(4) of the Securities Exchange Act of 1934

                            NORTHGATE SYSTEMS, INC.
                           (Name of Subject Company)

Item 1.  Subject Company Information.

     The name of the subject company is Northgate Systems, Inc., a Delaware
corporation.

Item 4.  The Solicitation or Recommendation.

     The Board of Directors unanimously recommends that stockholders accept the
Offer and tender their Shares.

Item 5.  Person/Assets, Retained, Employed, Compensated or Used.

     The Company has retained Morgan Stanley & Co. Incorporated as its financial
advisor.

Item 9.  Exhibits.

     (a)(1) Offer to Purchase dated March 2, 2009.
"""


def test_schedule_13d_items_get_the_schedule_captions() -> None:
    record = form_record("SC 13D/A", _THIRTEEN_D, "20080605")
    items = {item["number"]: item for item in record["items"]}
    assert list(items) == ["1", "3", "4", "5", "6", "7"]
    assert items["1"]["standard_title"] == "Security and Issuer"
    assert items["3"]["standard_title"] == "Source and Amount of Funds or Other Consideration"
    assert items["4"]["standard_title"] == "Purpose of Transaction"
    assert items["6"]["standard_title"] == (
        "Contracts, Arrangements, Understandings or Relationships with Respect to Securities "
        "of the Issuer")
    assert items["7"]["standard_title"] == "Material to be Filed as Exhibits"
    assert items["4"]["text"].startswith("Item 4 is hereby amended and supplemented")
    assert all(item["scheme"] is None and item["equivalent"] is None
               for item in items.values())


def test_schedule_13d_item_answered_on_its_heading_line() -> None:
    record = form_record("SC 13D/A", _THIRTEEN_D, "20080605")
    item = next(i for i in record["items"] if i["number"] == "5")
    assert (item["title"], item["standard_title"]) == (
        None, "Interest in Securities of the Issuer")
    assert item["text"] == ("The Reporting Persons are the beneficial owners of 1,034,900 "
                            "Shares, or 7.2% of the outstanding Shares.")
    codes = [w["code"] for w in record["warnings"]]
    assert "item_empty" not in codes


def test_schedule_14d9_items_get_the_schedule_captions() -> None:
    record = form_record("SC 14D9", _FOURTEEN_D9, "20090316")
    got = [(i["number"], i["title"], i["standard_title"]) for i in record["items"]]
    assert got == [
        ("1", "Subject Company Information", "Subject Company Information"),
        ("4", "The Solicitation or Recommendation", "The Solicitation or Recommendation"),
        ("5", "Person/Assets, Retained, Employed, Compensated or Used",
         "Persons/Assets, Retained, Employed, Compensated or Used"),
        ("9", "Exhibits", "Exhibits"),
    ]
    assert record["items"][2]["text"].startswith("The Company has retained Morgan Stanley")
