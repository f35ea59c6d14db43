"""Signature blocks of round 57: a date typed "3.13.00" (month, day and a two-digit year
between stops) in a date's own place; a schedule's filing person whose name is typed in
capitals over the signature ("CARL C. ICAHN" over "/s/ Carl C. Icahn"), a signer and no
registrant; a "... LIMITED PARTNERSHIP" a registrant; and directors starred in a 10-K's table
with no date of their own, dated by the "*By: /s/ ..." attorney-in-fact who signed for them."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from filing2json.parsers.sections.signature_dates import Dates
from filing2json.parsers.sections.signatures import parse_signatures
from filing2json.parsers.values import find_dates
from support import FILINGS, edited_record

FORM_4 = "4_2000_productivitytechnologi_1.txt"
# Productivity Technologies' Form 4 of March 2000 (a corpus filing), its signature as filed
FORM_4_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\nDATE\nMarch 13, 2000"
CVR = "sctota_2025_cvrenergyinc_1.txt"  # Icahn's Schedule TO-T/A (13D filed with it), 2025
PERKINELMER = "10k405_2001_perkinelmerinc_1.txt"
ACURX = "s1_2023_acurxpharmaceuticalsin_1.txt"


def _signers(name: str, edit: dict[str, str]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / name, edit)["signatures"]]


# the Form 4's date in its three places (a "{}" for the date): under the "DATE" caption, beside
# the signature over the printed form's caption, after "Date:" under it
_FORM_4_PLACES = (FORM_4_SIGNED.replace("March 13, 2000", "{}"),
                  "/s/ Alan H. Foster" + " " * 22 + "{}\n" + "-" * 31 + "    --------\n"
                  "**Signature of Reporting Person          Date",
                  "/s/ Alan H. Foster\n" + "-" * 31
                  + "\n**Signature of Reporting Person\n\nDate: {}")


@pytest.mark.parametrize("place", _FORM_4_PLACES)
@pytest.mark.parametrize("date", ["3.13.00", "03.13.00"])
def test_ownership_report_dotted_two_digit_year(place: str, date: str) -> None:
    # the Form 4 edited: its date typed "3.13.00" in a date's place
    assert _signers(FORM_4, {FORM_4_SIGNED: place.format(date)}) == [
        (None, "Alan H. Foster", None, "2000-03-13")]
    # an impossible day, a run of more figures: none
    for wrong in ("2.30.00", "3.13.00.1"):
        assert _signers(FORM_4, {FORM_4_SIGNED: place.format(wrong)})[0][3] is None, wrong


@pytest.mark.parametrize("caption", ["Date: {}", "Date:</P><P>{}"])
@pytest.mark.parametrize("date", ["1.10.25", "01.10.25"])
def test_schedule_dotted_date_caption(caption: str, date: str) -> None:
    # the Schedule TO-T/A edited: "Date: January 10, 2025" typed "1.10.25", on the caption's
    # line or the line under it; every filing person dated
    signers = _signers(CVR, {"Date: January 10, 2025": caption.format(date)})
    assert len(signers) == 7 and {s[3] for s in signers} == {"2025-01-10"}


def test_dotted_dates_only_where_asked() -> None:
    # the default path is unchanged (a two-digit year after stops is an amount's or a
    # section's); a date's place reads it, the two separators alike, never inside a longer
    # run of figures and stops
    assert find_dates("Date: 3.13.00") == []
    assert find_dates("Section 1.5.25 and 3.13.00") == []
    assert find_dates("Date: 3.13.00", dashed=True) == [(6, "2000-03-13")]
    assert find_dates("Date: 3.13.00.", dashed=True) == [(6, "2000-03-13")]
    assert find_dates("03.13.2000", dashed=True) == [(0, "2000-03-13")]  # (DATE_RE's, once)
    for text in ("1.3.13.00", "3.13.00.5", "v3.13.00", "3.13-00", "3-13.00", "2.30.00",
                 "13.3.00", "A3.13.00"):
        assert find_dates(text, dashed=True) == [], text
    dates = Dates()
    assert dates["3.13.00"] == [(0, "2000-03-13")]
    assert dates["Dated:  3.13.00"] == [(8, "2000-03-13")]
    assert dates["Rule 3.13.00"] == [] and dates["Section 1.3.13.00"] == []


# CVR's last filing person, "/s/ CARL C. ICAHN" in a cell under Beckton Corp.'s signer
_ICAHN = ('<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid"><FONT STYLE="font-family: '
          'Times New Roman, Times, Serif; font-size: 10pt">/s/ CARL C. ICAHN</FONT></TD></TR>')


def _named_over(name: str, signed: str) -> dict[str, str]:
    """The edit that types `name` in capitals in a row of its own over `signed`, as the
    entities' names are typed over their signers."""
    return {_ICAHN: f'<TD COLSPAN="2"><FONT><B>{name}</B></FONT></TD></TR><TR><TD>&nbsp;</TD>'
                    f'<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid">{signed}</TD></TR>'}


def test_schedule_person_named_in_capitals_over_the_signature() -> None:
    # the Schedule TO-T/A edited: Carl C. Icahn's name typed in capitals over his signature
    # ("/s/" or "By: /s/"), right under Beckton Corp.'s signer: a filing person signing for
    # himself, no registrant (not BECKTON CORP., nor "CARL C. ICAHN")
    beckton = ("BECKTON CORP.", "Ted Papapostolou", "Vice President", "2025-01-10")
    for name in ("CARL C. ICAHN", "CARL ICAHN", "CARL C. ICAHN, JR."):
        for signed in ("/s/ Carl C. Icahn", "By: /s/ Carl C. Icahn"):
            signers = _signers(CVR, _named_over(name, signed))
            assert signers[-2:] == [beckton, (None, "Carl C. Icahn", None, "2025-01-10")], (
                name, signed)
    # opening with no given name: a person by the surname signed under it
    signers = _signers(CVR, _named_over("NELSON PELTZ", "By: /s/ Nelson Peltz"))
    assert signers[-1][:2] == (None, "Nelson Peltz")
    # a company's name over "By:" is the registrant that signer signs for ("LIMITED
    # PARTNERSHIP" a legal form too, no longer run into the title above)
    for firm in ("ICAHN CAPITAL LP", "HIGH RIVER LIMITED PARTNERSHIP", "ICAHN FAMILY TRUST"):
        signers = _signers(CVR, _named_over(firm, "By: /s/ Carl C. Icahn"))
        assert signers[-2:] == [beckton, (firm, "Carl C. Icahn", None, "2025-01-10")], firm


def test_schedule_person_in_capitals_plain_text() -> None:
    # CVR's certification and its last two signers re-typed as a plain-text schedule prints
    # them, the person's name in capitals over his signature
    head = ("After due inquiry and to the best of my knowledge and belief, I certify that the"
            "\ninformation set forth in this statement is true, complete and correct.\n\n"
            "Date: January 10, 2025\n\n")
    pad = " " * 36
    beckton = (f"{pad}BECKTON CORP.\n\n{pad}By: /s/ Ted Papapostolou\n"
               f"{pad}    Name: Ted Papapostolou\n{pad}    Title: Vice President\n\n")
    for icahn in (f"{pad}CARL C. ICAHN\n\n{pad}/s/ Carl C. Icahn\n{pad}{'-' * 25}\n",
                  f"{pad}CARL C. ICAHN\n{pad}By: /s/ Carl C. Icahn\n"):
        for block in (head + beckton + icahn, head + icahn):
            signers = [(s["registrant"], s["name"], s["date"])
                       for s in parse_signatures(block, False, [])]
            assert signers[-1] == (None, "Carl C. Icahn", "2025-01-10"), block
            assert len(signers) == 1 or signers[0][0] == "BECKTON CORP."
    # a firm's name in capitals, no given name opening it nor the signer's surname in it
    # ("ELLIOTT MANAGEMENT", "THIRD POINT"), or a firm named like a person ("MORGAN
    # STANLEY"), is still the registrant
    for firm in ("ELLIOTT MANAGEMENT", "THIRD POINT", "MORGAN STANLEY", "RAYMOND JAMES"):
        block = head + f"{pad}{firm}\n\n{pad}By: /s/ Carl C. Icahn\n"
        assert parse_signatures(block, False, [])[0]["registrant"] == firm


# PerkinElmer's 10-K405 (2001): its directors' rows, each "By: /s/ NAME  Director  March 26,
# 2001" over a rule and the name typed under it
_DIRECTORS = ("Tamara J. Erickson", "Kent F. Hansen", "Nicholas A. Lopardo")


def _starred_edit(row: str, attorney: str) -> dict[str, str]:
    """The 10-K405 edited: three directors' rows starred with no date (`row` formats the
    name), the attorney-in-fact's lines `attorney` under the table."""
    text = (FILINGS / PERKINELMER).read_text(encoding="latin-1")
    edit = {}
    for name in _DIRECTORS:
        found = re.search(rf"By: /s/ {name.upper()} .*?\n-+\n +{name}\n", text)
        assert found is not None
        edit[found.group(0)] = row.format(name=name)
    edit["    G. Robert Tod\n</TABLE>"] = f"    G. Robert Tod\n\n{attorney}</TABLE>"
    return edit


def test_starred_directors_dated_by_their_attorney() -> None:
    # the 10-K405 edited: the directors' rows starred ("*Tamara J. Erickson  Director", or
    # "*  Director" over the rule and the name), no date of their own; the attorney's
    # "*By: /s/ Robert F. Friel" dated March 28, 2001 beside it or under it: that date
    rows = ("*{name}".ljust(53) + "Director\n",
            "*".ljust(53) + "Director\n" + "-" * 50 + "\n    {name}\n\n")
    attorneys = ("*By: /s/ Robert F. Friel".ljust(53) + "March 28, 2001\n"
                 "     -------------------------\n     Robert F. Friel\n     Attorney-in-Fact\n",
                 "*By: /s/ Robert F. Friel\n     Robert F. Friel, Attorney-in-Fact\n"
                 "     Date: March 28, 2001\n")
    for row in rows:
        for attorney in attorneys:
            signers = _signers(PERKINELMER, _starred_edit(row, attorney))
            dated = {s[1]: s[3] for s in signers}
            assert [dated[n] for n in _DIRECTORS] == ["2001-03-28"] * 3, (row, attorney)
            # directors signing rows of their own keep their dates; the attorney signs last
            assert dated["John F. Keane"] == dated["G. Robert Tod"] == "2001-03-26"
            assert signers[-1] == ("PERKINELMER, INC.", "Robert F. Friel", "Attorney-in-Fact",
                                   "2001-03-28")
            assert len(signers) == 13
    # an attorney with no date of his own: the block's date, as before
    signers = _signers(PERKINELMER, _starred_edit(
        rows[0], "*By: /s/ Robert F. Friel\n     Robert F. Friel, Attorney-in-Fact\n"))
    assert {s[3] for s in signers} == {"2001-03-26"}


def test_starred_directors_dated_by_their_attorney_html() -> None:
    # Acurx's S-1 of 2023 (HTML) edited: two directors' signature cells starred, their date
    # cells emptied, and the attorney's rows under the table dated June 30, 2023
    text = (FILINGS / ACURX).read_text(encoding="latin-1")
    edit = {}
    for name in ("Carl V. Sailer", "Joseph C. Scodari"):
        found = re.search(rf'solid; text-align: center">/s/ {name}</TD>(.*?)June&nbsp;29, 2023',
                          text, re.S)
        assert found is not None
        edit[found.group(0)] = f'solid; text-align: center">*</TD>{found.group(1)}'
    end = text.index("</TABLE>", text.index("James Donohue</TD>"))
    cell = '<TD STYLE="text-align: center">'
    attorney = "".join(f"<TR>{cell}{a}</TD>{cell}</TD>{cell}</TD>{cell}</TD>{cell}{b}</TD></TR>"
                       for a, b in (("*By: /s/ David P. Luci", "June&nbsp;30, 2023"),
                                    ("David P. Luci", ""), ("Attorney-in-Fact", "")))
    edit[text[end - 300 : end + 8]] = text[end - 300 : end] + attorney + "</TABLE>"
    signers = {s[1]: s[2:] for s in _signers(ACURX, edit)}
    assert signers["Carl V. Sailer"] == signers["Joseph C. Scodari"] == ("Director",
                                                                        "2023-06-30")
    assert signers["Thomas Harrison"] == ("Director", "2023-06-29")
    assert signers["David P. Luci"] == ("Attorney-in-Fact", "2023-06-30")


def test_dotted_dates_run_in_linear_time() -> None:
    # ~200 KB of figures and stops: each scan stays linear
    for text in ("1." * 100_000, "3.13.00 " * 25_000, "12.12.12." * 22_000):
        start = time.process_time()
        found = find_dates(text, dashed=True)
        Dates()[text]
        assert time.process_time() - start < 5
        assert len(found) == (25_000 if text[:2] == "3." else 0)  # (each date read once)
