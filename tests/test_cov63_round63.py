"""Cover page, round 63: a Rule 425 legend's subject company wrapped over two lines, its legal
form on the second ("Subject Company: CTC Communications" / "Corp."); the registrant's telephone
printed with no caption under its address's caption ("Tel. 781.466.8080", a fax's number beside
it or on a line of its own), and under the city line of a cover that prints its name block
with no captions.

The tests read CTC Communications' 8-K of August 2000 (samples/: no SGML header, so nothing is
read from one), its cover lines edited into the shapes other filers print (said in each test),
and Indiana Bell's 1999 10-Q from the corpus (an uncaptioned name block), its header's
telephone dropped and its cover's telephone line moved under the city line.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, SAMPLES, edited_record, validate

CTC = SAMPLES / "000_af6957f9859c0735.txt"
_CTC_COVER = ("SECURITIES AND EXCHANGE COMMISSION\nWashington, DC 20549\nFORM 8-K\n",
              "On August 2, 2000, the Registrant issued the following press release:\n")
_SUBJECT = "Subject Company: CTC Communications Corp.\n"
_LEGEND = ("Filed by CTC Communications Group, Inc.\n"
           "Pursuant to Rule 425 under the Securities Act of 1933\n"
           "and deemed filed pursuant to Rule 14a-12\n"
           "under the Securities Exchange Act of 1934\n\n"
           f"{_SUBJECT}"
           "Commission File No.: 0-27505\n\n")


def _registrants(subject: str, after: str = "") -> list[dict[str, Any]]:
    """The registrants of the sample with its 8-K cover replaced by a Rule 425 legend (as
    merger communications print it over their press release), its subject line `subject`."""
    text = CTC.read_text(encoding="latin-1")
    start, end = text.index(_CTC_COVER[0]), text.index(_CTC_COVER[1])
    legend = _LEGEND.replace(_SUBJECT, subject) + after
    record = validate(parse((text[:start] + legend + text[end:]).encode("latin-1"), CTC.name))
    assert record["form_type"] == "425"
    return record["registrants"]


def _subject(subject: str, after: str = "") -> dict[str, Any]:
    """The one registrant of the sample with its cover replaced by the legend (_registrants)."""
    (reg,) = _registrants(subject, after)
    return reg


@pytest.mark.parametrize(("subject", "name"), [
    # a long name wraps at the legend's width, its legal form on the next line
    ("Subject Company: CTC Communications\nCorp.\n", "CTC Communications Corp."),
    ("Subject Company: CTC\nCommunications Corp.\n", "CTC Communications Corp."),
    ("Subject Company:  CTC Communications\n                  Corp.\n",
     "CTC Communications Corp."),
    # the legend typed in capitals, or a dash for the caption's colon (not the whole line
    # read as a name ending in a legal form)
    ("SUBJECT COMPANY: CTC COMMUNICATIONS CORP.\n", "CTC COMMUNICATIONS CORP."),
    ("Subject Company - CTC Communications Corp.\n", "CTC Communications Corp."),
    ("SUBJECT COMPANY - CTC COMMUNICATIONS CORP.\n", "CTC COMMUNICATIONS CORP.")],
    ids=["legal_form", "two_words", "aligned", "capitals", "dash", "capitals_dash"])
def test_rule_425_subject_company_wrapped_in_capitals_or_after_a_dash(subject: str,
                                                                      name: str) -> None:
    reg = _subject(subject)
    assert (reg["name"], reg["commission_file_number"]) == (name, "0-27505")


def test_rule_425_subject_company_not_joined_to_what_follows() -> None:
    # a whole name is not run on into the state line under it ("a Delaware corporation"),
    # and the comma closing it is no part of it; a name with no legal form is not joined to
    # the file number's line
    reg = _subject("Subject Company: CTC Communications Corp.,\na Delaware corporation\n")
    assert reg["name"] == "CTC Communications Corp."
    assert _subject("Subject Company: CTC Communications\n")["name"] == "CTC Communications"
    # nor into the filer's line, when the legend names it last
    assert _subject("Subject Company: CTC Communications\nFiled by CTC Communications Group, "
                    "Inc.\n")["name"] == "CTC Communications"


# (the filer named after the rule, no "Filed by" line: Rule 425 is told by the subject line)
_FILER_LEGEND = ("Filed pursuant to Rule 425 under the\nSecurities Act of 1933, as amended,\n"
                 "and deemed filed pursuant to Rule 14a-12\n"
                 "of the Securities Exchange Act of 1934, as amended\n"
                 "Filer: CTC Communications Group, Inc.\n"
                 "Subject Company - CTC Communications Corp.\n"
                 "Commission File No.: 0-27505\n\n")


def test_rule_425_told_by_a_subject_line_after_a_dash() -> None:
    # the sample's 8-K cover replaced by the legend (its press release kept under it)
    text = CTC.read_text(encoding="latin-1")
    start, end = text.index(_CTC_COVER[0]), text.index(_CTC_COVER[1])
    record = validate(parse((text[:start] + _FILER_LEGEND + text[end:]).encode("latin-1"),
                            CTC.name))
    assert record["form_type"] == "425"
    assert [r["name"] for r in record["registrants"]] == ["CTC Communications Corp."]


_PHONE = ("                               (781) 466-8080\n"
          " (Registrant's telephone number including area code)\n")
_ADDRESS = ("          220 Bear Hill Rd., Waltham, Massachusetts         02451\n"
            "        (Address of principal executive offices)          (Zip Code)\n")


def _phone_under_address(lines: str) -> str | None:
    """The sample's telephone with its caption dropped and `lines` under the address's
    caption row (the number there uncaptioned, as some filers print it)."""
    (reg,) = validate(edited_record(CTC, {_PHONE: "", _ADDRESS: _ADDRESS + lines}))["registrants"]
    assert reg["address"]["zip"] == "02451"
    return reg["phone"]


@pytest.mark.parametrize(("lines", "phone"), [
    ("          Tel. 781.466.8080\n", "781.466.8080"),
    ("          Telephone (781) 466-8080\n", "(781) 466-8080"),
    ("          Tel: 781.466.8080\n", "781.466.8080"),
    ("\n                               781.466.8080\n", "781.466.8080"),
    ("          Tel. 781.466.8080     Fax 781.466.1234\n", "781.466.8080"),
    ("          Tel. (781) 466-8080, fax (781) 466-1234\n", "(781) 466-8080"),
    ("          Fax: 781.466.1234\n          Tel. 781.466.8080\n", "781.466.8080")],
    ids=["tel", "telephone", "tel_colon", "bare", "fax_beside", "fax_after_comma", "fax_above"])
def test_uncaptioned_phone_under_the_address_caption(lines: str, phone: str) -> None:
    assert _phone_under_address(lines) == phone


def test_phone_under_the_address_caption_is_no_fax_nor_another_persons() -> None:
    assert _phone_under_address("          Tel. 781.466.8080\n") == "781.466.8080"
    # a fax's number alone, a number in prose, a contact person's number over its caption
    assert _phone_under_address("          Fax: 781.466.1234\n") is None
    assert _phone_under_address("          Call us at 781.466.8080\n") is None
    assert _phone_under_address(
        "          Tel. 781.466.8080\n"
        "        (Name, telephone number and address of company contact person)\n") is None


def test_uncaptioned_phone_under_a_table_of_captions() -> None:
    # PerkinElmer's 10-K405 (corpus): its telephone line dropped, the number printed under
    # the address caption closing the cover's table
    perkinelmer = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
    caption = "  (ADDRESS OF PRINCIPAL EXECUTIVE OFFICES)\n</TABLE>\n"
    edits = {"      REGISTRANT'S TELEPHONE NUMBER, INCLUDING AREA CODE:  (781) 237-5100\n": "",
             caption: caption + "\n                 TEL. 781.237.5100    FAX 781.237.5199\n"}
    (reg,) = validate(edited_record(perkinelmer, edits))["registrants"]
    assert (reg["phone"], reg["address"]["zip"]) == ("781.237.5100", "02481")


INDIANA_BELL = FILINGS / "10q_1999_indianabelltelephoneco_1.txt"
_CITY = "                                           Indianapolis, Indiana  46204\n"
_BELL_PHONE = "                                           Telephone number   (800) 257-0902\n"


@pytest.mark.parametrize("lines", ["Tel. 800.257.0902   Fax 800.257.0999\n",
                                   "Fax 800.257.0999\n{pad}Tel. 800.257.0902\n"],
                         ids=["fax_beside", "fax_above"])
def test_uncaptioned_name_block_phone_beside_a_fax(lines: str) -> None:
    # the telephone under the city line of a name block printed with no captions, a fax's
    # number beside it or above it (the header's telephone dropped: the cover's is read)
    pad = " " * 43
    edits = {"<PHONE>8002570902\n": "", _BELL_PHONE: "",
             _CITY: _CITY + pad + lines.format(pad=pad)}
    (reg,) = validate(edited_record(INDIANA_BELL, edits))["registrants"]
    assert (reg["phone"], reg["address"]["zip"]) == ("800.257.0902", "46204")


def test_wrapped_subjects_and_phone_lines_are_linear() -> None:
    # ~200 KB of subject lines with no legal form and of numbers under the address caption
    junk = "Subject Company: Widget\n" * 4000 + "Tel. 781.466.8080 " * 6000 + "\n"
    start = time.process_time()
    reg = _subject("Subject Company: CTC Communications\nCorp.\n", junk)
    phone = _phone_under_address("          Tel. 781.466.8080\n" + "781.466.8080  " * 15000)
    assert time.process_time() - start < 5
    assert (reg["name"], phone) == ("CTC Communications Corp.", "781.466.8080")
