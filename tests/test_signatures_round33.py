"""Signature blocks of round 33: a 10-K's starred directors typed surname first, a title
cell typed again under the name, a capacity on the signature line beside an office, an
office over "Director" in the title column, and a 1990s line signed on in underscores."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission

_ACCESSION = "0000950109-97-001234"


def _filing(text: str, form: str) -> bytes:
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 19970325\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 19970325\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t19961231\n"
              "FILED AS OF DATE:\t\t19970325\n</SEC-HEADER>\n")
    return (header + f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str, form: str = "10-K") -> list[dict[str, Any]]:
    return parse(_filing(text, form), "d.txt")["signatures"]


_TEN_K = """                                   FORM 10-K

                            ACME INDUSTRIES, INC.
             (Exact name of registrant as specified in its charter)

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES, AND REPORTS ON FORM 8-K

     (a) Exhibits.  None.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated.

        Signature                      Title                       Date
        ---------                      -----                       ----

/s/ John A. Smith              Chairman of the Board and      March 25, 1997
-----------------------        Chief Executive Officer
John A. Smith                  (Principal Executive Officer)

/s/ Mary B. Jones              Vice President and Chief       March 25, 1997
-----------------------        Financial Officer
Mary B. Jones                  Director

SMITH, BARNEY*                 Director                       March 25, 1997

DOE, JANE A.*                  Director                       March 25, 1997

*By: /s/ Jane Doe              Attorney-in-fact               March 25, 1997
     ------------------------
     Jane Doe
     Attorney-in-fact
"""


def test_starred_directors_typed_surname_first_are_signers() -> None:
    signers = _signers(_TEN_K)
    assert [(s["name"], s["title"]) for s in signers[2:4]] == [
        ("SMITH, BARNEY", "Director"), ("DOE, JANE A.", "Director")]
    assert all(s["registrant"] == "ACME INDUSTRIES, INC." and s["date"] == "1997-03-25"
               for s in signers)


def test_title_cell_typed_again_under_the_name_is_said_once() -> None:
    signers = _signers(_TEN_K)
    assert (signers[-1]["name"], signers[-1]["title"]) == ("Jane Doe", "Attorney-in-fact")


def test_office_over_director_in_the_title_column_are_two_titles() -> None:
    signers = _signers(_TEN_K)
    assert (signers[1]["name"], signers[1]["title"]) == (
        "Mary B. Jones", "Vice President and Chief Financial Officer, Director")


def test_capacity_on_the_signature_line_beside_an_office() -> None:
    text = _TEN_K.replace(
        "*By: /s/ Jane Doe              Attorney-in-fact               March 25, 1997",
        "/s/ Jane Doe, as attorney-in-fact  Director                   March 25, 1997",
    ).replace("     Attorney-in-fact\n", "")
    signers = _signers(text)
    assert (signers[-1]["name"], signers[-1]["title"]) == (
        "Jane Doe", "attorney-in-fact, Director")


_EIGHT_K = """                                    FORM 8-K

                           HARBOR FEDERAL BANCORP, INC.
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events.

     On March 3, 1997, the Company announced a quarterly dividend.

                                   SIGNATURE

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                        HARBOR FEDERAL BANCORP, INC.


Dated: March 5, 1997                    By___/s/ Robert L. Nardelli_________
                                            Robert L. Nardelli
                                            Senior Vice President and
                                            Chief Financial Officer
"""


def test_underscores_of_the_line_signed_on_are_no_part_of_the_name() -> None:
    assert _signers(_EIGHT_K, "8-K") == [
        {"registrant": "HARBOR FEDERAL BANCORP, INC.", "name": "Robert L. Nardelli",
         "title": "Senior Vice President and Chief Financial Officer", "date": "1997-03-05"}]


def test_chairman_of_the_board_over_director_are_two_titles() -> None:
    text = _TEN_K.replace("Board and      March", "Board          March").replace(
        "        Chief Executive Officer\n", "        Director\n").replace(
        "John A. Smith                  (Principal Executive Officer)", "John A. Smith")
    signers = _signers(text)
    assert (signers[0]["name"], signers[0]["title"]) == (
        "John A. Smith", "Chairman of the Board, Director")


def test_a_long_name_typed_twice_in_one_cell_is_said_once() -> None:
    # a 2008 HTML 8-K: the signature and the name typed under it in one cell, run together
    # once rendered; a seven-word name (the search for a name typed twice stopped at six)
    html = ("<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events.</p><p>The Company "
            "announced a dividend.</p><p align=center>SIGNATURES</p><p>Pursuant to the "
            "requirements of the Securities Exchange Act of 1934, the registrant has duly "
            "caused this report to be signed on its behalf by the undersigned hereunto duly "
            "authorized.</p><table><tr><td>GULF ENERGY HOLDINGS, INC.</td></tr>"
            "<tr><td>/s/ Hamad bin Jassim bin Jaber Al Thani<br>Hamad bin Jassim bin Jaber "
            "Al Thani<br>Chairman</td></tr></table></body></html>")
    record = parse(submission(html), "x.txt")
    assert [(s["name"], s["title"]) for s in record["signatures"]] == [
        ("Hamad bin Jassim bin Jaber Al Thani", "Chairman")]
