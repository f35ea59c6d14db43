"""Signature blocks of round 38: a signature of one word over the name typed in full, family
name first ("/s/ KIM" over "Kim Jin-il"); a name signed between two slashes ("/John A. Smith/");
two registrants of a combined filing joined by "AND" over one signer."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import filer_submission


def _filing(text: str, form: str, names: tuple[str, ...], html: bool = False) -> bytes:
    return filer_submission(text, form, names, accession="0001193125-15-076543", filed="20150303",
                            period="20150303", cik_stem="000088712", html=html)


def _signers(text: str, form: str = "6-K", names: tuple[str, ...] = ("POSCO",),
             html: bool = False) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(_filing(text, form, names, html), "d.txt")["signatures"]]


_PREAMBLE = """                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

"""


def test_one_word_signature_over_the_name_typed_family_name_first() -> None:
    # a Korean issuer's 6-K: the signature is the family name alone; the name typed under it
    # (after "Name:" or bare) is the signer's, not a title line
    labelled = _PREAMBLE + """                                        POSCO

Date: March 3, 2015                     By: /s/ KIM
                                            --------------------------
                                            Name: Kim Jin-il
                                            Title: Senior Vice President
"""
    bare = labelled.replace("Name: ", "").replace("Title: ", "")
    expected = [("POSCO", "Kim Jin-il", "Senior Vice President", "2015-03-03")]
    assert _signers(labelled) == expected
    assert _signers(bare) == expected


def test_one_word_signature_in_html_cells() -> None:
    text = ("<p align=center><b>SIGNATURES</b></p><p>Pursuant to the requirements of the "
            "Securities Exchange Act of 1934, the registrant has duly caused this report to be "
            "signed on its behalf by the undersigned, thereunto duly authorized.</p>"
            "<table><tr><td></td><td>POSCO</td></tr><tr><td></td><td>(Registrant)</td></tr>"
            "<tr><td>Date: March 3, 2015</td><td>By: /s/ KIM</td></tr>"
            "<tr><td></td><td>Name: Kim Jin-il</td></tr>"
            "<tr><td></td><td>Title: Senior Vice President</td></tr></table>")
    assert _signers(text, html=True) == [
        ("POSCO", "Kim Jin-il", "Senior Vice President", "2015-03-03")]


_TEN_K = """                                  SIGNATURES

     Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act
of 1934, the registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        OSBORNE MILLS, INC.

Date: March 24, 2015                    By: /Richard T. Osborne/
                                            --------------------------
                                            Richard T. Osborne
                                            Chairman of the Board

     Pursuant to the requirements of the Securities Exchange Act of 1934, this report has
been signed below by the following persons on behalf of the registrant and in the
capacities and on the dates indicated.

        Signature                         Title                      Date
        ---------                         -----                      ----

/Richard T. Osborne/              Chairman of the Board         March 24, 2015
- -----------------------------
Richard T. Osborne

/ Ellen K. Voss /                 Chief Financial Officer       March 24, 2015
- -----------------------------
Ellen K. Voss
"""


def test_name_signed_between_two_slashes() -> None:
    # "/John A. Smith/": the slashes mark the signature, in a "By:" line and in a 10-K's
    # table with no "By:"; they are no part of the name
    assert _signers(_TEN_K, "10-K", ("OSBORNE MILLS INC",)) == [
        ("OSBORNE MILLS, INC.", "Richard T. Osborne", "Chairman of the Board", "2015-03-24"),
        ("OSBORNE MILLS, INC.", "Richard T. Osborne", "Chairman of the Board", "2015-03-24"),
        ("OSBORNE MILLS, INC.", "Ellen K. Voss", "Chief Financial Officer", "2015-03-24"),
    ]


def test_closing_slash_after_a_marked_name() -> None:
    text = _PREAMBLE + """                                        OSBORNE MILLS, INC.

Date: March 3, 2015                     By: /s/ Jane Doe/
                                            Jane Doe
                                            Vice President/
                                            Chief Financial Officer
"""
    # (a title broken at a slash keeps it)
    assert _signers(text, "8-K", ("OSBORNE MILLS INC",)) == [
        ("OSBORNE MILLS, INC.", "Jane Doe", "Vice President/Chief Financial Officer",
         "2015-03-03")]


_BANKS = ("FIRST KEYSTONE CORP", "FIRST KEYSTONE NATIONAL BANK")


def test_two_registrants_joined_by_and_over_one_signer() -> None:
    # a holding company and its bank filing one 8-K: the second name on the line under the
    # first, opened by "AND"; each is a registrant the signer signs for, as printed
    text = _PREAMBLE + """                                   FIRST KEYSTONE CORPORATION
                                   AND FIRST KEYSTONE NATIONAL BANK

Date: March 3, 2015                By: /s/ J. Gerald Bazewicz
                                       ------------------------------
                                       J. Gerald Bazewicz
                                       President and Chief Executive Officer
"""
    signer = ("J. Gerald Bazewicz", "President and Chief Executive Officer", "2015-03-03")
    assert _signers(text, "8-K", _BANKS) == [
        ("FIRST KEYSTONE CORPORATION", *signer), ("FIRST KEYSTONE NATIONAL BANK", *signer)]
    # a name broken before its own "AND" stays one registrant: its parts are no two filers
    text = text.replace("FIRST KEYSTONE CORPORATION", "AMERICAN TELEPHONE").replace(
        "AND FIRST KEYSTONE NATIONAL BANK", "AND TELEGRAPH COMPANY")
    assert _signers(text, "8-K", ("AMERICAN TELEPHONE & TELEGRAPH CO", "AT&T CAPITAL CORP")) == [
        ("AMERICAN TELEPHONE AND TELEGRAPH COMPANY", *signer)]


def test_two_registrants_in_html_keep_their_printed_names() -> None:
    # (the header's shorter "FIRST KEYSTONE CORP" does not cut the printed name)
    text = ("<p align=center><b>SIGNATURES</b></p><p>Pursuant to the requirements of the "
            "Securities Exchange Act of 1934, the registrant has duly caused this report to be "
            "signed on its behalf by the undersigned, thereunto duly authorized.</p><table>"
            "<tr><td></td><td>FIRST KEYSTONE CORPORATION</td></tr>"
            "<tr><td></td><td>AND FIRST KEYSTONE NATIONAL BANK</td></tr>"
            "<tr><td>Date: March 3, 2015</td><td>By: /s/ J. Gerald Bazewicz</td></tr>"
            "<tr><td></td><td>J. Gerald Bazewicz</td></tr>"
            "<tr><td></td><td>President</td></tr></table>")
    signer = ("J. Gerald Bazewicz", "President", "2015-03-03")
    assert _signers(text, "8-K", _BANKS, html=True) == [
        ("FIRST KEYSTONE CORPORATION", *signer), ("FIRST KEYSTONE NATIONAL BANK", *signer)]


def test_one_word_signature_in_a_directors_table() -> None:
    # the title read beside the signature first, the name typed in full under it
    text = """                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, this report has
been signed below by the following persons on behalf of the registrant and in the
capacities and on the dates indicated.

        Signature                         Title                      Date
        ---------                         -----                      ----

/s/ Richard T. Osborne            Chairman of the Board         March 24, 2015
- -----------------------------
Richard T. Osborne

/s/ KIM                           Director                      March 24, 2015
- -----------------------------
Kim Sung-ho
"""
    assert _signers(text, "10-K", ("OSBORNE MILLS INC",)) == [
        ("OSBORNE MILLS INC", "Richard T. Osborne", "Chairman of the Board", "2015-03-24"),
        ("OSBORNE MILLS INC", "Kim Sung-ho", "Director", "2015-03-24")]
    html = ("<p align=center>SIGNATURES</p><p>Pursuant to the requirements of the Securities "
            "Exchange Act of 1934, this report has been signed below by the following persons "
            "on behalf of the registrant and in the capacities and on the dates indicated.</p>"
            "<table><tr><td>Signature</td><td>Title</td><td>Date</td></tr>"
            "<tr><td>/s/ Kim</td><td>Director</td><td>March 24, 2015</td></tr>"
            "<tr><td>Kim Sung-ho</td><td></td><td></td></tr></table>")
    assert _signers(html, "10-K", ("OSBORNE MILLS INC",), html=True) == [
        ("OSBORNE MILLS INC", "Kim Sung-ho", "Director", "2015-03-24")]


# Audit false positives: check boxes and a title between slashes are no signature; a one-word
# signature does not take the next row of a directors' table for its typed name.
_SIGNED_8K = _PREAMBLE + """                                        ACME CORP

Date: March 3, 2015                     By: /s/ John Smith
                                            John Smith
"""


def test_check_boxes_after_the_signature_sign_nothing() -> None:
    text = _SIGNED_8K + """                                            President

/ X /  Filed herewith
/   /  Incorporated by reference
"""
    assert _signers(text, "8-K", ("ACME CORP",)) == [
        ("ACME CORP", "John Smith", "President", "2015-03-03")]


def test_rule_check_boxes_after_the_signature_sign_nothing() -> None:
    text = _SIGNED_8K + """                                            President

Check the appropriate box to designate the rule pursuant to which this Schedule is filed:
/ X / Rule 13d-1(b)
/   / Rule 13d-1(c)
"""
    assert _signers(text, "8-K", ("ACME CORP",)) == [
        ("ACME CORP", "John Smith", "President", "2015-03-03")]


def test_title_between_slashes_is_the_title() -> None:
    text = _SIGNED_8K + """                                            /President/
"""
    ((registrant, name, title, date),) = _signers(text, "8-K", ("ACME CORP",))
    assert (registrant, name, date) == ("ACME CORP", "John Smith", "2015-03-03")
    assert title is not None and "President" in title


def test_one_word_signature_over_a_row_of_its_own() -> None:
    text = """                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, this report has
been signed below by the following persons on behalf of the registrant and in the
capacities and on the dates indicated.

        Signature                         Title                      Date
        ---------                         -----                      ----

/s/ Thomas                        Director                      March 24, 2015
Thomas Brown                      Director                      March 24, 2015
"""
    assert _signers(text, "10-K", ("OSBORNE MILLS INC",)) == [
        ("OSBORNE MILLS INC", "Thomas", "Director", "2015-03-24"),
        ("OSBORNE MILLS INC", "Thomas Brown", "Director", "2015-03-24")]
