"""Cover page, round 62: a name typed left of its bracketed caption with no legal form closing
it ("THE GAP   (Exact name of registrant ...)"); a telephone number's area code typed with a
blank inside its brackets and none after them ("( 781 )237-5100"); a telephone number typed
left of its own bracketed caption ("781.237.5100   (Registrant's telephone number ...)"); a
file number inside its caption's brackets ("(Commission File No. 1-5075)"); a merger
communication's Rule 425 legend, whose subject company is the company its file number
is of ("Filed by ..." names the company filing it, no registrant's name).

The tests read PerkinElmer's 2001 10-K405 from the corpus (no SGML header: nothing is read
from one), its cover lines edited into the shapes other filers print (said in each test), and
CTC Communications' 8-K of August 2000 (samples/), its 8-K cover replaced by a Rule 425
legend as merger communications print it over their press release.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, SAMPLES, edited_record, validate

PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_NAME = ("                               PERKINELMER, INC.\n"
         "             (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n")
_CAPTION = "(EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)\n"
_PHONE_LINE = "      REGISTRANT'S TELEPHONE NUMBER, INCLUDING AREA CODE:  (781) 237-5100\n"
# the zip's line of the state, IRS number and address table under the name
_ZIP_LINES = ("                                                                   02481\n"
              " 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS                    (ZIP CODE)\n")


CTC = SAMPLES / "000_af6957f9859c0735.txt"
# the sample's 8-K cover, from its top to the press release's lead-in
_CTC_COVER = ("SECURITIES AND EXCHANGE COMMISSION\nWashington, DC 20549\nFORM 8-K\n",
              "On August 2, 2000, the Registrant issued the following press release:\n")
_LEGEND = ("Filed by CTC Communications Group, Inc.\n"
           "Pursuant to Rule 425 under the Securities Act of 1933\n"
           "and deemed filed pursuant to Rule 14a-12\n"
           "under the Securities Exchange Act of 1934\n\n"
           "Subject Company: CTC Communications Corp.\n"
           "Commission File No.: 0-27505\n\n")


def _communication(legend: str) -> dict[str, Any]:
    text = CTC.read_text(encoding="latin-1")
    start, end = text.index(_CTC_COVER[0]), text.index(_CTC_COVER[1])
    record = validate(parse((text[:start] + legend + text[end:]).encode("latin-1"), CTC.name))
    assert record["form_type"] == "425"
    return record


def _registrant(edits: dict[str, str]) -> dict[str, Any]:
    (reg,) = validate(edited_record(PERKINELMER, edits))["registrants"]
    return reg


@pytest.mark.parametrize(("typed", "name"), [
    ("       PERKINELMER     ", "PERKINELMER"),
    ("THE GAP   ", "THE GAP"),
    ("   PerkinElmer Holdings   ", "PerkinElmer Holdings"),
    ("   3M     ", "3M")], ids=["capitals", "article", "mixed", "figure"])
def test_name_with_no_legal_form_beside_its_caption(typed: str, name: str) -> None:
    # the name typed left of its caption on one line, no "Inc." or "Corp." closing it, as
    # small filers' covers print it: the caption says what it is
    assert _registrant({_NAME: typed + _CAPTION})["name"] == name


def test_what_no_name_is_stays_no_name_beside_the_caption() -> None:
    # a place, a street line, a telephone number, furniture, words in lower case or a number
    # typed beside the name's caption is another field's value, no name (a word is one)
    assert _registrant({_NAME: f"       PERKINELMER     {_CAPTION}"})["name"] == "PERKINELMER"
    for typed in ("MASSACHUSETTS", "45 WILLIAM STREET", "(781) 237-5100", "FORM 10-K405",
                  "the registrant", "04-2052042"):
        assert _registrant({_NAME: f"       {typed}     {_CAPTION}"})["name"] is None, typed


@pytest.mark.parametrize("phone", ["( 781 )237-5100", "( 781)237-5100", "(781 )237-5100"])
@pytest.mark.parametrize("layout", ["captioned", "over", "beside_zip"])
def test_area_code_spaced_in_its_brackets_none_after(phone: str, layout: str) -> None:
    # a blank inside the area code's brackets and none after them, as typewriter covers print
    # it (the blank closes up after the bracket: no "781)237-5100" with its bracket cut off)
    edits = {
        "captioned": {_PHONE_LINE: _PHONE_LINE.replace(" (781) 237-5100", phone)},
        "over": {_PHONE_LINE: f"                            {phone}\n"
                              "         (Registrant's telephone number, including area code)\n"},
        "beside_zip": {_PHONE_LINE: "", _ZIP_LINES: (
            f" 45 WILLIAM STREET, WELLESLEY, MASSACHUSETTS   02481   {phone}\n"
            "                                       (ZIP CODE)   (TELEPHONE NUMBER)\n")},
    }[layout]
    reg = _registrant(edits)
    assert (reg["phone"], reg["address"]["zip"]) == ("(781) 237-5100", "02481")


def test_area_code_closed_up_stays_as_printed() -> None:
    # no blank to move: the number is read as printed, a spaced one beside it closed up
    edits = {_PHONE_LINE: _PHONE_LINE.replace(" (781) 237-5100", "(781)237-5100")}
    assert _registrant(edits)["phone"] == "(781)237-5100"
    edits = {_PHONE_LINE: _PHONE_LINE.replace(" (781) 237-5100", "( 781)237-5100")}
    assert _registrant(edits)["phone"] == "(781) 237-5100"


@pytest.mark.parametrize("phone", ["(781) 237-5100", "781.237.5100", "781-237-5100",
                                   "( 781 )237-5100"])
def test_phone_beside_its_caption(phone: str) -> None:
    # the number typed left of its bracketed caption on one line, as the name, state and
    # numbers above it are on such covers
    line = f"           {phone}     (Registrant's telephone number, including area code)\n"
    expected = "(781) 237-5100" if phone.startswith("( ") else phone
    assert _registrant({_PHONE_LINE: line})["phone"] == expected


def test_phone_beside_its_caption_must_be_a_number_alone() -> None:
    caption = "     (Registrant's telephone number, including area code)\n"
    assert _registrant({_PHONE_LINE: "      781.237.5100" + caption})["phone"] == "781.237.5100"
    assert _registrant({_PHONE_LINE: "      Wellesley 02481" + caption})["phone"] is None


@pytest.mark.parametrize("legend", [
    _LEGEND,
    # the file number on the subject company's line, or the legend set in a right column
    _LEGEND.replace("Corp.\nCommission", "Corp.     Commission"),
    "".join(f"{' ' * 45}{line}\n" if line else "\n" for line in _LEGEND.split("\n")[:-1]),
    # the file number in brackets, under the name or after it
    _LEGEND.replace("Corp.\nCommission File No.: 0-27505", "Corp.\n(Commission File No. 0-27505)"),
    _LEGEND.replace("Corp.\nCommission File No.: 0-27505", "Corp. (Commission File No. 0-27505)")],
    ids=["stacked", "one_line", "column", "bracketed", "bracketed_one_line"])
def test_rule_425_subject_company_is_the_registrant(legend: str) -> None:
    # the company the legend's file number is of, as a header files it (SUBJECT COMPANY):
    # "Filed by CTC Communications Group, Inc." names the company filing it, no name
    (reg,) = _communication(legend)["registrants"]
    assert (reg["name"], reg["commission_file_number"]) == ("CTC Communications Corp.", "0-27505")


def test_rule_425_filer_is_no_registrant_name() -> None:
    # no subject company printed: the "Filed by" line is the legend's, not a name block's;
    # nor is the release's prose line "implementation of ... and that the Company"
    (reg,) = _communication(_LEGEND.replace("Subject Company: CTC Communications Corp.\n",
                                            ""))["registrants"]
    assert (reg["name"], reg["commission_file_number"]) == (None, "0-27505")


@pytest.mark.parametrize("caption", ["(Commission File No. 1-5075)",
                                     "(COMMISSION FILE NUMBER 1-5075)",
                                     "(Commission File #1-5075)", "(File No. 1-5075)"])
def test_file_number_inside_its_bracketed_caption(caption: str) -> None:
    # the number typed inside the caption's brackets, as some covers and legends print it
    reg = _registrant({"COMMISSION FILE NUMBER 1-5075": caption})
    assert reg["commission_file_number"] == "1-5075"


def test_spaced_area_codes_bare_names_and_legends_are_linear() -> None:
    # ~200 KB of bracketed area codes, names beside their captions and legend lines
    junk = ("( 781 )( 781 )" * 15000 + "\n" + "ACME   (Exact name of registrant)\n" * 2000
            + "Subject Company: " * 500 + "\n")
    start = time.process_time()
    edited_record(PERKINELMER, {_NAME: _NAME + junk})
    assert time.process_time() - start < 5
