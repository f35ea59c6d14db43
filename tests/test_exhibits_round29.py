"""Exhibit lists, round 29: a report with no items (a 6-K) listing its exhibits under a bare
"EXHIBITS" heading."""

from __future__ import annotations

from filing2json.parsers import parse
from support import submission, validate

_6K = (
    "                                   FORM 6-K\n\n"
    "                       SECURITIES AND EXCHANGE COMMISSION\n"
    "                             Washington, D.C. 20549\n\n"
    "                        Report of Foreign Private Issuer\n"
    "                      Pursuant to Rule 13a-16 or 15d-16 of\n"
    "                      the Securities Exchange Act of 1934\n\n"
    "                         For the month of November 2003\n\n"
    "                              ACME INDUSTRIES PLC\n"
    "                 (Translation of registrant's name into English)\n\n"
    "     Indicate by check mark whether the registrant files or will file annual\n"
    "reports under cover Form 20-F or Form 40-F.\n\n"
    "                    Form 20-F   X               Form 40-F\n"
    "                              -----                      -----\n\n"
    "{exhibits}\n"
    "                                   SIGNATURE\n\n"
    "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
    "registrant has duly caused this report to be signed on its behalf by the\n"
    "undersigned, thereunto duly authorized.\n\n"
    "                                        ACME INDUSTRIES PLC\n\n"
    "Date: November 5, 2003                  By: /s/ John Smith\n"
    "                                            ----------------------\n"
    "                                            Name:  John Smith\n"
    "                                            Title: Company Secretary\n")


def _six_k(main: str, *documents: tuple[str, str]) -> list[tuple]:
    data = submission(main, *documents, accession="0001193125-03-071234", filed="20031105")
    data = data.replace(b"8-K", b"6-K")
    record = validate(parse(data, "acme-6k.txt"))
    assert record["form_type"] == "6-K"
    return [(e["number"], e["description"], e["document"]) for e in record["exhibits"]]


def test_a_6k_lists_its_exhibits_under_a_bare_heading() -> None:
    # a 6-K has no items: its list under "EXHIBITS" (no "EXHIBIT INDEX") is still its list
    main = _6K.format(exhibits=(
        "                                    EXHIBITS\n\n"
        "Exhibit 1     Press release dated November 4, 2003, announcing third quarter\n"
        "              results.\n"
        "Exhibit 2     Press release dated November 5, 2003, announcing the appointment\n"
        "              of a new Chief Financial Officer.\n"))
    assert _six_k(main, ("EX-1", "ACME INDUSTRIES PLC\n\nTHIRD QUARTER RESULTS\n"),
                  ("EX-2", "ACME INDUSTRIES PLC\n\nBOARD CHANGE\n")) == [
        ("1", "Press release dated November 4, 2003, announcing third quarter results.", 2),
        ("2", "Press release dated November 5, 2003, announcing the appointment of a new "
              "Chief Financial Officer.", 3)]


def test_a_6k_in_html_lists_its_exhibits_under_a_bare_heading() -> None:
    main = (
        "<html><body><p style='text-align:center'><b>FORM 6-K</b></p>"
        "<p style='text-align:center'>REPORT OF FOREIGN PRIVATE ISSUER<br>PURSUANT TO RULE "
        "13a-16 OR 15d-16<br>UNDER THE SECURITIES EXCHANGE ACT OF 1934</p>"
        "<p>For the month of March 2015</p><p>Commission File Number: 001-12345</p>"
        "<p style='text-align:center'><b>ACME PLC</b></p>"
        "<p>(Translation of registrant's name into English)</p>"
        "<p style='text-align:center'><b>EXHIBITS</b></p>"
        "<table><tr><td>Exhibit No.</td><td>Description</td></tr>"
        "<tr><td>99.1</td><td>Press release dated March 3, 2015</td></tr>"
        "<tr><td>99.2</td><td>Annual Report for the year ended December 31, 2014</td></tr>"
        "</table>"
        "<p style='text-align:center'><b>SIGNATURES</b></p><p>Pursuant to the requirements "
        "of the Securities Exchange Act of 1934, the registrant has duly caused this report "
        "to be signed on its behalf by the undersigned, thereunto duly authorized.</p>"
        "<p>ACME PLC</p><p>Date: March 3, 2015</p><p>By: /s/ John Smith</p>"
        "<p>Name: John Smith<br>Title: Company Secretary</p></body></html>")
    assert _six_k(main, ("EX-99.1", "<html><body><p>Exhibit 99.1</p></body></html>"),
                  ("EX-99.2", "<html><body><p>ANNUAL REPORT 2014</p></body></html>")) == [
        ("99.1", "Press release dated March 3, 2015", 2),
        ("99.2", "Annual Report for the year ended December 31, 2014", 3)]
