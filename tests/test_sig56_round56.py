"""Signature blocks of round 56: a date typed "3-13-00" (month, day and a two-digit year
between hyphens) in a date's own place (beside or under an ownership report's signature, after
a "Date:" caption, a cell of its own); the title on the line under a Form 4's "By: /s/" ("Jane
Roe, Attorney-in-Fact for John Doe"); and a schedule's filing person signing by an attorney
after the entities' signers, for no registrant."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.signature_dates import Dates
from filing2json.parsers.values import find_dates
from support import FILINGS, edited_record

FORM_4 = "4_2000_productivitytechnologi_1.txt"
# Productivity Technologies' Form 4 of March 2000 (a corpus filing), its signature as filed
FORM_4_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\nDATE\nMarch 13, 2000"
CVR = "sctota_2025_cvrenergyinc_1.txt"  # Icahn's Schedule TO-T/A (13D filed with it), 2025
APPLE = "10qa_1997_applecomputerinc_1.txt"
FOR_FOSTER = "Attorney-in-Fact for Alan H. Foster"


def _signers(name: str, edit: dict[str, str]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / name, edit)["signatures"]]


def test_ownership_report_dashed_two_digit_year() -> None:
    # the Form 4 edited: the date typed "3-13-00" under the "DATE" caption, beside the
    # signature over the printed form's caption, or after "Date:" under it (as the other
    # numeric spellings are read)
    for date in ("3-13-00", "03-13-00", "03/13/2000", "3/13/00", "2000-03-13", "03-13-2000"):
        for signed in (FORM_4_SIGNED.replace("March 13, 2000", date),
                       f"/s/ Alan H. Foster                      {date}\n"
                       "-------------------------------    --------\n"
                       "**Signature of Reporting Person          Date",
                       "/s/ Alan H. Foster\n-------------------------------\n"
                       f"**Signature of Reporting Person\n\nDate: {date}"):
            assert _signers(FORM_4, {FORM_4_SIGNED: signed}) == [
                (None, "Alan H. Foster", None, "2000-03-13")], signed
    # no such date: none read (an impossible day, a longer run of figures)
    for date in ("2-30-00", "3-13-00-1"):
        assert _signers(FORM_4, {"March 13, 2000": date})[0][3] is None, date


def test_schedule_dashed_date_caption() -> None:
    # the Schedule TO-T/A edited: its "Date: January 10, 2025" typed with hyphens and a
    # two-digit year, on the caption's line or the line under it; every filing person dated
    for date in ("1-10-25", "01-10-25"):
        for edit in ({"Date: January 10, 2025": f"Date: {date}"},
                     {"Date: January 10, 2025": f"Date:</P><P>{date}"}):
            signers = _signers(CVR, edit)
            assert len(signers) == 7 and {s[3] for s in signers} == {"2025-01-10"}, edit


def test_dashed_dates_only_where_asked() -> None:
    # find_dates reads "3-13-00" only for a caller reading a date's place; never inside a
    # longer run (a phone's digits, a series, a code) nor an impossible date
    assert find_dates("Date: 3-13-00") == []
    assert find_dates("Date: 3-13-00", dashed=True) == [(6, "2000-03-13")]
    assert find_dates("12-31-99 and 1-2-00", dashed=True) == [(0, "1999-12-31"),
                                                             (13, "2000-01-02")]
    for text in ("781-466-80", "3-13-00-1", "1.3-13-00", "Series 2006-1-00", "A-3-13-00",
                 "2-30-00", "13-3-00", "3-13-00.5", "3/13-00"):
        assert find_dates(text, dashed=True) == [], text
    # a signature block reads it as a cell or line of its own, or after a "Date:" caption
    dates = Dates()
    assert dates["3-13-00"] == [(0, "2000-03-13")]
    assert dates["Dated:  3-13-00"] == [(8, "2000-03-13")]
    assert dates["Trust 3-13-00"] == [] and dates["Series 1999-3-13-00"] == []


def test_ownership_report_attorney_title_under_signature() -> None:
    # the Form 4 edited: an attorney signs "By: /s/ Jane Roe", her capacity on the line under
    # ("Jane Roe, Attorney-in-Fact for Alan H. Foster", "as Attorney-in-Fact", under the
    # printed form's caption or over it)
    # (whom she signs for, named, stays: round 60)
    for under, title in (("Jane Roe, Attorney-in-Fact for Alan H. Foster", FOR_FOSTER),
                         ("Jane Roe, as Attorney-in-Fact", "Attorney-in-Fact"),
                         ("as Attorney-in-Fact for Alan H. Foster", FOR_FOSTER),
                         ("Jane Roe, Attorney in Fact", "Attorney-in-Fact")):
        signed = f"SIGNATURE OF REPORTING PERSON\nBy: /s/ Jane Roe\n{under}\nDATE\nMarch 13, 2000"
        assert _signers(FORM_4, {FORM_4_SIGNED: signed}) == [
            (None, "Jane Roe", title, "2000-03-13")], under
    signed = ("By: /s/ Jane Roe                                 March 13, 2000\n"
              "    Jane Roe, Attorney-in-Fact for Alan H. Foster\n"
              "-------------------------------    --------\n"
              "**Signature of Reporting Person          Date\n")
    assert _signers(FORM_4, {FORM_4_SIGNED: signed}) == [
        (None, "Jane Roe", FOR_FOSTER, "2000-03-13")]
    # the signer's name typed again under the signature with an office: that title; a line
    # naming another, or an address, is none
    for under, title in (("Alan H. Foster, Chief Financial Officer", "Chief Financial Officer"),
                         ("New York, NY 10022", None), ("John Smith, Director", None)):
        signed = FORM_4_SIGNED.replace("Foster\n", f"Foster\n{under}\n")
        assert _signers(FORM_4, {FORM_4_SIGNED: signed}) == [
            (None, "Alan H. Foster", title, "2000-03-13")], under


def test_schedule_person_signing_by_attorney() -> None:
    # the Schedule TO-T/A edited: Carl C. Icahn, a filing person signing for himself after
    # the Icahn entities' signers, signs by his attorney ("By: /s/ Jane Roe" over "Jane Roe,
    # Attorney-in-Fact for Carl C. Icahn", or the capacity in a cell of its own): no
    # registrant (not Beckton Corp., the last entity above)
    for typed in (">Jane Roe, Attorney-in-Fact for Carl C. Icahn<",
                  ">Jane Roe<TD>as Attorney-in-Fact for Carl C. Icahn<"):
        signers = _signers(CVR, {">/s/ CARL C. ICAHN<": ">By: /s/ Jane Roe<",
                                 ">Name: Carl C. Icahn<": typed})
        assert signers[-2][:2] == ("BECKTON CORP.", "Ted Papapostolou")
        assert signers[-1] == (None, "Jane Roe", "Attorney-in-Fact for Carl C. Icahn",
                               "2025-01-10"), typed
    # an attorney-in-fact with no person named signs for the entity above, as before
    signers = _signers(CVR, {">/s/ CARL C. ICAHN<": ">By: /s/ Jane Roe<",
                             ">Name: Carl C. Icahn<": ">Jane Roe, Attorney-in-Fact<"})
    assert signers[-1] == ("BECKTON CORP.", "Jane Roe", "Attorney-in-Fact", "2025-01-10")
    # Apple's 10-Q/A of 1997 (no schedule) edited: the attorney signs for the registrant
    old = ("By: /S/ Fred D. Anderson\t\t\t\n"
           "                                                 Fred D. Anderson\n")
    new = ("By: /s/ Jane Roe\n"
           "                                                 Jane Roe, Attorney-in-Fact for"
           " Fred D. Anderson\n")
    assert _signers(APPLE, {old: new})[0][:3] == ("APPLE COMPUTER, INC.", "Jane Roe",
                                                  "Attorney-in-Fact for Fred D. Anderson")


def test_dashed_dates_run_in_linear_time() -> None:
    # ~200 KB of hyphenated figures and of capacities: each scan stays linear
    for text in ("1-" * 100_000, "3-13-00 " * 25_000, "12-12-12-" * 22_000):
        start = time.process_time()
        find_dates(text, dashed=True)
        Dates()[text]
        assert time.process_time() - start < 5
    start = time.process_time()
    edited_record(FILINGS / CVR, {">/s/ CARL C. ICAHN<": ">By: /s/ Jane Roe<",
                                  ">Name: Carl C. Icahn<": ">Jane Roe, "
                                  + "as Attorney-in-Fact for" * 9_000 + " Carl C. Icahn<"})
    assert time.process_time() - start < 5
