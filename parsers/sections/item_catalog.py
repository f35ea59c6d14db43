"""The SEC's item catalogue: standard titles, the 8-K crosswalk, and which form uses which list.

Schema slice (SPEC.md ``items[]``) filled from here, for sample 000 (an August 2000 8-K)::

    {"number": "5", "standard_title": "Other Events", "scheme": "pre-2004", "equivalent": "8.01"}

Schemes:

- ``"pre-2004"``: 8-K items 1-12 (before 23 August 2004); ``"2004"``: 8-K items 1.01-9.01.
  The scheme is read from the number as printed (a decimal number is ``"2004"``), never from a
  date: late-2004 filings use both, and 8-K/As amend old events.
- ``"10-K"`` (10-K, 10-K405, 10-KT, 10-KSB), ``"10-Q"`` (10-Q, 10-QSB), ``"20-F"``: the items
  of those forms. Their ``equivalent`` is always null. 10-Q numbers repeat across Parts, so
  10-Q titles are looked up by (part, number); see ``parsers/sections/items.py``. The form
  type picks the 10-Q's or the 10-QSB's wording of an item the two word otherwise (``_TEN_QSB``).
- No scheme (``scheme`` and ``equivalent`` null), titles only: Schedule TO (SC TO-T, SC TO-I and
  amendments, items 1-13 of 2000 on), Schedules 13D (items 1-7), 13G (items 1-10) and 14D-9
  (items 1-9, the 2000 and the 1990s editions), 13E-3 (items 1-16, the 1990s 1-17), the 1990s
  14D-1 (1-11) and 13E-4 (1-9), Form N-PX (item 1), Form N-CSR (and N-CSRS; each edition's titles),
  and the Part II items ("Information Not Required in Prospectus") of the Securities Act
  registration statements S-1, S-3, S-4, S-8, SB-2, F-1, F-3 and F-4, numbered on from their
  Part I (S-1 Item 13, S-3 Item 14, S-4 Item 20, ...).
  These catalogues are ``open`` (``is_open``): any ``Item N`` heading is read, as on forms
  without a catalogue (Part I items are the prospectus's, rarely headings).

Where the SEC re-used a number for a new item (10-K Item 4 "Submission of Matters to a Vote of
Security Holders" became "Mine Safety Disclosures"; pre-2000 8-K Item 9 was "Sales of Equity
Securities Pursuant to Regulation S"), the current title comes first and older ones follow; the
title printed in the filing picks the edition (``standard_title(..., printed=...)``); where it
matches none (a bare "ITEM 14.", "ITEMS 10, 11, 12 AND 13."), the period the report covers
picks it (``period=``, ``_EDITIONS``: 10-K Items 4, 5, 6 and 10-14, 10-Q Part II Items 4 and
6, the 20-F before and after its 2000 revision): a 1997 10-K's bare "ITEM 14." is its exhibits
item.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lazy_re import lazy

PRE_2004, Y2004, TEN_K, TEN_Q, TWENTY_F = "pre-2004", "2004", "10-K", "10-Q", "20-F"

# 8-K before August 2004 (Form 8-K as amended through 2003).
EIGHT_K_PRE_2004: dict[str, tuple[str, ...]] = {
    "1": ("Changes in Control of Registrant",),
    "2": ("Acquisition or Disposition of Assets",),
    "3": ("Bankruptcy or Receivership",),
    "4": ("Changes in Registrant's Certifying Accountant",),
    "5": ("Other Events",),
    "6": ("Resignations of Registrant's Directors",),
    # one title per item even where the form's wording is longer ("Financial Statements, Pro
    # Forma Financial Information and Exhibits"): jq users group by standard_title
    "7": ("Financial Statements and Exhibits",),
    "8": ("Change in Fiscal Year",),
    "9": ("Regulation FD Disclosure", "Sales of Equity Securities Pursuant to Regulation S"),
    "10": ("Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the "
           "Code of Ethics",),
    "11": ("Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",),
    "12": ("Results of Operations and Financial Condition",),
}

# 8-K from 23 August 2004, current titles (1.05 from 2023, 5.08 from 2010, 6.06 from 2014).
EIGHT_K_2004: dict[str, tuple[str, ...]] = {
    "1.01": ("Entry into a Material Definitive Agreement",),
    "1.02": ("Termination of a Material Definitive Agreement",),
    "1.03": ("Bankruptcy or Receivership",),
    "1.04": ("Mine Safety - Reporting of Shutdowns and Patterns of Violations",),
    "1.05": ("Material Cybersecurity Incidents",),
    "2.01": ("Completion of Acquisition or Disposition of Assets",),
    "2.02": ("Results of Operations and Financial Condition",),
    "2.03": ("Creation of a Direct Financial Obligation or an Obligation under an Off-Balance "
             "Sheet Arrangement of a Registrant",),
    "2.04": ("Triggering Events That Accelerate or Increase a Direct Financial Obligation or an "
             "Obligation under an Off-Balance Sheet Arrangement",),
    "2.05": ("Costs Associated with Exit or Disposal Activities",),
    "2.06": ("Material Impairments",),
    "3.01": ("Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; "
             "Transfer of Listing",),
    "3.02": ("Unregistered Sales of Equity Securities",),
    "3.03": ("Material Modification to Rights of Security Holders",),
    "4.01": ("Changes in Registrant's Certifying Accountant",),
    "4.02": ("Non-Reliance on Previously Issued Financial Statements or a Related Audit Report "
             "or Completed Interim Review",),
    "5.01": ("Changes in Control of Registrant",),
    "5.02": ("Departure of Directors or Certain Officers; Election of Directors; Appointment of "
             "Certain Officers; Compensatory Arrangements of Certain Officers",),
    "5.03": ("Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year",),
    "5.04": ("Temporary Suspension of Trading Under Registrant's Employee Benefit Plans",),
    "5.05": ("Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the "
             "Code of Ethics",),
    "5.06": ("Change in Shell Company Status",),
    "5.07": ("Submission of Matters to a Vote of Security Holders",),
    "5.08": ("Shareholder Director Nominations",),
    "6.01": ("ABS Informational and Computational Material",),
    "6.02": ("Change of Servicer or Trustee",),
    "6.03": ("Change in Credit Enhancement or Other External Support",),
    "6.04": ("Failure to Make a Required Distribution",),
    "6.05": ("Securities Act Updating Disclosure",),
    "6.06": ("Static Pool",),
    "7.01": ("Regulation FD Disclosure",),
    "8.01": ("Other Events",),
    "9.01": ("Financial Statements and Exhibits",),
}

# The nine sections of the 2004 form; their lines ("Section 9 - Financial Statements and
# Exhibits") end the item above them.
EIGHT_K_SECTIONS: dict[str, str] = {
    "1": "Registrant's Business and Operations", "2": "Financial Information",
    "3": "Securities and Trading Markets",
    "4": "Matters Related to Accountants and Financial Statements",
    "5": "Corporate Governance and Management", "6": "Asset-Backed Securities",
    "7": "Regulation FD", "8": "Other Events", "9": "Financial Statements and Exhibits",
}

# The SEC's crosswalk of August 2004 (old item -> new item).
CROSSWALK: dict[str, str] = {
    "1": "5.01", "2": "2.01", "3": "1.03", "4": "4.01", "5": "8.01", "6": "5.02",
    "7": "9.01", "8": "5.03", "9": "7.01", "10": "5.05", "11": "5.04", "12": "2.02",
}
_BACKWARD: dict[str, str] = {new: old for old, new in CROSSWALK.items()}
# An older edition of an old item went elsewhere: Regulation S sales (Item 9 until 2000) are
# unregistered sales, reported under Item 3.02 since 2004.
_EDITION_CROSSWALK: dict[tuple[str, str], str] = {
    ("9", "Sales of Equity Securities Pursuant to Regulation S"): "3.02",
}

TEN_K_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Business",),
    "1A": ("Risk Factors",),
    "1B": ("Unresolved Staff Comments",),
    "1C": ("Cybersecurity",),
    "2": ("Properties",),
    "3": ("Legal Proceedings",),
    "4": ("Mine Safety Disclosures", "Submission of Matters to a Vote of Security Holders",
          "(Removed and Reserved)"),
    "5": ("Market for Registrant's Common Equity, Related Stockholder Matters and Issuer "
          "Purchases of Equity Securities",
          "Market for Registrant's Common Equity and Related Stockholder Matters"),
    "6": ("[Reserved]", "Selected Financial Data"),
    "7": ("Management's Discussion and Analysis of Financial Condition and Results of "
          "Operations",),
    "7A": ("Quantitative and Qualitative Disclosures About Market Risk",),
    "8": ("Financial Statements and Supplementary Data",),
    "9": ("Changes in and Disagreements With Accountants on Accounting and Financial "
          "Disclosure",),
    "9A": ("Controls and Procedures",),
    "9B": ("Other Information",),
    "9C": ("Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",),
    "10": ("Directors, Executive Officers and Corporate Governance",
           "Directors and Executive Officers of the Registrant"),
    "11": ("Executive Compensation",),
    "12": ("Security Ownership of Certain Beneficial Owners and Management and Related "
           "Stockholder Matters",
           "Security Ownership of Certain Beneficial Owners and Management"),
    "13": ("Certain Relationships and Related Transactions, and Director Independence",
           "Certain Relationships and Related Transactions"),
    "14": ("Principal Accountant Fees and Services",
           "Exhibits, Financial Statement Schedules, and Reports on Form 8-K",
           "Controls and Procedures"),
    "15": ("Exhibits and Financial Statement Schedules",
           "Exhibits, Financial Statement Schedules, and Reports on Form 8-K"),
    "16": ("Form 10-K Summary",),
}

# Form 10-KSB (small business issuers, until 2009): same scheme name, its own titles.
TEN_KSB_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Description of Business",),
    "2": ("Description of Property",),
    "3": ("Legal Proceedings",),
    "4": ("Submission of Matters to a Vote of Security Holders",),
    "5": ("Market for Common Equity and Related Stockholder Matters",),
    "6": ("Management's Discussion and Analysis or Plan of Operation",),
    "7": ("Financial Statements",),
    "8": ("Changes in and Disagreements With Accountants on Accounting and Financial "
          "Disclosure",),
    "8A": ("Controls and Procedures",),
    "8B": ("Other Information",),
    "9": ("Directors, Executive Officers, Promoters and Control Persons; Compliance With "
          "Section 16(a) of the Exchange Act",),
    "10": ("Executive Compensation",),
    "11": ("Security Ownership of Certain Beneficial Owners and Management and Related "
           "Stockholder Matters",),
    "12": ("Certain Relationships and Related Transactions",),
    "13": ("Exhibits", "Exhibits and Reports on Form 8-K"),
    "14": ("Principal Accountant Fees and Services",),
}

# 10-Q: keyed by (part, number); part is "I" or "II".
TEN_Q_ITEMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("I", "1"): ("Financial Statements",),
    ("I", "2"): ("Management's Discussion and Analysis of Financial Condition and Results of "
                 "Operations", "Management's Discussion and Analysis or Plan of Operation"),
    ("I", "3"): ("Quantitative and Qualitative Disclosures About Market Risk",
                 "Controls and Procedures"),
    ("I", "4"): ("Controls and Procedures",),
    ("II", "1"): ("Legal Proceedings",),
    ("II", "1A"): ("Risk Factors",),
    ("II", "2"): ("Unregistered Sales of Equity Securities and Use of Proceeds",
                  "Changes in Securities and Use of Proceeds", "Changes in Securities"),
    ("II", "3"): ("Defaults Upon Senior Securities",),
    ("II", "4"): ("Mine Safety Disclosures", "Submission of Matters to a Vote of Security Holders",
                  "(Removed and Reserved)"),
    ("II", "5"): ("Other Information",),
    ("II", "6"): ("Exhibits", "Exhibits and Reports on Form 8-K"),
}

TWENTY_F_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Identity of Directors, Senior Management and Advisers",),
    "2": ("Offer Statistics and Expected Timetable",),
    "3": ("Key Information",),
    "4": ("Information on the Company",),
    "4A": ("Unresolved Staff Comments",),
    "5": ("Operating and Financial Review and Prospects",),
    "6": ("Directors, Senior Management and Employees",),
    "7": ("Major Shareholders and Related Party Transactions",),
    "8": ("Financial Information",),
    "9": ("The Offer and Listing",),
    "10": ("Additional Information",),
    "11": ("Quantitative and Qualitative Disclosures About Market Risk",),
    "12": ("Description of Securities Other than Equity Securities",),
    "13": ("Defaults, Dividend Arrearages and Delinquencies",),
    "14": ("Material Modifications to the Rights of Security Holders and Use of Proceeds",),
    "15": ("Controls and Procedures", "[Reserved]"),
    "16": ("[Reserved]",),
    "16A": ("Audit Committee Financial Expert",),
    "16B": ("Code of Ethics",),
    "16C": ("Principal Accountant Fees and Services",),
    "16D": ("Exemptions from the Listing Standards for Audit Committees",),
    "16E": ("Purchases of Equity Securities by the Issuer and Affiliated Purchasers",),
    "16F": ("Change in Registrant's Certifying Accountant",),
    "16G": ("Corporate Governance",),
    "16H": ("Mine Safety Disclosure",),
    "16I": ("Disclosure Regarding Foreign Jurisdictions that Prevent Inspections",),
    "16J": ("Insider Trading Policies",),
    "16K": ("Cybersecurity",),
    "17": ("Financial Statements",),
    "18": ("Financial Statements",),
    "19": ("Exhibits", "Financial Statements and Exhibits"),
}

# Form 20-F before Release 33-7745 (effective 2000-09-30), which took the numbering above:
# the old edition's titles, read as the printed title or the period picks them
_TWENTY_F_1999: dict[str, str] = {
    "1": "Description of Business", "2": "Description of Property", "3": "Legal Proceedings",
    "4": "Control of Registrant", "5": "Nature of Trading Market",
    "6": "Exchange Controls and Other Limitations Affecting Security Holders", "7": "Taxation",
    "8": "Selected Financial Data",
    "9": "Management's Discussion and Analysis of Financial Condition and Results of "
         "Operations",
    "10": "Directors and Officers of Registrant", "11": "Compensation of Directors and Officers",
    "12": "Options to Purchase Securities from Registrant or Subsidiaries",
    "13": "Interest of Management in Certain Transactions",
    "14": "Description of Securities to be Registered", "15": "Defaults upon Senior Securities",
    "16": "Changes in Securities and Changes in Security for Registered Securities",
}
for _number, _old in _TWENTY_F_1999.items():
    TWENTY_F_ITEMS[_number] += (_old,)

# Schedule TO (tender offers, Regulation M-A, from January 2000).
SCHEDULE_TO_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Summary Term Sheet",),
    "2": ("Subject Company Information",),
    "3": ("Identity and Background of Filing Person",),
    "4": ("Terms of the Transaction",),
    "5": ("Past Contacts, Transactions, Negotiations and Agreements",),
    "6": ("Purposes of the Transaction and Plans or Proposals",),
    "7": ("Source and Amount of Funds or Other Consideration",),
    "8": ("Interest in Securities of the Subject Company",),
    "9": ("Persons/Assets, Retained, Employed, Compensated or Used",),
    "10": ("Financial Statements",),
    "11": ("Additional Information",),
    "12": ("Exhibits",),
    "13": ("Information Required by Schedule 13E-3",),
}

# Schedule 13D (Rule 13d-101), a 5% holder's statement, and Schedule 14D-9, the target's
# recommendation on a tender offer: the captions the schedules print. Regulation M-A (effective
# 2000-01-24) renumbered the 14D-9 (Item 2 "Tender Offer of the Bidder" became "Identity and
# Background of Filing Person"): the current title first, the 1990s caption after it, the
# printed title picking the edition (the filing date does not reach the catalogue, so an item
# printed with no title gets the current one, as on other undated forms).
SCHEDULE_13D_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Security and Issuer",),
    "2": ("Identity and Background",),
    "3": ("Source and Amount of Funds or Other Consideration",),
    "4": ("Purpose of Transaction",),
    "5": ("Interest in Securities of the Issuer",),
    "6": ("Contracts, Arrangements, Understandings or Relationships with Respect to Securities "
          "of the Issuer",),
    "7": ("Material to be Filed as Exhibits",),
}
# Schedule 13G (Rule 13d-102), a passive 5% holder's short form: Items 1 and 2 print no
# caption of their own, only their lettered parts, whose captions together are their titles
SCHEDULE_13G_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Name of Issuer; Address of Issuer's Principal Executive Offices",),
    "2": ("Name of Person Filing; Address of Principal Business Office or, if None, Residence; "
          "Citizenship; Title of Class of Securities; CUSIP Number",),
    "3": ("If this statement is filed pursuant to \u00a7\u00a7240.13d-1(b) or 240.13d-2(b) or (c), "
          "check whether the person filing is a",),
    "4": ("Ownership",),
    "5": ("Ownership of 5 Percent or Less of a Class",),
    "6": ("Ownership of More than 5 Percent on Behalf of Another Person",),
    "7": ("Identification and Classification of the Subsidiary Which Acquired the Security "
          "Being Reported on by the Parent Holding Company or Control Person",),
    "8": ("Identification and Classification of Members of the Group",),
    "9": ("Notice of Dissolution of Group",),
    "10": ("Certification",),
}
SCHEDULE_14D9_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Subject Company Information", "Security and Subject Company"),
    "2": ("Identity and Background of Filing Person", "Tender Offer of the Bidder"),
    "3": ("Past Contacts, Transactions, Negotiations and Agreements", "Identity and Background"),
    "4": ("The Solicitation or Recommendation",),
    "5": ("Persons/Assets, Retained, Employed, Compensated or Used",
          "Persons Retained, Employed or to be Compensated"),
    "6": ("Interest in Securities of the Subject Company",
          "Recent Transactions and Intent with Respect to Securities"),
    "7": ("Purposes of the Transaction and Plans or Proposals",
          "Certain Negotiations and Transactions by the Subject Company"),
    "8": ("Additional Information", "Additional Information to be Furnished"),
    "9": ("Exhibits", "Material to be Filed as Exhibits"),
}

# Schedule 13E-3 (Rule 13e-100), a going-private transaction statement: Regulation M-A (2000)
# gave it Items 1-16; the 1990s schedule had Items 1-17 under other captions, which follow the
# current ones, the printed title picking the edition (as on the 14D-9)
SCHEDULE_13E3_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Summary Term Sheet", "Issuer and Class of Security Subject to the Transaction"),
    "2": ("Subject Company Information", "Identity and Background"),
    "3": ("Identity and Background of Filing Person",
          "Past Contacts, Transactions or Negotiations"),
    "4": ("Terms of the Transaction",),
    "5": ("Past Contacts, Transactions, Negotiations and Agreements",
          "Plans or Proposals of the Issuer or Affiliate"),
    "6": ("Purposes of the Transaction and Plans or Proposals",
          "Source and Amounts of Funds or Other Consideration"),
    "7": ("Purposes, Alternatives, Reasons and Effects",),
    "8": ("Fairness of the Transaction",),
    "9": ("Reports, Opinions, Appraisals and Negotiations",
          "Reports, Opinions, Appraisals and Certain Negotiations"),
    "10": ("Source and Amounts of Funds or Other Consideration",
           "Interest in Securities of the Issuer"),
    "11": ("Interest in Securities of the Subject Company",
           "Contracts, Arrangements or Understandings with Respect to the Issuer's Securities"),
    "12": ("The Solicitation or Recommendation",
           "Present Intention and Recommendation of Certain Persons with Regard to the "
           "Transaction"),
    "13": ("Financial Statements", "Other Provisions of the Transaction"),
    "14": ("Persons/Assets, Retained, Employed, Compensated or Used", "Financial Information"),
    "15": ("Additional Information", "Persons and Assets Employed, Retained or Utilized"),
    "16": ("Exhibits", "Additional Information"),
    "17": ("Material to be Filed as Exhibits",),
}
# A Schedule TO combined with a Schedule 13E-3 (a going-private offer) prints, under its Item
# 13, the 13E-3's items that Items 1-12 leave out, by the 13E-3's numbers ("Item 8. Fairness of
# the Transaction"): the 13E-3's title follows the TO's, the printed title picking it
for _number, _to_titles in SCHEDULE_TO_ITEMS.items():
    if (_current := SCHEDULE_13E3_ITEMS[_number][0]) not in _to_titles:
        SCHEDULE_TO_ITEMS[_number] = (*_to_titles, _current)
# Schedule 14D-1 (a bidder's tender offer statement) and Schedule 13E-4 (an issuer's), until
# Regulation M-A replaced both with Schedule TO in January 2000: the captions they printed
SCHEDULE_14D1_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Security and Subject Company",),
    "2": ("Identity and Background",),
    "3": ("Past Contacts, Transactions or Negotiations with the Subject Company",),
    "4": ("Source and Amount of Funds or Other Consideration",),
    "5": ("Purpose of the Tender Offer and Plans or Proposals of the Bidder",),
    "6": ("Interest in Securities of the Subject Company",),
    "7": ("Contracts, Arrangements, Understandings or Relationships with Respect to the "
          "Subject Company's Securities",),
    "8": ("Persons Retained, Employed or to be Compensated",),
    "9": ("Financial Statements of Certain Bidders",),
    "10": ("Additional Information",),
    "11": ("Material to be Filed as Exhibits",),
}
SCHEDULE_13E4_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Security and Issuer",),
    "2": ("Source and Amount of Funds or Other Consideration",),
    "3": ("Purpose of the Tender Offer and Plans or Proposals of the Issuer or Affiliate",),
    "4": ("Interest in Securities of the Issuer",),
    "5": ("Contracts, Arrangements, Understandings or Relationships with Respect to the "
          "Issuer's Securities",),
    "6": ("Persons Retained, Employed or to be Compensated",),
    "7": ("Financial Information",),
    "8": ("Additional Information",),
    "9": ("Material to be Filed as Exhibits",),
}
# Form N-PX, a fund's annual proxy voting record: one item
N_PX_ITEMS: dict[str, tuple[str, ...]] = {"1": ("Proxy Voting Record",)}

# Registration statements, Part II: each form numbers on from its Part I.
_EXPENSES = "Other Expenses of Issuance and Distribution"
_INDEMNIFICATION = "Indemnification of Directors and Officers"
_RECENT_SALES = "Recent Sales of Unregistered Securities"
_EXHIBITS_AND_SCHEDULES = "Exhibits and Financial Statement Schedules"
_UNDERTAKINGS = "Undertakings"
S1_ITEMS: dict[str, tuple[str, ...]] = {
    "13": (_EXPENSES,), "14": (_INDEMNIFICATION,), "15": (_RECENT_SALES,),
    "16": (_EXHIBITS_AND_SCHEDULES,), "17": (_UNDERTAKINGS,),
}
S3_ITEMS: dict[str, tuple[str, ...]] = {
    "14": (_EXPENSES,), "15": (_INDEMNIFICATION,), "16": ("Exhibits",), "17": (_UNDERTAKINGS,),
}
S4_ITEMS: dict[str, tuple[str, ...]] = {  # and F-4
    "20": (_INDEMNIFICATION,), "21": (_EXHIBITS_AND_SCHEDULES,), "22": (_UNDERTAKINGS,),
}
S8_ITEMS: dict[str, tuple[str, ...]] = {  # Part I's two items are printed too ("Not filed")
    "1": ("Plan Information",),
    "2": ("Registrant Information and Employee Plan Annual Information",),
    "3": ("Incorporation of Documents by Reference",),
    "4": ("Description of Securities",),
    "5": ("Interests of Named Experts and Counsel",),
    "6": (_INDEMNIFICATION,),
    "7": ("Exemption from Registration Claimed",),
    "8": ("Exhibits",),
    "9": (_UNDERTAKINGS,),
}
SB2_ITEMS: dict[str, tuple[str, ...]] = {  # small business issuers, 1992-2009
    "24": (_INDEMNIFICATION,), "25": (_EXPENSES,), "26": (_RECENT_SALES,), "27": ("Exhibits",),
    "28": (_UNDERTAKINGS,),
}
F1_ITEMS: dict[str, tuple[str, ...]] = {
    "6": (_INDEMNIFICATION,), "7": (_RECENT_SALES,), "8": (_EXHIBITS_AND_SCHEDULES,),
    "9": (_UNDERTAKINGS,),
}
F3_ITEMS: dict[str, tuple[str, ...]] = {
    "8": (_INDEMNIFICATION,), "9": ("Exhibits",), "10": (_UNDERTAKINGS,),
}
# Form N-CSR (and N-CSRS), funds' certified shareholder reports, 2003 on: the numbers moved as
# items were added (2003: 9 "Controls and Procedures", 10 "Exhibits"; 2004: 9 "Submission of
# Matters ...", 11 "Exhibits"; 2005-2024: 8 "Portfolio Managers ...", 12 "Exhibits", from 2020
# 12 "... Securities Lending ..." and 13 "Exhibits"; from July 2024 Items 1-19), the current
# title first, the printed title picking its edition
_CLOSED_END = "Closed-End Management Investment Companies"
_OPEN_END = "Open-End Management Investment Companies"
_PROXY_VOTING = f"Disclosure of Proxy Voting Policies and Procedures for {_CLOSED_END}"
_MANAGERS = f"Portfolio Managers of {_CLOSED_END}"
_PURCHASES = ("Purchases of Equity Securities by Closed-End Management Investment Company and "
              "Affiliated Purchasers")
_VOTE = "Submission of Matters to a Vote of Security Holders"
_CONTROLS = "Controls and Procedures"
_LENDING = f"Disclosure of Securities Lending Activities for {_CLOSED_END}"
_RESERVED = "[Reserved]"
N_CSR_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Reports to Stockholders",),
    "2": ("Code of Ethics",),
    "3": ("Audit Committee Financial Expert",),
    "4": ("Principal Accountant Fees and Services",),
    "5": ("Audit Committee of Listed Registrants",),
    "6": ("Investments", "Schedule of Investments", _RESERVED),
    "7": (f"Financial Statements and Financial Highlights for {_OPEN_END}", _PROXY_VOTING),
    "8": (f"Changes in and Disagreements with Accountants for {_OPEN_END}", _MANAGERS,
          _PURCHASES, _RESERVED),
    "9": (f"Proxy Disclosures for {_OPEN_END}", _PURCHASES, _VOTE, _CONTROLS),
    "10": (f"Remuneration Paid to Directors, Officers, and Others of {_OPEN_END}", _VOTE,
           _CONTROLS, "Exhibits"),
    "11": ("Statement Regarding Basis for Approval of Investment Advisory Contract", _CONTROLS,
           "Exhibits"),
    "12": (_PROXY_VOTING, _LENDING, "Exhibits"),
    "13": (_MANAGERS, "Exhibits"),
    "14": (_PURCHASES,),
    "15": (_VOTE,),
    "16": (_CONTROLS,),
    "17": (_LENDING,),
    "18": ("Recovery of Erroneously Awarded Compensation",),
    "19": ("Exhibits",),
}
# Form 10-D, an asset-backed issuer's distribution report (Regulation AB, 2006 on): Regulation
# AB II (effective November 2015) added Items 1A, 1B and 7, moving 7-9 down to 8-10; the
# current title first, the printed title picking its edition
TEN_D_ITEMS: dict[str, tuple[str, ...]] = {
    "1": ("Distribution and Pool Performance Information",),
    "1A": ("Asset-Level Information",),
    "1B": ("Asset Representations Reviewer and Investor Communication",),
    "2": ("Legal Proceedings",),
    "3": ("Sales of Securities and Use of Proceeds",),
    "4": ("Defaults Upon Senior Securities",),
    "5": (_VOTE,),
    "6": ("Significant Obligors of Pool Assets",),
    "7": ("Change in Sponsor Interest in the Securities",
          "Significant Enhancement Provider Information"),
    "8": ("Significant Enhancement Provider Information", "Other Information"),
    "9": ("Other Information", "Exhibits"),
    "10": ("Exhibits",),
}
# Form SD, the specialized disclosure report (conflict minerals, 2014 on; resource extraction
# payments): 8-K-style numbers under three sections, whose lines end the item above them
SD_ITEMS: dict[str, tuple[str, ...]] = {
    "1.01": ("Conflict Minerals Disclosure and Report",),
    "1.02": ("Exhibit",),
    "2.01": ("Resource Extraction Issuer Disclosure and Report",),
    "3.01": ("Exhibits",),
}
SD_SECTIONS: dict[str, str] = {
    "1": "Conflict Minerals Disclosure", "2": "Resource Extraction Issuer Disclosure",
    "3": "Exhibits",
}

_TITLE_ONLY: dict[str, dict[str, tuple[str, ...]]] = {
    "N-CSR": N_CSR_ITEMS, "10-D": TEN_D_ITEMS, "SD": SD_ITEMS,
    "SC TO": SCHEDULE_TO_ITEMS, "SC 13D": SCHEDULE_13D_ITEMS, "SC 13G": SCHEDULE_13G_ITEMS,
    "SC 14D9": SCHEDULE_14D9_ITEMS, "SC 13E3": SCHEDULE_13E3_ITEMS,
    "SC 14D1": SCHEDULE_14D1_ITEMS, "SC 13E4": SCHEDULE_13E4_ITEMS, "N-PX": N_PX_ITEMS,
    "S-1": S1_ITEMS, "S-3": S3_ITEMS, "S-4": S4_ITEMS,
    "S-8": S8_ITEMS, "SB-2": SB2_ITEMS, "F-1": F1_ITEMS, "F-3": F3_ITEMS, "F-4": S4_ITEMS,
}

# Form families, matched on the form type as the header or cover gives it.
_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("8-K", lazy(r"8-K")),                                  # 8-K, 8-K/A, 8-K12B, 8-K15D5
    ("10-KSB", lazy(r"10-?KSB")),                           # 10-KSB, 10-KSB40, 10-KSB/A
    ("10-K", lazy(r"10-?K(?:405|T|T405)?(?:/A)?$")),        # 10-K, 10-K405, 10-KT, 10-K/A
    ("10-Q", lazy(r"10-?Q(?:SB|T)?(?:/A)?$")),              # 10-Q, 10-QSB, 10-QT, 10-Q/A
    ("20-F", lazy(r"20-?F(?:/A)?$")),                       # 20-F, 20-F/A
    ("SC TO", lazy(r"SC ?TO-?[TI](?:/A)?$")),               # SC TO-T, SC TO-I/A (not TO-C)
    ("SC 13D", lazy(r"SC ?13D(?:/A)?$")),                   # SC 13D, SC 13D/A
    ("SC 13G", lazy(r"SC ?13G(?:/A)?$")),                   # SC 13G, SC 13G/A
    ("SC 14D9", lazy(r"SC ?14D-?9(?:/A)?$")),               # SC 14D9, SC 14D9/A (not 14D9-C)
    ("SC 13E3", lazy(r"SC ?13E-?3(?:/A)?$")),               # SC 13E3, SC 13E3/A
    ("SC 14D1", lazy(r"SC ?14D-?1(?:/A)?$")),               # SC 14D1, SC 14D1/A (1990s)
    ("SC 13E4", lazy(r"SC ?13E-?4(?:/A)?$")),               # SC 13E4, SC 13E4/A (1990s)
    ("N-CSR", lazy(r"N-CSRS?(?:/A)?$")),                    # N-CSR, N-CSRS, N-CSR/A
    ("N-PX", lazy(r"N-PX(?:/A)?$")),                        # N-PX, N-PX/A
    ("10-D", lazy(r"10-?D(?:/A)?$")),                       # 10-D, 10-D/A
    ("SD", lazy(r"SD(?:/A)?$")),                            # SD, SD/A
    # registration statements and their variants: S-1MEF, S-3ASR, S-3D, S-4EF, S-8 POS,
    # F-3DPOS (not S-11, S-4EF's "EF" aside)
    ("S-1", lazy(r"S-1(?:MEF)?(?:/A)?$")),
    ("S-3", lazy(r"S-3(?:ASR|D|DPOS|MEF)?(?:/A)?$")),
    ("S-4", lazy(r"S-4(?:EF|MEF| POS)?(?:/A)?$")),
    ("S-8", lazy(r"S-8(?: POS)?(?:/A)?$")),
    ("SB-2", lazy(r"SB-2(?:MEF)?(?:/A)?$")),
    ("F-1", lazy(r"F-1(?:MEF)?(?:/A)?$")),
    ("F-3", lazy(r"F-3(?:ASR|D|DPOS|MEF)?(?:/A)?$")),
    ("F-4", lazy(r"F-4(?:EF|MEF| POS)?(?:/A)?$")),
)

# "FORM 8-K" / "Form 10-Q" on the cover, for inputs without a form type.
_COVER_FORM = lazy(
    r"^[^\S\n]*FORM[^\S\n]+(8-K|10-K(?:405|SB|T)?|10-Q(?:SB)?|20-F)\b", re.I | re.M)
COVER_LIMIT = 6000  # "FORM 8-K" sits in the first lines of the cover


def form_family(form_type: str | None) -> str | None:
    """"8-K", "10-K", "10-KSB", "10-Q", "20-F", "SC TO", "S-1", ..., or None for forms
    without a catalogue."""
    if not form_type:
        return None
    ft = form_type.strip().upper()
    for name, pattern in _FAMILIES:
        if pattern.match(ft):
            return name
    return None


# Proxy and information statements (DEF 14A, PRE 14A, DEFR14A, DEF 14C, ...): Schedule 14A's
# items are never printed as headings; their "ITEM 1. ELECTION OF DIRECTORS" is a proposal,
# no item. (Not DEFA14A or DFAN14A, often an 8-K filed again as soliciting material, nor a
# merger proxy, DEFM14A, which may annex a 10-K.)
_PROXY = lazy(r"(?:DEF|PRE)R?[^\S\n]?14[AC]$")


def has_no_items(form_type: str | None) -> bool:
    """Whether the form prints no items of its own (a proxy statement)."""
    return bool(form_type) and _PROXY.match(form_type.strip().upper()) is not None


def infer_form_type(text: str) -> str | None:
    """The form named on the cover ("FORM 8-K" near the top), upper-cased, or None."""
    match = _COVER_FORM.search(text, 0, COVER_LIMIT)
    return match.group(1).upper() if match else None


def scheme_of(family: str | None, number: str) -> str | None:
    """The 8-K numbering scheme an item number belongs to ("pre-2004" items 1-12, "2004"
    items 1.01-9.01); None on other forms, which SPEC.md gives no scheme."""
    if family == "8-K":
        return Y2004 if "." in number else PRE_2004
    return None


def _table(family: str | None, number: str) -> dict | None:
    if family == "8-K":
        return EIGHT_K_2004 if "." in number else EIGHT_K_PRE_2004
    table = {"10-K": TEN_K_ITEMS, "10-KSB": TEN_KSB_ITEMS, "20-F": TWENTY_F_ITEMS}.get(
        family or "")
    return table if table is not None else _TITLE_ONLY.get(family or "")


def is_open(family: str | None) -> bool:
    """Whether any item number is read on the family's forms, the catalogue giving titles
    only: a registration statement's Part I items are no headings it lists, and a Schedule TO
    combined with a Schedule 13E-3 prints that schedule's items 14-16 too."""
    return family in _TITLE_ONLY


def is_known(family: str | None, number: str) -> bool:
    """Whether the form family has an item with this (normalised) number."""
    if family == TEN_Q:
        return ("I", number) in TEN_Q_ITEMS or ("II", number) in TEN_Q_ITEMS
    table = _table(family, number)
    return table is not None and number in table


@cache
def numbers(family: str | None) -> tuple[str, ...]:
    """Every item number of the family's catalogue (both Parts of a 10-Q, both 8-K schemes);
    () for a family without one."""
    if family == TEN_Q:
        return tuple(dict.fromkeys(number for _, number in TEN_Q_ITEMS))
    if family == "8-K":
        return (*EIGHT_K_PRE_2004, *EIGHT_K_2004)
    table = _table(family, "")
    return tuple(table) if table else ()


def titles(family: str | None, number: str, part: str | None = None) -> tuple[str, ...]:
    """All standard titles for an item, current first; () when unknown."""
    if family == TEN_Q:
        return TEN_Q_ITEMS.get((part or "I", number), ())
    table = _table(family, number)
    return table.get(number, ()) if table else ()


_WORD = lazy(r"[a-z0-9]+")
_SMALL_WORDS = frozenset("a an and the of or in on to for with by under that".split())


def words(title: str) -> list[str]:
    """Significant lower-case words of a title, for loose comparison."""
    if len(title) > _CACHED_TITLE:  # (a long line: read once, not kept)
        return list(_title_words(title))
    return list(_cached_words(title))


def _title_words(title: str) -> tuple[str, ...]:
    # (the possessive with a typographic apostrophe too: "Management\u2019s", HTML filings)
    low = title.lower().replace("'s", "").replace("\u2019s", "")
    return tuple(w for w in _WORD.findall(low) if w not in _SMALL_WORDS)


# The catalogue's titles are read again for every heading scored against them, and printed
# titles repeat ("Other Events"): a bounded cache of short titles.
_CACHED_TITLE = 200
_cached_words = lru_cache(maxsize=1024)(_title_words)


def title_score(printed: str, standard: str) -> float:
    """Share of the printed title's words found in the standard title (0..1)."""
    got = words(printed)
    if not got:
        return 0.0
    want = set(words(standard))
    return sum(w in want for w in got) / len(got)


def section_score(number: str, printed: str, family: str | None = "8-K") -> float:
    """How well a printed 8-K (or Form SD) section line matches section `number` (0..1)."""
    name = (SD_SECTIONS if family == "SD" else EIGHT_K_SECTIONS).get(number)
    return title_score(printed, name) if name else 0.0


def close_to(got: list[str], standard: str) -> bool:
    """Whether a printed title's words `got` closely word `standard` (nearly all of them its
    words, two at least or all of its own; or all of its words and one more): a
    sub-paragraph's own caption ("Other Matters", "Risk Management") shares a word at most."""
    want = set(words(standard))
    hit = sum(w in want for w in got)
    return hit * 5 >= len(got) * 4 and (hit >= 2 or want <= set(got)) or (
        len(want) >= 2 and want <= set(got) and len(got) <= len(want) + 1)


def similarity(printed: str, standard: str) -> float:
    """Dice coefficient of the two titles' significant words (0..1), symmetric."""
    got, want = set(words(printed)), set(words(standard))
    if not got or not want:
        return 0.0
    return 2 * len(got & want) / (len(got) + len(want))


# Editions by the report's period (the cover's "For the fiscal year ended ..."): each title
# with the first and last period end (ISO, inclusive) for which it surely is the form's. A rule
# keyed to periods ending on or after a date splits there; one effective on a filing date D
# gives the new title from periods ending on D, the old one until periods ending 90 days
# before (a 10-K was due 60-90 days after its year), and leaves the gap to the printed title.
_EVER, _NEVER = "0000-00-00", "9999-99-99"
_ITEM_4 = (  # Release 33-9089, effective 2010-02-28; Release 33-9286, effective 2012-01-27
    ("Submission of Matters to a Vote of Security Holders", _EVER, "2009-11-29"),
    ("(Removed and Reserved)", "2010-02-28", "2011-10-28"),
    ("Mine Safety Disclosures", "2012-01-27", _NEVER))
_EDITIONS: dict[tuple[str, str | None, str], tuple[tuple[str, str, str], ...]] = {
    (TEN_K, None, "4"): _ITEM_4,
    (TEN_Q, "II", "4"): _ITEM_4,
    # Release 33-8400 (effective 2004-08-23) dropped the 10-Q's "(b) Reports on Form 8-K": a
    # 10-Q is due 45 days after its quarter
    (TEN_Q, "II", "6"): ((TEN_Q_ITEMS[("II", "6")][1], _EVER, "2004-05-31"),
                         (TEN_Q_ITEMS[("II", "6")][0], "2004-08-23", _NEVER)),
    # Release 33-8335: periods ending on or after 2004-03-15
    (TEN_K, None, "5"): ((TEN_K_ITEMS["5"][1], _EVER, "2004-03-14"),
                         (TEN_K_ITEMS["5"][0], "2004-03-15", _NEVER)),
    # Release 33-10890 (effective 2021-02-10) allowed "[Reserved]" at once and required it
    # for fiscal years ending on or after 2021-08-09; between, the printed title decides
    (TEN_K, None, "6"): (("Selected Financial Data", _EVER, "2020-11-11"),
                         ("[Reserved]", "2021-08-09", _NEVER)),
    # Release 33-8732A: fiscal years ending on or after 2006-12-15
    (TEN_K, None, "10"): ((TEN_K_ITEMS["10"][1], _EVER, "2006-12-14"),
                          (TEN_K_ITEMS["10"][0], "2006-12-15", _NEVER)),
    (TEN_K, None, "13"): ((TEN_K_ITEMS["13"][1], _EVER, "2006-12-14"),
                          (TEN_K_ITEMS["13"][0], "2006-12-15", _NEVER)),
    # Release 33-8048 (adopted 2001-12-21) added "... and Related Stockholder Matters"; by
    # fiscal 2003 every 10-K had it
    (TEN_K, None, "12"): ((TEN_K_ITEMS["12"][1], _EVER, "2001-12-20"),
                          (TEN_K_ITEMS["12"][0], "2003-12-15", _NEVER)),
    # Release 33-8124 (effective 2002-08-29) made Item 14 "Controls and Procedures", Release
    # 33-8238 (effective 2003-08-14) moved it to Item 9A, and Release 33-8183's fees took
    # Item 14 for fiscal years ending after 2003-12-15
    (TEN_K, None, "14"): ((TEN_K_ITEMS["14"][1], _EVER, "2002-05-31"),
                          ("Controls and Procedures", "2002-08-29", "2003-05-15"),
                          (TEN_K_ITEMS["14"][0], "2003-12-16", _NEVER)),
    # Release 33-8124 gave the 20-F (due six months after the year) its Item 15
    (TWENTY_F, None, "15"): ((_TWENTY_F_1999["15"], _EVER, "2000-03-31"),
                             ("[Reserved]", "2000-09-30", "2002-02-28"),
                             ("Controls and Procedures", "2002-08-29", _NEVER)),
}
# the 20-F's old edition until reports due before 2000-09-30, the new one after
for _number, _old in _TWENTY_F_1999.items():
    _EDITIONS.setdefault((TWENTY_F, None, _number), (
        (_old, _EVER, "2000-03-31"), (TWENTY_F_ITEMS[_number][0], "2000-09-30", _NEVER)))


def in_force(family: str | None, number: str, part: str | None, period: str) -> str | None:
    """The item's title in the form's edition for a report on `period` (ISO), when sure."""
    key = (family or "", part if family == TEN_Q else None, number)
    for title, first, last in _EDITIONS.get(key, ()):
        if first <= period <= last:
            return title
    return None


# The 10-QSB's own wording of a 10-Q item (Form 10-QSB, small business issuers, until 2009):
# the form type, not the printed title, picks between the two forms' titles, so a 10-Q's
# "Item 2. Management's Discussion and Analysis" keeps the 10-Q's title, a 10-QSB's bare
# "Item 3." is its "Controls and Procedures", and a 10-Q's "Item 3. Controls and Procedures"
# (a filer with no market risk to report numbering on) keeps the 10-Q's Item 3 title.
_TEN_QSB: dict[tuple[str, str], str] = {
    ("I", "2"): "Management's Discussion and Analysis or Plan of Operation",
    ("I", "3"): "Controls and Procedures",
}
_QSB_FORM = lazy(r"10-?QSB")
_TEN_Q_FORM = lazy(r"10-?Q(?:T)?(?:/A)?$")


def _form_options(options: tuple[str, ...], family: str | None, number: str,
                  part: str | None, form_type: str | None) -> tuple[str, ...]:
    """The titles of the form the record's type names: a 10-QSB's own title where the 10-QSB
    words the item otherwise, and no 10-QSB-only title on a 10-Q."""
    if family != TEN_Q or not form_type:
        return options
    ft = form_type.strip().upper()
    key = (part or "I", number)
    if _QSB_FORM.match(ft):
        small = _TEN_QSB.get(key)
        return (small,) if small in options else options
    if _TEN_Q_FORM.match(ft) and key in _TEN_QSB:
        # a 10-Q's Part I Item 3 is its market risk item, whatever it prints: "Controls and
        # Procedures" is the 10-QSB's Item 3 and the 10-Q's Item 4 (Release 33-8124, 2002)
        return tuple(t for t in options if t != _TEN_QSB[key]) or options
    return options


def standard_title(family: str | None, number: str, part: str | None = None,
                   printed: str | None = None, period: str | None = None,
                   form_type: str | None = None) -> str | None:
    """The SEC's title for an item: the edition whose title `printed` matches best (a 1999
    20-F may print the 2000 edition's "Key Information"); where it matches none, or two
    alike, the edition in force for the report's `period` (ISO) if the catalogue knows it.
    A 10-Q's `form_type` (10-Q or 10-QSB) first keeps the titles of that form's wording."""
    options = _form_options(titles(family, number, part), family, number, part, form_type)
    if not options:
        return None
    if len(options) == 1:
        return options[0]
    scores = [similarity(printed, t) for t in options] if printed else [0.0]
    top = max(scores)
    if top > 0 and scores.count(top) == 1:
        return options[scores.index(top)]
    if period and (dated := in_force(family, number, part, period)):
        return dated
    return options[scores.index(top)]


def equivalent(family: str | None, number: str, printed: str | None = None) -> str | None:
    """The same 8-K item in the other scheme ("5" <-> "8.01"); None elsewhere or unmatched.
    The printed title picks the edition of a re-used old number."""
    if family != "8-K":
        return None
    edition = standard_title(family, number, None, printed) if printed else None
    moved = _EDITION_CROSSWALK.get((number, edition or ""))
    return moved or CROSSWALK.get(number) or _BACKWARD.get(number)


def ten_q_part(number: str, printed: str | None) -> str | None:
    """Guess the 10-Q part of an item from its printed title, when no PART heading says it."""
    if not printed:
        return None
    one = max((title_score(printed, t) for t in TEN_Q_ITEMS.get(("I", number), ())), default=0)
    two = max((title_score(printed, t) for t in TEN_Q_ITEMS.get(("II", number), ())), default=0)
    if one == two:
        return None
    return "I" if one > two else "II"
