"""The form type of a filing with no SGML header, read off its cover (header_fields)."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


_FORM4_2008 = (
    "<SEC-DOCUMENT>0001209191-08-012345.txt : 20080215\n"
    "<SEC-HEADER>0001209191-08-012345.hdr.sgml : 20080215\n"
    "<ACCEPTANCE-DATETIME>20080215173012\n"
    "ACCESSION NUMBER:\t\t0001209191-08-012345\n"
    "CONFORMED SUBMISSION TYPE:\t4\n"
    "PUBLIC DOCUMENT COUNT:\t\t1\n"
    "CONFORMED PERIOD OF REPORT:\t20080213\n"
    "FILED AS OF DATE:\t\t20080215\n"
    "DATE AS OF CHANGE:\t\t20080215\n\n"
    "ISSUER:\t\t\n\n"
    "\tCOMPANY DATA:\t\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tAPPLE INC\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000320193\n"
    "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tELECTRONIC COMPUTERS [3571]\n"
    "\t\tIRS NUMBER:\t\t\t\t942404110\n"
    "\t\tSTATE OF INCORPORATION:\t\t\tCA\n"
    "\t\tFISCAL YEAR END:\t\t\t0930\n\n"
    "\tBUSINESS ADDRESS:\t\n"
    "\t\tSTREET 1:\t\t1 INFINITE LOOP\n"
    "\t\tCITY:\t\t\tCUPERTINO\n"
    "\t\tSTATE:\t\t\tCA\n"
    "\t\tZIP:\t\t\t95014\n"
    "\t\tBUSINESS PHONE:\t\t(408) 996-1010\n\n"
    "REPORTING-OWNER:\t\n\n"
    "\tOWNER DATA:\t\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tJOBS STEVEN P\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0001214156\n\n"
    "\tFILING VALUES:\n"
    "\t\tFORM TYPE:\t\t4\n"
    "\t\tSEC ACT:\t\t1934 Act\n"
    "\t\tSEC FILE NUMBER:\t000-10030\n"
    "\t\tFILM NUMBER:\t\t08623456\n\n"
    "\tMAIL ADDRESS:\t\n"
    "\t\tSTREET 1:\t\t1 INFINITE LOOP\n"
    "\t\tCITY:\t\t\tCUPERTINO\n"
    "\t\tSTATE:\t\t\tCA\n"
    "\t\tZIP:\t\t\t95014\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>doc4.xml\n<DESCRIPTION>FORM 4 SUBMISSION\n"
    "<TEXT>\n<XML>\n<?xml version=\"1.0\"?>\n<ownershipDocument>\n"
    "<schemaVersion>X0202</schemaVersion>\n</ownershipDocument>\n</XML>\n</TEXT>\n"
    "</DOCUMENT>\n</SEC-DOCUMENT>\n"
)


@pytest.mark.parametrize("mark", ["(Amendment No. 1)", "AMENDMENT NO. 1", "  (Amendment No. 2)"])
@pytest.mark.parametrize("after", ["FORM 8-K", "OF THE SECURITIES EXCHANGE ACT OF 1934"])
def test_a_bare_8k_marked_as_an_amendment_under_its_form_line(after: str, mark: str) -> None:
    # sample 001's cover prints "FORM 8-K" over "CURRENT REPORT" and the Act's lines; an
    # amendment adds its number under the form line or under the Act's lines
    lines = SAMPLE_FILES[1].read_text().split("\n")
    k = lines.index(after)
    text = "\n".join([*lines[: k + 1], mark, *lines[k + 1 :]])
    record = parse(text.encode(), "8-K-A.txt")
    assert (record["form_type"], record["is_amendment"]) == ("8-K/A", True)
    assert record["report_date"] == "2000-12-27"


def test_a_bare_schedule_13g_and_its_amendment() -> None:
    # a Schedule 13G's cover as it prints it (the corpus has none): EDGAR's name "SC 13G",
    # "/A" for the amendment numbered under the title
    cover = ("                       UNITED STATES\n"
             "             SECURITIES AND EXCHANGE COMMISSION\n"
             "                   Washington, D.C. 20549\n\n"
             "                        SCHEDULE 13G\n\n"
             "         Under the Securities Exchange Act of 1934\n"
             "                    (Amendment No. 3)*\n\n"
             "                    Acme Widgets, Inc.\n"
             "                     (Name of Issuer)\n\n"
             "                     December 31, 2009\n"
             "     (Date of Event Which Requires Filing of this Statement)\n")
    record = parse(cover.encode(), "13g.txt")
    assert (record["form_type"], record["is_amendment"]) == ("SC 13G/A", True)
    assert record["event_date"] == "2009-12-31"
    lines = cover.split("\n")
    k = lines.index("                    (Amendment No. 3)*")
    original = parse("\n".join(lines[:k] + lines[k + 1 :]).encode(), "13g.txt")
    assert (original["form_type"], original["is_amendment"]) == ("SC 13G", False)


def test_form4_issuer_takes_the_file_number_printed_under_its_reporting_owner() -> None:
    # a 2008 Form 4 header: the ISSUER block has no FILING VALUES; the owner's carry the
    # issuer's Exchange Act file number
    text = _FORM4_2008
    record = parse(text.encode(), "0001209191-08-012345.txt")
    [issuer] = record["registrants"]
    assert (issuer["name"], issuer["cik"]) == ("APPLE INC", "0000320193")
    assert issuer["commission_file_number"] == "000-10030"
    assert "filing_values" not in record["header"]["issuer"][0]  # the header stays as printed


_COVER_1998 = """                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

{title}

                 Pursuant to Section 13 or 15(d) of the
                     Securities Exchange Act of 1934

    Date of Report (Date of earliest event reported): March 3, 1998

                         ACME WIDGET CORPORATION
           (Exact name of registrant as specified in its charter)
"""


@pytest.mark.parametrize(("title", "form"), [
    ("                         AMENDMENT NO. 1 TO FORM 8-K", "8-K/A"),
    ("                              AMENDMENT NO. 1\n"
     "                                    TO\n"
     "                                 FORM 8-K", "8-K/A"),
    ("                             AMENDMENT NO. 2 TO\n\n"
     "                                 FORM 10-K", "10-K/A"),
    ("                                 Form 8-K/A No. 1", "8-K/A"),
    ("                        FORM 8-K (Amendment No. 1)", "8-K/A"),
], ids=["to-form-one-line", "to-on-own-line", "to-ends-line", "no-after-form", "paren-after-form"])
def test_a_bare_cover_naming_its_amendment_on_or_above_the_form_line(title: str,
                                                                      form: str) -> None:
    record = parse(_COVER_1998.format(title=title).encode(), "8-K-A.txt")
    assert (record["form_type"], record["is_amendment"]) == (form, True)


def test_an_html_cover_amendment_to_form_8k() -> None:
    html = ("<html><body><p align=\"center\"><b>UNITED STATES<br>SECURITIES AND EXCHANGE "
            "COMMISSION</b><br>Washington, D.C. 20549</p>"
            "<p align=\"center\"><b>AMENDMENT NO. 1 TO<br>FORM 8-K</b></p>"
            "<p align=\"center\">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the "
            "Securities Exchange Act of 1934</p>"
            "<p>Date of Report (Date of earliest event reported): May 2, 2006</p>"
            "</body></html>")
    record = parse(html.encode(), "d8ka.htm")
    assert (record["form_type"], record["is_amendment"]) == ("8-K/A", True)



_HEADER_2003 = (
    "<SEC-DOCUMENT>0001047469-03-012345.txt : 20030414\n"
    "<SEC-HEADER>0001047469-03-012345.hdr.sgml : 20030414\n"
    "<ACCEPTANCE-DATETIME>20030414163512\n"
    "ACCESSION NUMBER:\t\t0001047469-03-012345\n"
    "CONFORMED SUBMISSION TYPE:\tCORRESP\n"
    "PUBLIC DOCUMENT COUNT:\t\t1\n"
    "FILED AS OF DATE:\t\t20030414\n\n"
    "FILER:\n\n"
    "\tCOMPANY DATA:\t\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tHARBOR BANCORP INC\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000861234\n"
    "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tSTATE COMMERCIAL BANKS [6022]\n"
    "\t\tIRS NUMBER:\t\t\t\t521234567\n"
    "\t\tSTATE OF INCORPORATION:\t\t\tMD\n"
    "\t\tFISCAL YEAR END:\t\t\t1231\n\n"
    "\tFILING VALUES:\n"
    "\t\tFORM TYPE:\t\tCORRESP\n\n"
    "{addresses}"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>CORRESP\n<SEQUENCE>1\n<FILENAME>filename1.txt\n<TEXT>\n"
    "                          HARBOR BANCORP, INC.\n\n"
    "April 14, 2003\n\n"
    "Securities and Exchange Commission\n"
    "Division of Corporation Finance\n"
    "450 Fifth Street, N.W.\n"
    "Washington, D.C. 20549\n\n"
    "Ladies and Gentlemen:\n\n"
    "We respond below to the comments of the staff dated March 31, 2003.\n"
    "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
)
_MAIL_2003 = ("\tMAIL ADDRESS:\t\n"
              "\t\tSTREET 1:\t\t25 W FAYETTE ST\n"
              "\t\tSTREET 2:\t\tSUITE 300\n"
              "\t\tCITY:\t\t\tBALTIMORE\n"
              "\t\tSTATE:\t\t\tMD\n"
              "\t\tZIP:\t\t\t21201\n")


def test_a_business_address_holding_only_the_phone_gives_way_to_the_mail_address() -> None:
    # EDGAR prints a BUSINESS ADDRESS block with nothing but the phone when the filer gave
    # its street only as the mailing address
    text = _HEADER_2003.format(addresses="\tBUSINESS ADDRESS:\t\n"
                                         "\t\tBUSINESS PHONE:\t\t4105550100\n\n" + _MAIL_2003)
    record = parse(text.encode(), "0001047469-03-012345.txt")
    [reg] = record["registrants"]
    assert reg["address"] == {"street": "25 W FAYETTE ST, SUITE 300", "city": "BALTIMORE",
                              "state": "MD", "zip": "21201"}
    assert reg["phone"] == "(410) 555-0100"
    # the header stays as printed
    assert record["header"]["filer"][0]["business_address"] == {"business_phone": "4105550100"}
    # a business address with its street (a foreign filer's, no zip) keeps it over the mail
    # address (often a US agent's)
    text = _HEADER_2003.format(addresses="\tBUSINESS ADDRESS:\t\n"
                                         "\t\tSTREET 1:\t\tCALLE DEL PRADO 12\n"
                                         "\t\tCITY:\t\t\tMADRID\n"
                                         "\t\tSTATE:\t\t\tU3\n"
                                         "\t\tBUSINESS PHONE:\t\t34915550100\n\n" + _MAIL_2003)
    [reg] = parse(text.encode(), "0001047469-03-012345.txt")["registrants"]
    assert reg["address"] == {"street": "CALLE DEL PRADO 12", "city": "MADRID", "state": "Spain",
                              "zip": None}


def test_a_foreign_filers_place_codes_are_spelt_out() -> None:
    # EDGAR codes places outside the US states: "E9" the Cayman Islands, "K3" Hong Kong,
    # "A6" Ontario; a 6-K's cover prints no state of incorporation
    text = (
        "<SEC-DOCUMENT>0001104659-11-012345.txt : 20110301\n"
        "<SEC-HEADER>0001104659-11-012345.hdr.sgml : 20110301\n"
        "<ACCEPTANCE-DATETIME>20110301061512\n"
        "ACCESSION NUMBER:\t\t0001104659-11-012345\n"
        "CONFORMED SUBMISSION TYPE:\t6-K\n"
        "PUBLIC DOCUMENT COUNT:\t\t1\n"
        "CONFORMED PERIOD OF REPORT:\t20110228\n"
        "FILED AS OF DATE:\t\t20110301\n\n"
        "FILER:\n\n"
        "\tCOMPANY DATA:\t\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\tCHINA WIDGET HOLDINGS LTD\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0001412345\n"
        "\t\tIRS NUMBER:\t\t\t\t000000000\n"
        "\t\tSTATE OF INCORPORATION:\t\t\tE9\n"
        "\t\tFISCAL YEAR END:\t\t\t1231\n\n"
        "\tFILING VALUES:\n"
        "\t\tFORM TYPE:\t\t6-K\n"
        "\t\tSEC ACT:\t\t1934 Act\n"
        "\t\tSEC FILE NUMBER:\t001-33765\n"
        "\t\tFILM NUMBER:\t\t11651234\n\n"
        "\tBUSINESS ADDRESS:\t\n"
        "\t\tSTREET 1:\t\t8/F, TOWER 2, TIMES SQUARE\n"
        "\t\tCITY:\t\t\tCAUSEWAY BAY\n"
        "\t\tSTATE:\t\t\tK3\n"
        "\t\tBUSINESS PHONE:\t\t85221234567\n\n"
        "\tMAIL ADDRESS:\t\n"
        "\t\tSTREET 1:\t\t100 KING STREET WEST\n"
        "\t\tCITY:\t\t\tTORONTO\n"
        "\t\tSTATE:\t\t\tA6\n"
        "\t\tZIP:\t\t\tM5X 1A9\n"
        "</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<FILENAME>a11-6789_16k.txt\n<TEXT>\n"
        "                   SECURITIES AND EXCHANGE COMMISSION\n"
        "                        Washington, D.C. 20549\n\n"
        "                               FORM 6-K\n\n"
        "                   REPORT OF FOREIGN PRIVATE ISSUER\n\n"
        "                    For the month of February 2011\n"
        "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    record = parse(text.encode(), "0001104659-11-012345.txt")
    [reg] = record["registrants"]
    assert reg["state_of_incorporation"] == "Cayman Islands"
    assert (reg["address"]["city"], reg["address"]["state"]) == ("CAUSEWAY BAY", "Hong Kong")
    filer = record["header"]["filer"][0]  # the header stays as printed
    assert filer["company_data"]["state_of_incorporation"] == "E9"
    assert filer["business_address"]["state"] == "K3"
    # a business address holding only the phone: the mail address, in Canada
    moved = text.replace("\t\tSTREET 1:\t\t8/F, TOWER 2, TIMES SQUARE\n"
                         "\t\tCITY:\t\t\tCAUSEWAY BAY\n\t\tSTATE:\t\t\tK3\n", "")
    [reg] = parse(moved.encode(), "0001104659-11-012345.txt")["registrants"]
    assert reg["address"] == {"street": "100 KING STREET WEST", "city": "TORONTO",
                              "state": "Ontario", "zip": "M5X 1A9"}


@pytest.mark.parametrize(("conformed", "name"), [
    ("PRODUCTIVITY TECHNOLOGIES CORP /", "PRODUCTIVITY TECHNOLOGIES CORP"),
    ("BERKSHIRE HATHAWAY INC /DE/", "BERKSHIRE HATHAWAY INC"),
    ("HOME HEALTH CORP OF AMERICA INC \\PA\\", "HOME HEALTH CORP OF AMERICA INC"),
    ("COMCAST HOLDINGS CORP/NEW/", "COMCAST HOLDINGS CORP"),
])
def test_a_conformed_names_state_tag_is_no_part_of_the_registrants_name(conformed: str,
                                                                         name: str) -> None:
    # EDGAR tags a conformed name that another company holds too ("/DE/", "/NEW/", a bare
    # "/" in the 2000 Form 4 of the corpus); a Form 4 has no cover to give the name instead
    text = (FILINGS / "4_2000_productivitytechnologi_1.txt").read_text()
    assert "PRODUCTIVITY TECHNOLOGIES CORP /\n" in text
    text = text.replace("PRODUCTIVITY TECHNOLOGIES CORP /\n", conformed + "\n")
    record = parse(text.encode(), "4_2000.txt")
    assert [r["name"] for r in record["registrants"]] == [name]
    assert record["header"]["subject_company"][0]["company_data"][
        "company_conformed_name"] == conformed  # the header as printed


def _cut(text: str, line: str) -> str:
    """The submission as a download cut short just before `line` leaves it."""
    return text[: text.index(line)]


def test_a_header_cut_before_filed_as_of_date_is_filed_the_day_it_was_accepted() -> None:
    # Apple's 8-K of 2024 accepted at 16:30:30, before the 5:30 p.m. cut-off
    text = (FILINGS / "8k_2024_appleinc_1.txt").read_text()
    record = parse(_cut(text, "FILED AS OF DATE:").encode(), "apple.txt")
    assert record["filed_date"] == "2024-02-01"
    assert record["accession_number"] == "0000320193-24-000005"
    # Pericom's 8-K accepted at 18:02:54 on 2005-07-19 was filed as of the next business
    # day; DATE AS OF CHANGE, the day of acceptance, is no filing date
    late = (FILINGS / "8k_2005_pericomsemiconductorco_7.txt").read_text()
    assert "DATE AS OF CHANGE:\t\t20050719" in late
    cut = late.replace("FILED AS OF DATE:\t\t20050720\n", "")
    assert parse(cut.encode(), "pericom.txt")["filed_date"] is None


def test_a_form4_accepted_after_half_past_five_is_filed_that_day() -> None:
    # Forms 3, 4 and 5 accepted by 10 p.m. are filed the same day (Regulation S-T 13(a)(4))
    text = _FORM4_2008.replace("FILED AS OF DATE:\t\t20080215\n", "")
    assert parse(text.encode(), "form4.txt")["filed_date"] == "2008-02-15"
    as_8k = text.replace("SUBMISSION TYPE:\t4\n", "SUBMISSION TYPE:\t8-K\n")
    assert parse(as_8k.encode(), "8k.txt")["filed_date"] is None


def test_a_header_cut_before_its_accession_number_line_keeps_the_sec_document_name() -> None:
    text = (FILINGS / "8k_1994_unioncampcorp_1.txt").read_text()
    record = parse(_cut(text, "ACCESSION NUMBER:").encode(), "cut.txt")
    assert record["accession_number"] == "0000950117-94-000182"
    assert record["filed_date"] is None  # the IMS-DOCUMENT line's date is its release day


_IXBRL_COVER = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:dei="http://xbrl.sec.gov/dei/2023"><head><title>{title}</title></head><body>
<div style="display:none"><ix:header><ix:hidden>
<ix:nonNumeric name="dei:AmendmentFlag" contextRef="c-1" id="f-1">{amended}</ix:nonNumeric>
<ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c-1" id="f-2">0000814547\
</ix:nonNumeric>{hidden}</ix:hidden></ix:header></div>
<p style="text-align:center"><b>UNITED STATES<br/>SECURITIES AND EXCHANGE COMMISSION</b><br/>
Washington, D.C. 20549</p>
<p style="text-align:center;font-size:14pt"><b>{cover}</b></p>
<p style="text-align:center"><b><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="c-1"
 id="f-4">Fair Isaac Corporation</ix:nonNumeric></b><br/>(Exact name of registrant as specified
 in its charter)</p>
</body></html>
"""


@pytest.mark.parametrize(("hidden", "cover", "amended", "form"), [
    ('<ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-3">DEF 14A</ix:nonNumeric>',
     "SCHEDULE 14A", "false", "DEF 14A"),
    ("", 'FORM<br/><ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-3">8-K'
     "</ix:nonNumeric>", "false", "8-K"),
    ("", 'FORM <ix:nonNumeric name="dei:DocumentType" contextRef="c-1" id="f-3">8-K'
     "</ix:nonNumeric> CURRENT REPORT", "true", "8-K/A"),
], ids=["proxy-hidden", "form-over-type", "amendment-flag"])
def test_a_bare_ixbrl_document_is_the_form_its_dei_document_type_names(hidden: str, cover: str,
                                                                        amended: str,
                                                                        form: str) -> None:
    # a header-less iXBRL primary document: the cover's wording names no form on a line of
    # its own ("SCHEDULE 14A", "FORM" over "8-K", "FORM 8-K CURRENT REPORT"); its
    # dei:DocumentType does
    html = _IXBRL_COVER.format(title="fico-20231231", hidden=hidden, cover=cover,
                               amended=amended)
    record = parse(html.encode(), "fico.htm")
    assert record["shape"] == "html"
    assert (record["form_type"], record["is_amendment"]) == (form, form.endswith("/A"))
