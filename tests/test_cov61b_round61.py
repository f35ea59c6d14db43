"""Cover page, round 61b: a value typed left of its bracketed caption on the caption's own
line ("PERKINELMER, INC.     (EXACT NAME OF REGISTRANT ...)", "MASSACHUSETTS     (STATE OR
OTHER JURISDICTION ...)"), the line no part of the address above whose caption it stands; a
telephone number's area code typed with blanks in its brackets or two after them ("( 781 )
237-5100", "(847)  286-2500"); a file number after "#" ("Commission File #1-5075").

The tests read PerkinElmer's 2001 10-K405 from the corpus (no SGML header: nothing is read
from one), its cover lines edited into the shapes other filers print (said in each test).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, edited_record, validate

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_NAME = ("                               PERKINELMER, INC.\n"
         "             (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n")
# the state, IRS number and address table under the name
_TABLE = """<TABLE>
<S>                                            <C>

                MASSACHUSETTS                                   04-2052042
(STATE OR OTHER JURISDICTION OF INCORPORATION      (I.R.S. EMPLOYER IDENTIFICATION NO.)
              OR ORGANIZATION)
                                                                   02481
 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS                    (ZIP CODE)
  (ADDRESS OF PRINCIPAL EXECUTIVE OFFICES)
</TABLE>
"""
_PHONE_LINE = "      REGISTRANT'S TELEPHONE NUMBER, INCLUDING AREA CODE:  (781) 237-5100\n"
_FILE_NUMBER = "COMMISSION FILE NUMBER 1-5075"
_ADDRESS = {"street": "45 WILLIAM STREET", "city": "WELLESLEY", "state": "MASSACHUSETTS",
            "zip": "02481"}
_REGISTRANT = {
    "name": "PERKINELMER, INC.", "cik": None, "state_of_incorporation": "MASSACHUSETTS",
    "commission_file_number": "1-5075", "irs_employer_id": "04-2052042", "address": _ADDRESS,
    "phone": "(781) 237-5100", "former_name": None}


def _registrant(edits: dict[str, str]) -> dict[str, Any]:
    (reg,) = validate(edited_record(PERKINELMER, edits))["registrants"]
    return reg


@pytest.mark.parametrize(("line", "name"), [
    ("       PERKINELMER, INC.     (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n",
     "PERKINELMER, INC."),
    ("PerkinElmer, Inc.   (Exact name of registrant as specified in its charter)\n",
     "PerkinElmer, Inc.")], ids=["capitals", "mixed"])
def test_name_beside_its_caption(line: str, name: str) -> None:
    # the name typed left of its caption on one line, as small filers' covers print it
    assert _registrant({_NAME: line}) == {**_REGISTRANT, "name": name}


def test_state_and_irs_number_beside_their_captions_over_the_address() -> None:
    # each value left of its caption on one line, the address over its own caption under
    # them: the state's line is no street line of the address
    reg = _registrant({_TABLE: (
        "     MASSACHUSETTS     (STATE OR OTHER JURISDICTION OF INCORPORATION OR ORGANIZATION)\n"
        "     04-2052042     (I.R.S. EMPLOYER IDENTIFICATION NO.)\n"
        " 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS                    02481\n"
        "  (ADDRESS OF PRINCIPAL EXECUTIVE OFFICES)                    (ZIP CODE)\n")})
    assert reg == _REGISTRANT
    reg = _registrant({_TABLE: (
        "     MASSACHUSETTS     (STATE OR OTHER JURISDICTION OF INCORPORATION OR ORGANIZATION)\n"
        " 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS                    02481\n"
        "  (ADDRESS OF PRINCIPAL EXECUTIVE OFFICES)                    (ZIP CODE)\n")})
    assert (reg["state_of_incorporation"], reg["address"]) == ("MASSACHUSETTS", _ADDRESS)
    # (only a known place is a state: a street line beside the caption is not)
    reg = _registrant({_TABLE: (
        "     45 WILLIAM STREET     (STATE OR OTHER JURISDICTION OF INCORPORATION)\n")})
    assert reg["state_of_incorporation"] is None


@pytest.mark.parametrize("phone", ["( 781 ) 237-5100", "(781)  237-5100", "( 781) 237-5100",
                                   "(781 ) 237-5100"])
@pytest.mark.parametrize("layout", ["captioned", "over", "beside_zip"])
def test_area_code_spaced_in_or_after_its_brackets(phone: str, layout: str) -> None:
    # blanks inside the area code's brackets, or two after them, as typewriter covers print
    # them: after the caption's colon, over a bracketed caption, or in a column by the zip
    edits = {
        # (one blank after the colon: two more would part the caption from the number)
        "captioned": {_PHONE_LINE: _PHONE_LINE.replace(":  (781) 237-5100", f": {phone}")},
        "over": {_PHONE_LINE: f"                            {phone}\n"
                              "         (Registrant's telephone number, including area code)\n"},
        "beside_zip": {_PHONE_LINE: "", _TABLE: _TABLE.replace(
            "                                                                   02481\n"
            " 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS                    (ZIP CODE)\n",
            f" 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS   02481   {phone}\n"
            "                                       (ZIP CODE)   (TELEPHONE NUMBER)\n")},
    }[layout]
    assert _registrant(edits) == _REGISTRANT


@pytest.mark.parametrize("caption", ["Commission File #1-5075", "COMMISSION FILE # 1-5075",
                                     "Commission File No. #1-5075"])
def test_file_number_after_a_hash(caption: str) -> None:
    assert _registrant({_FILE_NUMBER: caption}) == _REGISTRANT


def test_spaced_area_codes_are_linear() -> None:
    # ~200 KB of spaced area codes and names beside their captions in the cover
    text = PERKINELMER.read_text(encoding="latin-1")
    junk = ("( 781 )  " * 20000 + "\n" + "ACME CORP.   (Exact name of registrant)\n" * 2000)
    start = time.process_time()
    parse(text.replace(_NAME, _NAME + junk).encode("latin-1"), PERKINELMER.name)
    assert time.process_time() - start < 5
