"""Signature blocks of round 34: a combined filing's registrants named one over the other over
one signer, a registrant's name going on with "OF ..." on the next line, and an office over
"Director" in one HTML title cell."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse

_ACCESSION = "0001193125-08-047321"


def _filing(text: str, form: str, filers: tuple[str, ...]) -> bytes:
    companies = "".join(
        f"FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n"
        f"\t\tCENTRAL INDEX KEY:\t\t\t{cik:010d}\n\n" for name, cik in zip(
            filers, (1047862, 23632, 1032208), strict=False))
    header = (f"<SEC-DOCUMENT>{_ACCESSION}.txt : 20080305\n"
              f"<SEC-HEADER>{_ACCESSION}.hdr.sgml : 20080305\n"
              f"ACCESSION NUMBER:\t\t{_ACCESSION}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t20080303\n"
              f"FILED AS OF DATE:\t\t20080305\n{companies}</SEC-HEADER>\n")
    return (header + f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str, form: str = "8-K", filers: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    return parse(_filing(text, form, filers), "d.txt")["signatures"]


_COMBINED = """                                    FORM 8-K

Item 8.01  Other Events.

     On March 3, 2008, the Companies announced the pricing of debentures.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrants have duly caused this report to be signed on their behalf by the
undersigned hereunto duly authorized.

                                        CONSOLIDATED EDISON, INC.
                                        CONSOLIDATED EDISON COMPANY
                                        OF NEW YORK, INC.

                                        By: /s/ Robert Muccilo
                                            Robert Muccilo
                                            Vice President and Controller

Date: March 5, 2008
"""

_CON_ED = ("CONSOLIDATED EDISON INC", "CONSOLIDATED EDISON CO OF NEW YORK INC")


def test_a_registrant_name_going_on_with_of_on_the_next_line() -> None:
    signers = _signers(_COMBINED.replace("CONSOLIDATED EDISON, INC.\n", ""),
                       filers=_CON_ED[1:])
    assert signers == [{"registrant": "CONSOLIDATED EDISON COMPANY OF NEW YORK, INC.",
                        "name": "Robert Muccilo", "title": "Vice President and Controller",
                        "date": "2008-03-05"}]


def test_registrants_named_one_over_the_other_each_signed_for() -> None:
    signers = _signers(_COMBINED, filers=_CON_ED)
    assert [s["registrant"] for s in signers] == [
        "CONSOLIDATED EDISON, INC.", "CONSOLIDATED EDISON COMPANY OF NEW YORK, INC."]
    assert {(s["name"], s["title"], s["date"]) for s in signers} == {
        ("Robert Muccilo", "Vice President and Controller", "2008-03-05")}


_CAPTIONED = """                                    FORM 8-K

Item 8.01  Other Events.

     On March 3, 2008, the Companies announced a quarterly dividend.

                                   SIGNATURE

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrants have duly caused this report to be signed on their behalf by the
undersigned hereunto duly authorized.

                     PUBLIC SERVICE ENTERPRISE GROUP INCORPORATED
                     --------------------------------------------
                                     (Registrant)

                     PUBLIC SERVICE ELECTRIC AND GAS COMPANY
                     ---------------------------------------
                                     (Registrant)

                     By:          /s/ DEREK M. DIRISIO
                         ---------------------------------------
                                    DEREK M. DIRISIO
                                    Vice President and Controller
                                  (Principal Accounting Officer)

Date: March 5, 2008
"""


def test_registrants_captioned_one_over_the_other_each_signed_for() -> None:
    signers = _signers(_CAPTIONED, filers=("PUBLIC SERVICE ENTERPRISE GROUP INC",
                                           "PUBLIC SERVICE ELECTRIC & GAS CO"))
    assert [(s["registrant"], s["name"]) for s in signers] == [
        ("PUBLIC SERVICE ENTERPRISE GROUP INCORPORATED", "DEREK M. DIRISIO"),
        ("PUBLIC SERVICE ELECTRIC AND GAS COMPANY", "DEREK M. DIRISIO")]
    assert signers[1]["title"] == "Vice President and Controller (Principal Accounting Officer)"


def test_a_parent_over_its_subsidiary_in_a_one_filer_8k_is_not_stacked() -> None:
    # the header names one filer: the line over the last is no second registrant
    signers = _signers(_COMBINED, filers=_CON_ED[1:])
    assert [s["registrant"] for s in signers] == [
        "CONSOLIDATED EDISON COMPANY OF NEW YORK, INC."]


_HTML_10K = """<html><body>
<p style="text-align:center">FORM 10-K</p>
<p style="text-align:center">NORTHFIELD PRECISION INSTRUMENT CORP.</p>
<p>Item 16. Form 10-K Summary</p><p>None.</p>
<p style="text-align:center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and on
the dates indicated.</p>
<table>
<tr><td><p><b>Signature</b></p></td><td><p><b>Title</b></p></td><td><p><b>Date</b></p></td></tr>
<tr><td><p>/s/ Robert T. Lee</p></td><td><p>Chief Financial Officer</p><p>Director</p></td>
<td><p>February 24, 2022</p></td></tr>
<tr><td><p>Robert T. Lee</p></td><td></td><td></td></tr>
<tr><td><p>/s/ Linda K. Chu</p></td><td><p>Treasurer</p><p>Director</p></td>
<td><p>February 24, 2022</p></td></tr>
<tr><td><p>Linda K. Chu</p></td><td></td><td></td></tr>
</table>
<table>
<tr><td>*By:</td><td><p>/s/ Robert T. Lee</p></td><td></td></tr>
<tr><td></td><td><p>Robert T. Lee</p><p>Attorney-in-Fact</p><p>Director</p></td><td></td></tr>
</table>
</body></html>"""


def test_an_office_over_director_in_an_html_title_cell_are_two_titles() -> None:
    signers = _signers(_HTML_10K, "10-K", ("NORTHFIELD PRECISION INSTRUMENT CORP",))
    assert [(s["name"], s["title"]) for s in signers] == [
        ("Robert T. Lee", "Chief Financial Officer, Director"),
        ("Linda K. Chu", "Treasurer, Director"),
        ("Robert T. Lee", "Attorney-in-Fact, Director")]


_TEN_K = """                                    FORM 10-K

Item 15.  Exhibits and Financial Statement Schedules.

     The exhibits are listed in the Exhibit Index.

                                   SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, each registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

"""
_BANCORP = ("FIRST KEYSTONE HOLDINGS INC", "FIRST KEYSTONE BANK")


def test_a_running_head_over_the_next_registrant_is_not_stacked() -> None:
    # the page's head repeats the registrant that signed on the page before
    text = _TEN_K + """                                        FIRST KEYSTONE HOLDINGS, INC.

                                        By: /s/ Thomas M. Kelly
                                            Thomas M. Kelly
                                            President and Chief Executive Officer
Date: March 28, 2008

                                        -87-
<PAGE>
FIRST KEYSTONE HOLDINGS, INC.
                                        FIRST KEYSTONE BANK

                                        By: /s/ Diane C. Rossi
                                            Diane C. Rossi
                                            Executive Vice President
Date: March 28, 2008
"""
    signers = _signers(text, "10-K", _BANCORP)
    assert [(s["registrant"], s["name"]) for s in signers] == [
        ("FIRST KEYSTONE HOLDINGS, INC.", "Thomas M. Kelly"),
        ("FIRST KEYSTONE BANK", "Diane C. Rossi")]


_BANK_SIGNS = """                                        FIRST KEYSTONE BANK

                                        By: /s/ Diane C. Rossi
                                            Diane C. Rossi
                                            Executive Vice President
Date: March 28, 2008
"""


@pytest.mark.parametrize("between", [
    "\n                                        ______________________________\n",  # left blank
    "\n                                                 -87-\n\n",  # a page number
], ids=["blank signature line", "page number"])
def test_what_parts_two_registrants_stops_the_stacking(between: str) -> None:
    text = _TEN_K + "                                        FIRST KEYSTONE HOLDINGS, INC.\n" + (
        between + _BANK_SIGNS)
    signers = _signers(text, "10-K", _BANCORP)
    assert [(s["registrant"], s["name"]) for s in signers] == [
        ("FIRST KEYSTONE BANK", "Diane C. Rossi")]


def test_registrants_one_over_another_over_signers_side_by_side_are_not_stacked() -> None:
    text = _TEN_K + """          FIRST KEYSTONE HOLDINGS, INC.
          FIRST KEYSTONE BANK

          By: /s/ Thomas M. Kelly               By: /s/ Diane C. Rossi
              Thomas M. Kelly                       Diane C. Rossi
              President and Chief                   Executive Vice President
              Executive Officer

Date: March 28, 2008
"""
    signers = _signers(text, "10-K", _BANCORP)
    # each signer once (not each under both registrants)
    assert [(s["name"], s["title"]) for s in signers] == [
        ("Thomas M. Kelly", "President and Chief Executive Officer"),
        ("Diane C. Rossi", "Executive Vice President")]
