"""Tickers of a press release: "(NASDAQ: CPTL)", "(NYSE: ACM; TSX: ACM)", and in prose
"... traded on the New York Stock Exchange under the symbol 'ACM'".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lazy_re import lazy
from .press_patterns import EXCHANGE, LETTER_SYMBOL, TICKER
from .press_text import normalise

# What TICKER reads before its colon (exchange names and the words after them), and after it.
_TICKER_RUN = lazy(r"[A-Za-z \t\n/.-]*")  # ("." for "TSX.V")
_BLANKS = lazy(r"[ \t\n]*")
_SYMBOL_CHARS = 11  # "[A-Z]{1,6}(?:\.[A-Z]{1,3})?" and the character "(?![A-Za-z])" looks at
# (a numeric symbol, "0700.HK" and its closing bracket, is shorter)


def _ticker_matches(text: str) -> Iterator[re.Match[str]]:
    """TICKER.finditer(text), searched only around the colons.

    Every match holds one colon, led by letters, blanks, "/", "." and "-" only, and followed by
    blanks and a short symbol: a match using a colon lies in the run of those characters
    just before it and a few characters after its blanks. Only that stretch is searched,
    instead of every capital letter of the text. The run is measured forwards on the
    reversed text (one C-level match).
    """
    n = len(text)
    rev = ""
    pos = 0  # where the last match ended: matches do not overlap
    colon = text.find(":")
    while colon >= 0:
        if not rev:
            rev = text[::-1]
        back = n - colon  # the colon's index in rev, plus one
        start = max(pos, colon - (_TICKER_RUN.match(rev, back).end() - back))
        end = min(n, _BLANKS.match(text, colon + 1).end() + _SYMBOL_CHARS)
        m = TICKER.search(text, start, end) if start < colon else None
        if m is not None and m.start() < colon:  # (a later one is found at its own colon)
            yield m
            pos = m.end()
        colon = text.find(":", colon + 1)


def _prose_tickers(text: str) -> Iterator[re.Match[str]]:
    """Symbols given in prose: "... traded on the New York Stock Exchange under the symbol
    "ACM"" (About paragraphs, 1990s releases that print no "(NYSE: ACM)")."""
    if "symbol" not in text:
        return
    last = 0  # where the last phrase ended: the exchange is named after it
    for m in _UNDER_SYMBOL.finditer(text):
        found = _PROSE_TICKER.search(text, max(last, m.start() - _PROSE_EXCHANGE_CHARS), m.end())
        last = m.end()
        if found is not None:
            yield found


def find_tickers(text: str) -> list[dict[str, str]]:
    """Every "(EXCHANGE: SYMBOL)" in order, once each, then those named in prose."""
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for m in (*_ticker_matches(text), *_prose_tickers(text)):
        start = m.start()
        if start and text[start - 1].isascii() and text[start - 1].isalpha():
            continue  # inside a word
        exchanges = [normalise(m.group("exchange"))]
        if "/" in exchanges[0] and _SHARED.fullmatch(exchanges[0]):
            exchanges = exchanges[0].split("/")  # "(TSX/NYSE: ACM)": one symbol on both
        joint = _JOINT.search(text, max(0, start - 40), start)
        if joint:  # "(NYSE and TSX: ACM)": one symbol on both
            exchanges.insert(0, normalise(joint.group(1)))
        symbol, end = m.group("symbol"), m.end()
        series = _SERIES.match(text, end)
        if series:  # "(NYSE: HRT PrA)", "(NYSE: BAC-PL)": a preferred series or class
            symbol, end = symbol + series.group(), series.end()
        symbols = [symbol]
        more = _MORE_SYMBOLS.match(text, end)
        if more:  # "(NYSE: BRK.A, BRK.B)", "(NASDAQ: ACME and ACMEW)", "(NYSE: PSA; PSA PrH)":
            # classes of one issuer (the bracket _MORE_SYMBOLS saw closes them: " B)")
            symbols += _SYMBOL.findall(more.group(0) + ")")
        for exchange in exchanges:
            for symbol in symbols:
                key = (exchange.upper(), symbol)
                if key not in seen:
                    seen.add(key)
                    out.append({"exchange": exchange, "symbol": symbol})
    return out


# "under the symbol "ACM"", "under the ticker symbol ACME", after the exchange's name
_UNDER_SYMBOL = lazy(
    r"under[ \t\n]+the[ \t\n]+(?:(?:ticker|trading|stock)[ \t\n]+)?symbol[ \t\n]+"
    r"[\"\u201c']?[A-Z]{1,5}(?:\.[A-Z]{1,2})?[\"\u201d']?(?![A-Za-z0-9])"
)
_PROSE_EXCHANGE_CHARS = 60  # how far before "under the symbol" the exchange's name may start
_PROSE_TICKER = lazy(
    rf"(?P<exchange>{EXCHANGE}(?:[ \t\n]+[A-Z][A-Za-z]*){{0,3}})[ \t\n]+under[ \t\n]+the"
    r"[ \t\n]+(?:(?:ticker|trading|stock)[ \t\n]+)?symbol[ \t\n]+[\"\u201c']?"
    r"(?P<symbol>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)[\"\u201d']?(?![A-Za-z0-9])"
)
# A preferred series or share class after a symbol, kept as printed: " PrA" (the NYSE's
# own spelling, "PSA PrH"), " PR B", "-PL" (Bloomberg's, "BAC-PL"), "-A" ("BF-A"), ".A" after
# "ACM.PR" (see LETTER_SYMBOL), " A" ("NYSE: BRK A", a class letter after a blank, before
# the bracket, or a separator or "and" before another symbol: Berkshire's own spelling; not
# "ACM A and B", "XYZ A and B shares", "S & P": letters, no symbols, follow). (Capitals only
# after "-" or ".": "ACME-listed" is prose.)
_SERIES_FORM = (
    r"(?:[ \t](?:Pr|PR)[ \t]?[A-Z]|-[A-Z]{1,3}(?:-[A-Z])?|\.[A-Z]"
    r"|[ \t][A-Z](?=[ \t]?[)\]]|(?:[ \t]?[,;]|[ \t](?:and|&))[ \t]*+"
    r"(?![A-Z](?![A-Za-z0-9])|shares\b)))(?![A-Za-z0-9])"
)
_SERIES = lazy(_SERIES_FORM)
# a further symbol after the first: letters only, maybe with its series
_SYMBOL_FORM = rf"{LETTER_SYMBOL}(?:{_SERIES_FORM})?"
# two exchanges joined by a slash, each maybe with words after it: "TSX/NYSE American"
# (not "NASDAQ/NMS", a market of one exchange)
_LISTED = rf"{EXCHANGE}(?:[ \t]+[A-Z][A-Za-z]*){{0,2}}"
_SHARED = lazy(rf"{_LISTED}/{_LISTED}")
# an exchange joined to the one before the colon: "(NYSE and TSX: ACM)"
_JOINT = lazy(rf"\(({EXCHANGE})[ \t]+(?:and|&)[ \t]+$")
_SYMBOL = lazy(rf"{_SYMBOL_FORM}(?![A-Za-z])")
# further symbols after the first, up to the closing bracket (a slash parts a SPAC's share
# and warrant: "(NASDAQ: ACME/ACMEW)")
_MORE_SYMBOLS = lazy(
    rf"(?:[ \t]*(?:,|;|and|&|/)[ \t]*{_SYMBOL_FORM}(?![A-Za-z.]))+(?=[ \t]*[)\]])")
