"""Press-release bodies of round 58: a note that the tables follow typed unframed and alone
on its line ("See attached tables.", "Tables follow") as the body's last paragraph, over the
tables, is no part of the body (round 57 dropped the framed note, "- See Attached Tables -")."""

from __future__ import annotations

import time

from filing2json.parsers.sections.press_release import parse_press_release
from support import FILINGS, edited_record

# Pericom Semiconductor's 8-K of April 2005 (a corpus filing): its body's last line, and
# the end of its safe harbour over the tables
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
LAST = "MediaPlayer).\n"
HARBOUR_END = "filing.\n\n<PAGE>\n"
NOTES = ("See attached tables.", "Tables follow", "Financial Tables to Follow",
         "See accompanying financial tables.")


def _release(edit: dict[str, str]) -> dict:
    return edited_record(FILINGS / PERICOM, edit)["press_releases"][0]


def test_unframed_tables_note_leaves_body() -> None:
    # Pericom's release edited: the note typed alone under the body's last paragraph, as
    # releases print it over their tables
    plain = _release({})
    assert plain["body"].endswith("Windows MediaPlayer).")
    for note in NOTES:
        release = _release({LAST: f"{LAST}\n     {note}\n"})
        assert release["body"] == plain["body"], note
    # or under the safe harbour, last before the tables
    for note in NOTES:
        release = _release({HARBOUR_END: f"filing.\n\n     {note}\n\n<PAGE>\n"})
        assert release["body"] == plain["body"], note
        assert release["forward_looking_statements"] == plain["forward_looking_statements"]
    # a sentence that speaks of the tables, or one led by "The", stays prose
    prose = "     See attached tables for details of the results."
    assert prose.strip() in _release({LAST: f"{LAST}\n{prose}\n"})["body"]
    body = _release({LAST: f"{LAST}\n     The tables follow.\n"})["body"]
    assert body.endswith("The tables follow.")


def test_unframed_note_pathological_input_is_linear() -> None:
    # ~200 KB of lines that open as the note and never finish it
    text = ("ACME REPORTS RESULTS\n\nNEW YORK, March 3, 2015 -- Acme today said.\n\n"
            + "See attached tables tables tables Tables follo\n" * 4500)
    start = time.process_time()
    parse_press_release(text, "EX-99.1")
    assert time.process_time() - start < 5
