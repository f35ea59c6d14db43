"""Real values from real filings, one row per file, every shape and decade (1994-2026).

Each expected value was read off the filing itself (header lines, cover, item headings,
exhibit list, signature block); the comment names where.
"""

from __future__ import annotations

import pytest

from support import filing

# file: (shape, form, accession, filed, report_date, registrant name, cik, file number, irs,
#        item numbers, (signer, signer title) or None)
CASES = {
    # IMS header, PEM, 1994; cover "TURNER BROADCASTING SYSTEM, INC.", "Item 7." only
    "8k_1994_turnerbroadcastingsyst_2.txt": (
        "submission", "8-K", "0000950144-94-000177", "1994-02-02", "1994-01-27",
        "TURNER BROADCASTING SYSTEM, INC.", "0000100240", "0-9334", "58-0950695", ["7"],
        ("William S. Ghegan", "Vice President and Controller and Chief Accounting Officer")),
    # IMS 1994, Item 5 + Item 7, "Name:"/"Title:" under "By: /s/"
    "8k_1994_unioncampcorp_1.txt": (
        "submission", "8-K", "0000950117-94-000182", "1994-08-17", "1994-08-09",
        "UNION CAMP CORPORATION", "0000100783", "1-4001", "13-5652423", ["5", "7"],
        ("Dirk R. Soutendijk", "Vice President, General Counsel and Secretary")),
    # PEM 1997: the signature line carries the start of the title after a comma
    "8k_1997_homehealthcorpofameric_2.txt": (
        "submission", "8-K", "0001036050-97-000815", "1997-10-07", "1997-09-26",
        "Home Health Corporation of America, Inc.", "0001000685", "0-26938", "23-2224800",
        ["5", "7"],
        ("Bruce J. Feldman",
         "President, Chief Executive Officer, Director and Chairman of the Board")),
    # PEM 1998: "/S/ BARBARA S. POLSKY" in capitals, name typed again below in mixed case:
    # the typed name is kept
    "8k_1998_aamescapitalcorp_1.txt": (
        "submission", "8-K", "0001011438-98-000429", "1998-12-31", "1998-12-15",
        "AAMES CAPITAL CORPORATION", "0000913951", "333-46893-01", "95-4438859", ["7"],
        ("Barbara S. Polsky", "Executive Vice President")),
    # 1999 feed (.nc) 10-Q: Part I items; "Commission File Number 1-6746" as the cover
    # prints it (the header says "001-06746"); the name as the cover prints it with no caption
    # (the header's conformed name is "INDIANA BELL TELEPHONE CO INC")
    "10q_1999_indianabelltelephoneco_1.txt": (
        "feed", "10-Q", "0000732715-99-000042", "1999-08-03", "1999-06-30",
        "Indiana Bell Telephone Company, Incorporated", "0000050178", "1-6746", "35-0407820",
        ["1", "2"],
        None),
    # 2000 HTML-in-SGML submission with the pre-2004 item list printed in full
    "8k_2000_rockofagescorp_1.txt": (
        "submission", "8-K", "0000084581-00-500009", "2000-09-27", "2000-09-22",
        "ROCK OF AGES CORPORATION", "0000084581", "0-29464", "03-0153200",
        ["1", "2", "3", "4", "5", "6", "7", "8"],
        ("Kurt M. Swenson", "Chairman and Chief Executive Officer")),
    # 2001 10-K405, a lone <DOCUMENT> without header; the signature table of the directors;
    # "COMMISSION FILE NUMBER 1-5075" with no colon
    "10k405_2001_perkinelmerinc_1.txt": (
        "document", "10-K405", None, None, "2000-12-31", "PERKINELMER, INC.", None, "1-5075",
        "04-2052042", None,
        ("Gregory L. Summe", "Chairman of the Board, Chief Executive Officer and President "
                             "(Principal Executive Officer)")),
    # 2005: decimal items, a dei-less text cover
    "8k_2005_exeloncorp_1.txt": (
        "submission", "8-K", "0000950137-05-004969", "2005-04-27", "2005-04-26",
        "EXELON CORPORATION", "0001109357", "1-16169", "23-2990190", ["5.02"],
        ("J. Barry Mitchell", "Senior Vice President, Treasurer and Chief Financial Officer")),
    "8k_2009_horizonfinancialcorp_1.txt": (
        "submission", "8-K", "0000939057-09-000022", "2009-02-02", "2009-01-29",
        "HORIZON FINANCIAL CORP.", "0001002682", "0-27062", "91-1695422", ["2.02", "9.01"],
        ("Richard P. Jacobson", "President and Chief Executive Officer")),
    # 2012 HTML 8-K in a lone <DOCUMENT>
    "8k_2012_waltdisneyco_1.txt": (
        "document", "8-K", None, None, "2012-02-09", "The Walt Disney Company", None,
        "1-11605", "95-4545390", ["8.01", "9.01"], None),
    "8k_2015_appleinc_1.txt": (
        "submission", "8-K", "0001193125-15-410853", "2015-12-22", "2015-12-21", "Apple Inc.",
        "0000320193", "001-36743", "94-2404110", ["5.03", "9.01"],
        ("D. Bruce Sewell", "Senior Vice President, General Counsel and Secretary")),
    # 2022 iXBRL with 18 documents, "By:" and "/s/" in separate cells
    "8k_2022_caterpillarinc_1.txt": (
        "submission", "8-K", "0000018230-22-000107", "2022-04-28", "2022-04-28",
        "CATERPILLAR INC.", "0000018230", "1-768", "37-0602744", ["2.02", "7.01", "9.01"],
        ("Suzette M. Long", "Chief Legal Officer and General Counsel")),
    "8k_2025_metaplatformsinc_1.txt": (
        "submission", "8-K", "0001628280-25-058337", "2025-12-19", "2025-12-19",
        "Meta Platforms, Inc.", "0001326801", "001-35551", "20-1665019", ["5.02"],
        ("Katherine R. Kelly", "Vice President and Corporate Secretary")),
    # 2025 feed Form 4 with lone CR line endings: registrant is the ISSUER block, its file
    # number the one printed under the reporting owner's FILING VALUES (Arrow's 1-4482)
    "4_2025_jeanclaudecarinelamerc_1.txt": (
        "feed", "4", "0001127602-25-004598", "2025-02-13", "2025-02-12",
        "ARROW ELECTRONICS, INC.", "0000007536", "001-04482", "11-1806155", [], None),
    # 13F-HR/A 2000, PEM, no cover page: the filer from the header
    "13fhra_2000_berkshirehathawayinc_1.txt": (
        "submission", "13F-HR/A", "0000950150-00-000752", "2000-09-06", "2000-06-30",
        "BERKSHIRE HATHAWAY INC", "0001067983", "28-4545", "47-0813844", [], None),
    # 2023 S-1: Part II items of a registration statement
    "s1_2023_acurxpharmaceuticalsin_1.txt": (
        "submission", "S-1", "0001104659-23-076317", "2023-06-29", None,
        "ACURX PHARMACEUTICALS, INC.", "0001736243", "333-273015", "82-3733567",
        ["13", "14", "15", "16", "17"],
        ("David P. Luci", "President and Chief Executive Officer")),
    # 2021 bare HTML 20-F
    "20f_2021_plymouthrocktechnologi_1.htm": (
        "html", "20-F", None, None, "2020-11-30", "PLYMOUTH ROCK TECHNOLOGIES INC.", None,
        None, None, None,
        ("Dana Wheeler", "President and Chief Executive Officer (Principal Executive Officer)")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_values(name: str) -> None:
    (shape, form, accession, filed, report, reg_name, cik, file_no, irs, items,
     signer) = CASES[name]
    record = filing(name)
    assert (record["shape"], record["form_type"]) == (shape, form)
    assert (record["accession_number"], record["filed_date"]) == (accession, filed)
    assert record["report_date"] == report
    reg = record["registrants"][0]
    assert (reg["name"], reg["cik"], reg["commission_file_number"],
            reg["irs_employer_id"]) == (reg_name, cik, file_no, irs)
    if items is not None:
        assert [i["number"] for i in record["items"]] == items
    if signer is not None:
        assert (record["signatures"][0]["name"], record["signatures"][0]["title"]) == signer


def test_exhibits_linked_to_documents_in_ixbrl_submission() -> None:
    exhibits = {e["number"]: e for e in filing("8k_2022_caterpillarinc_1.txt")["exhibits"]}
    assert exhibits["99.1"] == {"number": "99.1",
                                "description": "Caterpillar Inc. press release dated April 28,"
                                               " 2022", "document": 2}
    assert exhibits["99.2"]["document"] == 3
    assert exhibits["104"]["document"] is None  # the cover page file is inline, not attached


def test_subject_company_named_twice_is_one_registrant() -> None:
    # SC TO-T/A 2025: SUBJECT COMPANY CVR ENERGY INC; IRS 000000000 is EDGAR's "none"
    (reg,) = filing("sctota_2025_cvrenergyinc_1.txt")["registrants"]
    assert (reg["name"], reg["cik"], reg["irs_employer_id"]) == (
        "CVR ENERGY INC", "0001376139", None)
