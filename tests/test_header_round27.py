"""SGML headers whose layout lost its indentation or tabs, read into the same blocks."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.envelope.header import parse_header

# A 2005 8-K header as re-saved copies print it: every line flush left.
_FLUSH_8K_HEADER = (
    "<SEC-HEADER>0001104659-05-011204.hdr.sgml : 20050314\n"
    "<ACCEPTANCE-DATETIME>20050314163012\n"
    "ACCESSION NUMBER:\t\t0001104659-05-011204\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "PUBLIC DOCUMENT COUNT:\t\t3\n"
    "CONFORMED PERIOD OF REPORT:\t20050310\n"
    "ITEM INFORMATION:\t\tEntry into a Material Definitive Agreement\n"
    "ITEM INFORMATION:\t\tFinancial Statements and Exhibits\n"
    "FILED AS OF DATE:\t\t20050314\n"
    "DATE AS OF CHANGE:\t\t20050314\n\n"
    "FILER:\n\n"
    "COMPANY DATA:\t\n"
    "COMPANY CONFORMED NAME:\t\t\tNEW JERSEY RESOURCES CORP\n"
    "CENTRAL INDEX KEY:\t\t\t0000356309\n"
    "STANDARD INDUSTRIAL CLASSIFICATION:\tNATURAL GAS DISTRIBUTION [4924]\n"
    "IRS NUMBER:\t\t\t\t222376465\n"
    "STATE OF INCORPORATION:\t\t\tNJ\n"
    "FISCAL YEAR END:\t\t\t0930\n\n"
    "FILING VALUES:\n"
    "FORM TYPE:\t\t8-K\n"
    "SEC ACT:\t\t1934 Act\n"
    "SEC FILE NUMBER:\t001-08359\n"
    "FILM NUMBER:\t\t05678901\n\n"
    "BUSINESS ADDRESS:\t\n"
    "STREET 1:\t\t1415 WYCKOFF RD\n"
    "CITY:\t\t\tWALL\n"
    "STATE:\t\t\tNJ\n"
    "ZIP:\t\t\t07719\n"
    "BUSINESS PHONE:\t\t7329381480\n\n"
    "MAIL ADDRESS:\t\n"
    "STREET 1:\t\tP O BOX 1468\n"
    "CITY:\t\t\tWALL\n"
    "STATE:\t\t\tNJ\n"
    "ZIP:\t\t\t07719\n\n"
    "FORMER COMPANY:\t\n"
    "FORMER CONFORMED NAME:\tNEW JERSEY NATURAL RESOURCES CO\n"
    "DATE OF NAME CHANGE:\t19820107\n\n"
    "FORMER COMPANY:\t\n"
    "FORMER CONFORMED NAME:\tNJR HOLDINGS INC\n"
    "DATE OF NAME CHANGE:\t19811101\n"
    "</SEC-HEADER>\n"
)

_EIGHT_K_BODY = (
    "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>form8k.txt\n<TEXT>\n"
    "                   SECURITIES AND EXCHANGE COMMISSION\n"
    "                         Washington, D.C. 20549\n\n"
    "                                FORM 8-K\n\n"
    "                             CURRENT REPORT\n"
    "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
)


def _submission(header: str, body: str = _EIGHT_K_BODY) -> bytes:
    accession = header[header.index(">") + 1:header.index(".hdr")]
    return (f"<SEC-DOCUMENT>{accession}.txt : 20050314\n" + header + body).encode()


def test_flush_left_header_groups_lines_by_section_keys():
    h = parse_header(_FLUSH_8K_HEADER)
    assert h["item_information"] == [
        "Entry into a Material Definitive Agreement", "Financial Statements and Exhibits"]
    [filer] = h["filer"]
    assert filer["company_data"]["company_conformed_name"] == "NEW JERSEY RESOURCES CORP"
    assert filer["company_data"]["fiscal_year_end"] == "0930"
    assert filer["filing_values"] == {"form_type": "8-K", "sec_act": "1934 Act",
                                      "sec_file_number": "001-08359", "film_number": "05678901"}
    assert filer["business_address"]["street_1"] == "1415 WYCKOFF RD"
    assert filer["mail_address"]["street_1"] == "P O BOX 1468"
    assert filer["former_company"] == [
        {"former_conformed_name": "NEW JERSEY NATURAL RESOURCES CO",
         "date_of_name_change": "1982-01-07"},
        {"former_conformed_name": "NJR HOLDINGS INC", "date_of_name_change": "1981-11-01"},
    ]
    assert "company_conformed_name" not in h and "street_1" not in h


def test_flush_left_header_gives_the_registrant():
    record = parse(_submission(_FLUSH_8K_HEADER), "flush.txt")
    [registrant] = record["registrants"]
    assert registrant["name"] == "NEW JERSEY RESOURCES CORP"
    assert registrant["cik"] == "0000356309"
    assert registrant["commission_file_number"] == "001-08359"
    assert registrant["irs_employer_id"] == "22-2376465"
    assert registrant["address"]["street"] == "1415 WYCKOFF RD"
    assert registrant["phone"] == "(732) 938-1480"


def test_flush_left_header_with_crlf_line_ends():
    record = parse(_submission(_FLUSH_8K_HEADER).replace(b"\n", b"\r\n"), "flush.txt")
    assert [r["name"] for r in record["registrants"]] == ["NEW JERSEY RESOURCES CORP"]


_FLUSH_TWO_FILERS = (
    "ACCESSION NUMBER:\t\t0000898430-95-000312\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "PUBLIC DOCUMENT COUNT:\t\t2\n"
    "CONFORMED PERIOD OF REPORT:\t19950301\n"
    "ITEM INFORMATION:\t\tOther events\n"
    "FILED AS OF DATE:\t\t19950306\n\n"
    "FILER:\n\n"
    "COMPANY DATA:\t\n"
    "COMPANY CONFORMED NAME:\t\t\tPACIFIC ENTERPRISES\n"
    "CENTRAL INDEX KEY:\t\t\t0000075527\n"
    "STATE OF INCORPORATION:\t\t\tCA\n\n"
    "FILING VALUES:\n"
    "FORM TYPE:\t\t8-K\n"
    "SEC FILE NUMBER:\t001-00040\n\n"
    "FORMER COMPANY:\t\n"
    "FORMER CONFORMED NAME:\tPACIFIC LIGHTING CORP\n"
    "DATE OF NAME CHANGE:\t19880801\n\n"
    "FILER:\n\n"
    "COMPANY DATA:\t\n"
    "COMPANY CONFORMED NAME:\t\t\tSOUTHERN CALIFORNIA GAS CO\n"
    "CENTRAL INDEX KEY:\t\t\t0000092108\n\n"
    "FILING VALUES:\n"
    "FORM TYPE:\t\t8-K\n"
    "SEC FILE NUMBER:\t001-01402\n\n"
    "BUSINESS ADDRESS:\t\n"
    "STREET 1:\t\t555 W FIFTH ST\n"
    "CITY:\t\t\tLOS ANGELES\n"
)


def test_flush_left_second_filer_is_a_block_of_its_own():
    first, second = parse_header(_FLUSH_TWO_FILERS)["filer"]
    assert first["company_data"]["company_conformed_name"] == "PACIFIC ENTERPRISES"
    assert first["former_company"] == [
        {"former_conformed_name": "PACIFIC LIGHTING CORP", "date_of_name_change": "1988-08-01"}]
    assert "business_address" not in first
    assert second["company_data"]["company_conformed_name"] == "SOUTHERN CALIFORNIA GAS CO"
    assert second["filing_values"]["sec_file_number"] == "001-01402"
    assert second["business_address"] == {"street_1": "555 W FIFTH ST", "city": "LOS ANGELES"}


def test_sub_blocks_at_their_fields_column_under_an_indented_party():
    # FILER flush left; its blocks and their fields all one tab in. The empty MAIL ADDRESS,
    # with a sibling block next, holds nothing: null, as in an indented header.
    header = (
        "FILER:\n"
        "\tCOMPANY DATA:\t\n"
        "\tCOMPANY CONFORMED NAME:\t\t\tPACIFIC ENTERPRISES\n"
        "\tCENTRAL INDEX KEY:\t\t\t0000075527\n"
        "\tFILING VALUES:\n"
        "\tFORM TYPE:\t\t8-K\n"
        "\tSEC FILE NUMBER:\t001-00040\n"
        "\tMAIL ADDRESS:\t\n"
        "\tFORMER COMPANY:\t\n"
        "\tFORMER CONFORMED NAME:\tPACIFIC LIGHTING CORP\n"
        "\tDATE OF NAME CHANGE:\t19880801\n"
        "FILER:\n"
        "\tCOMPANY DATA:\t\n"
        "\tCOMPANY CONFORMED NAME:\t\t\tSOUTHERN CALIFORNIA GAS CO\n"
        "\tBUSINESS ADDRESS:\t\n"
        "\tCITY:\t\t\tLOS ANGELES\n"
    )
    first, second = parse_header(header)["filer"]
    assert first["company_data"] == {"company_conformed_name": "PACIFIC ENTERPRISES",
                                     "central_index_key": "0000075527"}
    assert first["filing_values"] == {"form_type": "8-K", "sec_file_number": "001-00040"}
    assert first["mail_address"] is None
    assert first["former_company"][0]["former_conformed_name"] == "PACIFIC LIGHTING CORP"
    assert second["company_data"]["company_conformed_name"] == "SOUTHERN CALIFORNIA GAS CO"
    assert second["business_address"] == {"city": "LOS ANGELES"}


_FLUSH_FORM4_HEADER = (
    "<SEC-HEADER>0001209191-05-012345.hdr.sgml : 20050302\n"
    "<ACCEPTANCE-DATETIME>20050302172533\n"
    "ACCESSION NUMBER:\t\t0001209191-05-012345\n"
    "CONFORMED SUBMISSION TYPE:\t4\n"
    "PUBLIC DOCUMENT COUNT:\t\t1\n"
    "CONFORMED PERIOD OF REPORT:\t20050228\n"
    "FILED AS OF DATE:\t\t20050302\n"
    "DATE AS OF CHANGE:\t\t20050302\n\n"
    "REPORTING-OWNER:\t\n\n"
    "OWNER DATA:\t\n"
    "COMPANY CONFORMED NAME:\t\t\tPARKINSON ROBERT L JR\n"
    "CENTRAL INDEX KEY:\t\t\t0001187422\n\n"
    "FILING VALUES:\n"
    "FORM TYPE:\t\t4\n"
    "SEC ACT:\t\t1934 Act\n"
    "SEC FILE NUMBER:\t001-04448\n"
    "FILM NUMBER:\t\t05654321\n\n"
    "MAIL ADDRESS:\t\n"
    "STREET 1:\t\tONE BAXTER PARKWAY\n"
    "CITY:\t\t\tDEERFIELD\n"
    "STATE:\t\t\tIL\n"
    "ZIP:\t\t\t60015\n\n"
    "ISSUER:\t\t\n\n"
    "COMPANY DATA:\t\n"
    "COMPANY CONFORMED NAME:\t\t\tBAXTER INTERNATIONAL INC\n"
    "CENTRAL INDEX KEY:\t\t\t0000010456\n"
    "IRS NUMBER:\t\t\t\t360781620\n"
    "STATE OF INCORPORATION:\t\t\tDE\n"
    "FISCAL YEAR END:\t\t\t1231\n\n"
    "BUSINESS ADDRESS:\t\n"
    "STREET 1:\t\tONE BAXTER PKWY\n"
    "CITY:\t\t\tDEERFIELD\n"
    "STATE:\t\t\tIL\n"
    "ZIP:\t\t\t60015\n"
    "BUSINESS PHONE:\t\t8479482000\n"
    "</SEC-HEADER>\n"
)


def test_flush_left_form4_header_reads_issuer_and_owner():
    h = parse_header(_FLUSH_FORM4_HEADER)
    [owner] = h["reporting_owner"]
    assert owner["owner_data"]["company_conformed_name"] == "PARKINSON ROBERT L JR"
    assert owner["mail_address"]["street_1"] == "ONE BAXTER PARKWAY"
    [issuer] = h["issuer"]
    assert issuer["company_data"]["company_conformed_name"] == "BAXTER INTERNATIONAL INC"
    assert issuer["business_address"]["business_phone"] == "8479482000"
    assert "company_data" not in owner


def test_flush_left_form4_registrant_is_the_issuer_under_the_owners_file_number():
    body = ("<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>doc4.xml\n<TEXT>\n<XML>\n"
            "<?xml version=\"1.0\"?>\n<ownershipDocument>\n<documentType>4</documentType>\n"
            "</ownershipDocument>\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    record = parse(_submission(_FLUSH_FORM4_HEADER, body), "form4.txt")
    [registrant] = record["registrants"]
    assert registrant["name"] == "BAXTER INTERNATIONAL INC"
    assert registrant["commission_file_number"] == "001-04448"
    assert registrant["state_of_incorporation"] == "Delaware"


def test_flush_left_schedule_13d_subject_company_and_filer_by():
    header = (
        "ACCESSION NUMBER:\t\t0000950123-97-004567\n"
        "CONFORMED SUBMISSION TYPE:\tSC 13D/A\n"
        "PUBLIC DOCUMENT COUNT:\t\t1\n"
        "FILED AS OF DATE:\t\t19970514\n"
        "SROS:\t\t\tNYSE\n\n"
        "SUBJECT COMPANY:\t\n\n"
        "COMPANY DATA:\t\n"
        "COMPANY CONFORMED NAME:\t\t\tGENERAL HOST CORP\n"
        "CENTRAL INDEX KEY:\t\t\t0000040417\n\n"
        "FILING VALUES:\n"
        "FORM TYPE:\t\tSC 13D/A\n"
        "SEC FILE NUMBER:\t005-10583\n\n"
        "FILED BY:\t\t\n\n"
        "COMPANY DATA:\t\n"
        "COMPANY CONFORMED NAME:\t\t\tGABELLI FUNDS INC\n"
        "CENTRAL INDEX KEY:\t\t\t0000807249\n\n"
        "FILING VALUES:\n"
        "FORM TYPE:\t\tSC 13D/A\n"
    )
    h = parse_header(header)
    assert h["sros"] == "NYSE"
    assert h["subject_company"][0]["company_data"]["company_conformed_name"] == \
        "GENERAL HOST CORP"
    assert h["subject_company"][0]["filing_values"]["sec_file_number"] == "005-10583"
    assert h["filed_by"][0]["company_data"]["company_conformed_name"] == "GABELLI FUNDS INC"
    assert h["filed_by"][0]["filing_values"] == {"form_type": "SC 13D/A"}


def test_spilled_value_in_a_header_with_tabs_expanded_to_spaces():
    # "[6331" + "]\t\tIRS NUMBER:" (2000-era) in a copy whose tabs became spaces
    header = (
        "FILER:\n\n"
        "        COMPANY DATA:\n"
        "                COMPANY CONFORMED NAME:                 BERKSHIRE HATHAWAY INC\n"
        "                CENTRAL INDEX KEY:                      0001067983\n"
        "                STANDARD INDUSTRIAL CLASSIFICATION:      [6331\n"
        "]               IRS NUMBER:                             470813844\n"
        "                STATE OF INCORPORATION:                 DE\n"
    )
    data = parse_header(header)["filer"][0]["company_data"]
    assert data["standard_industrial_classification"] == "[6331]"
    assert data["irs_number"] == "470813844"
    assert data["state_of_incorporation"] == "DE"


def test_parties_and_blocks_flush_left_with_their_fields_one_tab_in():
    # a 2000 Form 4 header re-saved with only its outer indentation lost
    header = (
        "ACCESSION NUMBER:\t\t0001094891-00-000193\n"
        "CONFORMED SUBMISSION TYPE:\t4\n\n"
        "SUBJECT COMPANY:\n\n"
        "COMPANY DATA:\n"
        "\tCOMPANY CONFORMED NAME:\t\t\tPRODUCTIVITY TECHNOLOGIES CORP /\n"
        "\tCENTRAL INDEX KEY:\t\t\t0000911787\n\n"
        "FILING VALUES:\n"
        "\tFORM TYPE:\t\t4\n"
        "\tSEC FILE NUMBER:\t000-24212\n\n"
        "REPORTING-OWNER:\n\n"
        "COMPANY DATA:\n"
        "\tCOMPANY CONFORMED NAME:\t\t\tFOSTER ALAN H\n"
        "\tCENTRAL INDEX KEY:\t\t\t0001050609\n\n"
        "MAIL ADDRESS:\n"
        "\tSTREET 1:\t\t509 MADISON AVE\n"
        "\tCITY:\t\t\tNEW YORK\n"
    )
    h = parse_header(header)
    [subject] = h["subject_company"]
    assert subject["company_data"]["central_index_key"] == "0000911787"
    assert subject["filing_values"]["sec_file_number"] == "000-24212"
    [owner] = h["reporting_owner"]
    assert owner["company_data"]["company_conformed_name"] == "FOSTER ALAN H"
    assert owner["mail_address"] == {"street_1": "509 MADISON AVE", "city": "NEW YORK"}
    assert "company_data" not in h
