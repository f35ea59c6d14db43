"""The item catalogue: SEC titles, the 2004 crosswalk, form families, title editions.

Titles are checked against what EDGAR itself printed in real submission headers
(``ITEM INFORMATION:`` lines of the corpus filings).
"""

from __future__ import annotations

import re

import pytest

from filing2json.parsers.sections import item_catalog as cat
from support import FILINGS, SAMPLES

_ITEM_INFORMATION = re.compile(r"^ITEM INFORMATION:[ \t]*(\S[^\n]*?)[ \t]*$", re.M)


def header_items(name: str) -> list[str]:
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    return _ITEM_INFORMATION.findall(text)


def test_pre_2004_titles_match_edgar_header_names():
    # 8k_1996_cotelligentgroupinc_3.txt lists three old-scheme items in its header
    assert header_items("8k_1996_cotelligentgroupinc_3.txt") == [
        "Acquisition or disposition of assets", "Other events",
        "Financial statements and exhibits"]
    assert [cat.standard_title("8-K", n).lower() for n in ("2", "5", "7")] == [
        "acquisition or disposition of assets", "other events",
        "financial statements and exhibits"]
    # 8k_2003_pericomsemiconductorco_1.txt: items 7 and 9 (Regulation FD, from 2000)
    assert header_items("8k_2003_pericomsemiconductorco_1.txt")[1] == "Regulation FD Disclosure"
    assert cat.standard_title("8-K", "9") == "Regulation FD Disclosure"


@pytest.mark.parametrize("name, numbers", [
    ("8k_2005_astafundinginc_4.txt", ["1.01", "2.03", "9.01"]),
    ("8k_2005_pericomsemiconductorco_8.txt", ["4.02", "9.01"]),
    ("8k_2015_appleinc_1.txt", ["5.03", "9.01"]),
    ("8k_2022_caterpillarinc_1.txt", ["2.02", "7.01", "9.01"]),
    ("8k_2025_internationalflavorsan_1.txt", ["5.07"]),
    ("8k_2016_atrinsicinc_1.txt", ["8.01", "9.01"]),
])
def test_2004_titles_equal_edgar_header_names(name, numbers):
    assert header_items(name) == [cat.standard_title("8-K", n) for n in numbers]


def test_current_5_02_title_differs_from_edgar_header_spellings():
    # EDGAR prints the 2006+ title with a colon typo (8k_2026_nvidiacorp_1.txt) and 2005 filings
    # carry the first title (8k_2005_exeloncorp_1.txt); the catalogue holds the current one.
    nvidia = header_items("8k_2026_nvidiacorp_1.txt")[0]
    assert nvidia.replace(": Compensatory", "; Compensatory") == cat.standard_title("8-K", "5.02")
    exelon = header_items("8k_2005_exeloncorp_1.txt")[0]
    assert exelon == ("Departure of Directors or Principal Officers; Election of Directors; "
                      "Appointment of Principal Officers")
    assert cat.standard_title("8-K", "5.02", printed=exelon) == cat.standard_title("8-K", "5.02")


def test_catalogue_has_every_2004_item_and_the_newest_ones():
    expected = ("1.01 1.02 1.03 1.04 1.05 2.01 2.02 2.03 2.04 2.05 2.06 3.01 3.02 3.03 4.01 4.02 "
                "5.01 5.02 5.03 5.04 5.05 5.06 5.07 5.08 6.01 6.02 6.03 6.04 6.05 7.01 8.01 "
                "9.01").split()
    assert all(cat.is_known("8-K", n) for n in expected)
    assert cat.standard_title("8-K", "1.05") == "Material Cybersecurity Incidents"
    assert cat.standard_title("8-K", "5.08") == "Shareholder Director Nominations"
    assert [n for n in map(str, range(1, 14)) if cat.is_known("8-K", n)] == [
        str(n) for n in range(1, 13)]
    assert not cat.is_known("8-K", "2.07")


def test_crosswalk_both_directions():
    pairs = {"1": "5.01", "2": "2.01", "3": "1.03", "4": "4.01", "5": "8.01", "6": "5.02",
             "7": "9.01", "8": "5.03", "9": "7.01", "10": "5.05", "11": "5.04", "12": "2.02"}
    for old, new in pairs.items():
        assert cat.equivalent("8-K", old) == new
        assert cat.equivalent("8-K", new) == old
    assert cat.equivalent("8-K", "8.01") == "5"  # SPEC example
    assert cat.equivalent("8-K", "1.01") is None  # no counterpart
    assert cat.equivalent("10-K", "1") is None


@pytest.mark.parametrize("form_type, family", [
    ("8-K", "8-K"), ("8-K/A", "8-K"), ("8-K12B", "8-K"), ("10-K", "10-K"), ("10-K405", "10-K"),
    ("10-KT", "10-K"), ("10-K/A", "10-K"), ("10-KSB", "10-KSB"), ("10-Q", "10-Q"),
    ("10-Q/A", "10-Q"), ("10-QSB", "10-Q"), ("20-F", "20-F"), ("20-F/A", "20-F"),
    ("4", None), (None, None), ("", None),
    # titles only (is_open): Schedule TO and registration statements, their variants too
    ("SC TO-T", "SC TO"), ("SC TO-T/A", "SC TO"), ("SC TO-I/A", "SC TO"), ("SC TO-C", None),
    ("SC 13D", "SC 13D"), ("S-1", "S-1"), ("S-1/A", "S-1"), ("S-1MEF", "S-1"), ("S-11", None),
    ("S-3", "S-3"), ("S-3/A", "S-3"), ("S-3ASR", "S-3"), ("S-3DPOS", "S-3"), ("S-4", "S-4"),
    ("S-4 POS", "S-4"), ("S-4EF/A", "S-4"), ("S-8", "S-8"), ("S-8 POS", "S-8"),
    ("SB-2/A", "SB-2"), ("F-1", "F-1"), ("F-1/A", "F-1"), ("F-10", None), ("F-3ASR", "F-3"),
    ("F-4/A", "F-4"),
])
def test_form_family(form_type, family):
    assert cat.form_family(form_type) == family


def test_schemes():
    assert cat.scheme_of("8-K", "5") == "pre-2004"
    assert cat.scheme_of("8-K", "8.01") == "2004"
    # SPEC.md's schemes are the 8-K's two numberings: other forms have none
    assert cat.scheme_of("10-KSB", "8A") is None
    assert cat.scheme_of("10-Q", "1A") is None
    assert cat.scheme_of("20-F", "16F") is None
    assert cat.scheme_of(None, "13") is None


def test_infer_form_type_from_cover():
    seed = SAMPLES / "000_af6957f9859c0735.txt"
    assert cat.infer_form_type(seed.read_text(encoding="utf-8")) == "8-K"
    perkin = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text(encoding="latin-1")
    assert cat.infer_form_type(perkin) == "10-K"
    assert cat.infer_form_type("no cover here") is None


def test_ten_k_editions_follow_the_printed_title():
    # 10k405_2001_perkinelmerinc_1.txt prints the 2001 titles of repurposed numbers
    assert cat.standard_title("10-K", "4", printed="SUBMISSION OF MATTERS TO A VOTE OF SECURITY "
                              "HOLDERS") == "Submission of Matters to a Vote of Security Holders"
    assert cat.standard_title("10-K", "4") == "Mine Safety Disclosures"
    assert cat.standard_title("10-K", "14", printed="EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND "
                              "REPORTS ON FORM 8-K") == (
        "Exhibits, Financial Statement Schedules, and Reports on Form 8-K")
    assert cat.standard_title("10-K", "12", printed="SECURITY OWNERSHIP OF CERTAIN BENEFICIAL "
                              "OWNERS AND MANAGEMENT") == (
        "Security Ownership of Certain Beneficial Owners and Management")
    assert cat.standard_title("10-K", "1A") == "Risk Factors"
    assert cat.standard_title("10-K", "1C") == "Cybersecurity"


def test_ten_q_titles_depend_on_part():
    assert cat.standard_title("10-Q", "1", "I") == "Financial Statements"
    assert cat.standard_title("10-Q", "1", "II") == "Legal Proceedings"
    assert cat.standard_title("10-Q", "1A", "II") == "Risk Factors"
    # 10q_1999_indianabelltelephoneco_1.txt: "Item 1 - Financial Statements" under no PART line
    assert cat.ten_q_part("1", "Financial Statements") == "I"
    # 10qa_1997_applecomputerinc_1.txt: "Item 4. Submission of Matters to a Vote of ..."
    assert cat.ten_q_part("4", "Submission of Matters to a Vote of Security Holders") == "II"
    assert cat.ten_q_part("4", None) is None


def test_twenty_f_items_include_16a_to_16j():
    assert all(cat.is_known("20-F", f"16{c}") for c in "ABCDEFGHIJ")
    assert cat.standard_title("20-F", "16F") == "Change in Registrant's Certifying Accountant"
    # 20f_2001_aegonnv_1.htm: "Item 15.  Reserved for future use"
    assert cat.standard_title("20-F", "15", printed="Reserved for future use") == "[Reserved]"
    assert cat.standard_title("20-F", "15") == "Controls and Procedures"


def test_section_score():
    # 8k_2016_atrinsicinc_1.txt: "SECTION 9 – FINANCIAL STATEMENTS AND EXHIBITS"
    assert cat.section_score("9", "\u2013 FINANCIAL STATEMENTS AND EXHIBITS") == 1.0
    assert cat.section_score("9", "of the Merger Agreement") < 0.6


def test_crosswalk_of_the_regulation_s_edition_of_item_9():
    # 1996-2000 8-Ks: "Item 9. Sales of Equity Securities Pursuant to Regulation S" reports
    # unregistered sales, Item 3.02 since 2004 (not 7.01, where Regulation FD's Item 9 went)
    assert cat.equivalent("8-K", "9", "Sales of Equity Securities Pursuant to Regulation S"
                          ) == "3.02"
    assert cat.equivalent("8-K", "9", "SALES OF EQUITY SECURITIES PURSUANT TO REGULATION S"
                          ) == "3.02"
    assert cat.equivalent("8-K", "9", "Regulation FD Disclosure") == "7.01"
    assert cat.equivalent("8-K", "9", None) == "7.01"


@pytest.mark.parametrize("family, number, title", [
    # Part II, "Information Not Required in Prospectus", numbered on from each form's Part I
    ("S-1", "13", "Other Expenses of Issuance and Distribution"),
    ("S-1", "14", "Indemnification of Directors and Officers"),
    ("S-1", "15", "Recent Sales of Unregistered Securities"),
    ("S-1", "16", "Exhibits and Financial Statement Schedules"),
    ("S-1", "17", "Undertakings"),
    ("S-3", "14", "Other Expenses of Issuance and Distribution"),
    ("S-3", "15", "Indemnification of Directors and Officers"),
    ("S-3", "16", "Exhibits"), ("S-3", "17", "Undertakings"),
    ("S-4", "20", "Indemnification of Directors and Officers"),
    ("S-4", "21", "Exhibits and Financial Statement Schedules"), ("S-4", "22", "Undertakings"),
    ("F-4", "21", "Exhibits and Financial Statement Schedules"),
    ("F-1", "6", "Indemnification of Directors and Officers"),
    ("F-1", "7", "Recent Sales of Unregistered Securities"),
    ("F-1", "8", "Exhibits and Financial Statement Schedules"), ("F-1", "9", "Undertakings"),
    ("F-3", "8", "Indemnification of Directors and Officers"), ("F-3", "9", "Exhibits"),
    ("F-3", "10", "Undertakings"),
    ("S-8", "3", "Incorporation of Documents by Reference"),
    ("S-8", "7", "Exemption from Registration Claimed"), ("S-8", "9", "Undertakings"),
    ("SB-2", "24", "Indemnification of Directors and Officers"),
    ("SB-2", "25", "Other Expenses of Issuance and Distribution"),
    ("SB-2", "27", "Exhibits"),
    # Schedule TO, items 1-13 (Regulation M-A, 2000)
    ("SC TO", "1", "Summary Term Sheet"), ("SC TO", "2", "Subject Company Information"),
    ("SC TO", "3", "Identity and Background of Filing Person"),
    ("SC TO", "4", "Terms of the Transaction"),
    ("SC TO", "5", "Past Contacts, Transactions, Negotiations and Agreements"),
    ("SC TO", "6", "Purposes of the Transaction and Plans or Proposals"),
    ("SC TO", "7", "Source and Amount of Funds or Other Consideration"),
    ("SC TO", "8", "Interest in Securities of the Subject Company"),
    ("SC TO", "9", "Persons/Assets, Retained, Employed, Compensated or Used"),
    ("SC TO", "10", "Financial Statements"), ("SC TO", "11", "Additional Information"),
    ("SC TO", "12", "Exhibits"), ("SC TO", "13", "Information Required by Schedule 13E-3"),
])
def test_titles_of_schedule_to_and_registration_statements(family, number, title):
    assert cat.standard_title(family, number) == title
    assert cat.scheme_of(family, number) is None and cat.equivalent(family, number) is None


def test_title_only_catalogues_are_open():
    # Part I items of a registration statement, or a Schedule 13E-3's items 14-16 printed in a
    # combined Schedule TO, are read though the catalogue has no title for them
    assert cat.is_open("S-1") and cat.is_open("SC TO") and cat.is_open("F-3")
    assert not any(map(cat.is_open, ("8-K", "10-K", "10-KSB", "10-Q", "20-F", None)))
    assert cat.standard_title("S-1", "4") is None and cat.standard_title("SC TO", "14") is None
    # the S-3's own Item 16 title, not the S-1's
    assert cat.standard_title("S-3", "16") != cat.standard_title("S-1", "16")
