"""Cover page, round 66b: an old 8-K's "Date of Event" caption alone gives the event's date
(the report's is the header's period of report, where there is a header); "I.R.S. No.
13-5652423" typed among a row of values gives the IRS number, and the other values of its row
keep their columns.

No corpus 8-K prints these shapes. They are made from real pre-2001 8-K covers of the corpus:
Turner Broadcasting's of January 1994 (8k_1994_turnerbroadcastingsyst_1.txt), its combined
"Date of report (Date of earliest event reported)  January 24, 1994" line retyped as "Date of
Event: January 24, 1994" (and the other ways 1990s filers typed it), and its numbers' row or
state line with "I.R.S. No." typed before the IRS number; Union Camp's of August 1994
(8k_1994_unioncampcorp_1.txt), its row "VIRGINIA   1-4001   13-5652423" over bracketed
captions with "I.R.S. No.", "IRS No." or "I.R.S. Employer Identification No." typed before
the IRS number (and "File No." before the file number). The captions-first cover is Aames
Capital's of December 1998 (8k_1998_aamescapitalcorp_1.txt), its date of report typed alone
under its caption: each caption of its block (name to former name) moved over its value, as
some 1990s filers printed them (the rule between kept or dropped); and Turner's so edited,
its date moved onto a line of its own under its caption.
"""

from __future__ import annotations

import re
import time

import pytest

from filing2json.parsers import parse
from support import FILINGS, validate

_TURNER = "8k_1994_turnerbroadcastingsyst_1.txt"
_AAMES = "8k_1998_aamescapitalcorp_1.txt"
_UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|\Z)", re.S)
_TURNER_DATE = "       Date of report (Date of earliest event reported)  January 24, 1994"


def _edited(name: str, old: str, new: str, whole: bool = False) -> dict:
    """The record of the filing (its first document alone unless `whole`), `old` (which must
    be in it) replaced by `new`."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    if not whole:
        text = _TEXT.search(text).group(1)
    assert old in text
    return validate(parse(text.replace(old, new, 1).encode("latin-1"), "cover.txt",
                          keep_text=False))


@pytest.mark.parametrize("new", [
    "  Date of Event: January 24, 1994",
    "  DATE OF EVENT:    JANUARY 24, 1994",
    "  Date of Event:\n  January 24, 1994",
    "     January 24, 1994\n  -------------------\n  (Date of Event)"],
    ids=["colon", "capitals", "date_under", "caption_under"])
def test_date_of_event_alone_is_the_events_date(new: str) -> None:
    record = _edited(_TURNER, _TURNER_DATE, new)
    assert record["event_date"] == "1994-01-24"
    assert record["report_date"] is None  # no date of report printed, no header
    # the filing whole: the header's period of report (19940124) is its report's date
    record = _edited(_TURNER, _TURNER_DATE, new, whole=True)
    assert (record["report_date"], record["event_date"]) == ("1994-01-24", "1994-01-24")


def test_date_of_event_beside_date_of_report() -> None:
    record = _edited(_TURNER, _TURNER_DATE,
                     "  Date of Report: January 26, 1994    Date of Event: January 24, 1994")
    assert (record["report_date"], record["event_date"]) == ("1994-01-26", "1994-01-24")
    # "Date of Event Reported" is the combined caption's event: it dates the report too
    record = _edited(_TURNER, _TURNER_DATE, "  Date of Event Reported: January 24, 1994")
    assert (record["report_date"], record["event_date"]) == ("1994-01-24", "1994-01-24")


def _numbers(record: dict) -> tuple:
    (reg,) = record["registrants"]
    return (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"])


_UNION_ROW = "VIRGINIA                   1-4001            13-5652423"


@pytest.mark.parametrize("new", [
    "VIRGINIA                   1-4001            I.R.S. No. 13-5652423",
    "VIRGINIA                   1-4001   I.R.S. Employer Identification No. 13-5652423",
    "VIRGINIA           File No. 1-4001    I.R.S. No. 13-5652423"],
    ids=["irs_no", "employer_identification_no", "file_no_too"])
def test_irs_number_captioned_in_the_values_row(new: str) -> None:
    record = _edited(_UNION_CAMP, _UNION_ROW, new)
    assert _numbers(record) == ("VIRGINIA", "1-4001", "13-5652423")


@pytest.mark.parametrize(("old", "new"), [
    ("          0-9334                                       58-0950695",
     "          0-9334                                 I.R.S. No. 58-0950695"),
    ("                                    Georgia\n",
     "                      Georgia     I.R.S. No. 58-0950695\n")],
    ids=["beside_file_number", "beside_state"])
def test_irs_number_captioned_beside_another_value(old: str, new: str) -> None:
    record = _edited(_TURNER, old, new)
    assert _numbers(record) == ("Georgia", "0-9334", "58-0950695")


def test_date_of_event_label_is_linear() -> None:
    """The event label over ~200 KB of "Date of Event " runs in linear time."""
    text = (FILINGS / _TURNER).read_text(encoding="latin-1")
    body = _TEXT.search(text).group(1)
    bulk = "Date of Event I.R.S. No. " * 8000
    started = time.process_time()
    parse(body.replace(_TURNER_DATE, bulk, 1).encode("latin-1"), "cover.txt", keep_text=False)
    assert time.process_time() - started < 5


def _captions_first(text: str, first: str, end: str, rule: bool) -> str:
    """`text` with its cover's captions moved over their values, from the block opening with
    line `first` to `end`: each group of lines (blank-line parted) printed values, rule,
    caption becomes caption, rule (when `rule`), values."""
    start = text.index(first)
    stop = text.index(end, start)
    groups = []
    for group in text[start:stop].split("\n\n"):
        lines = [line for line in group.split("\n") if line.strip()]
        ruled = [k for k, line in enumerate(lines) if not line.strip(" -=")]
        if not ruled:
            groups.append(group)
            continue
        k = ruled[0]
        groups.append("\n".join(lines[k + 1 :] + lines[k : k + 1] * rule + lines[:k]))
    return text[:start] + "\n\n".join(groups) + text[stop:]


@pytest.mark.parametrize("rule", [False, True], ids=["no_rule", "rule"])
def test_captions_first_under_a_date_alone(rule: bool) -> None:
    text = _TEXT.search((FILINGS / _AAMES).read_text(encoding="latin-1")).group(1)
    text = _captions_first(text, "                            AAMES", "         =====", rule)
    record = validate(parse(text.encode("latin-1"), "cover.txt", keep_text=False))
    (reg,) = record["registrants"]
    assert record["report_date"] == "1998-12-15"
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("AAMES CAPITAL CORPORATION", "CALIFORNIA",
                                        "333-46893-01", "95-4438859")
    assert reg["address"] == {"street": "350 SOUTH GRAND AVENUE", "city": "LOS ANGELES",
                              "state": "CALIFORNIA", "zip": "90071"}
    assert reg["phone"] == "(213) 210-5000"


def test_captions_first_turner_under_a_date_alone() -> None:
    text = _TEXT.search((FILINGS / _TURNER).read_text(encoding="latin-1")).group(1)
    text = text.replace(_TURNER_DATE, "       Date of report (Date of earliest event reported)"
                        "\n\n                          January 24, 1994")
    text = _captions_first(text, "                        TURNER", "<PAGE>   2", False)
    record = validate(parse(text.encode("latin-1"), "cover.txt", keep_text=False))
    assert record["report_date"] == "1994-01-24"
    assert _numbers(record) == ("Georgia", "0-9334", "58-0950695")
    assert record["registrants"][0]["name"] == "TURNER BROADCASTING SYSTEM, INC."
