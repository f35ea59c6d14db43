"""Signature blocks of round 39: a "Date:" row of its own between signers of a 10-Q dates the
signer it belongs to (the one above when that has no date yet, else the next one), also in
an HTML table that drops its empty rows."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import filer_submission


def _filing(text: str, form: str, names: tuple[str, ...], html: bool = False) -> bytes:
    return filer_submission(text, form, names, accession="0001193125-15-081234", filed="20150506",
                            period="20150331", cik_stem="000091234", html=html)


def _signers(text: str, form: str = "10-Q", names: tuple[str, ...] = ("KESTREL FOODS INC",),
             html: bool = False) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(_filing(text, form, names, html), "d.txt")["signatures"]]


_PREAMBLE = """                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned thereunto duly authorized.

"""

_HTML_PREAMBLE = (
    "<p align=center><b>SIGNATURES</b></p><p>Pursuant to the requirements of the Securities "
    "Exchange Act of 1934, the registrant has duly caused this report to be signed on its "
    "behalf by the undersigned thereunto duly authorized.</p>")


def test_date_rows_over_each_signer() -> None:
    text = _PREAMBLE + """KESTREL FOODS, INC.

Date: May 5, 2015
By: /s/ Thomas J. Albright
Thomas J. Albright
President and Chief Executive Officer

Date: May 6, 2015
By: /s/ Linda M. Carver
Linda M. Carver
Chief Financial Officer
"""
    assert _signers(text) == [
        ("KESTREL FOODS, INC.", "Thomas J. Albright", "President and Chief Executive Officer",
         "2015-05-05"),
        ("KESTREL FOODS, INC.", "Linda M. Carver", "Chief Financial Officer", "2015-05-06")]


def test_date_rows_under_each_signer_after_a_blank_line() -> None:
    text = _PREAMBLE + """                                   KESTREL FOODS, INC.

                                   By: /s/ Thomas J. Albright
                                       Thomas J. Albright
                                       President and Chief Executive Officer

                                   Date: May 5, 2015

                                   By: /s/ Linda M. Carver
                                       Linda M. Carver
                                       Chief Financial Officer

                                   Date: May 6, 2015
"""
    assert _signers(text) == [
        ("KESTREL FOODS, INC.", "Thomas J. Albright", "President and Chief Executive Officer",
         "2015-05-05"),
        ("KESTREL FOODS, INC.", "Linda M. Carver", "Chief Financial Officer", "2015-05-06")]


def test_html_date_rows_over_each_signer() -> None:
    # paragraphs, and a table whose empty spacer row the renderer drops (the second "Date:"
    # row then follows the first signer's title with no blank line)
    paragraphs = _HTML_PREAMBLE + (
        "<p>KESTREL FOODS, INC.</p><p>Date: May 5, 2015</p><p>By: /s/ Thomas J. Albright</p>"
        "<p>Thomas J. Albright</p><p>President and Chief Executive Officer</p><p>&nbsp;</p>"
        "<p>Date: May 6, 2015</p><p>By: /s/ Linda M. Carver</p><p>Linda M. Carver</p>"
        "<p>Chief Financial Officer</p>")
    table = _HTML_PREAMBLE + (
        "<p>KESTREL FOODS, INC.</p><table><tr><td>Date:</td><td>May 5, 2015</td></tr>"
        "<tr><td>By:</td><td>/s/ Thomas J. Albright</td></tr>"
        "<tr><td></td><td>Thomas J. Albright</td></tr>"
        "<tr><td></td><td>President and Chief Executive Officer</td></tr>"
        "<tr><td>&nbsp;</td><td>&nbsp;</td></tr>"
        "<tr><td>Date:</td><td>May 6, 2015</td></tr>"
        "<tr><td>By:</td><td>/s/ Linda M. Carver</td></tr>"
        "<tr><td></td><td>Linda M. Carver</td></tr>"
        "<tr><td></td><td>Chief Financial Officer</td></tr></table>")
    expected = [
        ("KESTREL FOODS, INC.", "Thomas J. Albright", "President and Chief Executive Officer",
         "2015-05-05"),
        ("KESTREL FOODS, INC.", "Linda M. Carver", "Chief Financial Officer", "2015-05-06")]
    assert _signers(paragraphs, html=True) == expected
    assert _signers(table, html=True) == expected
    # the date typed under each signer's title (its first signer has no date over it): not
    # moved to the next signer
    under = _HTML_PREAMBLE + (
        "<table><tr><td></td><td>KESTREL FOODS, INC.</td></tr>"
        "<tr><td>By:</td><td>/s/ Thomas J. Albright</td></tr>"
        "<tr><td></td><td>Thomas J. Albright</td></tr>"
        "<tr><td></td><td>President and Chief Executive Officer</td></tr>"
        "<tr><td>Date:</td><td>May 5, 2015</td></tr>"
        "<tr><td>By:</td><td>/s/ Linda M. Carver</td></tr>"
        "<tr><td></td><td>Linda M. Carver</td></tr>"
        "<tr><td></td><td>Chief Financial Officer</td></tr>"
        "<tr><td>Date:</td><td>May 6, 2015</td></tr></table>")
    assert _signers(under, html=True) == expected


def test_registrant_caption_before_the_name() -> None:
    # a fund's N-CSR / N-Q: "(Registrant)  Kestrel Funds Trust", "By (Signature and Title)*"
    text = """                                  SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934 and the
Investment Company Act of 1940, the registrant has duly caused this report to
be signed on its behalf by the undersigned, thereunto duly authorized.

(Registrant)  Kestrel Funds Trust
             ------------------------------------------------------------------

By (Signature and Title)*  /s/ Thomas J. Albright
                         ------------------------------------------------------
                           Thomas J. Albright, President
                           (principal executive officer)

Date  May 28, 2015
    ---------------------------------------------------------------------------

* Print the name and title of each signing officer under his or her signature.
"""
    expected = [("Kestrel Funds Trust", "Thomas J. Albright",
                 "President (principal executive officer)", "2015-05-28")]
    assert _signers(text, "N-CSR", ("KESTREL FUNDS TRUST",)) == expected
    html = ("<p align=center>SIGNATURES</p><p>Pursuant to the requirements of the Securities "
            "Exchange Act of 1934 and the Investment Company Act of 1940, the registrant has "
            "duly caused this report to be signed on its behalf by the undersigned, thereunto "
            "duly authorized.</p><table><tr><td>(Registrant)</td><td>Kestrel Funds Trust</td>"
            "</tr><tr><td>By (Signature and Title)*</td><td>/s/ Thomas J. Albright</td></tr>"
            "<tr><td></td><td>Thomas J. Albright, President<br>(principal executive officer)"
            "</td></tr><tr><td>Date</td><td>May 28, 2015</td></tr></table>")
    assert _signers(html, "N-CSR", ("KESTREL FUNDS TRUST",), html=True) == expected


def test_registrant_caption_in_a_row_of_captions() -> None:
    # "(Registrant)" leading a row of captions under the names: no name after it ("(Date)",
    # "(Guarantor)", a file number), the name above is the registrant's
    name_and_date = _PREAMBLE + """KESTREL FOODS, INC.                          May 6, 2015
(Registrant)                                 {caption}

By: /s/ Thomas J. Albright
    Thomas J. Albright
    President
"""
    expected = [("KESTREL FOODS, INC.", "Thomas J. Albright", "President", "2015-05-06")]
    for caption in ("(Date)", "(Issuer)", "(Co-Registrant)", "(Depositor)",
                    "Commission File No. 1-1234", "(Name of Registrant)"):
        assert _signers(name_and_date.format(caption=caption), "10-K") == expected, caption
    guarantor = _PREAMBLE + """KESTREL FOODS, INC.
(Registrant)   (Guarantor)

By: /s/ Thomas J. Albright
    Thomas J. Albright
    President
"""
    assert _signers(guarantor) == [("KESTREL FOODS, INC.", "Thomas J. Albright", "President",
                                     None)]
    # two registrants side by side, each captioned: each signer signs for the one over it
    joint = _PREAMBLE + """KESTREL FOODS, INC.                      KESTREL HOLDINGS LLC
(Registrant)                             (Registrant)

By: /s/ Thomas J. Albright               By: /s/ Linda M. Carver
    Thomas J. Albright                       Linda M. Carver
    President                                Manager

Date: May 6, 2015
"""
    assert _signers(joint, names=("KESTREL FOODS INC", "KESTREL HOLDINGS LLC")) == [
        ("KESTREL FOODS, INC.", "Thomas J. Albright", "President", "2015-05-06"),
        ("KESTREL HOLDINGS LLC", "Linda M. Carver", "Manager", "2015-05-06")]


def test_date_rows_over_directors_under_an_undated_registrant_signer() -> None:
    # the registrant's signer has no date; the directors' "Date:" rows are typed over each
    # "By:" (a sentence between): not the registrant's signer's, each the director's below
    text = _PREAMBLE + """                                   KESTREL FOODS, INC.

                                   By: /s/ Thomas J. Albright
                                       Thomas J. Albright
                                       President

     Pursuant to the requirements of the Securities Exchange Act of 1934, this
report has been signed below by the following persons on behalf of the
registrant and in the capacities and on the dates indicated.

Date: March 16, 2015
By: /s/ Linda M. Carver
Linda M. Carver, Director

Date: March 17, 2015
By: /s/ Paul Green
Paul Green, Director
"""
    assert _signers(text, "10-K") == [
        ("KESTREL FOODS, INC.", "Thomas J. Albright", "President", "2015-03-16"),
        ("KESTREL FOODS, INC.", "Linda M. Carver", "Director", "2015-03-16"),
        ("KESTREL FOODS, INC.", "Paul Green", "Director", "2015-03-17")]


def test_date_row_over_the_second_signer_of_a_dated_block() -> None:
    # the first signer is dated by the "Dated:" beside the company's name; the "Date:" row
    # typed over the second signer's "By:" is the second one's
    text = _PREAMBLE + """Dated: May 5, 2015                 KESTREL FOODS, INC.

                                   By: /s/ Thomas J. Albright
                                   Thomas J. Albright
                                   President

Date: May 7, 2015
                                   By: /s/ Linda M. Carver
                                   Linda M. Carver
                                   Chief Financial Officer
"""
    assert _signers(text) == [
        ("KESTREL FOODS, INC.", "Thomas J. Albright", "President", "2015-05-05"),
        ("KESTREL FOODS, INC.", "Linda M. Carver", "Chief Financial Officer", "2015-05-07")]
