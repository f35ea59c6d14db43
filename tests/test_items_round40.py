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


# A 1997 Schedule 14D-9 prints the captions of the schedule before Regulation M-A (effective
# January 24, 2000), which numbered the items differently: Item 2 was the bidder's offer.
_FOURTEEN_D9_1997 = """                                 SCHEDULE 14D-9
                      SOLICITATION/RECOMMENDATION STATEMENT
                       PURSUANT TO SECTION 14(d)(4) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

                            NORTHGATE SYSTEMS, INC.
                           (Name of Subject Company)

ITEM 1.  SECURITY AND SUBJECT COMPANY.

     The name of the subject company is Northgate Systems, Inc., a Delaware
corporation (the "Company").

ITEM 2.  TENDER OFFER OF THE BIDDER.

     This Statement relates to the tender offer by Acme Acquisition Corp.

ITEM 3.  IDENTITY AND BACKGROUND.

     (a) The name and business address of the Company are set forth in Item 1.

ITEM 4.  THE SOLICITATION OR RECOMMENDATION.

     The Board of Directors unanimously recommends that stockholders accept.

ITEM 5.  PERSONS RETAINED, EMPLOYED OR TO BE COMPENSATED.

     The Company has retained Morgan Stanley & Co. Incorporated.

ITEM 6.  RECENT TRANSACTIONS AND INTENT WITH RESPECT TO SECURITIES.

     No transactions in the Shares have been effected during the past 60 days.

ITEM 7.  CERTAIN NEGOTIATIONS AND TRANSACTIONS BY THE SUBJECT COMPANY.

     Except as set forth herein, no negotiation is being undertaken.

ITEM 8.  ADDITIONAL INFORMATION TO BE FURNISHED.

     None.

ITEM 9.  MATERIAL TO BE FILED AS EXHIBITS.

     Exhibit 1 -- Offer to Purchase.
"""


def test_schedule_14d9_before_2000_gets_its_own_captions() -> None:
    record = form_record("SC 14D9", _FOURTEEN_D9_1997, "19970310")
    got = [(i["number"], i["standard_title"]) for i in record["items"]]
    assert got == [
        ("1", "Security and Subject Company"), ("2", "Tender Offer of the Bidder"),
        ("3", "Identity and Background"), ("4", "The Solicitation or Recommendation"),
        ("5", "Persons Retained, Employed or to be Compensated"),
        ("6", "Recent Transactions and Intent with Respect to Securities"),
        ("7", "Certain Negotiations and Transactions by the Subject Company"),
        ("8", "Additional Information to be Furnished"),
        ("9", "Material to be Filed as Exhibits"),
    ]


_THIRTEEN_D_ANSWERS = """                                  SCHEDULE 13D
                    Under the Securities Exchange Act of 1934

                           HARBORVIEW BANCORP, INC.
                               (Name of Issuer)

Item 2.  None of the Reporting Persons has, during the last five years, been convicted
         in a criminal proceeding.

Item 3.  The source and amount of funds is personal funds.

Item 4.  Purpose of Transaction.

     The Reporting Person acquired the Shares for investment purposes.

Item 6.  There are no contracts, arrangements, understandings or relationships
         with respect to securities of the Issuer.

Item 7.  There is no material to be filed as exhibits.

                                   SIGNATURE

     After reasonable inquiry and to the best of my knowledge and belief, I certify
that the information set forth in this statement is true, complete and correct.
"""


def test_schedule_13d_answer_restating_the_caption_is_text() -> None:
    record = form_record("SC 13D", _THIRTEEN_D_ANSWERS, "20080605")
    got = {i["number"]: (i["title"], i["standard_title"], i["text"]) for i in record["items"]}
    assert got["3"] == (None, "Source and Amount of Funds or Other Consideration",
                        "The source and amount of funds is personal funds.")
    assert got["6"][:2] == (None, "Contracts, Arrangements, Understandings or Relationships "
                                  "with Respect to Securities of the Issuer")
    assert got["6"][2] == ("There are no contracts, arrangements, understandings or "
                           "relationships with respect to securities of the Issuer.")
    assert got["7"] == (None, "Material to be Filed as Exhibits",
                        "There is no material to be filed as exhibits.")
    assert got["2"] == (None, "Identity and Background",
                        "None of the Reporting Persons has, during the last five years, been "
                        "convicted in a criminal proceeding.")
    assert got["4"][0] == "Purpose of Transaction"
    assert "item_empty" not in [w["code"] for w in record["warnings"]]


def test_schedule_13d_one_line_caption_stays_a_title() -> None:
    text = _THIRTEEN_D_ANSWERS.replace(
        "Item 7.  There is no material to be filed as exhibits.",
        "Item 7.  Material to be Filed as Exhibits.\n\n     None.")
    item = next(i for i in form_record("SC 13D", text, "20080605")["items"]
                if i["number"] == "7")
    assert (item["title"], item["text"]) == ("Material to be Filed as Exhibits", "None.")


_FOURTEEN_D9_AMENDED = """                                 SCHEDULE 14D-9
                              (Amendment No. 3)
                            NORTHGATE SYSTEMS, INC.
                           (Name of Subject Company)

Item 3.  There are no past contacts, transactions, negotiations or agreements.

Item 5.  No persons/assets are retained, employed, compensated or used by the Company.

Item 8.  Additional Information.

     Item 8 is hereby amended and supplemented by adding the following:

     On March 20, 2009, the Offer expired.
"""


def test_schedule_14d9_amendment_answer_restating_the_caption_is_text() -> None:
    record = form_record("SC 14D9/A", _FOURTEEN_D9_AMENDED, "20090323")
    got = {i["number"]: (i["title"], i["text"]) for i in record["items"]}
    assert got["3"] == (None, "There are no past contacts, transactions, negotiations or "
                              "agreements.")
    assert got["5"] == (None, "No persons/assets are retained, employed, compensated or used "
                              "by the Company.")
    assert got["8"][0] == "Additional Information"
