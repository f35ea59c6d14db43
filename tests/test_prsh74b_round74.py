"""Press-release head and body, round 74b: a speed cut in the dateline search, and four
shapes other filers print.

- speed: ``press_dateline.first_live_hint`` no longer runs match_dateline on a hint line that
  holds none of a dateline's marks (a digit, a dash, a bracket, a slash, a pipe, a bullet, a
  colon or an ellipsis: ``_unmarked``); most hint lines of an 8-K's items are a name and a
  title ("Kurt M. Swenson, Chairman and Chief Executive Officer") or a firm's name ("ASTA
  FUNDING, INC."). Checked over every line the corpus and samples hand the reader. (A
  whole-text pre-test was looked for and not found: see the report.)
- tickers: a slash for the dash, "(NYSE/S)" (not "(NYSE/TSX)", "(Nasdaq/NM)": an exchange's
  or a market's name); a quoted symbol after a dash, '(NYSE - "S")'; "(symbol: S)" with no
  exchange (``press_tickers._DASHED_FORM``, ``_LABELLED_SYMBOL``); before, no ticker;
- a dotted date, the day first, after a wire's credit or opening the line or after the
  place: "/PRNewswire/ -- 22.07.2004 -- BOSTON --", "22.07.2004 -- BOSTON --", "BOSTON,
  Mass., 22.07.2004 --" (``press_patterns.DOTTED_DATE``, ``press_dateline._figures_date``);
  before, no release or no dateline (old test changed: test_prsh73b_round73's
  test_credit_date_neighbours, "22.07.2004" [] -> the release);
- a headline's verb under the company's name alone on the line above (a <br>): "Apple" /
  "Launches Vision Pro in New Markets" gave "Launches Vision Pro in New Markets", now
  "Apple Launches Vision Pro in New Markets"; "Apple Expands" / "Retail Stores in India"
  gave "Apple Expands" and a subheadline (``press_parts._NEWS_VERBS``);
- "asked" attributes a quoted question: '"Why would we not grow next year?" asked Alex Hui,
  President and CEO.' gave no quote (``press_patterns.VERBS``).
Sears' 8-K (2004), Apple's (2024) and Pericom's (2006), edited.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from test_prsh73_round73 import _SEARS_LEAD, SEARS, _apple, _sears_lead
from test_prsh74_round74 import _release_texts
from test_prsq69b_round69 import _laid_out

from filing2json.parsers.sections import press_dateline
from filing2json.parsers.sections.press_text import lines_of
from filing2json.parsers.sections.press_tickers import find_tickers
from support import edited_record

_SEARS_TICKER = "Sears, Roebuck\nand Co. (NYSE: S) today"


def _sears_tickers(listing: str) -> list[dict[str, str | None]]:
    """The tickers of Sears' release, its "(NYSE: S)" printed as ``listing``."""
    record = edited_record(SEARS, {_SEARS_TICKER: f"Sears, Roebuck\nand Co. {listing} today"})
    return record["press_releases"][0]["tickers"]


# ---- speed: no dateline test of a line with no dateline's marks -------------------------------


def _hint_lines() -> Iterator[str]:
    """The right-stripped lines of every text the reader is handed over the corpus and the
    samples, as first_live_hint reads them."""
    for text in _release_texts():
        for line in lines_of(text):
            yield line.rstrip()


def test_unmarked_never_rules_out_a_dateline_line_of_the_corpus() -> None:
    tried = ruled_out = 0
    for line in _hint_lines():
        tried += 1
        if press_dateline._unmarked(line):
            ruled_out += 1
            assert press_dateline.match_dateline(line) is None, line
            assert press_dateline._comma_words(line) is None, line
    assert tried > 10_000 and ruled_out > 1_000  # (the test reads what the reader reads)


def test_unmarked_lines() -> None:
    assert press_dateline._unmarked("Kurt M. Swenson, Chairman and Chief Executive Officer")
    assert press_dateline._unmarked("ASTA FUNDING, INC.")
    # every dateline holds one of the marks
    for line in ("WALTHAM, Mass., Aug. 2, 2000 /PRNewswire/ -- CTC",
                 "AURORA,  IL  ...Robert H.  Gaynor,  Chairman",
                 "CUPERTINO, CALIFORNIA \u2014 Apple today announced",
                 "HOFFMAN ESTATES, IL / ACCESSWIRE / Sears",
                 "HOFFMAN ESTATES, Ill. | PRNewswire | Sears",
                 "CHICAGO (AP) Acme"):
        assert not press_dateline._unmarked(line)


def _every_line_tested(text: str) -> tuple[int, object]:
    """first_live_hint as it read before this round: the full test on every hint line."""
    hint_lines = press_dateline._DATELINE_HINT
    for hint in hint_lines.finditer(text):
        start = hint_lines.line_start(hint)
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)].rstrip()
        found = press_dateline.match_dateline(line)
        if found is not None or press_dateline._may_wrap(line) \
                or press_dateline._comma_words(line) is not None:
            return (0, None) if start and press_dateline._label_run_in(text, start) \
                is not None else (start, found)
    return (0, None) if press_dateline._label_run_in(text) is not None else (-1, None)


def test_first_live_hint_unchanged_on_the_corpus() -> None:
    # the same line (and match) as the full test of every line gives, for every text
    texts = _release_texts()
    found = [_key(press_dateline.first_live_hint(t)) for t in texts]
    assert found == [_key(_every_line_tested(t)) for t in texts]  # type: ignore[arg-type]
    assert sum(at >= 0 for at, _ in found) > 30 and sum(at < 0 for at, _ in found) > 100


def _key(hint: tuple[int, press_dateline.Dateline | None]) -> tuple[int, object]:
    """A hint's line start and its match's name, span and line (matches compare by id)."""
    at, known = hint
    return at, known and (known[0], known[1].span(), known[1].string)


# ---- tickers ---------------------------------------------------------------------------------


def test_slash_quoted_and_symbol_label_tickers() -> None:
    # (was: [])
    assert _sears_tickers("(NYSE/S)") == [{"exchange": "NYSE", "symbol": "S"}]
    assert _sears_tickers('(NYSE - "S")') == [{"exchange": "NYSE", "symbol": "S"}]
    assert find_tickers("Acme Corp. (NYSE - \u201cACM\u201d) today") == [
        {"exchange": "NYSE", "symbol": "ACM"}]
    assert _sears_tickers('(NYSE-"S")') == [{"exchange": "NYSE", "symbol": "S"}]
    assert _sears_tickers("(symbol: S)") == [{"exchange": None, "symbol": "S"}]
    assert _sears_tickers("(Symbol: S)") == [{"exchange": None, "symbol": "S"}]


def test_ticker_neighbours() -> None:
    # read before this round, and unchanged
    assert _sears_tickers("(NYSE: S)") == [{"exchange": "NYSE", "symbol": "S"}]
    assert _sears_tickers("(NYSE-S)") == [{"exchange": "NYSE", "symbol": "S"}]
    assert _sears_tickers("(Nasdaq GS: ABCD)") == [{"exchange": "Nasdaq GS", "symbol": "ABCD"}]
    assert _sears_tickers("(TSX, NYSE: S)") == [{"exchange": "TSX", "symbol": "S"},
                                                {"exchange": "NYSE", "symbol": "S"}]
    assert _sears_tickers("(NYSE/TSX: S)") == [{"exchange": "NYSE", "symbol": "S"},
                                               {"exchange": "TSX", "symbol": "S"}]
    # a slash between exchanges or an exchange and its market: no symbol
    assert find_tickers("Acme, Inc. (NYSE/TSX) today") == [{"exchange": "NYSE/TSX",
                                                           "symbol": None}]
    for listing in ("(Nasdaq/NM)", "(NASDAQ/NMS)", "(NYSE/PCX)", "(NYSE/ADR)", "(and/or)"):
        assert find_tickers(f"Acme {listing} today") == []


def test_dashed_ticker_is_linear() -> None:
    start = time.process_time()
    find_tickers('(NYSE/"' * 30000)
    find_tickers('(NYSE - "' + "A" * 200000)
    find_tickers("(NYSE/" + "A/" * 100000)
    assert time.process_time() - start < 5


# ---- a dotted date, the day first ------------------------------------------------------------


def test_credit_then_dotted_date() -> None:
    # (was: no release)
    release = _sears_lead("/PRNewswire/ -- 22.07.2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    assert release["body"].startswith("/PRNewswire/ -- 22.07.2004 -- BOSTON -- Sears, Roebuck")
    release = _sears_lead("(BUSINESS WIRE) -- 22.07.2004 -- BOSTON, Mass. --")
    assert release["dateline"] == {"city": "BOSTON", "state": "Mass.", "date": "2004-07-22"}
    release = _sears_lead("/PRNewswire/ -- 22.07.2004 --")
    assert release["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}
    release = _sears_lead("--(BUSINESS WIRE)--22.07.2004--")
    assert release["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}
    # the day first; the month first only where the second number is over 12
    release = _sears_lead("/PRNewswire/ -- 07.08.2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-08-07"}
    release = _sears_lead("/PRNewswire/ -- 07.22.2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    assert press_dateline._figures_date("29/01/2009") == "2009-01-29"
    assert press_dateline._figures_date("01/29/2009") == "2009-01-29"


def test_dotted_date_opening_the_line_or_after_the_place() -> None:
    # (was: no release)
    release = _sears_lead("22.07.2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    # (was: no dateline)
    release = _sears_lead("BOSTON, Mass., 22.07.2004 --")
    assert release["dateline"] == {"city": "BOSTON", "state": "Mass.", "date": "2004-07-22"}
    release = _sears_lead("HOFFMAN ESTATES, Ill., 22.07.2004 /PRNewswire/ --")
    assert release["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.",
                                   "date": "2004-07-22"}
    release = _sears_lead("BUSINESS WIRE -- 22.07.2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}


def test_dotted_date_neighbours() -> None:
    # read before this round, and unchanged
    release = _sears_lead("/PRNewswire/ -- 07/22/2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    release = _sears_lead("BOSTON, Mass., 7/22/2004 --")
    assert release["dateline"] == {"city": "BOSTON", "state": "Mass.", "date": "2004-07-22"}
    # a version's figures, two-figure year: no date
    assert press_dateline.match_dateline("22.07.04 -- BOSTON -- Acme today said") is None


def test_dotted_date_is_linear() -> None:
    start = time.process_time()
    press_dateline.match_dateline("/PRNewswire/ -- 22.07.2004 -- " + "BOSTON " * 30000 + "--")
    press_dateline.match_dateline("BOSTON, " + "22.07." * 35000)
    press_dateline.match_dateline("22.07.2004 " + "1.1." * 50000)
    press_dateline.first_live_hint(("BOSTON -- 22.07." + "1" * 50 + "\n") * 3000)
    assert time.process_time() - start < 5


# ---- a headline's verb under the company's name ----------------------------------------------


def test_news_verb_under_the_name() -> None:
    # (was: "Launches Vision Pro in New Markets", the name dropped)
    assert _apple(">Apple<br>Launches Vision Pro in New Markets</font>")["headline"] == \
        "Apple Launches Vision Pro in New Markets"
    assert _apple(">Apple<br>Opens Retail Stores in India</font>")["headline"] == \
        "Apple Opens Retail Stores in India"
    assert _apple(">Apple<br>Launches<br>Vision Pro in New Markets</font>")["headline"] == \
        "Apple Launches Vision Pro in New Markets"
    # (was: "Apple Expands", the subheadline "Retail Stores in India")
    release = _apple(">Apple<br>Expands<br>Retail Stores in India</font>")
    assert release["headline"] == "Apple Expands Retail Stores in India"
    assert release["subheadlines"] == ["Services revenue reaches new all-time record",
                                       "EPS up 16 percent to new all-time high"]


def test_headline_verb_neighbours() -> None:
    # read before this round, and unchanged
    assert _apple(">Apple<br>Reports First Quarter Results</font>")["headline"] == \
        "Apple Reports First Quarter Results"
    assert _apple(">Apple<br>Unveils Vision Pro in New Markets</font>")["headline"] == \
        "Apple Unveils Vision Pro in New Markets"
    assert _apple(">Apple<br>Reports<br>First Quarter Results</font>")["headline"] == \
        "Apple Reports First Quarter Results"
    # a dateline-less Sears release with such a headline: as before
    record = edited_record(SEARS, {
        "                  Sears Reports Second Quarter 2004 Results\n":
            "                  Sears Launches New Credit Card Program\n",
        _SEARS_LEAD: "    Sears, Roebuck\n"})
    release = record["press_releases"][0]
    assert (release["headline"], release["dateline"]) == (
        "Sears Launches New Credit Card Program", None)


# ---- "asked" ---------------------------------------------------------------------------------

_QUESTION = '"Why would we not grow next year?"'


def test_asked_attributes_a_question() -> None:
    # (was: no quote)
    found = [("Alex Hui", "President and CEO", "Why would we not grow next ")]
    assert _laid_out(f"     {_QUESTION} asked Alex Hui, President and CEO.\n") == found
    assert _laid_out(f"     {_QUESTION} Alex Hui, President and CEO, asked.\n") == found
    assert _laid_out('     "We will grow next year," asked Alex Hui, President and CEO.\n') == [
        ("Alex Hui", "President and CEO", "We will grow next year")]


def test_asked_neighbours() -> None:
    # read before this round, and unchanged
    assert _laid_out(f"     Alex Hui, President and CEO, asked, {_QUESTION}\n") == [
        ("Alex Hui", "President and CEO", "Why would we not grow next ")]
    assert _laid_out(f"     {_QUESTION} said Alex Hui, President and CEO.\n") == [
        ("Alex Hui", "President and CEO", "Why would we not grow next ")]
    # no person asks: no quote
    assert _laid_out('     Analysts asked, "Why would you not grow next year?"\n') == []
    assert _laid_out(f"     {_QUESTION} asked analysts.\n") == []
