"""Press-release head and body, round 69b.

Speed (no record changes):
- the tickers step looks for the labels "symbol" and "ticker" once a text, and the steps
  that need one read what it found (``press_tickers._label_words``); the verbs of "listed on
  Nasdaq as ACME" are found by two scans of the text instead of five
  (``press_tickers._listed_as_stems``); an ASCII text is not scanned for "®" and "™".

Accuracy:
- a capitalised word alone in square brackets under a headline line ("[Transformational]",
  "[Updated]") is a subheadline, as "(Transformational)" is since round 69, not a note the
  walk up from the dateline passes over as it does "[LOGO]" (``press_parts._bracketed_word``,
  ``press_parts._bracketed_subhead``; Oracle 2019, edited).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers.sections import press_tickers as pt
from support import FILINGS, edited_record

ORACLE = FILINGS / "8k_2019_oraclecorp_1.txt"
PERICOM = FILINGS / "8k_2005_pericomsemiconductorco_7.txt"
WESTELL = FILINGS / "8k_1999_westelltechnologiesinc_3.txt"

# ---- the tickers step's scans ---------------------------------------------------------------

# (real lines: Pericom 2005's EX-99 and Westell 1999's merger agreement)
_AKER = "AKER is traded on the Taiwan OTC Exchange (TWO) under the symbol AKER, Code"
_WESTELL = "the Merger to be listed on the Nasdaq  National Market (the filings and"


def test_the_lines_are_the_filings() -> None:
    assert _AKER in PERICOM.read_text(encoding="latin-1")
    assert _WESTELL in WESTELL.read_text(encoding="latin-1")


def _stems_one_by_one(text: str) -> list[int]:
    """Where each stem of _LISTED_AS_STEMS stands, a scan a stem (the old way)."""
    found = []
    for stem in pt._LISTED_AS_STEMS:
        at = text.find(stem, 1)
        while at >= 0:
            found.append(at)
            at = text.find(stem, at + len(stem))
    return sorted(found)


def test_listed_as_stems_by_two_scans() -> None:
    assert sorted(pt._listed_as_stems(_AKER)) == [9]  # "raded on"
    assert sorted(pt._listed_as_stems(_WESTELL)) == [18]  # "isted on"
    text = f"{_AKER} {_WESTELL} trade on; trades on; quoted on; rated on; upgrade; Trader"
    assert sorted(pt._listed_as_stems(text)) == _stems_one_by_one(text) == [
        9, 94, 149, 159, 170]
    # (no stem at the text's first character, as before: "_LISTED_AS" reads one before it)
    assert pt._listed_as_stems("rade on the NYSE as ACM") == []
    assert pt._listed_as_stems("xrade on") == [1]


def test_label_words_read_once() -> None:
    assert pt._label_words(_AKER) == frozenset({"ymbol"})
    assert pt._label_words(_WESTELL) == frozenset()
    assert pt._label_words("(TICKER SYMBOL: ACM)") == frozenset({"ICKER", "YMBOL"})


def test_tickers_read_as_before() -> None:
    # (the prose listing, the labelled symbol and a mark after the exchange, as before)
    assert pt.find_tickers("Acme Corp. is listed on Nasdaq as ACME.") == [
        {"exchange": "Nasdaq", "symbol": "ACME"}]
    assert pt.find_tickers("Acme Corp. (Ticker Symbol: ACM) today") == [
        {"exchange": None, "symbol": "ACM"}]
    assert pt.find_tickers("Acme Corp. (NASDAQ\u00ae: ACME) today") == [
        {"exchange": "NASDAQ", "symbol": "ACME"}]
    assert pt.find_tickers(_AKER) == []


def test_listed_as_stems_linear() -> None:
    text = "upgrade rated on trade on Traded on the NYSE as ACM. " * 4_000  # ~210 KB
    start = time.process_time()
    stems = pt._listed_as_stems(text)
    found = pt.find_tickers(text)
    assert time.process_time() - start < 5
    assert len(stems) == 8_000
    assert found == [{"exchange": "NYSE", "symbol": "ACM"}]


# ---- a bracketed word under the headline ----------------------------------------------------

_H1 = ('<P STYLE="margin-top:24pt; margin-bottom:0pt; font-size:10pt; font-family:Times New '
       'Roman" ALIGN="center"><B>ORACLE NAMES RONA FAIRHEAD </B></P>\n')
_H2 = ('<P STYLE="margin-top:0pt; margin-bottom:0pt; font-size:10pt; font-family:Times New '
       'Roman" ALIGN="center"><B>TO THE BOARD OF DIRECTORS </B></P>\n')
_MIXED = "Oracle Names Rona Fairhead to the Board of Directors"
_CAPS = "ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS"


def _oracle(head: str) -> dict[str, Any]:
    return edited_record(ORACLE, {_H1 + _H2: head})["press_releases"][0]


@pytest.mark.parametrize("note", ["[Transformational]", "[Updated]"])
def test_square_bracketed_word_under_a_headline(note: str) -> None:
    # was: no subheadline (the line passed over as "[LOGO]" is)
    word = note[1:-1]
    release = _oracle(f'<P ALIGN="center"><B>{_MIXED}<BR>{note}</B></P>\n')
    assert (release["headline"], release["subheadlines"]) == (_MIXED, [word])
    release = _oracle(f'<P ALIGN="center"><B>{_MIXED}</B></P><P ALIGN="center">{note}</P>\n')
    assert (release["headline"], release["subheadlines"]) == (_MIXED, [word])
    release = _oracle(f'<P ALIGN="center"><B>{_CAPS}<BR>{note}</B></P>\n')
    assert (release["headline"], release["subheadlines"]) == (_CAPS, [word])


@pytest.mark.parametrize("note", ["[LOGO]", "[Photo]", "[Oracle Logo]"])
def test_picture_notes_still_pass(note: str) -> None:
    release = _oracle(f'<P ALIGN="center"><B>{_MIXED}</B></P><P ALIGN="center">{note}</P>\n')
    assert (release["headline"], release["subheadlines"]) == (_MIXED, [])


def test_round_bracketed_word_and_a_note_above_as_before() -> None:
    release = _oracle(f'<P ALIGN="center"><B>{_MIXED}<BR>(Transformational)</B></P>\n')
    assert (release["headline"], release["subheadlines"]) == (_MIXED, ["(Transformational)"])
    # over the headline, a bracketed note is none of the head
    release = _oracle(f'<P ALIGN="center">[Transformational]</P><P ALIGN="center"><B>{_MIXED}'
                      '</B></P>\n')
    assert (release["headline"], release["subheadlines"]) == (_MIXED, [])
