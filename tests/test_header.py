"""parse_header: both SGML header dialects, read from real corpus headers."""


import pytest

from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.envelope.header import convert, parse_header, snake
from support import FILINGS


def header(name: str) -> dict:
    text = decode_bytes((FILINGS / name).read_bytes())[0]
    return read_envelope(text).header


def test_ims_header_1994_union_camp():
    h = header("8k_1994_unioncampcorp_1.txt")
    assert h["ims_document"] == "0000950117-94-000182.txt : 19940822"
    assert h["accession_number"] == "0000950117-94-000182"
    assert h["conformed_submission_type"] == "8-K"
    assert h["public_document_count"] == "2"
    assert h["conformed_period_of_report"] == "1994-08-09"
    assert h["item_information"] == ["Other events", "Financial statements and exhibits"]
    assert h["filed_as_of_date"] == "1994-08-17"
    [filer] = h["filer"]
    assert filer["company_data"] == {
        "company_conformed_name": "UNION CAMP CORP",
        "central_index_key": "0000100783",
        "standard_industrial_classification": "2621",
        "irs_number": "135652423",
        "state_of_incorporation": "VA",
        "fiscal_year_end": "1231",
    }
    assert filer["filing_values"]["sec_file_number"] == "001-04001"
    assert filer["business_address"] == {
        "street_1": "1600 VALLEY RD",
        "city": "WAYNE",
        "state": "NJ",
        "zip": "07470",
        "business_phone": "2016282000",
    }
    assert filer["mail_address"]["street_1"] == "1600 VALLEY ROAD"
    assert filer["former_company"] == [
        {"former_conformed_name": "UNION BAG CAMP PAPER CORP", "date_of_name_change": "1966-09-21"}
    ]


def test_ims_header_1994_turner_single_item_and_two_former_names():
    h = header("8k_1994_turnerbroadcastingsyst_1.txt")
    assert h["item_information"] == ["7"]
    filer = h["filer"][0]
    assert filer["business_address"]["street_2"] == "100 INTERNATIONAL BLVD"
    assert [f["date_of_name_change"] for f in filer["former_company"]] == [
        "1979-10-16",
        "1970-09-09",
    ]


def test_pem_header_1997_apple_value_less_key_is_null():
    h = header("10qa_1997_applecomputerinc_1.txt")
    assert h["conformed_submission_type"] == "10-Q/A"
    assert h["sros"] == "NASD"
    values = h["filer"][0]["filing_values"]
    assert "sec_act" in values and values["sec_act"] is None
    assert values["sec_file_number"] == "000-10030"


def test_pem_header_2000_berkshire_spilled_value_and_stray_closers():
    # "STANDARD INDUSTRIAL CLASSIFICATION:\t [6331" + "]\t\tIRS NUMBER:..." and
    # </COMPANY-DATA> / </FILING-VALUES> lines inside the text dialect.
    h = header("13fhra_2000_berkshirehathawayinc_1.txt")
    [filer] = h["filer"]
    assert filer["company_data"]["standard_industrial_classification"] == "[6331]"
    assert filer["company_data"]["irs_number"] == "470813844"
    assert filer["filing_values"]["sec_file_number"] == "028-04545"
    assert filer["business_address"]["street_1"] == "1440 KIEWIT PLZ"
    assert filer["former_company"] == [
        {"former_conformed_name": "NBH INC", "date_of_name_change": "1998-08-10"}
    ]
    assert set(h) >= {"accession_number", "filer"} and "filing_values" not in h


def test_pem_header_2001_entrada():
    h = header("8k_2001_entradanetworksinc_5.txt")
    assert h["conformed_period_of_report"] == "2001-11-21"
    assert h["filed_as_of_date"] == "2001-11-26"
    company = h["filer"][0]["company_data"]
    assert company["standard_industrial_classification"] == (
        "COMPUTER PERIPHERAL EQUIPMENT, NEC [3577]"
    )


def test_sec_header_2024_apple_acceptance_datetime_and_former_companies():
    h = header("8k_2024_appleinc_1.txt")
    assert h["sec_document"] == "0000320193-24-000005.txt : 20240201"
    assert h["acceptance_datetime"] == "2024-02-01T16:30:30"
    assert h["date_as_of_change"] == "2024-02-01"
    assert h["item_information"] == [
        "Results of Operations and Financial Condition",
        "Financial Statements and Exhibits",
    ]
    filer = h["filer"][0]
    assert filer["company_data"]["organization_name"] == "06 Technology"
    assert filer["business_address"]["business_phone"] == "(408) 996-1010"
    assert filer["former_company"] == [
        {"former_conformed_name": "APPLE INC", "date_of_name_change": "2007-01-09"},
        {"former_conformed_name": "APPLE COMPUTER INC", "date_of_name_change": "1997-08-08"},
    ]


def test_sec_header_13f_effectiveness_date():
    h = header("13fhr_2023_ltsonemanagementlp_1.txt")
    assert h["acceptance_datetime"] == "2023-11-14T09:38:54"
    assert h["effectiveness_date"] == "2023-11-14"
    assert h["filer"][0]["company_data"]["company_conformed_name"] == "LTS One Management LP"


def test_sec_header_sc_to_t_subject_companies_filed_by_group_members():
    h = header("sctota_2025_cvrenergyinc_1.txt")
    assert h["conformed_submission_type"] == "SC TO-T/A"
    assert h["group_members"] == [
        "AMERICAN ENTERTAINMENT PROPERTIES CORP.",
        "BECKTON CORP.",
        "CARL C. ICAHN",
        "ICAHN ENTERPRISES G.P. INC.",
        "ICAHN ENTERPRISES L.P.",
        "IEP ENERGY HOLDING LLC",
    ]
    assert [s["filing_values"]["form_type"] for s in h["subject_company"]] == [
        "SC 13D/A",
        "SC TO-T/A",
    ]
    assert h["subject_company"][0]["company_data"]["company_conformed_name"] == "CVR ENERGY INC"
    [filed_by] = h["filed_by"]
    assert filed_by["company_data"]["company_conformed_name"] == "ICAHN ENTERPRISES HOLDINGS L.P."
    assert filed_by["filing_values"] == {"form_type": "SC TO-T/A"}
    assert filed_by["business_address"]["street_2"] == "PH"
    assert filed_by["former_company"] == [
        {
            "former_conformed_name": "AMERICAN REAL ESTATE HOLDINGS L P",
            "date_of_name_change": "1998-03-11",
        }
    ]
    assert "filer" not in h


def test_sec_header_form4_reporting_owner_and_issuer():
    h = header("4_2024_mcguirkrichardl_1.txt")
    [owner] = h["reporting_owner"]
    assert owner["owner_data"] == {
        "company_conformed_name": "McGuirk Richard L",
        "central_index_key": "0001849440",
        "organization_name": None,
    }
    assert owner["mail_address"]["city"] == "MT. PLEASANT"
    [issuer] = h["issuer"]
    assert issuer["company_data"]["company_conformed_name"] == "ISABELLA BANK Corp"
    assert [f["former_conformed_name"] for f in issuer["former_company"]] == [
        "ISABELLA BANK CORP",
        "IBT BANCORP INC /MI/",
    ]


def test_sec_header_with_tag_lines_abs15g():
    h = header("abs15g_2025_veroscreditllc_1.txt")
    assert h["period_start"] == "2024-01-01"
    assert h["no_quarterly_activity"] == "N"
    assert h["no_annual_activity"] == "Y"
    assert h["abs_asset_class"] == "Auto loans"
    company = h["filer"][0]["company_data"]
    assert company["organization_name"] is None
    assert company["ein"] == "273146015"
    assert h["filer"][0]["filing_values"]["sec_act"] == "Dodd Frank Act"


def test_feed_header_indiana_bell():
    h = header("10q_1999_indianabelltelephoneco_1.txt")
    assert h["accession_number"] == "0000732715-99-000042"
    assert h["type"] == "10-Q"
    assert h["period"] == "1999-06-30"
    assert h["filing_date"] == "1999-08-03"
    [filer] = h["filer"]
    assert filer["company_data"]["conformed_name"] == "INDIANA BELL TELEPHONE CO INC"
    assert filer["company_data"]["cik"] == "0000050178"
    assert filer["filing_values"] == {
        "form_type": "10-Q",
        "act": "34",
        "file_number": "001-06746",
        "film_number": "99676671",
    }
    assert filer["business_address"]["street1"] == "240 N MERIDAN ST"
    assert filer["mail_address"]["street1"] == "240 N MERIDIAN ST"


def test_feed_header_lone_cr_form4():
    h = header("4_2025_jeanclaudecarinelamerc_1.txt")
    assert h["date_of_filing_date_change"] == "2025-02-13"
    [owner] = h["reporting_owner"]
    assert owner["owner_data"] == {
        "conformed_name": "Jean-Claude Carine Lamercie",
        "cik": "0001870985",
        "organization_name": None,
    }
    [issuer] = h["issuer"]
    assert issuer["company_data"]["organization_name"] == "07 Trade & Services"
    assert issuer["former_company"] == [
        {"former_conformed_name": "ARROW ELECTRONICS, INC", "date_changed": "2022-11-17"},
        {"former_conformed_name": "ARROW ELECTRONICS INC", "date_changed": "1992-07-03"},
    ]


def test_series_blocks_nest_by_tags_inside_sec_header():
    text = (
        "ACCESSION NUMBER:\t\t0000000000-24-000001\n"
        "FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\tFUND TRUST\n"
        "<SERIES-AND-CLASSES-CONTRACTS-DATA>\n<EXISTING-SERIES-AND-CLASSES-CONTRACTS>\n"
        "<SERIES>\n<SERIES-ID>S000001\n<CLASS-CONTRACT>\n<CLASS-CONTRACT-ID>C000001\n"
        "</CLASS-CONTRACT>\n</SERIES>\n</EXISTING-SERIES-AND-CLASSES-CONTRACTS>\n"
        "</SERIES-AND-CLASSES-CONTRACTS-DATA>\n"
    )
    h = parse_header(text)
    assert h["filer"] == [{"company_data": {"company_conformed_name": "FUND TRUST"}}]
    series = h["series_and_classes_contracts_data"]["existing_series_and_classes_contracts"]
    assert series == {
        "series": [{"series_id": "S000001", "class_contract": [{"class_contract_id": "C000001"}]}]
    }


def test_unknown_repeated_key_becomes_list_and_value_less_key_is_null():
    h = parse_header("NEW KEY:\ta\nNEW KEY:\tb\nEMPTY:\nOTHER:\tc\n")
    assert h == {"new_key": ["a", "b"], "empty": None, "other": "c"}


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("filed_as_of_date", "20240201", "2024-02-01"),
        ("conformed_period_of_report", "19940809", "1994-08-09"),
        ("date_of_name_change", "19991340", "19991340"),  # invalid: stays as printed
        ("acceptance_datetime", "20240201163030", "2024-02-01T16:30:30"),
        ("acceptance_datetime", "20240201256030", "20240201256030"),
        ("irs_number", "20240201", "20240201"),  # not a date key
        ("fiscal_year_end", "1231", "1231"),
    ],
)
def test_convert(key, value, expected):
    assert convert(key, value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ACCESSION NUMBER", "accession_number"),
        ("STREET 1", "street_1"),
        ("ACCESSION-NUMBER", "accession_number"),
        ("CONFORMED-NAME", "conformed_name"),
        ("REPORTING-OWNER", "reporting_owner"),
    ],
)
def test_snake(name, expected):
    assert snake(name) == expected


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "<<<>>>\n:::\n</NOPE>\n\t\t\t:\n", "A:\n\t\t\tB:\n\tC: 1\n</A>\nD", "\x00\x01"],
)
def test_garbage_never_raises(text):
    assert isinstance(parse_header(text), dict)
