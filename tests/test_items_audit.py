"""Audit findings on items, checked on the whole record (``parse``) and on filing layouts
of the same kind: page numbers left in item text (finding 11) and standard titles of the
Schedule TO and registration statements (findings 14-16)."""

from __future__ import annotations

import re

from filing2json.parsers import parse
from filing2json.parsers.sections.items import find_items
from support import filing

_PAGE_LINE = re.compile(r"^[ \t]*-\d{1,3}-[ \t]*$", re.M)


def test_aegon_item_texts_hold_no_page_numbers():
    # 20f_2001_aegonnv_1.htm: plain text in <html><body><div>, no page markers; 146 "-N-"
    # lines were left in items 3-11 and 19, mid-sentence
    items = {i["number"]: i for i in filing("20f_2001_aegonnv_1.htm")["items"]}
    assert [n for n, i in items.items() if _PAGE_LINE.search(i["text"] or "")] == []
    four = items["4"]["text"]
    assert ("casualty insurance and limited banking\n\nactivities. Consistent with a policy"
            in four)
    assert len(items["19"]["text"]) > 250_000  # the financial statements, all of them


_PRE_10K = """<html><body><pre>
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

For the fiscal year ended December 31, 2001      Commission file number 1-8489

                              ACME INDUSTRIES, INC.
             (Exact name of registrant as specified in its charter)

{pages}
                                   SIGNATURES
</pre></body></html>
"""
_PARAGRAPH = ("     The Company's products are sold through distributors and directly to\n"
              "original equipment manufacturers in the United States, Europe and Asia. No\n"
              "single customer accounted for more than 10% of net sales in 2001.\n\n")


def test_page_numbers_of_a_preformatted_html_10k_are_no_item_text():
    # "- 2 -" centred between blank lines atop each page, a sentence running over it
    pages = ("PART I\n\nITEM 1.  BUSINESS\n\n" + _PARAGRAPH * 12 + "Acme also sells in\n\n\n"
             "                                     - 3 -\n\nCanada and Mexico.\n\n"
             + _PARAGRAPH * 12 + "ITEM 2.  PROPERTIES\n\n" + _PARAGRAPH * 4
             + "The Company leases its headquarters in\n\n"
             "                                     - 4 -\n\nBoston, Massachusetts.\n\n"
             "ITEM 3.  LEGAL PROCEEDINGS\n\nNone.\n\n"
             "                                     - 5 -\n\n")
    record = parse(_PRE_10K.format(pages="                                     - 2 -\n\n"
                                   + pages).encode(), "acme-10k.htm")
    items = {i["number"]: i["text"] for i in record["items"]}
    assert list(items) == ["1", "2", "3"]
    assert "Acme also sells in\n\nCanada and Mexico." in items["1"]
    assert items["2"].endswith("headquarters in\n\nBoston, Massachusetts.")
    assert items["3"] == "None."


def test_registration_statements_part_two_standard_titles():
    # s1_2023_acurxpharmaceuticalsin_1.txt (Items 13-17) and s3a_1995_pageamericagroupinc_1.txt
    # (Items 14-17): the form's titles, whatever the heading prints ("Exhibits" on the S-1)
    s1 = filing("s1_2023_acurxpharmaceuticalsin_1.txt")["items"]
    assert [(i["number"], i["title"], i["standard_title"]) for i in s1] == [
        ("13", "Other Expenses of Issuance and Distribution",
         "Other Expenses of Issuance and Distribution"),
        ("14", "Indemnification of Directors and Officers",
         "Indemnification of Directors and Officers"),
        ("15", "Recent Sales of Unregistered Securities",
         "Recent Sales of Unregistered Securities"),
        ("16", "Exhibits", "Exhibits and Financial Statement Schedules"),
        ("17", "Undertakings", "Undertakings")]
    s3 = filing("s3a_1995_pageamericagroupinc_1.txt")["items"]
    assert [(i["number"], i["standard_title"]) for i in s3] == [
        ("14", "Other Expenses of Issuance and Distribution"),
        ("15", "Indemnification of Directors and Officers"), ("16", "Exhibits"),
        ("17", "Undertakings")]
    assert {(i["scheme"], i["equivalent"]) for i in s1 + s3} == {(None, None)}


def test_schedule_to_combined_heading_items_get_standard_titles():
    # sctota_2025_cvrenergyinc_1.txt: "Items 1 through 9 and Item 11." over one paragraph,
    # then "Item 12. Exhibits." and "Item 13. Information Required by Schedule 13E-3."
    items = filing("sctota_2025_cvrenergyinc_1.txt")["items"]
    assert [(i["number"], i["title"], i["standard_title"]) for i in items] == [
        ("1", None, "Summary Term Sheet"), ("2", None, "Subject Company Information"),
        ("3", None, "Identity and Background of Filing Person"),
        ("4", None, "Terms of the Transaction"),
        ("5", None, "Past Contacts, Transactions, Negotiations and Agreements"),
        ("6", None, "Purposes of the Transaction and Plans or Proposals"),
        ("7", None, "Source and Amount of Funds or Other Consideration"),
        ("8", None, "Interest in Securities of the Subject Company"),
        ("9", None, "Persons/Assets, Retained, Employed, Compensated or Used"),
        ("11", None, "Additional Information"), ("12", "Exhibits", "Exhibits"),
        ("13", "Information Required by Schedule 13E-3",
         "Information Required by Schedule 13E-3")]
    # each item of the combined heading keeps the shared text, as on 8-Ks
    assert len({i["text"] for i in items[:10]}) == 1
    assert items[0]["text"].startswith("The Offer to Purchase and Items 1 through 9 and Item 11")
    assert {(i["scheme"], i["equivalent"]) for i in items} == {(None, None)}


_S8 = """                                    PART II

               INFORMATION REQUIRED IN THE REGISTRATION STATEMENT

Item 3.  Incorporation of Documents by Reference.

     The following documents filed by the Registrant with the Securities and
Exchange Commission are incorporated herein by reference:

     (a)  The Registrant's Annual Report on Form 10-K for the fiscal year ended
December 31, 1998.

Item 4.  Description of Securities.

     Not applicable.

Item 6.  Indemnification of Directors and Officers.

     Section 145 of the Delaware General Corporation Law provides for the
indemnification of officers and directors under certain circumstances.

Item 8.  Exhibits.

     5.1  Opinion of Hale and Dorr LLP.

Item 9.  Undertakings.

     The undersigned Registrant hereby undertakes to file a post-effective amendment.

                                   SIGNATURES
"""


def test_s8_and_sb2_part_two_titles():
    spans = find_items(_S8, "S-8")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("3", "Incorporation of Documents by Reference"), ("4", "Description of Securities"),
        ("6", "Indemnification of Directors and Officers"), ("8", "Exhibits"),
        ("9", "Undertakings")]
    assert spans[0].text.startswith("The following documents filed by the Registrant")
    # SB-2 (1992-2009), upper case: Part II runs from Item 24
    sb2 = ("PART II\n\nINFORMATION NOT REQUIRED IN PROSPECTUS\n\n"
           "ITEM 24.  INDEMNIFICATION OF DIRECTORS AND OFFICERS.\n\n"
           "The Company's Articles of Incorporation provide that the Company shall indemnify its\n"
           "officers and directors to the fullest extent permitted by Nevada law.\n\n"
           "ITEM 25.  OTHER EXPENSES OF ISSUANCE AND DISTRIBUTION.\n\n"
           "SEC registration fee ..........................   $    350\n\n"
           "ITEM 27.  EXHIBITS.\n\n3.1   Articles of Incorporation\n")
    assert [(s.number, s.title, s.standard_title) for s in find_items(sb2, "SB-2/A")] == [
        ("24", "INDEMNIFICATION OF DIRECTORS AND OFFICERS",
         "Indemnification of Directors and Officers"),
        ("25", "OTHER EXPENSES OF ISSUANCE AND DISTRIBUTION",
         "Other Expenses of Issuance and Distribution"),
        ("27", "EXHIBITS", "Exhibits")]


def test_title_only_forms_still_read_every_item_number():
    # a Schedule TO combined with a Schedule 13E-3 prints that schedule's items past 13, and
    # an F-1's Part I items are no Part II titles: read as before, titled where known
    text = ("Item 12.  Exhibits.\n\n(a)(1)(A) Offer to Purchase dated March 1, 2010.\n\n"
            "Item 13.  Information Required by Schedule 13E-3.\n\n"
            "Item 15.  Additional Information.\n\n"
            "The information set forth in the Offer to Purchase is incorporated herein.\n")
    spans = find_items(text, "SC TO-I/A")
    assert [(s.number, s.standard_title) for s in spans] == [
        ("12", "Exhibits"), ("13", "Information Required by Schedule 13E-3"), ("15", None)]
    f1 = ("Item 4.  Information with Respect to the Registrant and the Offering.\n\n"
          "See the prospectus.\n\nItem 6.  Indemnification of Directors and Officers.\n\n"
          "Cayman Islands law does not limit the extent to which a company's articles of\n"
          "association may provide for indemnification of officers and directors.\n")
    assert [(s.number, s.standard_title) for s in find_items(f1, "F-1")] == [
        ("4", None), ("6", "Indemnification of Directors and Officers")]
