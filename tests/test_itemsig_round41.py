"""Items and signatures, round 41: a Schedule 13G's items (SC 13G, SC 13G/A) get the captions the
schedule prints as their standard titles (Items 1 and 2, captionless, get their lettered parts'
captions together), and an item with no caption that opens on its part "(a) Name of Issuer:"
takes that caption as its title, without the "(a)"."""

from __future__ import annotations

from support import form_record

# After The Vanguard Group's Schedule 13G/A on Apple Inc. (February 2024), retyped and abridged
# (the wording is not checked line by line against the filing): "Item 1(a) - Name of Issuer:"
# over the answer, each lettered part a heading of its own. The titles asserted are the
# captions Schedule 13G itself prints (17 CFR 240.13d-102).
_VANGUARD = """                                  SCHEDULE 13G

                   Under the Securities Exchange Act of 1934
                              (Amendment No.: 12)*

                              Name of issuer:  Apple Inc.

                Title of Class of Securities:  Common Stock

                            CUSIP Number:  037833100

Item 1(a) - Name of Issuer:

     Apple Inc.

Item 1(b) - Address of Issuer's Principal Executive Offices:

     One Apple Park Way
     Cupertino, CA 95014

Item 2(a) - Name of Person Filing:

     The Vanguard Group - 23-1945930

Item 2(b) - Address of Principal Business Office or, if none, residence:

     100 Vanguard Blvd.
     Malvern, PA 19355

Item 2(c) - Citizenship:

     Pennsylvania

Item 2(d) - Title of Class of Securities:

     Common Stock

Item 2(e) - CUSIP Number

     037833100

Item 3 - Type of Filing:

     This statement is being filed pursuant to Rule 13d-1.  An investment adviser
in accordance with Section 240.13d-1(b)(1)(ii)(E).

Item 4 - Ownership:

     (a) Amount Beneficially Owned:

     1,322,056,175

Item 5 - Ownership of Five Percent or Less of a Class:

     Not applicable

Item 6 - Ownership of More Than Five Percent on Behalf of Another Person:

     Not applicable

Item 7 - Identification and Classification of the Subsidiary Which Acquired
The Security Being Reported on by the Parent Holding Company:

     Not Applicable

Item 8 - Identification and Classification of Members of Group:

     Not applicable

Item 9 - Notice of Dissolution of Group:

     Not applicable

Item 10 - Certification:

     By signing below I certify that, to the best of my knowledge and belief, the
securities referred to above were acquired and are held in the ordinary course of
business and were not acquired and are not held for the purpose of or with the
effect of changing or influencing the control of the issuer of the securities.

                                   Signature

     After reasonable inquiry and to the best of my knowledge and belief, I
certify that the information set forth in this statement is true, complete and
correct.

Date: February 13, 2024

                                   The Vanguard Group, Inc.

                                   By: /s/ Ashley Grim
                                   Name: Ashley Grim
                                   Title: Head of Global Fund Administration
"""

# A Schedule 13G in the layout law firms typed (1990s-2000s), names made up: a bare "ITEM 1."
# over its lettered parts, each answered on its line, then the captioned items.
_LETTERED = """                                  SCHEDULE 13G

                   Under the Securities Exchange Act of 1934

                            HARBORVIEW BANCORP, INC.
                                (Name of Issuer)

ITEM 1.

     (a)  NAME OF ISSUER: Harborview Bancorp, Inc.

     (b)  ADDRESS OF ISSUER'S PRINCIPAL EXECUTIVE OFFICES:
          100 Main Street, Springfield, IL 62701

ITEM 2.

     (a)  NAME OF PERSON FILING: Stillwater Capital Management, LLC

     (c)  CITIZENSHIP: Delaware

ITEM 4.   OWNERSHIP.

     (a)  Amount beneficially owned: 1,034,900

ITEM 5.   OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS.

          Not applicable.

                                   SIGNATURE

     After reasonable inquiry and to the best of my knowledge and belief, I
certify that the information set forth in this statement is true, complete and
correct.

Dated: February 14, 2008
"""


def test_schedule_13g_items_get_the_schedule_captions() -> None:
    record = form_record("SC 13G/A", _VANGUARD, "20240213")
    titles = {item["number"]: item["standard_title"] for item in record["items"]}
    assert list(titles) == [str(n) for n in range(1, 11)]
    assert titles["1"] == "Name of Issuer; Address of Issuer's Principal Executive Offices"
    assert titles["2"].startswith("Name of Person Filing; Address of Principal Business Office")
    assert titles["4"] == "Ownership"
    assert titles["5"] == "Ownership of 5 Percent or Less of a Class"
    assert titles["6"] == "Ownership of More than 5 Percent on Behalf of Another Person"
    assert titles["8"] == "Identification and Classification of Members of the Group"
    assert titles["9"] == "Notice of Dissolution of Group"
    assert titles["10"] == "Certification"
    items = {item["number"]: item for item in record["items"]}
    assert items["3"]["title"] == "Type of Filing"
    assert items["1"]["text"].startswith("Apple Inc.")
    assert items["10"]["text"].startswith("By signing below I certify")
    assert all(item["scheme"] is None and item["equivalent"] is None
               for item in record["items"])


def test_schedule_13g_signature() -> None:
    record = form_record("SC 13G/A", _VANGUARD, "20240213")
    assert record["signatures"] == [{
        "registrant": "The Vanguard Group, Inc.", "name": "Ashley Grim",
        "title": "Head of Global Fund Administration", "date": "2024-02-13"}]


def test_captionless_item_takes_its_first_part_caption() -> None:
    record = form_record("SC 13G", _LETTERED, "20080214")
    got = [(i["number"], i["title"], i["text"].split("\n")[0]) for i in record["items"]]
    assert got == [
        ("1", "NAME OF ISSUER", "Harborview Bancorp, Inc."),
        ("2", "NAME OF PERSON FILING", "Stillwater Capital Management, LLC"),
        ("4", "OWNERSHIP", "(a)  Amount beneficially owned: 1,034,900"),
        ("5", "OWNERSHIP OF FIVE PERCENT OR LESS OF A CLASS", "Not applicable."),
    ]


# After Twitter, Inc.'s 8-K of April 25, 2022 (the merger agreement with X Holdings), filed
# again the same day as soliciting material, DEFA14A; retyped and abridged, not a byte copy:
# the 8-K's items with the 8-K's numbering.
_TWITTER = """                                 UNITED STATES
                     SECURITIES AND EXCHANGE COMMISSION
                           Washington, D.C. 20549

                                  FORM 8-K

                               CURRENT REPORT
                   Pursuant to Section 13 or 15(d) of the
                       Securities Exchange Act of 1934

      Date of Report (Date of earliest event reported): April 25, 2022

                               TWITTER, INC.
           (Exact name of registrant as specified in its charter)

[X]  Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)

Item 1.01 Entry into a Material Definitive Agreement.

Merger Agreement

On April 25, 2022, Twitter, Inc., a Delaware corporation ("Twitter"), entered into an
Agreement and Plan of Merger (the "Merger Agreement") with X Holdings I, Inc., a Delaware
corporation ("Parent"), and X Holdings II, Inc., a Delaware corporation and a wholly owned
subsidiary of Parent ("Acquisition Sub").

Item 9.01 Financial Statements and Exhibits.

(d) Exhibits

2.1   Agreement and Plan of Merger, dated as of April 25, 2022, by and among X Holdings I,
      Inc., X Holdings II, Inc. and Twitter, Inc.
"""


def test_soliciting_material_copy_of_an_8k_gets_the_8k_numbering() -> None:
    record = form_record("DEFA14A", _TWITTER, "20220425")
    got = [(i["number"], i["scheme"], i["standard_title"], i["equivalent"])
           for i in record["items"]]
    assert got == [
        ("1.01", "2004", "Entry into a Material Definitive Agreement", None),
        ("9.01", "2004", "Financial Statements and Exhibits", "7"),
    ]
