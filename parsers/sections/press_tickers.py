"""Tickers of a press release: "(NASDAQ: CPTL)", "(NYSE: ACM; TSX: ACM)", and in prose
"... traded on the New York Stock Exchange under the symbol 'ACM'", "... under the ticker
symbol ACME on the Nasdaq Global Select Market" or "... listed on Nasdaq as ACME". Two
exchanges a slash joins are two listings ("(NYSE/TSX: ACM)"), but for one group's name
("(Nasdaq/OMX: ACME)"). A dash or a slash may stand for the colon, the symbol quoted or not
("(NYSE-ACM)", '(NYSE - "ACM")', "(NYSE/ACM)"; not "(NYSE/TSX)", two exchanges), and a
symbol may be labelled with no exchange ("(symbol: ACM)", "(ticker: ACM)").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import accumulate

from ..lazy_re import lazy
from .press_patterns import EXCHANGE, LETTER_SYMBOL, SYMBOL, TICKER
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
    joined = False  # whether the text prints a joined series ("ACMPrA"): one scan
    while colon >= 0:
        if not rev:
            rev = text[::-1]
            joined = _JOINED_GATE.search(text) is not None
        back = n - colon  # the colon's index in rev, plus one
        start = max(pos, colon - (_TICKER_RUN.match(rev, back).end() - back))
        end = min(n, _BLANKS.match(text, colon + 1).end() + _SYMBOL_CHARS)
        m = TICKER.search(text, start, end) if start < colon else None
        if joined and m is None and start < colon and text.find("Pr", colon, end) >= 0:
            m = _JOINED_TICKER.search(text, start, end)  # "(NYSE: ACMPrA)"
        if m is not None and m.start() < colon:  # (a later one is found at its own colon)
            yield m
            pos = m.end()
        elif start < colon and text.endswith(_OTHER_LAST, start, colon - (text[colon - 1] == " ")) \
                and _opens_listing(text, start, colon):
            m = _other_listing(text, start, min(n, end + _CLOSE_CHARS))
            if m is not None:  # an exchange TICKER lacks: "(FRA: A1B)"
                yield m
                pos = m.end()
        colon = text.find(":", colon + 1)


def _opens_listing(text: str, start: int, colon: int) -> bool:
    """Whether the run of letters from ``start`` to a colon may hold a listing: it follows a
    bracket or separator, or "and" / "&" joins it to the listing before ("(NYSE: S and PCX:
    S)", "(NYSE & CHX: S)", "(NYSE and CHX: S)")."""
    return text[start - 1] in _LISTING_OPENERS or text[start - 1] == "&" \
        or text[start:colon].lstrip(" \t").startswith("and ")


def _in_word(text: str, start: int) -> bool:
    """Whether a match at ``start`` continues an ASCII word."""
    return start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()


def _word_start(text: str, done: dict[tuple[int, int], re.Match[str]],
                m: re.Match[str]) -> re.Match[str]:
    """A listing that starts inside a word, as an exchange's letters end one ("RELEASE" over
    "NYSE: ACM", "CASE"), read again from a later start: the listing after that word (or
    ``m``, dropped as inside a word, when there is none). ``done``: each listing read so far
    (its span) and where its re-reading ended (the listings of a text re-read each once: a
    run of listings inside words re-read the rest of the run for each, quadratic)."""
    chain = []
    while _in_word(text, m.start()):
        if (last := done.get(m.span())) is not None:
            m = last
            break
        chain.append(m.span())
        # (to a little past its end: a label it swallowed may open the listing, "RELEASE" /
        # "Listed: NASDAQ" / "Symbol: ACME" read as "ASE Listed: NASDAQ")
        again = TICKER.search(text, m.start() + 1, min(len(text), m.end() + _RESCAN_CHARS))
        if again is None:
            break
        m = again
    for span in chain:
        done[span] = m
    return m


_RESCAN_CHARS = 40  # how far past a listing read inside a word another is looked for


def _other_listing(text: str, start: int, end: int) -> re.Match[str] | None:
    """An exchange EXCHANGE lacks, in a bracketed listing: "(FRA: A1B)", "(Chicago Stock
    Exchange: ACM)", "(NYSE, PSE: ACM)", searched from ``start`` (where the run of letters and
    blanks before its colon starts). It must open the bracket or follow a separator, and
    its symbol must close it or precede a separator (prose holds "Exchange: The ...")."""
    m = _OTHER_TICKER.search(text, start, end)
    if m is None:
        return None
    symbol = m.group("symbol")
    if symbol in _NOT_SYMBOLS or symbol.isdigit() \
            and m.group("exchange").split(None, 1)[0] not in _FIGURE_EXCHANGES:
        return None
    before = text[max(0, m.start() - 5) : m.start()].rstrip(" \t")
    # (or joined to the exchange or listing before: "(NYSE and CHX: S)", "(NYSE: S & PCX: S)")
    return m if before[-1:] in _LISTING_OPENERS or before[-1:] == "&" \
        or before.endswith(" and") else None


# Exchanges EXCHANGE (press_patterns) lacks, read only in a listing (see _other_listing):
# Frankfurt's "FRA", the 1990s regionals ("CHX", "PSE", "PCX", "PHLX", "BSE" is Bombay's),
# Hong Kong's "HKSE"/"HKEx", Tokyo's "TYO", Mexico's "BMV", Nordic "OMX" and Oslo's "OSE", and
# any exchange named in full ("Chicago Stock Exchange", "Toronto Stock Exchange", "Australian
# Securities Exchange"; "Foreign Exchange: FX", "Euro Exchange: EUR" are no exchanges:
# "Stock" or "Securities" is asked for)
_OTHER_EXCHANGE = (
    r"(?:FRA|CHX|PSE|PCX|PHLX|HKSE|HKEx|TYO|BMV|OMX|OSE"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Stock|Securities)[ \t]+Exchange)"
)
# (an exchange's words and its colon: the listing after a semicolon, "; TSX: ACM"; or a
# known exchange and the mark or label before its symbol, "; PCX; ACM", "; TSX ticker: ACM",
# "; TSX-ACM")
_NEXT_LISTING = (
    r"[A-Z][A-Za-z]*(?:[ \t/.-]{1,3}[A-Z][A-Za-z]*){0,3}[ \t]*:"
    rf"|(?:{EXCHANGE}|{_OTHER_EXCHANGE})(?:[ \t]*+[;\u2013\u2014-]|[ \t]+(?i:ticker|symbol"
    r"|trading|stock)\b)"
)
_CLASSES = 4  # the most classes passed between two listings (bounded: no long runs re-read)
# A bracketed listing with a dash or words instead of the colon, its symbol closing the
# bracket (1990s wires, and some since): "(NYSE-ACM)", "(NASDAQ - ACME)", "(Nasdaq/NM-ACME)",
# "(NYSE symbol: ACM)", "(Nasdaq symbol ACME)", "(AMEX: symbol ACM)", "(NYSE ticker: ACM)",
# "(PCX-ACM)"; or a semicolon typed for the colon, the symbol then the bracket's last word or
# a semicolon or comma before the next listing ("(NYSE; ACM)", "(NYSE; ACM; TSX: ACM)",
# "(NYSE; ACM, TSX: ACM)", "(NYSE; ACM; PCX; ACM)"), and no exchange's name ("(NYSE; CHX;
# PCX: S)" and "(NYSE; CHX)" name exchanges only), maybe with further classes ("; PCX; ACM,
# ACMW)"). _NEXT_DASHED: the same after a listing's separator, inside its bracket ("; PCX;
# ACM)", "; TSX ticker: ACM)")
# (or an exchange closing the bracket, named with no symbol: "(NYSE; ACM; TSX)")
# The symbol may be quoted, as after a colon: '(NYSE - "FON")', "(NYSE - 'FON')". A slash
# may stand for the dash when the symbol closes the bracket: "(NYSE/FON)" (not a market's
# word nor an exchange's name: "(Nasdaq/NM)", "(NYSE/TSX)" name exchanges only).
_BARE_CLOSE = rf"(?:{EXCHANGE}|{_OTHER_EXCHANGE})[ \t]*+\)"
_DASHED_FORM = (
    rf"(?P<exchange>(?:{EXCHANGE}|{_OTHER_EXCHANGE})(?:[ \t/]{{1,3}}[A-Z][A-Za-z]*){{0,3}})"
    r"(?:[ \t]*+(?:-{1,2}|[\u2013\u2014])[ \t]*+|(?:[ \t]*+:)?[ \t]++"
    r"(?i:(?:(?:ticker|trading|stock)[ \t]+)?symbol|ticker)[ \t]*+:?[ \t]*+"
    r"|[ \t]*+(?P<semi>;)[ \t]*+"
    rf"|(?P<slash>/)(?={LETTER_SYMBOL}[ \t]*\)))"
    r"(?P<quote>[\"\u201c'\u2018](?=[A-Z.]{1,10}[\"\u201d'\u2019]))?"
    rf"(?P<symbol>{LETTER_SYMBOL})(?(quote)[\"\u201d'\u2019])"
    rf"(?(semi)(?=(?:[ \t]*+,[ \t]*+{LETTER_SYMBOL}(?![A-Za-z0-9.]))"
    rf"{{0,{_CLASSES}}}[ \t]*+(?:\)|[;,][ \t]*+(?:{_NEXT_LISTING}|{_BARE_CLOSE})))"
    r"|(?=[ \t]*[);,]))"
)
_DASHED_TICKER = lazy(rf"\({_DASHED_FORM}")
_NEXT_DASHED = lazy(_DASHED_FORM)
_LISTING_GAP = lazy(r"[ \t]*+[;,][ \t]*+")  # (between two listings of a bracket)
# what a dash may join to an exchange that is no symbol: its market ("Nasdaq-NM",
# "Nasdaq-GSM", "OTC-QB", "AMEX-ECM"), another exchange ("NYSE-AMEX"), Toronto's venture board
# ("TSX-V"), what is listed ("NYSE-ADR", "NYSE - REIT")
_MARKET_WORDS = frozenset((
    "NM", "NMS", "NNM", "NGM", "NGS", "NCM", "GS", "GM", "CM", "SC", "GSM", "NGSM", "SCM", "NSM",
    "MKT", "ARCA", "AMEX", "NYSE", "NASDAQ", "OTC", "BB", "TSX", "TSE", "V", "QB", "QX", "PK",
    "OTCQB", "OTCQX", "OTCBB", "ECM", "ADR", "ADRS", "ADS", "REIT", "ETF"))


def _with_dashed(listed: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The colon listings and the dashed ones (see _DASHED_TICKER) in the text's order, then
    the dashed ones after a listing in its bracket (see _next_dashed); one a listing found
    holds is not read twice ("(NYSE Symbol: ACM)")."""
    listed = _merged(listed, filter(_dashed_symbol, _DASHED_TICKER.finditer(text)))
    return _merged(listed, (n for m in listed for n in _next_dashed(text, m)))


def _dashed_symbol(m: re.Match[str]) -> bool:
    """Whether a dashed listing's symbol is one: not a market's word nor, after a semicolon
    or a slash, an exchange's name."""
    symbol = m.group("symbol")
    return symbol not in _MARKET_WORDS and not (
        (m.group("semi") or m.group("slash")) and _EXCHANGE_ONLY.fullmatch(symbol))


def _next_dashed(text: str, m: re.Match[str]) -> Iterator[re.Match[str]]:
    """The dashed listings after listing ``m`` in its bracket, each after a semicolon or comma:
    "(NYSE; ACM; PCX; ACM)", "(PCX; ACM; NYSE; ACM)", "(NYSE ticker: ACM; TSX ticker: ACM)";
    or after the listing's further classes, "(NYSE: ACM, ACMW; PCX; ACM)"."""
    opening = text.rfind("(", max(0, m.start() - _JOINT_CHARS), m.start() + 1)
    if opening < 0 or text.find(")", opening, m.start()) >= 0:
        return  # (no bracket holds it)
    end, classes = m.end(), 0
    while (gap := _LISTING_GAP.match(text, end)) is not None:
        if (n := _NEXT_DASHED.match(text, gap.end())) is not None and _dashed_symbol(n):
            yield n
            end, classes = n.end(), 0
        elif classes < _CLASSES and (c := _CLASS.match(text, gap.end())) is not None:
            end, classes = c.end(), classes + 1  # (a class of the same issuer's, passed)
        else:
            return


_CLASS = lazy(rf"{LETTER_SYMBOL}(?![A-Za-z0-9.])")


def _merged(listed: list[re.Match[str]], more: Iterable[re.Match[str]]
            ) -> list[re.Match[str]]:
    """The listings found so far and ``more``, in the text's order; one of ``more``
    overlapping a listing found is dropped."""
    # (overlapping one: one of the listings starting before its end ends after its start;
    # the furthest end of those, by a bisect, not each listing tested for each match)
    taken = sorted((m.start(), m.end()) for m in listed)
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))
    found = [m for m in more
             if not (k := bisect_left(starts, m.end())) or reach[k - 1] <= m.start()]
    return sorted(listed + found, key=lambda m: m.start()) if found else listed


# A listing typed in lower case, in its bracket: "(nasdaq:abc)", "(Nasdaq: abc)", "(nyse:
# ACM)" (a symbol in capitals after an exchange in capitals is TICKER's)
_LOWER_TICKER = lazy(
    r"\((?P<exchange>(?i:nasdaq(?:gs|gm|cm)?|nyse(?:[ \t](?:american|arca|mkt))?|amex"
    r"|otc(?:qb|qx|bb|pk)?|tsx(?:v|-v|\.v)?|asx|lse|cse))[ \t]*:[ \t]*"
    r"(?P<symbol>[a-z]{1,5}|[A-Z]{1,5})(?=[ \t]*[);,])"
)  # (the main exchanges only: "(aim: growth)" is prose)


def _lower_listings(text: str) -> Iterator[re.Match[str]]:
    """_LOWER_TICKER's matches, tried at each bracket found by str.find."""
    at = text.find("(")
    while at >= 0:
        # (an exchange's first letter and a colon near, before the regex: a case-blind
        # alternation costs thousands of instructions a bracket, most hold figures)
        if text[at + 1 : at + 2] in _LOWER_FIRST and text.find(":", at, at + _LOWER_COLON) > 0:
            m = _LOWER_TICKER.match(text, at)
            if m is not None:
                yield m
        at = text.find("(", at + 1)


_LOWER_FIRST = frozenset("nNaAoOtTlLcC")  # how _LOWER_TICKER's exchanges open
_LOWER_COLON = 16  # its colon lies this near its bracket ("(nyse american:")


# A letterhead's symbol before its exchange (1990s-2000s): "Stock Symbol: ACM (NYSE)",
# "Ticker Symbol: ACME (Nasdaq)", "Symbol: ACME (Nasdaq National Market)", "Trading Symbol:
# ACM   Listed: NYSE", "Symbol: ACM" over "Exchange: NYSE"
_SYMBOL_FIRST = lazy(
    r"(?:(?:Stock|Ticker|Trading|STOCK|TICKER|TRADING)[ \t]+)?(?:Symbol|SYMBOL):[ \t]*+"
    rf"(?P<symbol>{LETTER_SYMBOL})(?![A-Za-z0-9])(?:[ \t]*+\([ \t]*+|[ \t]*+\n?[ \t]*+"
    r"(?:Listed|Traded|Exchange|LISTED|TRADED|EXCHANGE)(?:[ \t]+(?:on|ON))?[ \t]*:[ \t]*+)"
    rf"(?P<exchange>{EXCHANGE}(?:[ \t/-]{{1,3}}[A-Z][A-Za-z]*){{0,3}})(?![A-Za-z0-9])"
)


def _with_symbol_first(listed: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The listings found so far and those printing the symbol first (see _SYMBOL_FIRST), in
    the text's order; one overlapping a listing found is not read twice."""
    return _merged(listed, _SYMBOL_FIRST.finditer(text))


def _prose_tickers(text: str, labels: frozenset[str] | None = None
                   ) -> Iterator[re.Match[str]]:
    """Symbols given in prose: "... traded on the New York Stock Exchange under the symbol
    "ACM"" ("under the ticker "ACM""; About paragraphs, 1990s releases that print no "(NYSE:
    ACM)"), or with the exchange after the symbol: "... trades under the ticker symbol ACME
    on the Nasdaq Global Select Market". ``labels``: _label_words(text), if the caller has
    it."""
    if labels is None:
        labels = _label_words(text)
    # (the label's stems: "Ticker Symbol ACME on the Nasdaq" prints no lower-case word)
    if not labels & _PROSE_STEMS:
        yield from _listed_as(text)
        return
    last = 0  # where the last phrase ended: the exchange is named after it
    for m in _UNDER_SYMBOL.finditer(text):
        found = _PROSE_TICKER.search(text, max(last, m.start() - _PROSE_EXCHANGE_CHARS), m.end())
        last = m.end()
        if found is not None:
            yield found
    yield from _symbol_then_exchange(text)
    yield from _listed_as(text)


def _listed_as(text: str) -> list[re.Match[str]]:
    """The listings of _LISTED_AS ("listed on Nasdaq as ACME", "trades on the NYSE as ACM"),
    in the text's order: each tried only where a verb's stem and "on" stand (str.find)."""
    found: list[re.Match[str]] = []
    for at in _listed_as_stems(text):
        m = _LISTED_AS.match(text, at - 1)
        if m is not None and m.group("symbol") not in _MARKET_WORDS:  # ("as ADS")
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def _listed_as_stems(text: str) -> list[int]:
    """Where each of _LISTED_AS_STEMS stands in ``text`` (past its first character), found
    by two scans of it instead of one a stem: "ted on" for "isted on" and "uoted on",
    "rade" for "rade on", "rades on" and "raded on"."""
    starts: list[int] = []
    at = text.find("ted on", 3)
    while at >= 0:
        if text.startswith(_TED_STEMS, at - 2):
            starts.append(at - 2)
        at = text.find("ted on", at + 6)
    at = text.find("rade", 1)
    while at >= 0:
        if text.startswith(_RADE_STEMS, at):
            starts.append(at)
        at = text.find("rade", at + 4)
    return starts


def _symbol_then_exchange(text: str) -> list[re.Match[str]]:
    """The listings of _SYMBOL_THEN_EXCHANGE, in the text's order: each tried only where
    "symbol" or "ticker" stands (found by str.find, instead of a regex tried at every
    letter of the text)."""
    found: list[re.Match[str]] = []
    for stem in ("ymbol", "icker"):
        at = text.find(stem, 1)
        while at >= 0:
            m = _SYMBOL_THEN_EXCHANGE.match(text, at - 1)
            if m is not None:
                found.append(m)
            at = text.find(stem, at + len(stem))
    return sorted(found, key=lambda m: m.start())


# A symbol in brackets under a label that names no exchange: "(ticker: ACM)", "(Ticker
# Symbol: ACM)", "(Stock Symbol: ACM)", "(symbol: ACM)"; the symbol closes the bracket
_LABELLED_SYMBOL = lazy(
    r"\((?i:ticker(?:[ \t]+symbol)?|(?:(?:stock|trading)[ \t]+)?symbol)[ \t]*:[ \t]*"
    rf"(?P<symbol>{LETTER_SYMBOL})(?=[ \t]*\))"
)
_LABEL_WORDS = ("icker", "ICKER", "ymbol", "YMBOL")  # (one of them in the text: a cheap test)
_PROSE_STEMS = frozenset(("ymbol", "icker", "YMBOL"))  # (see _prose_tickers)


def _label_words(text: str) -> frozenset[str]:
    """Which of _LABEL_WORDS ``text`` holds: one scan a word, read by every step that
    needs a label ("symbol", "ticker") in the text."""
    return frozenset(w for w in _LABEL_WORDS if w in text)


def _unlisted(text: str, out: list[dict[str, str | None]],
              labels: frozenset[str] | None = None) -> None:
    """Add to ``out`` the symbols printed with no exchange (see _LABELLED_SYMBOL), each once
    and only when no listing found names it: its exchange is unknown (null). ``labels``:
    _label_words(text), if the caller has it."""
    if not (_label_words(text) if labels is None else labels):
        return
    known = {t["symbol"] for t in out}
    for m in _LABELLED_SYMBOL.finditer(text):
        if (symbol := m.group("symbol")) not in known:
            known.add(symbol)
            out.append({"exchange": None, "symbol": symbol})


def find_tickers(text: str) -> list[dict[str, str | None]]:
    """Every "(EXCHANGE: SYMBOL)" in order, once each, then those named in prose, then
    those with no exchange ("(ticker: ACM)")."""
    # (a mark after an exchange's name: "(NASDAQ®: ACM)", "(OTCQX®: ACMF)"; read without it.
    # Not str.translate: its table, a dict, is asked for every character of a text that is
    # not ASCII, each miss a KeyError; an ASCII text, told by a flag, holds neither mark)
    if not text.isascii() and ("\u00ae" in text or "\u2122" in text):
        text = text.replace("\u00ae", "").replace("\u2122", "")
    out: list[dict[str, str | None]] = []
    seen: set[tuple[str, str]] = set()
    rows: dict[int, bool] = {}  # line start -> a row of figures? (many tickers on one line)
    listed = [m for m in map(partial(_word_start, text, {}), _ticker_matches(text))
              if not _in_word(text, m.start())]
    if "(" in text:
        listed = _with_dashed(listed, text)
        listed = _merged(listed, _lower_listings(text))
    labels = _label_words(text)  # (read by the three steps below)
    if ("ymbol" in labels and "ymbol:" in text) or ("YMBOL" in labels and "YMBOL:" in text):
        listed = _with_symbol_first(listed, text)  # (the label's colon: prose's has none)
    matches = [m for m in (*listed, *_prose_tickers(text, labels)) if not (
        m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()
    )]  # (not inside a word)
    lines = [text.rfind("\n", 0, m.start()) + 1 for m in matches]  # where each one's line starts
    on_line: dict[int, int] = {}  # how many tickers each line holds (a dict: a Counter
    for line_start in lines:  # costs more to make than the few matches it counts)
        on_line[line_start] = on_line.get(line_start, 0) + 1
    # (where the listing after each one starts: its further symbols end there)
    nexts = [m.start() for m in matches[1:]] + [len(text)] if matches else []
    for m, line_start, next_start in zip(matches, lines, nexts, strict=True):
        start = m.start()
        if line_start not in rows:
            rows[line_start] = _in_figures_row(text, line_start, on_line[line_start])
        series = _SERIES.match(text, m.end())
        if rows[line_start] and series is None:
            continue  # a peer's, in a table comparing companies (not a preferred series' row)
        if out and _among_peers(text, start):
            continue  # "... than peers such as Beta Corp. (NYSE: BETA)"
        exchanges = [_exchange_name(m.group("exchange"))]
        if "/" in exchanges[0] and _SHARED.fullmatch(exchanges[0]) \
                and not _ONE_GROUP.fullmatch(exchanges[0]):
            # "(TSX/NYSE: ACM)", "(NYSE / TSX: ACM)", "(NYSE/CHX/PCX: S)": one symbol on each
            exchanges = [e.strip() for e in exchanges[0].split("/")]
        exchanges[:0] = _joined_exchanges(text, start)
        symbol, end = m.group("symbol"), m.end()
        if symbol.islower():  # "(nasdaq:abc)": a symbol is capitals
            symbol = symbol.upper()
        if series:  # "(NYSE: HRT PrA)", "(NYSE: BAC-PL)": a preferred series or class
            symbol, end = symbol + series.group(), series.end()
        symbols = [symbol]
        more = _MORE_SYMBOLS.match(text, end)
        if more:  # "(NYSE: BRK.A, BRK.B)", "(NASDAQ: ACME and ACMEW)", "(NYSE: PSA; PSA PrH)":
            # classes of one issuer (the bracket _MORE_SYMBOLS saw closes them: " B)"), up
            # to the next listing ("(NYSE: ACM; PCX; ACM)": "PCX" is no symbol of the NYSE's)
            # (the prose's listings follow the bracketed ones: one earlier cuts nothing)
            stop = min(more.end(), next_start) if next_start >= end else more.end()
            symbols += _SYMBOL.findall(text[end:stop].rstrip(" \t;,&/") + ")")
        for exchange, symbol in _listings(exchanges, symbols):
            key = (_market(exchange), symbol)
            if key not in seen:
                seen.add(key)
                out.append({"exchange": exchange, "symbol": symbol})
    _named_after_company(text, out)
    if any(t["symbol"] is None for t in out):
        out = _named_only(out)
    _unlisted(text, out, labels)
    return out


def _named_after_company(text: str, out: list[dict[str, str | None]]) -> None:
    """Add to ``out`` each exchange a bracket names alone after a company's legal form, its
    symbol none (1990s: "Zurn Industries, Inc. (New York Stock Exchange), a leading ...",
    "Acme Corp. (NYSE)"; not "the New York Stock Exchange (NYSE)", a name's short form), or
    with its market or what is listed dashed or slashed to it, as printed ("(Nasdaq-GSM)",
    "(NYSE-ADR)", "(Nasdaq/NM)"; "(AMEX-listed)" names the AMEX). One a typed listing names
    too is dropped later (see _named_only)."""
    known = {_market(t["exchange"] or "") for t in out}
    at = text.find("(")
    while at >= 0:
        # (every exchange's name opens with a capital: most brackets, "(1)", "(in
        # thousands)", "(loss)", are passed at their first character)
        c = text[at + 1 : at + 2]
        close = text.find(")", at + 2, at + _NAMED_CHARS) if "A" <= c <= "Z" or c in " \t" \
            else -1
        if close > 0 and (m := _NAMED_EXCHANGE.fullmatch(text, at + 1, close)) is not None \
                and _LEGAL_END.search(text, max(0, at - _LEGAL_CHARS), at) is not None \
                and (name := _named_market(m)) is not None:
            if _market(name) not in known:
                known.add(_market(name))
                out.append({"exchange": name, "symbol": None})
        at = text.find("(", at + 1)


_NAMED_CHARS = 40  # the longest bracket _NAMED_EXCHANGE reads
_LEGAL_CHARS = 16  # how far before the bracket _LEGAL_END looks
_NAMED_EXCHANGE = lazy(
    rf"[ \t]*(?P<exchange>{EXCHANGE}(?:[ \t]+[A-Z][A-Za-z]*){{0,3}}|{_OTHER_EXCHANGE})"
    r"(?:[ \t]*+(?:-{1,2}|[\u2013\u2014/])[ \t]*+(?P<market>[A-Za-z]{1,6}))?[ \t]*"
)


def _named_market(m: re.Match[str]) -> str | None:
    """The exchange _NAMED_EXCHANGE read, with the market or kind dashed (or slashed) to it
    as printed ("Nasdaq-GSM", "OTC - QX", "NYSE-ADR", "Nasdaq/NM"), less a dashed "listed"
    ("AMEX-listed"); None when the dashed word is neither (a symbol: "(NYSE-ACM)" is the
    dashed listings' rule)."""
    market = m.group("market")
    if market is None or market.lower() == "listed":
        return " ".join(m.group("exchange").split())
    if market.upper() not in _MARKET_WORDS:
        return None
    return " ".join(m.string[m.start("exchange") : m.end("market")].split())
# a company's legal form closing its name, maybe with a comma, before the bracket
_LEGAL_END = lazy(
    r"(?<![A-Za-z.])(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|L\.P|N\.V|S\.A|LLC|plc|PLC|AG"
    r"|Corporation|CORPORATION|Company|COMPANY|Limited|Incorporated)\.?,?[ \t\n]+$"
)


def _listings(exchanges: list[str], symbols: list[str]) -> Iterator[tuple[str, str | None]]:
    """(exchange, symbol) of a listing's symbols: an exchange's name among the further ones
    starts its own listing, its symbol none where none is typed ("(NYSE: ACM, ACMW and
    TSX)": TSX's symbol is not printed; "TSX" is no symbol of the NYSE's)."""
    bare = None  # an exchange named among the symbols, with none of its own yet
    for i, symbol in enumerate(symbols):
        if i and _EXCHANGE_ONLY.fullmatch(symbol):
            if bare is not None:
                yield bare, None
            exchanges = [bare := " ".join(symbol.split())]
            continue
        yield from ((exchange, symbol) for exchange in exchanges)
        bare = None
    if bare is not None:
        yield bare, None


def _named_only(out: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """``out`` less each exchange named with no symbol whose market a listing with a symbol
    names too ("(NYSE: ACM, ACMW and TSX)" then "(TSX: ACM)")."""
    typed = {_market(t["exchange"] or "") for t in out if t["symbol"] is not None}
    return [t for t in out
            if t["symbol"] is not None or _market(t["exchange"] or "") not in typed]


def _joined_exchanges(text: str, start: int) -> list[str]:
    """The exchanges listed before the one at ``start`` inside its bracket (or from its
    line's start, a letterhead's "NYSE and TSX: ACM"), sharing its symbol: "(NYSE and TSX:
    ACM)", the 1990s "(NYSE, PSE: ACM)", "(NYSE, PSE and CHX: S)"."""
    low = max(0, start - _JOINT_CHARS)
    opening = text.rfind("(", low, start)
    if opening >= 0 and _JOINT.fullmatch(text, opening + 1, start) is None \
            and text.find(":", opening, start) >= 0:
        # or from the last listing in its bracket: "(NYSE: ACM, ACMW; CHX; PCX: ACM)"
        opening = _after_listing(text, opening, start)
    if opening < 0 or _JOINT.fullmatch(text, opening + 1, start) is None:
        # or from the start of its line: a letterhead's "NYSE and TSX: ACM"
        opening = text.rfind("\n", low, start)
        if (opening < 0 and low) or _JOINT.fullmatch(text, opening + 1, start) is None:
            return []
    return [normalise(name) for name in _JOINT_NAME.findall(text, opening + 1, start)]


_JOINT_CHARS = 60  # how far before the listing its bracket may open


def _after_listing(text: str, opening: int, start: int) -> int:
    """The separator, between the bracket ``opening`` and the listing at ``start``, where
    the exchanges joined to that listing begin (the furthest back whose run to ``start``
    _JOINT reads: "(NYSE: ACM; CHX; PCX: ACM)" gives the one after "ACM"), else -1."""
    found, end = -1, max(text.rfind(";", opening, start), text.rfind(",", opening, start))
    # (from the separator before the one closing the joined run: that one closes it)
    while (at := max(text.rfind(";", opening, end), text.rfind(",", opening, end))) > opening \
            and _JOINT.fullmatch(text, at + 1, start) is not None:
        found, end = at, at
    return found


def _exchange_name(printed: str) -> str:
    """The exchange of a listing, less the label word a letterhead prints after it: "NASDAQ
    SYMBOL: ACME", "NYSE Ticker Symbol: ACM", "NYSE Ticker: ACM", "Traded: NYSE / Symbol:
    ACM" (1990s)."""
    name = normalise(printed)
    words = name.split()
    label = words[-1].lower() if len(words) > 1 else ""
    if label in ("symbol", "ticker"):
        words.pop()
        if len(words) > 1 and words[-1].lower() in _SYMBOL_LEADS:
            words.pop()
        if words[-1] in _LISTING_JOINS:  # "Traded: NYSE / Symbol: ACM"
            words.pop()
        name = " ".join(words)
    return name


_LISTING_JOINS = frozenset(("/", "-", "|", ","))


_SYMBOL_LEADS = frozenset(("ticker", "stock", "trading"))


def _market(exchange: str) -> str:
    """The market an exchange name belongs to, its first word: "NASDAQ National Market",
    "Nasdaq-NM" and "NASDAQ" are one market, so "(NASDAQ National Market: PSEM)" in the
    dateline and "(NASDAQ: PSEM)" in the About paragraph are one listing ("(TSX: NPP)
    (NYSE: NPP)" are two)."""
    upper = exchange.upper()
    end = 0
    while end < len(upper) and upper[end].isalnum():
        end += 1
    first = upper[:end] or upper
    if first in _SPELLED_FIRST:  # "New York Stock Exchange" (prose) and "NYSE" are one
        words = upper.split()
        return _SPELLED_OUT.get(" ".join(words[:3]), first)
    if first == "NYSE":
        return _nyse_market(upper, end)
    return _MARKET_ALIASES.get(first, first)


def _nyse_market(upper: str, end: int) -> str:
    """The NYSE's own market, or one of its sister exchanges, which are other listings: "(NYSE:
    IFF, NYSE Texas: IFF)" is listed twice, "NYSE American" and "NYSE Arca" are not the NYSE."""
    second = upper[end:].lstrip(" \t\n-/").split(None, 1)
    if second and second[0] in _NYSE_SISTERS:
        return "NYSE " + second[0]
    return "NYSE"


# Exchanges written out, as prose names them ("traded on the New York Stock Exchange under
# the symbol ACM"), and joined tier names ("NasdaqGS"), by their short names
_SPELLED_OUT = {"NEW YORK STOCK": "NYSE", "AMERICAN STOCK EXCHANGE": "AMEX",
                "TORONTO STOCK EXCHANGE": "TSX"}
_SPELLED_FIRST = frozenset(("NEW", "AMERICAN", "TORONTO"))
# exchanges the NYSE's group runs beside it, printed after its name ("NYSE Texas", "NYSE-Amex")
_NYSE_SISTERS = frozenset(("TEXAS", "AMERICAN", "ARCA", "MKT", "AMEX", "CHICAGO", "NATIONAL",
                           "ALTERNEXT"))
_MARKET_ALIASES = {"NASDAQGS": "NASDAQ", "NASDAQGM": "NASDAQ", "NASDAQCM": "NASDAQ",
                   "ASE": "AMEX"}


# A table's column gap (a tab in rendered HTML), and a cell of figures: "2.1x", "$24.10",
# "15.3%", "(0.4)", "$1,234" (not a bare whole number: a ZIP code, a year, a street number)
_CELL_GAP = lazy(r"\t|[ ]{2,}")
_FIGURE_CELL = lazy(
    r"\(?-?\$[ ]?\d[\d,]*(?:\.\d+)?\)?|\(?-?\d[\d,]*\.\d+[%x)]?|-?\d[\d,]*(?:\.\d+)?[%x]"
    r"|\(\d[\d,]*(?:\.\d+)?\)"
)


def _in_figures_row(text: str, start: int, tickers: int) -> bool:
    """Whether the line from ``start``, holding ``tickers`` tickers, is a row of a table
    comparing peers: cells of figures, and two tickers or two figures ("Regions Financial
    (NYSE: RF)   Union Bank (NASDAQ: UBNK)   2.1x"); not the release's letterhead ("FOR
    IMMEDIATE RELEASE      NYSE: ACME   1000 Main Street, Houston, TX  77002") nor its
    masthead's price ("(NYSE: ACME)   $24.10") or its preferred series' dividend."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].strip()
    if "\t" not in line and "  " not in line:
        return False
    if "Preferred" in line or "PREFERRED" in line or "Series" in line or "SERIES" in line:
        return False  # the issuer's own preferred series and its dividend figures
    cells = _CELL_GAP.split(line)
    # (a justified line of prose, "Acme Corp.  (NASDAQ: ACME)  reported  net  income  of
    # $4.5", has cells of lower-case words; table cells open with a capital or a figure)
    if not all(c[:1] in _CELL_OPENERS or c[:1].isupper() for c in cells):
        return False
    figures = sum(_FIGURE_CELL.fullmatch(cell) is not None for cell in cells[1:])
    return figures >= 2 or (figures == 1 and tickers >= 2)


_CELL_OPENERS = frozenset("0123456789$(-")

# Others listed in the same sentence before a ticker: "... outperformed peers such as Beta
# Corp. (NYSE: BETA)", "competitors, including Gamma Inc. (NASDAQ: GAMA)". A plural and a
# list's lead-in are asked for: one rival named alone ("acquire its chief competitor, Beta
# Corp. (NYSE: BETA)", "its rival Beta") is a deal's party, whose ticker is the release's
_PEERS = lazy(
    r"(?i:(?<![\w-])(?:peers|competitors|rivals|peer[ \t]+(?:group[ \t]+)?(?:companies|banks"
    r"|institutions|firms))(?![\w-])[ \t\n]*+,?[ \t\n]*+(?:such[ \t\n]+as|including|like"
    r"|namely|e\.g\.)(?![\w-]))"
)
_PEER_CHARS = 150  # how far before the ticker the words may stand
_SENTENCE_END = lazy(r"[.!?][\"\u201d]?[ \t\n]+[A-Z]")
_PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n")


def _among_peers(text: str, start: int) -> bool:
    """Whether the ticker at ``start`` follows "peers such as" ("competitors, including",
    "rivals like") in its sentence and paragraph: another company's."""
    low = text[max(0, start - _PEER_CHARS) : start].lower()
    if "peer" not in low and "competitors" not in low and "rivals" not in low:
        return False
    begin = max(0, start - _PEER_CHARS)
    for m in _PARAGRAPH_BREAK.finditer(text, begin, start):
        begin = m.end()  # (a headline or the paragraph before is another sentence)
    last = -1  # where the last such lead-in ends
    for m in _PEERS.finditer(text, begin, start):
        last = m.end()
    return last >= 0 and _SENTENCE_END.search(text, last, start) is None


# (_OTHER_EXCHANGE: see above.) A symbol of figures only is Asian ("HKEx: 0123", "Tokyo
# Stock Exchange: 6758"), not "(USA: 12, FRA: 8)"; a listing's note is no symbol ("Toronto
# Stock Exchange: HALTED")
# (a bracket's word that is no symbol)
_EXCHANGE_ONLY = lazy(rf"{EXCHANGE}|{_OTHER_EXCHANGE}|TSX[ \t]+Venture[ \t]+Exchange")
_FIGURE_EXCHANGES = frozenset(("HKSE", "HKEx", "TYO", "Tokyo", "Hong", "Shanghai", "Shenzhen",
                               "Taiwan", "Korea", "Osaka"))
_NOT_SYMBOLS = frozenset(("HALTED", "NONE", "TBA", "TBD"))
_OTHER_TICKER = lazy(
    rf"(?P<exchange>{_OTHER_EXCHANGE})[ \t]*:[ \t\n]*(?P<symbol>{SYMBOL})(?=[ \t]*[);,\]|])"
)
# how an _OTHER_EXCHANGE ends, tested before the regex, after the listing's opener before
# the run (most colons follow neither)
_OTHER_LAST = ("FRA", "CHX", "PSE", "PCX", "PHLX", "HKSE", "HKEx", "TYO", "BMV", "OMX", "OSE",
               "Exchange")
_LISTING_OPENERS = frozenset("([,;|")
_CLOSE_CHARS = 3  # the bracket or separator _OTHER_TICKER looks for after the symbol's blanks

# "under the symbol "ACM"", "under the ticker symbol ACME", "under the ticker "ACME"", after
# the exchange's name
_SYMBOL_WORD = r"(?:(?:(?:ticker|trading|stock)[ \t\n]+)?symbol|ticker)"
_UNDER_SYMBOL = lazy(
    rf"under[ \t\n]+the[ \t\n]+{_SYMBOL_WORD}[ \t\n]+"
    r"[\"\u201c']?[A-Z]{1,5}(?:\.[A-Z]{1,2})?[\"\u201d']?(?![A-Za-z0-9])"
)
_PROSE_EXCHANGE_CHARS = 60  # how far before "under the symbol" the exchange's name may start
_PROSE_TICKER = lazy(
    rf"(?P<exchange>{EXCHANGE}(?:[ \t\n]+[A-Z][A-Za-z]*){{0,3}})[ \t\n]+under[ \t\n]+the"
    rf"[ \t\n]+{_SYMBOL_WORD}[ \t\n]+[\"\u201c']?"
    r"(?P<symbol>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)[\"\u201d']?(?![A-Za-z0-9])"
)
# ... the exchange after the symbol: "under the ticker symbol ACME on the Nasdaq Global Select
# Market", "under the symbol "ACM" on the New York Stock Exchange", "(ticker symbol ACME on
# the Nasdaq)" (read from "symbol" or "ticker": every repeat bounded)
_SYMBOL_THEN_EXCHANGE = lazy(
    r"(?:[Ss]ymbol|[Tt]icker)[ \t\n]+[\"\u201c']?"
    r"(?P<symbol>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)[\"\u201d']?[ \t\n]+on[ \t\n]+(?:the[ \t\n]+)?"
    rf"(?P<exchange>{EXCHANGE}(?:[ \t\n]+[A-Z][A-Za-z]*){{0,3}})(?![A-Za-z0-9])"
)
# ... or the exchange then "as" and the symbol: "listed on Nasdaq as ACME", "which trades on
# the NYSE as ACM", "quoted on the OTC Bulletin Board as "ACME"" (not "as A result", "as I")
_LISTED_AS = lazy(
    r"(?:[Ll]isted|[Tt]raded|[Tt]rades|[Tt]rade|[Qq]uoted)[ \t\n]+on[ \t\n]+(?:the[ \t\n]+)?"
    rf"(?P<exchange>{EXCHANGE}(?:[ \t\n]+[A-Z][A-Za-z]*){{0,3}})[ \t\n]+as[ \t\n]+"
    r"[\"\u201c']?(?![AI](?![A-Za-z0-9.]))(?P<symbol>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)"
    r"[\"\u201d']?(?![A-Za-z0-9])"
)
_LISTED_AS_STEMS = ("isted on", "raded on", "rades on", "rade on", "uoted on")
_TED_STEMS = ("isted on", "uoted on")  # (the stems _listed_as_stems finds by "ted on")
_RADE_STEMS = ("rade on", "rades on", "raded on")  # (and by "rade")
# A preferred series or share class after a symbol, kept as printed: " PrA" (the NYSE's
# own spelling, "PSA PrH"), " PR B", "-PL" (Bloomberg's, "BAC-PL"), "-A" ("BF-A"), ".A" after
# "ACM.PR" (see LETTER_SYMBOL), " A" ("NYSE: BRK A", a class letter after a blank, before
# the bracket, or a separator or "and" before another symbol: Berkshire's own spelling; not
# "ACM A and B", "XYZ A and B shares", "S & P": letters, no symbols, follow). (Capitals only
# after "-" or ".": "ACME-listed" is prose.)
_SERIES_FORM = (
    r"(?:[ \t](?:Pr|PR)[ \t]?[A-Z]|-[A-Z]{1,3}(?:-[A-Z])?|\.[A-Z]"
    r"|[ \t][A-Z](?=[ \t]?[)\]]|(?:[ \t]?[,;]|[ \t](?:and|&))[ \t]*+"
    r"(?![A-Z](?![A-Za-z0-9])|shares\b))|[ \t]WS(?=[ \t]?[)\],;]))(?![A-Za-z0-9])"
)  # (" WS": the NYSE's spelling of a SPAC's warrants, "(NYSE: ACM.U, ACM, ACM WS)")
_SERIES = lazy(_SERIES_FORM)
# A preferred series joined to its symbol, the NYSE's own spelling: "ACMPrA", "PSAPrH"
_JOINED_PR = r"[A-Z]{1,5}Pr[A-Z]"
_JOINED_GATE = lazy(r"Pr[A-Z](?![A-Za-z0-9])")  # (its literal start makes the scan fast)
_JOINED_TICKER = lazy(
    rf"(?P<exchange>{EXCHANGE}(?:[ \t\n/-]{{1,3}}[A-Z][A-Za-z]*){{0,3}})"
    rf"[ \t]*:[ \t\n]*(?P<symbol>{_JOINED_PR})(?![A-Za-z0-9])"
)
# a further symbol after the first: letters only, maybe with its series
_SYMBOL_FORM = rf"(?:{_JOINED_PR}|{LETTER_SYMBOL}(?:{_SERIES_FORM})?)"
# two exchanges joined by a slash, each maybe with words after it: "TSX/NYSE American"
# (not "NASDAQ/NMS", a market of one exchange)
# (not "NASDAQ/NMS", a market of one exchange), or a 1990s regional: "NYSE/CHX/PCX"
_LISTED = rf"(?:{EXCHANGE}(?:[ \t]+[A-Z][A-Za-z]*){{0,2}}|{_OTHER_EXCHANGE})"
_SHARED = lazy(rf"{_LISTED}(?:[ \t]?/[ \t]?{_LISTED})+")
# ... but one group's name a slash joins, one market: "(Nasdaq/OMX: ACME)", the NASDAQ OMX
# Group's name as printed 2008-2014 (OMX's Nordic boards print "Nasdaq Stockholm")
_ONE_GROUP = lazy(r"(?i:nasdaq)[ \t]?/[ \t]?OMX")
# exchanges joined to the one before the colon, each by a comma, "and" or "&": "(NYSE and
# TSX: ACM)", the 1990s "(NYSE, PSE: ACM)", "(NYSE, PSE and CHX: S)", "(NYSE, CHX, PCX: S)";
# or by a semicolon, "(NYSE; CHX; PCX: S)"
# (a line may wrap between them in a bracket: "(NYSE and\nTSX: ACM)")
_JOINT_NAME = lazy(
    rf"(?<![A-Za-z])(?:NYSE[ \t]+(?:American|Arca|MKT)|{EXCHANGE}|{_OTHER_EXCHANGE})"
    r"(?![A-Za-z.-])"
)  # (the NYSE's sister markets first: "NYSE American and TSX: ACM"; "TSX-V", not "TSX")
_JOINT = lazy(
    rf"[ \t\n]*+(?:(?:{EXCHANGE}|{_OTHER_EXCHANGE})[ \t\n]*+(?:[,;][ \t\n]*+"
    r"(?:(?:and|&)[ \t\n]+)?|(?:and|&)[ \t\n]+))+"
)
# an exchange named among a listing's symbols, with none of its own, that no symbol's
# form reads (or one _NEXT_LISTING takes for a dashed listing): "(NYSE: ACM and TSX-V)",
# "(NYSE: ACM, ACMW and Toronto Stock Exchange)"
_BARE_NAME = (
    r"(?:TSX[-.]V|TSX[ \t]+Venture[ \t]+Exchange"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Stock|Securities)[ \t]+Exchange)"
)
_SYMBOL = lazy(rf"{_BARE_NAME}|{_SYMBOL_FORM}(?![A-Za-z])")
_WRAP = r"[ \t]*+\n?[ \t]*+"  # blanks, maybe where a plain-text line wraps
# further symbols after the first, up to the closing bracket (a slash parts a SPAC's share
# and warrant: "(NASDAQ: ACME/ACMEW)") or to the bracket's next listing, each exchange
# keeping its own classes: "(NYSE: ACM, ACMW; PCX: ACM)", "(Nasdaq: PSEM, PSEMW; PCX -
# PSEM)", "(NYSE: ACM, ACMW; CHX; PCX: ACM)", "(NYSE: ACM; CHX, PCX: ACM)", "(NYSE: ACM,
# ACMW and TSX: ACM)" (an exchange opening a listing, or joined to one, is no symbol; one
# named alone is read as a class, its own listing: "(NYSE: ACM and Toronto Stock Exchange)")
_MORE_SYMBOLS = lazy(
    rf"(?:{_WRAP}(?:,|;|and|&|/){_WRAP}(?:{_BARE_NAME}(?=[ \t]*+[)\],;])|(?!{_NEXT_LISTING}"
    rf"|(?:{EXCHANGE}|{_OTHER_EXCHANGE})[ \t]*+,[ \t]*+(?:{_NEXT_LISTING})){_SYMBOL_FORM}"
    r"(?![A-Za-z.])))+"
    rf"(?={_WRAP}[)\]]|{_WRAP}(?:[;,]|(?:and|&)(?=[ \t\n])){_WRAP}(?:{_NEXT_LISTING}))")
