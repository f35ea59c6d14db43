"""Items, round 42: the SEC's item captions as standard titles on Schedule 13E-3 (SC 13E3, the
2000 edition and the 1990s one, the printed title picking it), the 1990s tender offer schedules
14D-1 (SC 14D1) and 13E-4 (SC 13E4), and Form N-PX (SC 13E3/A, 14D1/A, 13E4/A, N-PX/A too); the
13E-3's items printed inside a combined Schedule TO get the 13E-3's captions; a heading naming
several lettered paragraphs of one item ("Item 5.02(b) and (c).") is that item's heading."""

from __future__ import annotations

from filing2json.parsers.sections import item_catalog as cat
from filing2json.parsers.sections.items import find_items
from support import form_record

# After Dell Inc.'s Schedule 13E-3 on its going-private merger (2013), retyped and abridged
# (the wording is not checked line by line against the filing): each item incorporates a part
# of the proxy statement. The titles asserted are the captions Schedule 13E-3 itself prints
# (17 CFR 240.13e-100).
_DELL = """                                 SCHEDULE 13E-3

                       RULE 13e-3 TRANSACTION STATEMENT
    UNDER SECTION 13(e) OF THE SECURITIES EXCHANGE ACT OF 1934

                                   DELL INC.
                              (Name of the Issuer)

Item 1.  Summary Term Sheet

     The information set forth in the Proxy Statement under the caption "Summary
Term Sheet" is incorporated herein by reference.

Item 2.  Subject Company Information

     (a) Name and Address. The name of the subject company is Dell Inc., a
Delaware corporation. The Company's principal executive offices are located at
One Dell Way, Round Rock, Texas 78682.

Item 7.  Purposes, Alternatives, Reasons and Effects

     The information set forth in the Proxy Statement under the captions "Special
Factors - Purposes and Reasons of the Company" is incorporated herein by reference.

Item 8.  Fairness of the Transaction

     The information set forth in the Proxy Statement under the caption "Special
Factors - Reasons for the Merger" is incorporated herein by reference.

Item 10.  Source and Amounts of Funds or Other Consideration

     The information set forth in the Proxy Statement under the caption "Special
Factors - Financing of the Merger" is incorporated herein by reference.

Item 16.  Exhibits

     (a)(1) Preliminary Proxy Statement of Dell Inc.
"""

# A 1990s Schedule 13E-3 in the layout law firms typed then, names made up: the old edition's
# captions ("Item 2. Identity and Background", "Item 17. Material to be Filed as Exhibits").
_OLD_13E3 = """ITEM 1.  ISSUER AND CLASS OF SECURITY SUBJECT TO THE TRANSACTION.

     (a) The name of the issuer is Harborview Mills, Inc.

ITEM 2.  IDENTITY AND BACKGROUND.

     This statement is filed by the Issuer and by Stillwater Partners, L.P.

ITEM 16.  ADDITIONAL INFORMATION.

     The information set forth in the Proxy Statement is incorporated herein by
reference.

ITEM 17.  MATERIAL TO BE FILED AS EXHIBITS.

     (d) Proxy Statement of the Issuer.
"""

# A 1990s Schedule 14D-1 (a bidder's offer), names made up, as _OLD_13E3.
_14D1 = """ITEM 1.  SECURITY AND SUBJECT COMPANY.

     (a) The name of the subject company is Harborview Mills, Inc.

ITEM 5.  PURPOSE OF THE TENDER OFFER AND PLANS OR PROPOSALS OF THE BIDDER.

     The information set forth in the Offer to Purchase is incorporated herein.

ITEM 11.  MATERIAL TO BE FILED AS EXHIBITS.

     (a)(1) Offer to Purchase dated March 1, 1996.
"""

# Form N-PX of AIM Counselor Series Trust for 7/1/07 - 6/30/08, its cover (abridged) and its
# one item heading, as filed (the votes follow in the filing).
_NPX = """                                   FORM N-PX

                   ANNUAL REPORT OF PROXY VOTING RECORD OF
                   REGISTERED MANAGEMENT INVESTMENT COMPANY

                  Investment Company Act file number 811-07820

                         AIM Counselor Series Trust
              (Exact name of registrant as specified in charter)

Item 1. Proxy Voting Record.
"""


def _titles(record: dict) -> list[tuple[str, str | None]]:
    return [(i["number"], i["standard_title"]) for i in record["items"]]


def test_schedule_13e3_items_get_the_schedule_captions():
    record = form_record("SC 13E3", _DELL, "20130329")
    assert _titles(record) == [
        ("1", "Summary Term Sheet"), ("2", "Subject Company Information"),
        ("7", "Purposes, Alternatives, Reasons and Effects"),
        ("8", "Fairness of the Transaction"),
        ("10", "Source and Amounts of Funds or Other Consideration"), ("16", "Exhibits")]
    assert {(i["scheme"], i["equivalent"]) for i in record["items"]} == {(None, None)}
    assert record["items"][0]["text"].startswith("The information set forth in the Proxy")


def test_old_schedule_13e3_captions_pick_the_1990s_edition():
    spans = find_items(_OLD_13E3, "SC 13E3/A")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("1", "Issuer and Class of Security Subject to the Transaction"),
        ("2", "Identity and Background"), ("16", "Additional Information"),
        ("17", "Material to be Filed as Exhibits")]


def test_schedule_14d1_and_13e4_items_get_the_schedule_captions():
    spans = find_items(_14D1, "SC 14D1")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("1", "Security and Subject Company"),
        ("5", "Purpose of the Tender Offer and Plans or Proposals of the Bidder"),
        ("11", "Material to be Filed as Exhibits")]
    assert cat.form_family("SC 14D1/A") == "SC 14D1" and cat.form_family("SC 13E4") == "SC 13E4"
    assert cat.standard_title("SC 13E4", "9") == "Material to be Filed as Exhibits"
    # an issuer's offer: "Issuer", not the bidder's "Subject Company"
    assert cat.standard_title("SC 13E4", "1") == "Security and Issuer"


def test_n_px_item_gets_its_title():
    record = form_record("N-PX", _NPX, "20080828")
    assert [(i["number"], i["title"], i["standard_title"]) for i in record["items"]] == [
        ("1", "Proxy Voting Record", "Proxy Voting Record")]
    assert cat.form_family("N-PX/A") == "N-PX" and cat.form_family("N-PX-FM") is None


# A going-private tender offer's combined Schedule TO / Schedule 13E-3, in the layout such
# filings print, names made up: under Item 13 the 13E-3's items that Items 1-12 leave out, by
# the 13E-3's own numbers and captions.
_TO_13E3 = """Item 12.  Exhibits.

(a)(1)(A) Offer to Purchase dated March 1, 2010.

Item 13.  Information Required by Schedule 13E-3.

The following sets forth information required by Schedule 13E-3 that has not
already been set forth in Items 1-12 above.

Item 7.  Purposes, Alternatives, Reasons and Effects.

The information set forth in the Offer to Purchase under "Special Factors" is
incorporated herein by reference.

Item 8.  Fairness of the Transaction.

The information set forth in the Offer to Purchase under "Special Factors -
Fairness of the Offer" is incorporated herein by reference.

Item 9.  Reports, Opinions, Appraisals and Negotiations.

The information set forth in the Offer to Purchase under "Special Factors -
Opinion of Financial Advisor" is incorporated herein by reference.
"""


def test_schedule_13e3_items_inside_a_schedule_to_get_the_13e3_captions():
    spans = find_items(_TO_13E3, "SC TO-T")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("12", "Exhibits"), ("13", "Information Required by Schedule 13E-3"),
        ("7", "Purposes, Alternatives, Reasons and Effects"),
        ("8", "Fairness of the Transaction"),
        ("9", "Reports, Opinions, Appraisals and Negotiations")]
    # printed with the TO's own caption, or none, an item keeps the TO's title
    assert cat.standard_title("SC TO", "7") == "Source and Amount of Funds or Other Consideration"
    assert cat.standard_title("SC TO", "8", printed="Interest in Securities of the Subject "
                              "Company") == "Interest in Securities of the Subject Company"


# 8-Ks naming the lettered paragraphs of an item they answer, as filed from 2006 on under the
# Item 5.02 of that year ("Departure of Directors or Principal Officers; Election of Directors;
# Appointment of Principal Officers"); names made up.
_SUB_PARAGRAPHS = """Item 5.02(b) and (c).  Departure of Directors or Principal Officers;
Appointment of Principal Officers.

On May 1, 2007, John Smith resigned as Chief Financial Officer. The information
required by Item 5.02(c)(2) and (3) of Form 8-K is set forth in Exhibit 99.1.

Item 9.01.  Financial Statements and Exhibits.

(d) Exhibits.

99.1  Press release dated May 1, 2007.
"""


def test_a_heading_naming_several_sub_paragraphs_is_one_item():
    spans = find_items(_SUB_PARAGRAPHS, "8-K")
    assert [(s.number, s.title) for s in spans] == [
        ("5.02", "Departure of Directors or Principal Officers; Appointment of Principal "
                 "Officers"), ("9.01", "Financial Statements and Exhibits")]
    assert spans[0].text.startswith("On May 1, 2007") and spans[0].text.endswith("99.1.")
    for heading, title in (
            ("ITEM 5.02(b), (c) AND (d).  DEPARTURE OF DIRECTORS", "DEPARTURE OF DIRECTORS"),
            ("Item 5.02(b)/(c) Departure of Directors", "Departure of Directors")):
        first = find_items(f"{heading}\n\nOn May 1, 2007, John Smith resigned.\n", "8-K")
        assert [(s.number, s.title) for s in first] == [("5.02", title)]
