"""The form type of a filing with no SGML header, read off its cover (header_fields)."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


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
    text = (
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

