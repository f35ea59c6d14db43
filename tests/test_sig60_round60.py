"""Signature blocks of round 60: an attorney-in-fact's title keeps the person it names as the
one signed for ("Jane Roe, as Attorney-in-Fact for Nelson Peltz" -> "Attorney-in-Fact for
Nelson Peltz"; not "for the persons indicated"), in a schedule, a Form 4 and a 10-Q; and a
signer's name typed in capitals ("PELTZ, NELSON", "NELSON PELTZ") under a signature in mixed
case ("/s/ N. Peltz") reads in the signature's case ("Nelson Peltz"). The schedule's tests edit
Icahn's Schedule TO-T/A on CVR Energy (2025), as round 59's do (see test_sig59_round59)."""

from __future__ import annotations

import time
from typing import Any

from test_sig59_round59 import _ICAHN, _ICAHN_NAME, _cells, _plain, _signers

from filing2json.parsers.sections.form_signatures import split_signed
from filing2json.parsers.sections.signature_names import attorney_title
from support import FILINGS, edited_record

CVR = "sctota_2025_cvrenergyinc_1.txt"
FORM_4 = "4_2000_productivitytechnologi_1.txt"
# Productivity Technologies' Form 4 of March 2000, its signature as filed
FORM_4_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\nDATE\nMarch 13, 2000"
APPLE = "10qa_1997_applecomputerinc_1.txt"  # Apple's 10-Q/A of 1997
_PELTZ = "Attorney-in-Fact for Nelson Peltz"


def _rows(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def test_schedule_attorney_names_the_person_signed_for() -> None:
    # CVR's last filing person signed by an attorney, her capacity under her signature
    # (was: "Attorney-in-Fact", whom she signs for dropped)
    for typed in (">Jane Roe, as Attorney-in-Fact for Nelson Peltz<",
                  ">Jane Roe<TD>as Attorney-in-Fact for Nelson Peltz<",
                  ">Jane Roe, Attorney-in-Fact for NELSON PELTZ.<"):
        for signed in (">By: /s/ Jane Roe<", ">/s/ Jane Roe<"):
            rows = _rows(edited_record(FILINGS / CVR, {">/s/ CARL C. ICAHN<": signed,
                                                       ">Name: Carl C. Icahn<": typed}))
            person = "NELSON PELTZ" if "NELSON" in typed else "Nelson Peltz"
            assert rows[-1] == (None, "Jane Roe", f"Attorney-in-Fact for {person}",
                                "2025-01-10"), (typed, signed)


def test_attorney_for_others_than_a_person_stays_the_capacity() -> None:
    for title in ("Attorney-in-Fact for the persons indicated",
                  "Attorney-in-Fact, on behalf of each of the above",
                  "Attorney-in-Fact pursuant to powers of attorney previously filed",
                  "Attorney-in-Fact for Trian Fund Management, L.P."):
        assert attorney_title(title) == "Attorney-in-Fact", title
    assert attorney_title("(Attorney-in-Fact) for Nelson Peltz") == _PELTZ


def test_ownership_report_attorney_names_the_person_signed_for() -> None:
    # the Form 4 edited: the attorney's capacity under her signature or after it
    for signed in ("SIGNATURE OF REPORTING PERSON\nBy: /s/ Jane Roe\n"
                   "Jane Roe, as Attorney-in-Fact for Nelson Peltz\nDATE\nMarch 13, 2000",
                   "SIGNATURE OF REPORTING PERSON\nBy: /s/ Jane Roe\n"
                   "as Attorney-in-Fact for Nelson Peltz\nDATE\nMarch 13, 2000",
                   "SIGNATURE OF REPORTING PERSON\n/s/ Jane Roe, Attorney in Fact for Nelson "
                   "Peltz\nDATE\nMarch 13, 2000"):
        assert _rows(edited_record(FILINGS / FORM_4, {FORM_4_SIGNED: signed})) == [
            (None, "Jane Roe", _PELTZ, "2000-03-13")], signed
    # (moved from test_form_signatures: "Attorney in Fact" is read as the capacity)
    assert split_signed("/s/ Katherine Kwiat, Attorney in Fact for Jessica A. Garascia") == (
        "Katherine Kwiat", "Attorney-in-Fact for Jessica A. Garascia")
    assert split_signed("/s/ Katherine Kwiat, Attorney-in-Fact for the Reporting Person") == (
        "Katherine Kwiat", "Attorney-in-Fact")


def test_attorney_for_a_person_over_his_offices() -> None:
    # Apple's 10-Q/A edited: the attorney signs for Fred D. Anderson, whose offices are
    # typed under her capacity: whom she signs for, not his offices, is her title
    old = ("By: /S/ Fred D. Anderson\t\t\t\n"
           "                                                 Fred D. Anderson\n")
    new = ("By: /s/ Jane Roe\n"
           "                                                 Jane Roe, Attorney-in-Fact for"
           " Fred D. Anderson\n")
    assert _rows(edited_record(FILINGS / APPLE, {old: new}))[0][:3] == (
        "APPLE COMPUTER, INC.", "Jane Roe", "Attorney-in-Fact for Fred D. Anderson")


def test_name_in_capitals_under_a_signature_in_mixed_case() -> None:
    # CVR's last filing person edited: "/s/ N. Peltz" over his name typed in full in
    # capitals, surname first or not (was: "NELSON PELTZ")
    for typed in ("PELTZ, NELSON", "NELSON PELTZ"):
        edit = {_ICAHN: _cells(["/s/ N. Peltz", typed]) + "<TD></TD></TR>", _ICAHN_NAME: ""}
        assert _signers(edit)[-1] == (None, "Nelson Peltz", None, "2025-01-10"), typed
        assert _plain(f"/s/ N. Peltz|{typed}") == [
            (None, "Nelson Peltz", None, "2025-01-10")], typed
    # a surname's "Mc" and a suffix cased as printed; the signature's own words as signed
    assert _plain("/s/ J. McDonald|JAMES R. McDONALD III") == [
        (None, "James R. McDonald III", None, "2025-01-10")]
    assert _plain("/s/ Bob O'Neil|ROBERT O'NEIL")[0][1] == "Robert O'Neil"
    assert _plain("/s/ J. Smith|J.P. SMITH")[0][1] == "J.P. Smith"
    # a signature in capitals gives no case: the name stays as typed
    assert _plain("/s/ N. PELTZ|NELSON PELTZ")[0][1] == "NELSON PELTZ"


def test_attorney_for_a_long_run_in_linear_time() -> None:
    start = time.process_time()
    attorney_title("Attorney-in-Fact for " + "Nelson " * 30_000)
    split_signed("/s/ Jane Roe, Attorney-in-Fact for " + "Nelson " * 30_000)
    assert time.process_time() - start < 5


def test_name_surname_first_over_a_signature_outside_a_schedule() -> None:
    # Apple's 10-Q/A edited: the signer's name typed surname first over his signature
    # (with "By:" or not), under the registrant: his name, not a registrant (was:
    # "ANDERSON, FRED D." the registrant)
    old = ("                                                 By: /S/ Fred D. Anderson\t\t\t\n"
           "                                                 Fred D. Anderson\n")
    for signed in ("By: /S/ Fred D. Anderson", "/s/ Fred D. Anderson"):
        new = (f"{' ' * 49}ANDERSON, FRED D.\n{' ' * 49}{signed}\n")
        assert _rows(edited_record(FILINGS / APPLE, {old: new})) == [
            ("APPLE COMPUTER, INC.", "Fred D. Anderson",
             "Executive Vice President and Chief Financial Officer", "1997-10-03")], signed
