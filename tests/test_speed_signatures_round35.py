"""The shortcuts of the round-35 speed pass over the signature readers: each must give what
the slower reading it stands for gives.

- signature_block's last "Pursuant to the requirements ..." read back from the text's end a
  window at a time (an ASCII text), where no SIGNATURES heading stands;
- _cut's substring test before its exhibit-heading scans;
- company_words searched from the last word only;
- the preamble's "authorized" / "behalf" test by substrings of an ASCII line;
- block_date read only for a signer with no date of its own;
- an XML form's "YYYY-MM-DD" date read without find_dates.
"""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections import signature_block as sb
from filing2json.parsers.sections.form_signatures import _xml_date, form_signatures
from filing2json.parsers.sections.signature_block import PURSUANT, signature_block
from filing2json.parsers.sections.signature_registrants import _COMPANY_WORDS, company_words
from filing2json.parsers.sections.signatures import parse_signatures
from filing2json.parsers.values import find_dates

_PREAMBLE = ("Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
             "registrant has duly caused this report to be signed on its behalf by the\n"
             "undersigned hereunto duly authorized.\n")
_SIGNED = ("\n                                   ACME CORPORATION\n\n"
           "Date: March 3, 2008                 By: /s/ Jane Doe\n"
           "                                        Jane Doe\n"
           "                                        Chief Financial Officer\n")


def _last_by_regex(text: str, pos: int = 0) -> int:
    start = -1
    for match in PURSUANT.finditer(text, pos):
        start = match.start()
    return start


@pytest.mark.parametrize("filler", [0, 10, sb._WINDOW - 30, sb._WINDOW - 3, sb._WINDOW + 5])
def test_last_pursuant_across_windows(filler: int) -> None:
    # the sentence at every distance from a window's edge, a later lower-case "pursuant"
    # that is no match, and an earlier one in capitals
    early = "PURSUANT TO THE REQUIREMENTS OF THE SECURITIES ACT OF 1933\n"
    text = (early + "x" * filler + "\n" + _PREAMBLE + _SIGNED + "y" * filler
            + "\nThe shares were issued pursuant to Rule 144.\n")
    assert sb._last_pursuant(text, 0) == _last_by_regex(text) == text.index("Pursuant to the r")
    # (from past the sentence: none)
    after = text.index("undersigned")
    assert sb._last_pursuant(text, after) == _last_by_regex(text, after) == -1


@pytest.mark.parametrize("before_edge", [1, 3, 7, 8, 40])
def test_last_pursuant_across_a_window_edge(before_edge: int) -> None:
    # the word starting a few characters before the last window's first one: read from the
    # window before, with the characters it runs into
    sentence = "Pursuant to the requirements of the Securities Exchange Act of 1934"
    text = "Item 9.\n" + sentence + "\n" + "b" * (sb._WINDOW + before_edge - len(sentence) - 1)
    at = len(text) - sb._WINDOW - before_edge
    assert text.index("Pursuant") == at
    assert sb._last_pursuant(text, 0) == _last_by_regex(text) == at


def test_last_pursuant_mixed_case_and_whitespace() -> None:
    text = ("Item 9.\n\npURSUANT  to the\n requirements Of The SECURITIES Exchange Act\n"
            + "z" * 70000)
    assert sb._last_pursuant(text, 0) == _last_by_regex(text) == text.index("pURSUANT")


def test_last_pursuant_non_ascii_text_keeps_the_regex() -> None:
    text = "Société Générale\n\n" + _PREAMBLE + _SIGNED
    assert sb._last_pursuant(text, 0) == _last_by_regex(text) == text.index("Pursuant")
    # a block found from the sentence, with no heading, reads its signer
    block = signature_block(text)
    assert block.startswith("Pursuant to the requirements")
    signers = parse_signatures(block, False, ["ACME CORPORATION"])
    assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
        ("ACME CORPORATION", "Jane Doe", "Chief Financial Officer", "2008-03-03")]


def test_cut_at_an_exhibit_and_an_index_after_the_signatures() -> None:
    body = "SIGNATURES\n\n" + _PREAMBLE + _SIGNED
    assert signature_block(body + "\n\n                          Exhibit 99.1\n\nPress release") \
        .rstrip().endswith("Chief Financial Officer")
    assert signature_block(body + "\nINDEX TO FINANCIAL STATEMENTS\n\nBalance sheets") \
        .rstrip().endswith("Chief Financial Officer")
    assert signature_block(body + "\n                         EXHIBIT INDEX\n\n99.1  Release") \
        .rstrip().endswith("Chief Financial Officer")
    # no exhibit word: the whole rest is the block
    assert signature_block(body + "\nEnd of filing\n").rstrip().endswith("End of filing")


@pytest.mark.parametrize("text", [
    "ACME HOLDINGS, INC.", "Acme Partners, L.P.", "ACME PARTNERS, L.P.,", "Novo Nordisk A/S",
    "Fiat S.p.A.", "Banco Santander, S.A.  ", "TOYOTA JIDOSHA KABUSHIKI KAISHA",
    "Chief Financial Officer", "John D. Pittenger", "PURSUANT TO THE REQUIREMENTS OF SECTION 13",
    "the Company", "INC", " ", "", "ACME CO\n", "Acme Corp.\t", "Acme CORPORATION,\n",
])
def test_company_words_from_the_last_word(text: str) -> None:
    expected = _COMPANY_WORDS.search(text, max(0, len(text) - 30)) is not None
    assert company_words(text) is expected


def test_company_words_values() -> None:
    assert company_words("CTC COMMUNICATIONS GROUP, INC.")
    assert company_words("Acme Partners, L.P.")
    assert not company_words("Executive Vice President, Finance and Administration")


def test_preamble_with_accents_ends_at_authorized() -> None:
    # a non-ASCII preamble takes the regex: the signer under it is still read
    block = ("Conformément aux exigences de la loi, la société a dûment fait signer ce\n"
             "rapport en son nom par le soussigné, dûment AUTHORIZED.\n" + _SIGNED)
    signers = parse_signatures(block, False, ["ACME CORPORATION"])
    assert [(s["name"], s["date"]) for s in signers] == [("Jane Doe", "2008-03-03")]


def _filing(text: str) -> bytes:
    header = ("<SEC-DOCUMENT>0000950135-00-003907.txt : 20000804\n"
              "<SEC-HEADER>0000950135-00-003907.hdr.sgml : 20000804\n"
              "ACCESSION NUMBER:\t\t0000950135-00-003907\nCONFORMED SUBMISSION TYPE:\t10-K\n"
              "PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t20000804\nFILER:\n\n"
              "\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"
              "\t\tCENTRAL INDEX KEY:\t\t\t0000897078\n\n</SEC-HEADER>\n")
    return (header + f"<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n"
            "</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def _signers(text: str) -> list[dict[str, Any]]:
    return parse(_filing(text), "d.txt")["signatures"]


def test_block_date_only_for_signers_with_none() -> None:
    # a table dating each row keeps its rows' dates (the block's "Dated:" line is not read
    # for them); a signer with no date of its own takes the block's
    table = ("                                   SIGNATURES\n\n" + _PREAMBLE
             + "\nDated: March 1, 2000\n\n"
        "     Signature                      Title                     Date\n\n"
        "/s/ John Smith                 Director                 March 28, 2000\n"
        "/s/ Mary Jones                 Director                 March 29, 2000\n")
    assert [(s["name"], s["date"]) for s in _signers(table)] == [
        ("John Smith", "2000-03-28"), ("Mary Jones", "2000-03-29")]
    undated = table.replace("March 29, 2000", "")
    assert [(s["name"], s["date"]) for s in _signers(undated)] == [
        ("John Smith", "2000-03-28"), ("Mary Jones", "2000-03-01")]


@pytest.mark.parametrize("value", [
    "2024-05-01", "2000-02-29", "2099-12-31", "1901-01-01", "1900-05-01", "2100-01-01",
    "2023-02-29", "2024-13-01", "2024-00-10", "11-14-2023", "02-30-2023", "May 1, 2024", "",
])
def test_xml_date_as_find_dates_reads_it(value: str) -> None:
    spelt = value
    if value[:2].isdigit() and value[2:3] == "-" and len(value) == 10:
        spelt = f"{value[6:]}-{value[:2]}-{value[3:5]}"  # the 13F's MM-DD-YYYY
    found = find_dates(spelt) if spelt else []
    assert _xml_date(value) == (found[0][1] if found else None)


def test_ownership_xml_date() -> None:
    body = ("<ownershipDocument><reportingOwner><reportingOwnerId><rptOwnerName>McGuirk Richard"
            " L</rptOwnerName></reportingOwnerId><reportingOwnerRelationship><officerTitle>"
            "Chief Executive Officer</officerTitle></reportingOwnerRelationship>"
            "</reportingOwner><ownerSignature><signatureName>/s/ Jennifer L. Gill, By Power of"
            " Attorney</signatureName><signatureDate>2024-05-01</signatureDate>"
            "</ownerSignature></ownershipDocument>")
    assert form_signatures(body, None, None, "4") == [
        {"registrant": None, "name": "Jennifer L. Gill", "title": "Attorney-in-Fact",
         "date": "2024-05-01"}]
