"""Cover page -> securities[]: the Section 12(b) table (title, trading symbol, exchange).

Read from the cover text by column; a 2019+ iXBRL cover's dei: facts are the fallback. An
8-K prints the table after the check boxes that end the cover region, so that stretch (up to
the first item) is read too. Printed as (Meta 2025, rendered)::

    Title of each class\tTrading Symbol(s)\tName of each exchange on which registered
    Class A Common Stock, $0.000006 par value\tMETA\tThe Nasdaq Stock Market LLC

A dash in a column ("\u2014": Apple's notes have no symbol) is null. Cells that stack several
securities one above the other (Oracle 2019: three titles in one cell, "New York Stock
Exchange" three times in the next) are split into one row per security when the titles can be
cut where each begins. A title ending on a joining word ("COMMON STOCK AND", "..., $1 PAR
VALUE, AND") goes on in the next line's (or row's) title: one class, listed on each exchange
printed beside its lines. A class tagged "N/A" or "None" in the dei: facts lists nothing;
the dei: facts pair each title with the symbol and exchange of its own contextRef. Two classes
on one line, a slash parting their titles and symbols ("Common Stock / Warrants   ACME /
ACMEW"), are a row each (_slashed); a note stacked under its class in the title's cell
("(1) Each representing ...") is no part of the title (_before_note); an exchange's head
wrapped to "on which" beside the title's head is the exchange's; a text table's tags printed
as text ("<S>  <C>", "</TABLE>": an HTML <pre> holding them escaped) are no row. Classes and
exchanges stacked line for line, as many of each ("Common Stock, $0.01 par value" /
"Preferred Stock Purchase Rights" beside "New York Stock Exchange" / "Chicago Stock
Exchange"), or parted by a slash in both cells, are a row each, each class on the exchange
beside it (_paired, _slashed_exchanges); one class's exchanges parted by a slash, a
semicolon or "&" are a row each (_slashed_names, _EXCHANGE_CUT); a list of exchanges wrapped
in a text table after its joiner ("New York Stock Exchange and" / "Pacific Exchange, Inc.")
or as places of one kind ("New York and Pacific Stock" / "Exchanges", the plural a rendered
table's row of its own too) is a row per exchange (_continue_row, _each_place); a brand alone
before a comma, semicolon or joiner and a second exchange ("NYSE, Chicago Stock Exchange",
"Nasdaq and Chicago Stock Exchange") names two (_BRAND_ALONE, _before_town); an exchange's
name cut before its last words goes on in the next row ("The Nasdaq Stock" / "Market LLC":
_OPEN_NAME), or, in a rendered row of its own, ends with its legal form or its market
("NYSE American" / "LLC", "NYSE" / "Arca": _exchange_tail) or opens on its kind ("Cboe BZX" /
"Exchange, Inc.", "Cboe" / "BZX Exchange, Inc.": _name_rest); fewer classes stacked in a cell
than the exchanges stacked beside them put each class on its line's exchange and the last
class on the rest too, as the same table typed in text reads (_more_exchanges). In HTML a
row holding a title alone under a whole class ("Common Stock | ORCL | NYSE" then "Preferred
Stock | | ") is a class of its own, no exchange printed (_own_class), not the title's wrap; a
rendered row's last cell shaped as a ticker, the exchange's cell blank ("Common Stock | ORCL |
 "), is the symbol, not the exchange, unless it is an exchange's code ("AMEX", "OTCQB":
_ticker_before_blank). Symbols listed in one cell with a comma, semicolon or slash ("ABC,
ABC.WS", "ABC / ABCW") beside as many classes stacked or slashed are one each
(_symbol_words); a first title wrapped over a row of its own, its symbol and exchange beside
its last words opening in lower case ("Depositary Shares, each representing a 1/1,000th" /
"interest in a share of ...   ABC PrA   NYSE"), is one class (_goes_on).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..linescan import LinePattern
from ..regex_cache import compiled
from ..text.ixbrl import fact_contexts
from .cover_chunks import NONE_CELLS, Caseless, Chunk, column_chunks, lowered, untab
from .cover_names import LEGAL_END

Security = dict[str, str | None]

_TITLE_OF_CLASS = Caseless(r"title\s+of\s+(?:each\s+)?class")
_HEAD_WORDS = compiled(r"registered|symbol", re.I)  # the table's second head line
_RULE_TEXT = compiled(r"[-=_]{3,}$")
# a head's first words, printed again over the rows of the table's next page
_HEADS = ("title of", "name of each exchange", "name of exchange", "trading symbol")
_SECURITIES_END = compiled(r"12[ \t]?\(g\)|indicate\s+by\s+check|emerging\s+growth", re.I)
# Cover prose that follows the table after a blank line (no row, however it is laid out):
# "Securities registered pursuant to Section" / "12(g) of the Act:", "Aggregate market value
# ... held by non-affiliates ...: $1,234,567,890", "Number of shares ... outstanding",
# "Portions of the Proxy Statement ...   Part III"
_COVER_PROSE = compiled(r"pursuant|of\s+the\s+act|aggregate|outstanding|proxy|part\s+i", re.I)
# what an exchange's name holds (a row after a blank line must name one, or a symbol)
_EXCHANGE_WORD = compiled(
    r"exchange|market|nyse|nasdaq|amex|bourse|board|llc|inc\b|none|n/a", re.I)
_BOXES = "Check the appropriate box"
_FOOTNOTE = compiled(r"[*\u2020\u2021]|\(\d\)\s|\d\)\s")  # a note's mark under the table
_TABLE_AFTER_BOXES = 8000  # characters read after the check boxes, at most
# Where a stacked title begins: a rate ("2.25% senior notes") or a class word, after a word
# that ends the title before it ("per share", "2021", "(the Notes)"), not after "of"/"a"
# ("a share of 5.375% Series A Preferred Stock" is one title) nor a word joining a class to
# the title it is part of ("one-half of one Warrant", "Warrants to purchase Common Stock");
# "Preferred Stock Purchase Rights" and "Redeemable Warrants" are one class. A footnote's mark
# may close the title before ("Common Stock*").
_NEXT_TITLE = compiled(
    r"(?<=[a-z0-9)*\u2020\u2021])(?<! of)(?<! a)(?<! in)(?<! the)(?<! one)(?<! and)(?<! purchase)"
    r"(?<! into)(?<! for)(?<! to)(?<! each)(?<! representing)"
    r" (?=\d[\d.,]*%|(?:Common|Class|Series|Depositary|Units?|Ordinary|American"
    r"|Redeemable (?:[Ww]arrants?|[Rr]ights))\b|(?<!Redeemable )(?<!redeemable )Warrants?\b"
    r"|(?<!Purchase )(?<!Redeemable )Rights\b"
    # (not "Preferred" after its adjective: "Non-Cumulative", "Convertible", "Perpetual")
    r"|(?<!ive )(?<!ble )(?<!ual )(?<!ing )Preferred\b)"
    # a preferred title opening at its adjectives, after a word closing a title ("Common
    # Stock" / "Convertible Preferred Stock"; not "Floating Rate Non-Cumulative Preferred")
    r"|(?:(?<=Stock)|(?<=value)|(?<=share)|(?<=\d)|(?<=\))) (?=(?:Non-Cumulative |Cumulative "
    r"|Convertible |Perpetual |Participating |Redeemable ){1,3}Preferred\b)"
    # a title closed by its series letter ("..., Series E", "... of Series B"), a rate or
    # depositary shares next; not a title opening on its series ("Series D Depositary Shares")
    r"|(?:(?<=, Series [A-Z])|(?<=, Series [A-Z]{2})|(?<= of Series [A-Z])"
    r"|(?<= of Series [A-Z]{2})) (?=\d[\d.,]*%|Depositary\b)")


def securities_from_text(region: str, cells: bool) -> list[Security]:
    """The Section 12(b) table of a cover region (`cells`: rendered HTML, tab-separated)."""
    return securities_in_cover(region, cells, lowered(region))


def securities_in_cover(region: str, cells: bool, low: str | None) -> list[Security]:
    """securities_from_text, with `low` = lowered(region) when the caller has it."""
    rows = _table_rows(region, cells, low)
    for row in rows:
        if row["trading_symbol"]:
            row["trading_symbol"] = _symbol(row["trading_symbol"])
    return rows


# A symbol printed in quotes or brackets ('"CTC"', "“CTC”", "[CTC]", "(CTC)"): the
# marks are no part of it
_SYMBOL_MARKS = {'"': '"', "'": "'", "“": "”", "‘": "’", "[": "]", "(": ")"}


def _symbol(symbol: str) -> str | None:
    """A symbol cell's value: the symbol inside its marks, when it holds none of them
    itself; None for a cell stating none ("N/A", "(N/A)", "None") or holding no letter or
    figure (an empty "()", "( )", "[ ]" left to be filled in, a dash)."""
    if symbol[0] in _SYMBOL_MARKS and symbol[-1] == _SYMBOL_MARKS[symbol[0]]:
        inner = symbol[1:-1].strip()
        if not any(mark in inner for mark in symbol[0] + symbol[-1]):
            symbol = inner
    if not any(ch.isalnum() for ch in symbol) or NONE_CELLS.match(symbol):
        return None
    return symbol


def _table_rows(region: str, cells: bool, low: str | None) -> list[Security]:
    """securities_in_cover's rows, as printed."""
    match = _table_head(region, low)
    if not match:
        return []
    start = region.rfind("\n", 0, match.start()) + 1
    lines = region[start:].split("\n")
    if ":" in lines[0] or "\t" in lines[0]:
        captioned = _captioned_lines(lines[:12])
        if captioned is not None:
            return captioned
    if cells and "\t" not in lines[0] and "   " in lines[0].strip():
        cells = False  # a <pre> table inside HTML (Aegon 2001): columns of characters
    elif not cells and _tab_parted(lines[0]):
        cells = True  # a text table typed a tab between columns: a tab parts cells
    elif not cells and "\t" in lines[0]:
        lines = untab("\n".join(lines[:40])).split("\n")  # (tabs run to the tab stops)
    # (column_chunks: only texts and columns are read here, not the caption tests)
    heads = column_chunks(lines[0] if cells else lines[0].expandtabs(8), cells)
    columns: list[tuple[str, Chunk]] = []
    for chunk in heads:
        head = chunk.text.lower()
        # "which registered": the exchange's head wrapped, its first line above this one;
        # "Trading" over "Symbol(s)" in a row of its own, the symbol's head wrapped
        # "on which": the exchange's head wrapped over three lines ("Name of each
        # exchange" / "on which" / "registered"), its middle line beside the title's head
        key = ("title" if "title" in head
               else "trading_symbol" if "symbol" in head or head.startswith("trading")
               else "exchange" if "exchange" in head or "registered" in head
               or head.startswith("on which")
               else "registrant" if "registrant" in head else None)
        if key:
            columns.append((key, chunk))
    if not any(key != "title" for key, _ in columns):
        return []  # "(Title of Class of Securities)" captions a value above, not a table
    # bracketed heads caption the rows above them (values over captions, 1990s text)
    above = _read_rows(_rows_above(region, start), columns, cells) \
        if lines[0].lstrip()[:1] == "(" else None
    return above or _read_rows(lines[1:40], columns, cells)


# The table printed as lines, each value after its caption ("Title of each class: Common
# Stock" / "Trading Symbol(s): ACME" / "Name of each exchange on which registered: New York
# Stock Exchange"), or turned on its side, the captions in its first column (cells parted by
# a tab); a class's title opens each security's lines.
_LINE_CAPTION = lazy(
    r"[ \t]*+(?:(?P<title>title\s+of\s+(?:each\s+)?class(?:\s+of\s+securities)?)"
    r"|(?P<trading_symbol>(?:trading|ticker)\s+symbols?(?:\s?\(s\))?)"
    r"|(?P<exchange>(?:name\s+of\s+(?:each\s+)?)?exchanges?(?:\s?\(s\))?\s+on\s+which"
    r"\s+(?:each\s+(?:is\s+)?)?registered))[ ]*+(?::[ \t]*+|\t[ \t]*+)(?P<value>\S.*)", re.I)


def _captioned_lines(lines: list[str]) -> list[Security] | None:
    """The securities of a table printed as captioned lines (_LINE_CAPTION), None when the
    first line holds no title after its caption (a table's head: "Title of each class<TAB>
    Trading Symbol(s)<TAB>...")."""
    rows: list[Security] = []
    for line in lines:
        if not line.strip():
            continue
        caption = _LINE_CAPTION.match(line)
        if caption is None:
            break
        key = next(k for k in ("title", "trading_symbol", "exchange") if caption[k])
        value = caption["value"].strip()
        if _HEAD_WORDS.search(value) or _LINE_CAPTION.match(value):
            return None  # (a head's next caption, not a value)
        if key == "title" or not rows:
            rows.append({"title": None, "trading_symbol": None, "exchange": None})
        rows[-1][key] = _cell_value(value)
    if not rows or not rows[0]["title"] or not any(
            row["trading_symbol"] or row["exchange"] for row in rows):
        return None
    return [row for row in rows if row["title"] or row["trading_symbol"]]


def _tab_parted(head: str) -> bool:
    """Text heads typed one tab between columns ("Title of each class<TAB>Name of each
    exchange on which registered"), as a word processor saves them: the tab stops are not
    eight columns apart, so the rows are read a tab-parted cell each, not by column."""
    return "\t" in head.strip() and "\t\t" not in head


def _rows_above(region: str, start: int) -> list[str]:
    """The lines over bracketed heads at `start`, up to the Section 12(b) caption above::

        Securities registered pursuant to Section 12(b) of the Act:
            Common Stock, $1.00 par value            American Stock Exchange
            -----------------------------            -----------------------
                  (Title of Class)                   (Name of Exchange on
                                                      Which Registered)
    """
    top = region.rfind("12(", max(0, start - 1500), start)
    if top < 0 or region[top + 3 : top + 4] not in ("b", "B"):
        return []
    lines = region[region.find("\n", top, start) + 1 : start].split("\n")
    # (the caption may wrap: "Securities registered pursuant to Section 12(b)" / "of the Act:")
    while lines and (lines[0].rstrip().endswith(":") or _COVER_PROSE.search(lines[0])):
        lines.pop(0)
    return lines


def _read_rows(lines: list[str], columns: list[tuple[str, Chunk]],
               cells: bool) -> list[Security]:
    """The securities of the table's lines under (or over) its heads `columns`."""
    rows: list[Security] = []
    gap = False  # a blank line since the last row
    edge = -1.0  # where the first row's title starts (text): the titles' left edge
    opened = -1.0  # where the title of an open row starts (a class, its exchange to come)
    dropped = False  # the open row came after a blank line: no wrap of the row above
    reprinted = False  # the line above was the heads' first, printed again
    heading: Security | None = None  # a class over its series (_heading)
    heading_at = (-1.0, -1, False)  # its left edge, its place in rows, whether a row took it
    resume = 0  # the line after a note stacked under its class (_after_note)
    for at, line in enumerate(lines):
        if at < resume:
            continue
        if _SECURITIES_END.search(line):
            break
        if line.lstrip()[:1] == "<" and _printed_tags(line):
            if "</" in line:
                break  # the table's printed end tag: "</TABLE>"
            continue  # "<S>   <C>": a text table's tags printed as text
        chunks = column_chunks(line if cells else line.expandtabs(8), cells)
        if chunks and all(_RULE_TEXT.match(c.text) for c in chunks):
            continue  # "-------" under the heads or between rows
        if not chunks:
            gap = bool(rows)
            if opened >= 0:  # the open row ends with no exchange
                _fold(rows, dropped, cells)
                opened = -1.0
            continue
        if any(_HEAD_WORDS.search(c.text) for c in chunks) and (not rows or reprinted):
            continue  # the header's second line
        if not rows and chunks[0].text.lower() in ("each class", "class"):
            continue  # (the title's head wrapped: "TITLE OF" over "EACH CLASS")
        reprinted = bool(rows) and any(c.text.lower().startswith(_HEADS) for c in chunks)
        if reprinted:
            continue  # the heads printed again atop the table's next page: no class
        if rows and _FOOTNOTE.match(chunks[0].text):
            resume = _after_note(lines, at, rows[-1]["title"] or "", chunks[0].text, cells)
            if resume:
                continue  # a note under its class, more classes under it
            break  # "* Not for trading, but only in connection with ..." (a 20-F's ADSs)
        row: Security = {"title": None, "trading_symbol": None, "exchange": None}
        keys = _keys_by_kind(chunks, columns) if cells and len(chunks) < len(columns) \
            else [_column(chunk, columns) for chunk in chunks]
        if cells and keys == ["title"] and rows and _exchange_tail(rows[-1], chunks[0].text):
            keys = ["exchange"]  # "NYSE American" / "LLC": the name's last word wrapped
        left = next((c.start for c, k in zip(chunks, keys, strict=True) if k == "title"), -1.0)
        at_edge = keys == ["title"] and (cells or 0 <= left <= edge + 1)
        after_gap = gap
        if gap:
            # rows parted by blank lines (text 10-Ks of the 1990s): after a gap only a whole
            # row (a title and its exchange or symbol), or a title at the edge whose
            # exchange comes on a later line, goes on; anything else ends the table
            if _COVER_PROSE.search(line) or not at_edge and (
                    len(chunks) < 2 or keys[0] not in ("title", "registrant")
                    or keys[-1] not in ("exchange", "trading_symbol")
                    or keys[-1] == "exchange" and not _EXCHANGE_WORD.search(chunks[-1].text)):
                break
            gap = False
        if keys == ["title"] and opened < 0 and (cells or edge < 0 or left <= edge + 1) \
                and _company_heading(chunks[0].text) and _heads_a_class(lines, at) and (
                    not rows or (rows[-1]["exchange"] or rows[-1]["trading_symbol"])
                    and not _OPEN_END.search(rows[-1]["title"] or "")):
            continue  # a combined filing's registrant heading its classes: no title
        for chunk, key in zip(chunks, keys, strict=True):
            if key != "registrant":  # a combined filing's column naming whose class it is
                row[key] = f"{row[key]} {chunk.text}" if row[key] else chunk.text
        if opened < 0 and keys == ["title"] and (row["title"] or "").endswith(":") \
                and (cells or edge < 0 or left <= edge + 1):
            if heading is not None and not heading_at[2]:
                rows.insert(heading_at[1], heading)
            heading, heading_at = row, (left, len(rows), False)
            edge = left if edge < 0 and not cells else edge
            continue
        if heading is not None and row["title"] and (row["exchange"] or row["trading_symbol"]):
            if _under_heading(row["title"], left - heading_at[0], cells):
                row["title"] = f"{heading['title']} {row['title']}"
                heading_at = (heading_at[0], heading_at[1], True)
            else:
                if not heading_at[2]:
                    rows.insert(heading_at[1], heading)
                heading = None
        if opened >= 0:
            # (an open title ending on "and" goes on in this row's, whatever its indent)
            if _closes(row, left - opened, cells, dropped) \
                    or _ends_on_joiner(rows[-1]) and _lists(row):
                _join(rows[-1], row)
                opened = -1.0
                continue
            if not row["exchange"] and not row["trading_symbol"]:
                _join(rows[-1], row)  # the open title goes on
                continue
            _fold(rows, dropped, cells)  # no exchange came: a wrap of the title above, after all
            opened = -1.0
        if rows and at_edge and (rows[-1]["exchange"] or rows[-1]["trading_symbol"]) \
                and not (row["title"] or "")[:1].islower():
            # a new class whose exchange is printed on its last line, under its wrapped
            # title ("Depositary Shares, each representing" / "  a 1/4 interest ... NYSE")
            rows.append(row)
            opened, dropped = left, after_gap
            continue
        if rows and not cells and left > edge + 1 and not rows[-1]["exchange"] \
                and not rows[-1]["trading_symbol"] and row["exchange"] \
                and _EXCHANGE.search(row["exchange"]):
            # the first class's title wrapped over lines, its exchange beside the last,
            # indented one (a 20-F's "American Depositary Shares, each" / "  representing
            # four shares of" / "  Common Stock      New York Stock Exchange")
            _join(rows[-1], row)
            continue
        if rows and row["title"] and not rows[-1]["exchange"] \
                and not rows[-1]["trading_symbol"] \
                and (_ends_on_joiner(rows[-1]) or _goes_on(row["title"])
                     or _OPEN_END.search(rows[-1]["title"] or "") is not None):
            # the first class's title wrapped after "and", at the edge, or wrapped over a
            # row of its own, its symbol and exchange beside its last words in lower case
            # ("Depositary Shares, each representing a 1/1,000th" / "interest in a share
            # of ...   ABC PrA   New York Stock Exchange") or after a word wanting more
            # ("... interest in a share of" / "5.875% Series A Preferred Stock   ABC PrA")
            _join(rows[-1], row)
            continue
        if rows and not row["trading_symbol"] and _wrapped_on_joiner(rows[-1], row):
            if (row["exchange"] or "").casefold() == (rows[-1]["exchange"] or "").casefold():
                row["exchange"] = None  # the one exchange printed again beside the wrap
            _continue_row(rows, row)
            continue
        if rows and not row["trading_symbol"] and (
                bool(row["title"]) != bool(row["exchange"])
                or row["title"] and row["title"].split()[0].islower()
                or not cells and _wraps(rows[-1], row, left - edge)):
            # (a title opening with a word in lower case, "per share", wraps the one above,
            # maybe beside a second exchange or a bracketed market; "iStar Series D" is a
            # class of its own)
            _continue_row(rows, row)
            continue
        if edge < 0 and row["title"] and not cells:
            edge = left
        rows.extend(_unstacked(row))
    if opened >= 0:
        _fold(rows, dropped, cells)
    if heading is not None and not heading_at[2]:
        rows.insert(heading_at[1], heading)
    out = []
    for row in rows:
        if row["title"] and ") " in row["title"]:
            row["title"] = _before_note(row["title"])
        row = {k: _cell_value(v) for k, v in row.items()}
        if row["title"] and "outstanding" in row["title"]:
            row["title"] = _OUTSTANDING_NOTE.sub("", row["title"]) or row["title"]
        if row["title"] or row["trading_symbol"]:  # "None   Not applicable" lists nothing
            out.append(row)
    return out


# a footnote stacked under its class in the title's cell, run into it once rendered
# ("Depositary Shares (1)" / "(1) Each representing a 1/1,000th interest in a share of ..."):
# the mark, then a sentence opening on a capital that names no class of its own (a second
# class stacked after a marked one, "Common Stock (1) Preferred Share Purchase Rights", stays)
_STACKED_NOTE = lazy(
    r" \(\d\) (?!(?:Common|Class|Series|Depositary|Units?|Ordinary|American|Preferred"
    r"|Warrants?|Rights|Redeemable|Cumulative|Convertible|Non-Cumulative)\b)"
    r"(?=[A-Z][a-z]{0,20} \S{1,40} \S)")


def _before_note(title: str) -> str:
    """`title` less a footnote stacked under it in its cell (_STACKED_NOTE)."""
    note = _STACKED_NOTE.search(title)
    return title[: note.start()] if note else title


# an EDGAR text table's tags ("<S>", "<C>", "</TABLE>"), printed as text when an HTML
# document holds a text filing in <pre> with its tags escaped ("&lt;S&gt;")
_TABLE_TAG = lazy(r"</?(?:S|C|TABLE|CAPTION|FN|PAGE)>", re.I)


def _printed_tags(line: str) -> bool:
    """`line` holds nothing but a text table's tags ("<S>        <C>", "</TABLE>")."""
    words = line.split()
    return all(_TABLE_TAG.fullmatch(word) for word in words)


def _after_note(lines: list[str], at: int, title: str, note: str, cells: bool) -> int:
    """A note stacked under the class its mark closes ("Depositary Shares (1)" over "(1) Each
    representing a 1/1,000th interest ...", a line or two), a whole row of the table under
    it ("Preferred Share Purchase Rights   ACME   New York Stock Exchange"): the index of that
    row, to read on; 0 for a note under the table's last class, which ends the table."""
    mark = note.split(None, 1)[0]
    if not title.endswith(mark):
        return 0
    for k in range(at + 1, min(len(lines), at + 4)):
        chunks = column_chunks(lines[k] if cells else lines[k].expandtabs(8), cells)
        if len(chunks) > 1:
            return k if _SECURITIES_END.search(lines[k]) is None else 0
        if not chunks:
            return 0
    return 0


# a count of the shares outstanding noted in brackets after the class, no part of its title
# ("Common Stock, without par value (1,242,000,000 shares outstanding at February 29, 1996)");
# a figure first, so other notes stay ("Rights (attached to outstanding Common Stock)")
_OUTSTANDING_NOTE = lazy(r"[ ]?\(\d[\d,.]{0,20} shares\b[^()]{0,60}\boutstanding\b[^()]{0,120}\)")


# a footnote's mark closing a cell: "Ordinary shares of US$0.10 each*", "Common Stock**",
# "New York Stock Exchange(1)" (the note under the table says why: "* Not for trading ...")
# (string operations: a regex ending "[*]+$" tries every position of a run of stars)
_NOTE_MARKS = "*\u2020\u2021"


def _cell_value(value: str | None) -> str | None:
    """A cell's value less its footnote's mark; None for a cell stating none, marked or not
    ("Not Applicable (1)", "N/A*": a note under the table says why no exchange lists it)."""
    value = _unmarked(value)
    return None if value and NONE_CELLS.match(value) else value


def _unmarked(value: str | None) -> str | None:
    if not value:
        return value
    if value[-1] in _NOTE_MARKS:
        value = value.rstrip(_NOTE_MARKS)
    elif value[-3:-2] == "(" and value[-2:-1].isdigit() and value[-1] == ")":
        value = value[:-3]
    else:
        return value
    return (value[:-1] if value.endswith(" ") else value) or None


# A class printed over its series, its title closed by a colon and no exchange beside it
# ("Cumulative Preferred Stock, no par value:" over "  $4.00 Series   New York Stock
# Exchange", "  $6.72 Series ..."): each series indented under it is a class of that title.
_CLASS_NOUN = lazy(r"\b(?:Stock|Notes?|Shares?|Units?|Warrants?|Debentures?|Bonds?|Preferred"
                   r"|Rights|Securities|Depositary|Interests?)\b", re.I)


def _under_heading(title: str, indent: float, cells: bool) -> bool:
    """A row under a class heading is one of its series: indented under it (text), or, in
    cells, which keep no indent, a title naming no class of its own ("$4.00 Series")."""
    return _CLASS_NOUN.search(title) is None if cells else indent > 1


# (a trust's name may end a wrapped title: "... Preferred Securities of Acme Capital Trust")
_HEADING_FORMS = LEGAL_END - {"trust"}


def _company_heading(title: str) -> bool:
    """A line of a combined filing's 12(b) table naming the registrant whose classes follow
    ("SCANA CORPORATION" over "  Common Stock, without par value   New York Stock
    Exchange"): a company's name, closed by its legal form, naming no class."""
    last = title.rsplit(None, 1)[-1].rstrip(".").lower()
    return last in _HEADING_FORMS and title[:1].isupper() and _WRAP_CLASS.search(title) is None


# a title left open on a word that wants the issuer's name after it ("... Securities of" /
# "  Acme Capital L.P.", "... the Guarantee thereof by" / "  Acme Corporation")
_OPEN_END = lazy(r"(?:\b(?:of|by|thereof|and|or|for|the|to|from|issued|guaranteed)|[,;&-])$")


def _wrapped_on_joiner(prev: Security, row: Security) -> bool:
    """`row`'s title goes on with the title above, which ends on a word joining it to more
    ("COMMON STOCK AND" / "PREFERRED SHARE PURCHASE RIGHTS", each line beside an exchange:
    "NEW YORK STOCK EXCHANGE" / "PACIFIC EXCHANGE"): one class, listed on each exchange."""
    return bool(row["title"] and prev["exchange"] and row["exchange"]) \
        and _ends_on_joiner(prev) and _EXCHANGE.search(row["exchange"] or "") is not None


def _ends_on_joiner(row: Security) -> bool:
    """`row`'s title ends on a word joining it to more: the next line's title goes on with
    it ("COMMON STOCK, $1 PAR VALUE, AND" / "PREFERRED SHARE PURCHASE RIGHTS  NEW YORK
    STOCK EXCHANGE, INC.", the exchange beside the title's last line)."""
    return _JOINER_END.search(row["title"] or "") is not None


# the last word of a title that wants more after it ("Common Stock and", "... Rights, and")
_JOINER_END = lazy(r"(?:\b(?:and|AND|And|or|OR|&)|,)$")


def _goes_on(title: str) -> bool:
    """A title opening on a word in lower case ("interest in a share of ...", "per share")
    names no class of its own: it goes on with the title above."""
    words = title.split(maxsplit=1)
    return bool(words) and words[0].islower()


def _heads_a_class(lines: list[str], at: int) -> bool:
    """The line after `at` is a row of the table (a heading's class), not the blank line or
    the prose that ends it: an issuer's name closing the table ends the title above."""
    after = lines[at + 1] if at + 1 < len(lines) else ""
    return bool(after.strip()) and _SECURITIES_END.search(after) is None \
        and _COVER_PROSE.search(after) is None


def _closes(row: Security, indent: float, cells: bool, dropped: bool) -> bool:
    """`row` ends the open row above: its exchange (or symbol) beside the last line of the
    open title, which goes on in lower case or indented by `indent` ("  a 1/4 interest
    ..."); after a blank line (`dropped`) the open title wraps nothing above, so the next
    exchange is its own whatever the line."""
    if not _lists(row):
        return False
    title = row["title"]
    return dropped or not title or title[0].islower() or not cells and indent > 1


def _lists(row: Security) -> bool:
    """`row` names where its class is listed: a symbol, or an exchange's name."""
    return bool(row["trading_symbol"] or row["exchange"] and _EXCHANGE.search(row["exchange"]))


def _join(prev: Security, row: Security) -> None:
    """`row`'s cells added to the row above's."""
    for key, value in row.items():
        if value:
            prev[key] = f"{prev[key]} {value}" if prev[key] else value


def _fold(rows: list[Security], dropped: bool, cells: bool = False) -> None:
    """An open row that got no exchange wrapped the title above it (or, after a blank line,
    was no row: dropped); in HTML, a row naming a class of its own under a whole title
    ("Common Stock | ORCL | NYSE" / "Preferred Stock | | ") is that class's, no exchange
    printed (_own_class)."""
    if cells and len(rows) > 1 and _own_class(rows[-2]["title"], rows[-1]["title"]):
        return
    last = rows.pop()
    if not dropped:
        _join(rows[-1], {"title": last["title"], "trading_symbol": None, "exchange": None})


# a title that reads whole at its end: its class noun, "per share" or a par value's figure
# ("Common Stock", "Common Stock, par value $0.01 per share"; not "Series A Preferred" nor
# "Preferred Stock Purchase", whose last words a row of their own goes on with)
_WHOLE_TITLE = lazy(r"\b(?:Stock|STOCK|Shares?|SHARES?|Units?|UNITS?|Warrants?|WARRANTS?"
                    r"|Notes|NOTES|Rights|RIGHTS|Debentures|DEBENTURES|Securities|SECURITIES"
                    r"|Receipts|RECEIPTS|Interests|INTERESTS|share|\$?\d[\d.,]{0,12})$")
# a class named whole in a row of its own: words over a class noun at the end ("Preferred
# Stock", "Preferred Share Purchase Rights", "Warrants to purchase Common Stock")
_CLASS_ROW = lazy(r"[A-Z][\w.\-]{0,30}(?: [\w.,$%/\-]{1,30}){0,12} (?:Stock|STOCK|Shares|SHARES"
                  r"|Units|UNITS|Warrants|WARRANTS|Notes|NOTES|Rights|RIGHTS|Debentures"
                  r"|DEBENTURES|Securities|SECURITIES|Receipts|RECEIPTS)")


def _own_class(above: str | None, title: str | None) -> bool:
    """An HTML row of a title alone under a whole title above is a second class of its own,
    not that title's wrap: both read whole (_WHOLE_TITLE, _CLASS_ROW)."""
    return bool(above and title) and _CLASS_ROW.fullmatch(title or "") is not None \
        and _WHOLE_TITLE.search((above or "").rstrip()) is not None


def _table_head(region: str, low: str | None) -> re.Match[str] | None:
    """The "Title of each class" head of the 12(b) table. One under a Section 12(g) caption
    heads the 12(g) table (an OTC company's, "Common Stock  ABCD  OTCQB" under "Section
    12(b) of the Act: None"): its classes are registered on no exchange."""
    match = _TITLE_OF_CLASS.search(region, low)
    while match is not None and _under_12g(region, match.start()):
        match = _TITLE_OF_CLASS.search(region, low, match.end())
    return match or _wrapped_title_head(region, low)


# the title's head wrapped in a text table, "TITLE OF" over "EACH CLASS" beside the other heads
_TITLE_OF = Caseless(r"title of(?=[ \t]*\n|[ \t]{2,}\S)")


def _wrapped_title_head(region: str, low: str | None) -> re.Match[str] | None:
    """A text table's head "TITLE OF" on its first line, "EACH CLASS" under it, beside an
    exchange's or symbol's head ("TITLE OF   TRADING   NAME OF EACH EXCHANGE" / "EACH CLASS
    SYMBOL(S)   ON WHICH REGISTERED"), not under a Section 12(g) caption."""
    match = _TITLE_OF.search(region, low)
    if match is None:
        return None
    end = region.find("\n", match.end())
    following = region[end + 1 : region.find("\n", end + 1)].lower() if end >= 0 else ""
    column = match.start() - region.rfind("\n", 0, match.start()) - 1
    line = region[match.start() : end].lower()
    if following[max(0, column - 2) : column + 14].strip()[:10] not in ("each class", "class") \
            or not any(word in line or word in following for word in _OTHER_HEADS) \
            or _under_12g(region, match.start()):
        return None
    return match


_OTHER_HEADS = ("exchange", "symbol", "trading")


def _under_12g(region: str, at: int) -> bool:
    """The last "12(" caption above `at` names 12(g) (not "12(b) or 12(g)")."""
    k = region.rfind("12(", max(0, at - 600), at)
    return k >= 0 and region[k + 3 : k + 4] in ("g", "G") \
        and region.find("12(b)", max(0, k - 30), k) < 0 \
        and region.find("12(B)", max(0, k - 30), k) < 0


def _column(chunk: Chunk, columns: list[tuple[str, Chunk]]) -> str:
    """The column of a chunk: the head it starts under (a short "LLC" under a left-aligned
    wide exchange head is nearer the symbol's centre), else the head nearest its centre."""
    for key, head in columns:
        if head.start - 1 <= chunk.start <= head.end:
            return key
    return min(columns, key=lambda kc: abs(kc[1].centre - chunk.centre))[0]


# an exchange's name ("New York Stock Exchange", "NYSE Chicago, Inc.", "The Nasdaq Stock
# Market LLC"), as against a title ("Common Stock") or a symbol; the plural too, several
# places' exchanges named as one and wrapped ("New York and Pacific Stock" / "Exchanges")
_EXCHANGE = lazy(r"\b(?:[Ee]xchanges?|EXCHANGES?|NYSE|Nasdaq|NASDAQ|Cboe|CBOE|TSX|[Mm]arket"
                       r"|MARKET|Bourse|B\u00f6rse)\b")
_TITLE_WORDS = lazy(r"%|\b(?:Stock|Notes?|Shares?|Units?|Warrants?|Debentures?|Bonds?"
                          r"|Preferred|Rights|Securities|Depositary|Interests?)\b", re.I)
_SYMBOL = lazy(r"[A-Z][A-Z0-9.\-]{0,7}(?: [A-Z0-9.\-]{1,6})?")


# the last words of an exchange's name, wrapped onto a rendered row of their own (its other
# cells empty, so dropped): a legal form ("Cboe BZX Exchange," / "Inc.", "NYSE American" /
# "LLC"), or the market a brand names ("NYSE" / "Arca", "NYSE" / "American LLC")
_NAME_FORM = lazy(r"(?:Inc\.?|INC\.?|LLC|L\.L\.C\.|Ltd\.?|LTD\.?|Limited|plc|PLC)")
_FORM_TAIL = lazy(rf",?[ ]?{_NAME_FORM.pattern}")
_BRAND_TAIL = lazy(rf"(?:Arca|ARCA|American|AMERICAN|MKT|Amex|AMEX|Chicago|CHICAGO|National"
                   rf"|NATIONAL|Texas|TEXAS)(?:,? {_NAME_FORM.pattern})?")
_BRAND_END = lazy(r"\b(?:NYSE|Cboe|CBOE)$")
_FORM_END = lazy(rf"\b{_NAME_FORM.pattern}$")


def _exchange_tail(prev: Security, cell: str) -> bool:
    """Whether a rendered row's lone cell is the end of the exchange's name in the row above
    (see _FORM_TAIL, _BRAND_TAIL), not a title: a class's wrapped words name no legal form."""
    above = prev["exchange"]
    if not above or not _EXCHANGE.search(above):
        return False
    if _BRAND_END.search(above):
        return _BRAND_TAIL.fullmatch(cell) is not None
    return _FORM_TAIL.fullmatch(cell) is not None and _FORM_END.search(above) is None


def _keys_by_kind(chunks: list[Chunk], columns: list[tuple[str, Chunk]]) -> list[str]:
    """A rendered row drops its empty cells and so its columns: "6.25% Notes due 2045 |
    New York Stock Exchange" (no symbol), or "NYSE Chicago, Inc." alone (a second exchange
    for the class above). Each cell goes to the column its text fits, in column order."""
    order = [key for key, _ in columns]
    keys: list[str] = []
    for chunk in chunks:
        after = order[order.index(keys[-1]) + 1 :] if keys else order
        if not after:
            after = order[-1:]
        if "exchange" in after and (_EXCHANGE.search(chunk.text) or len(chunks) > 1
                                    and chunk is chunks[-1] and after[-1] == "exchange"
                                    and not _ticker_before_blank(chunk.text, after)):
            keys.append("exchange")
        elif keys and "trading_symbol" in after and (
                _SYMBOL.fullmatch(chunk.text) or NONE_CELLS.match(chunk.text)):
            keys.append("trading_symbol")
        else:
            key = next((k for k in after if k != "exchange"), after[0])
            if key == "registrant" and "title" in after and _TITLE_WORDS.search(chunk.text):
                key = "title"  # the registrant's name printed on its first row only
            keys.append(key)
    return keys


# exchanges printed as a short code, which a ticker's shape would fit too ("AMEX": the
# exchange of "Common Stock | AMEX", not its symbol)
_EXCHANGE_CODES = frozenset((
    "AMEX", "ASE", "PSE", "PCX", "CHX", "BSE", "PHLX", "ARCA", "NYSEARCA", "BATS", "IEX",
    "LSE", "TSXV", "ASX", "NMS", "NGM", "NGSM", "NCM", "OTC", "OTCBB", "OTCQB", "OTCQX",
    "OTCPK", "PINK", "NSX", "MSE", "EURONEXT", "SIX"))


def _ticker_before_blank(text: str, after: list[str]) -> bool:
    """A rendered row's last cell that is a ticker ("Common Stock | ORCL |  ": the exchange's
    cell blank, dropped) with the symbol's column still ahead: the symbol, not the exchange."""
    return "trading_symbol" in after and _SYMBOL.fullmatch(text) is not None \
        and text.split(" ", 1)[0] not in _EXCHANGE_CODES and not NONE_CELLS.match(text)


def _wraps(prev: Security, row: Security, indent: float) -> bool:
    """A text row, indented past the titles' edge, whose title goes on with the class above
    beside that class's next exchange: a bracketed note ("Common Stock, without par value"
    / "  (1,242,000,000 shares outstanding   Chicago Stock Exchange"), or the rest of a
    title that names no class yet ("Series A Participating Cumulative" / "  Preferred
    Stock Purchase Rights   Toronto Stock Exchange")."""
    title, exchange, above = row["title"], row["exchange"], prev["exchange"]
    if indent <= 1 or not title or not exchange or not above or not prev["title"] \
            or _EXCHANGE.search(exchange) is None \
            or exchange.casefold() == above.casefold():  # a second class on that exchange
        return False
    if title[0] == "(":
        return True
    return _WRAP_CLASS.search(prev["title"]) is None and _NEW_CLASS.match(title) is None \
        and "Common" not in prev["title"] and "COMMON" not in prev["title"]  # "Class A Common"


# a class noun (_TITLE_WORDS and more): a title above naming one takes no wrap ("Trust
# Certificates, Series 1997-1", "Income PRIDES", "American Depositary Receipts")
_WRAP_CLASS = lazy(r"%|\b(?:Stock|Notes?|Shares?|Units?|Warrants?|Debentures?|Bonds?"
                   r"|Preferred|Rights|Securities|Depositary|Interests?|Certificates?"
                   r"|Receipts?|Guarantees?|Guaranty|PRIDES|ADRs?|ADSs?|Obligations?)\b", re.I)
# an indented "Class B Certificates" or "Series A Interests": a class of its own, no wrap
_NEW_CLASS = lazy(r"(?:Class|CLASS|Series|SERIES) [A-Z0-9][\w-]{0,9} [^\n]{0,80}\b(?:Stock"
                  r"|Notes?|Shares?|Units?|Warrants?|Debentures?|Bonds?|Preferred|Rights"
                  r"|Securities|Interests?|Certificates?|Receipts?)$", re.I)


def _continue_row(rows: list[Security], row: Security) -> None:
    """A row with no symbol continuing the one above: the title above wrapped onto it, or
    its exchange wrapped ("New York Stock" over "Exchange"), or its market in brackets
    ("(The Nasdaq Global Select Market)" under "The Nasdaq Stock Market LLC"), or the class
    above is listed on a second exchange ("NYSE Chicago, Inc." under "New York Stock
    Exchange"): a row of its own, with the class's title and symbol. A title wrapped past
    the class's first exchange goes on in every row of that class."""
    prev = rows[-1]
    if row["title"]:
        old = prev["title"]
        prev["title"] = f"{old} {row['title']}" if old else row["title"]
        for above in reversed(rows[:-1]):
            if not old or above["title"] != old:
                break
            above["title"] = prev["title"]
    extra = row["exchange"]
    if not extra:
        return
    if prev["exchange"] and extra[0] != "(" and _EXCHANGE.search(prev["exchange"]) \
            and _EXCHANGE.search(extra) and " " in extra \
            and not _OPEN_NAME.search(prev["exchange"]) and not _name_rest(prev["exchange"], extra):
        # (the list wrapped after its joining word: "New York Stock Exchange and" /
        # "Pacific Exchange, Inc.": the joiner is no part of the first name)
        prev["exchange"] = _LIST_JOINER.sub("", prev["exchange"]) or prev["exchange"]
        rows.append({"title": prev["title"], "trading_symbol": prev["trading_symbol"],
                     "exchange": extra})
    else:
        prev["exchange"] = f"{prev['exchange']} {extra}" if prev["exchange"] else extra
        if _PLURAL.search(prev["exchange"]):
            _each_place(rows, prev)


# an exchange's name cut before its last words, which the next row's cell goes on with ("The
# Nasdaq Stock" / "Market LLC", "Chicago Board Options" / "Exchange, Inc."): one name, no second
_OPEN_NAME = lazy(r"\b(?:Stock|STOCK|Global|GLOBAL|Select|SELECT|Board|BOARD|Options|OPTIONS)$")
# the next row's cell opening on the kind of market the name above goes on to ("Cboe BZX" /
# "Exchange, Inc.", "The Nasdaq Capital" / "Market"): the end of that name, no second exchange
_NAME_REST = lazy(r"(?:Exchange|EXCHANGE|Market|MARKET)\b")
# after a brand alone ("Cboe" / "BZX Exchange, Inc."), its market's code and kind
_CODE_REST = lazy(r"[A-Z][A-Z0-9]{1,3} (?:Exchange|EXCHANGE)\b")


def _name_rest(above: str, cell: str) -> bool:
    """Whether a row's exchange cell goes on with the name above (_NAME_REST, _CODE_REST)."""
    return _NAME_REST.match(cell) is not None \
        or _BRAND_END.search(above) is not None and _CODE_REST.match(cell) is not None
# a list of exchanges' joiner at a line's end ("New York Stock Exchange and", "... Inc.,")
_LIST_JOINER = lazy(r"(?:[,;]| and| AND| &)$")


def _each_place(rows: list[Security], prev: Security) -> None:
    """Several places' exchanges named as one, wrapped ("New York and Pacific Stock" /
    "Exchanges"): the class on each place's exchange, a row each, as when on one line."""
    names = _exchanges(prev["exchange"] or "")
    prev["exchange"] = names[0]
    rows.extend({"title": prev["title"], "trading_symbol": prev["trading_symbol"],
                 "exchange": name} for name in names[1:])


def securities_after_boxes(text: str, start: int, cells: bool, item_start: LinePattern
                           ) -> list[Security]:
    """The table between the check boxes at `start` (where the cover region ended) and the
    first item (`item_start`). Its caption names Section 12(b): a substring test rules out
    the 8-Ks that print no table (all before 2019)."""
    if not text[start : start + 40].lstrip().startswith(_BOXES):
        return []
    limit = min(len(text), start + _TABLE_AFTER_BOXES)
    if text.find("12(b)", start, limit) < 0:
        return []
    body = item_start.search(text, start, limit)
    return securities_from_text(text[start : body.start() if body else limit], cells)


def securities_from_facts(facts: dict[str, list[str]]) -> list[Security]:
    """The 12(b) table from a 2019+ iXBRL cover's dei: facts, in document order; a title
    tagged as the table prints "none" ("N/A", "None", "Not applicable") lists nothing. Each
    title's symbol and exchange are those of its own context where every title has one of
    its own; else the n-th of each list pairs with the n-th title."""
    titles = facts.get("dei:Security12bTitle", [])
    symbols = facts.get("dei:TradingSymbol", [])
    exchanges = facts.get("dei:SecurityExchangeName", [])
    rows = _rows_by_context(facts, titles, symbols, exchanges)
    if rows is None:
        count = max(len(titles), len(exchanges))
        rows = [
            {"title": _cell_value(titles[i]) if i < len(titles) else None,
             "trading_symbol": _symbol(symbols[i]) if i < len(symbols) and symbols[i] else None,
             "exchange": _cell_value(exchanges[i]) if i < len(exchanges) else None}
            for i in range(count)]
    # (a class tagged "None" or "N/A", as the printed table states it: no security)
    return [row for row in rows if row["title"] or row["trading_symbol"]]


def _rows_by_context(facts: dict[str, list[str]], titles: list[str], symbols: list[str],
                     exchanges: list[str]) -> list[Security] | None:
    """The rows paired by contextRef: a class with no symbol (tagged "—" as
    dei:NoTradingSymbolFlag, or untagged) above one with a symbol keeps its own null rather
    than the next class's symbol. None where the contexts cannot pair them: a title with
    no context or sharing one, a symbol or exchange in a context no title has; one class
    listed on two exchanges in its one context is a row for each."""
    title_refs = fact_contexts(facts, "dei:Security12bTitle")
    symbol_refs = fact_contexts(facts, "dei:TradingSymbol")
    exchange_refs = fact_contexts(facts, "dei:SecurityExchangeName")
    if len(titles) < 2 or len(title_refs) != len(titles) or not all(title_refs) \
            or len(set(title_refs)) != len(title_refs) \
            or len(symbol_refs) != len(symbols) or len(exchange_refs) != len(exchanges) \
            or not set(symbol_refs) | set(exchange_refs) <= set(title_refs) \
            or len(set(symbol_refs)) != len(symbol_refs):
        return None
    symbol_of = dict(zip(symbol_refs, symbols, strict=True))
    rows: list[Security] = []
    for ref, title in zip(title_refs, titles, strict=True):
        symbol = symbol_of.get(ref)
        row_symbol = _symbol(symbol) if symbol else None
        listed = [e for r, e in zip(exchange_refs, exchanges, strict=True) if r == ref] or [None]
        rows.extend({"title": _cell_value(title), "trading_symbol": row_symbol,
                     "exchange": _cell_value(exchange) if exchange else None}
                    for exchange in listed)
    return rows


def _repeats(text: str) -> tuple[int, str]:
    """("X X X" -> (3, "X")): how many times one phrase is repeated to make `text`."""
    words = text.split()
    for size in range(1, len(words) // 2 + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return len(words) // size, " ".join(words[:size])
    return 1, text


# where a second exchange's name begins in one cell, after the first's last word ("New York
# Stock Exchange" / "Chicago Stock Exchange", "The Nasdaq Stock Market LLC" / "NYSE Texas,
# Inc.", stacked in a cell and run into one line once rendered); "Exchange, Inc." is one name
# (or joined by "and", "&" or a semicolon: "New York Stock Exchange and Pacific Exchange,
# Inc.", "New York Stock Exchange; Chicago Stock Exchange"), or after "TSX"
# opening the cell ("TSX" / "New York Stock Exchange"), or after a brand alone opening it
# before a comma, a semicolon or a joiner ("NYSE, Chicago Stock Exchange": _BRAND_ALONE)
_EXCHANGE_CUT = lazy(
    r"(?:Exchange|EXCHANGE|LLC|Inc\.|INC\.|^TSX(?! Venture| VENTURE)"
    r"|^(?:NYSE|Nasdaq|NASDAQ|Cboe|CBOE)(?=[,;]|,? (?:and|AND|&) ))"
    r"(?P<sep>[,;]?(?: (?:and|AND|&))? )"
    r"(?!(?:LLC|Inc|INC|L\.L\.C)\b)(?=[A-Z])")
# one cell naming several exchanges of one kind: "New York and Pacific Stock Exchanges",
# "New York, Chicago and Pacific Stock Exchanges" (each place's exchange listing the class)
_PLURAL = lazy(r"(?P<kind>(?:Stock )?Exchange|(?:STOCK )?EXCHANGE)[sS]$")
_PLACES_SPLIT = lazy(r",? (?:and|AND|&) |, ")
# the places such a cell splits into (the real exchanges' towns, countries and names); any
# other word is a qualifier of one name ("New York and Other Stock Exchanges", "... and
# Regional Exchanges", "American and Chicago Board Options Exchanges"), kept whole
_EXCHANGE_PLACES = frozenset((
    "new york", "american", "pacific", "pacific coast", "midwest", "chicago", "boston",
    "philadelphia", "cincinnati", "toronto", "montreal", "vancouver", "alberta", "winnipeg",
    "london", "tokyo", "osaka", "nagoya", "frankfurt", "paris", "amsterdam", "brussels",
    "antwerp", "zurich", "zürich", "basel", "basle", "geneva", "lausanne", "swiss",
    "luxembourg", "stockholm", "oslo", "helsinki", "copenhagen", "milan", "madrid",
    "vienna", "dusseldorf", "düsseldorf", "stuttgart", "berlin", "munich", "hamburg",
    "euronext", "irish", "dublin", "tel aviv", "hong kong", "singapore", "sydney",
    "australian", "new zealand", "mexican", "mexico", "sao paulo", "são paulo",
    "buenos aires", "santiago", "lima", "johannesburg", "bermuda", "bombay"))
# or where a name opens on an exchange's brand, after a name with no such last word ("NYSE" /
# "NYSE Texas, Inc.", "Nasdaq Global Select Market" / "NYSE Texas, Inc.", "London Stock
# Exchange" / "Euronext Amsterdam", "NYSE" / "TSX", the Toronto exchange by its brand, as
# Canadian filers print it); not "The Nasdaq ..." (one name)
_BRAND_CUT = lazy(r"(?<=[A-Za-z.])(?<!The)(?<!THE)(?P<sep>[,;]?(?: (?:and|AND|&))? )"
                  r"(?=(?:NYSE|Nasdaq|NASDAQ|Cboe|CBOE|Euronext|TSX)\b)")
# a brand alone opening a cell, a second name after its comma, semicolon or joiner ("NYSE,
# Chicago Stock Exchange", "Nasdaq and Chicago Stock Exchange"): two names, not one
_BRAND_ALONE = lazy(r"(?:NYSE|Nasdaq|NASDAQ|Cboe|CBOE)(?:[,;]|,? (?:and|AND|&)) [A-Z]")
_INNER_BRANDS = (" NYSE", " Nasdaq", " NASDAQ", " Cboe", " CBOE", " Euronext", " TSX")
# what the second name holds ("Market" alone may be a tier: "... LLC Global Select Market")
_EXCHANGE_NAME = lazy(r"\b(?:[Ee]xchange|EXCHANGE|NYSE|Nasdaq|NASDAQ|Cboe|CBOE|Euronext|TSX)\b")


def _exchanges(cell: str) -> list[str]:
    """The names of the exchanges one cell lists (one per class, or one class on several),
    each naming an exchange; [cell] when it holds one."""
    if cell.endswith(" Stock Exchange") and cell.startswith(("NYSE ", "Nasdaq ", "NASDAQ ")):
        return _before_town(cell)
    if "/" in cell:
        return _slashed_names(cell)
    if len(cell) < 30 and not any(brand in cell for brand in _INNER_BRANDS) \
            and cell[:4] != "TSX " and not _BRAND_ALONE.match(cell):
        return [cell]  # (two names take more, unless one is a brand: a cheap test)
    plural = _PLURAL.search(cell)
    if plural:
        places = _PLACES_SPLIT.split(cell[: plural.start()].strip())
        if len(places) > 1 and all(p.lower() in _EXCHANGE_PLACES for p in places):
            return [f"{place} {plural['kind']}" for place in places]
        return [cell]
    seps = sorted({m.span("sep") for m in _EXCHANGE_CUT.finditer(cell)}
                  | {m.span("sep") for m in _BRAND_CUT.finditer(cell)})
    bounds = [0, *(a for a, _ in seps), len(cell)]
    ends = [0, *(b for _, b in seps)]
    names: list[str] = []
    for a, b in zip(ends, bounds[1:], strict=False):
        name = cell[a:b].strip()
        if names and _same_exchange(names[-1], name):
            names[-1] = f"{names[-1]} {name}"  # its market tier, or its owner's name
        else:
            names.append(name)
    return names if len(names) > 1 and _EXCHANGE.search(names[0]) \
        and all(_EXCHANGE_NAME.search(n) for n in names[1:]) else [cell]


def _slashed_names(cell: str) -> list[str]:
    """Exchanges parted by a slash in one cell ("New York Stock Exchange / Chicago Stock
    Exchange"): a name each, when each part names an exchange; [cell] otherwise ("NASDAQ/NMS",
    a market's tier, is one name)."""
    names = [n.strip() for n in _SYMBOL_SLASH.split(cell)]
    return names if all(_EXCHANGE_NAME.search(n) for n in names) else [cell]


def _before_town(cell: str) -> list[str]:
    """A brand's market stacked over a town's exchange ("NYSE" / "Chicago Stock Exchange",
    "NYSE American" / "Toronto Stock Exchange"): two names. None of NYSE's or Nasdaq's own
    markets is a town's "Stock Exchange" ("NYSE Chicago, Inc."), but a filer may write "NYSE
    American Stock Exchange" for one, kept whole."""
    words = cell[: -len(" Stock Exchange")].split()
    for size in (2, 1):
        place = " ".join(words[-size:])
        if len(words) > size and place.lower() in _EXCHANGE_PLACES \
                and place.lower() != "american":
            # (less the joiner between them: "NYSE and Chicago Stock Exchange")
            first = " ".join(words[:-size])
            return [_LIST_JOINER.sub("", first) or first, f"{place} Stock Exchange"]
    return [cell]


# a market tier under its exchange ("The Nasdaq Stock Market LLC" / "Nasdaq Global Select
# Market"), no exchange of its own
_TIER = lazy(r"\b(?:Global(?: Select)?|Capital|National|Small ?Cap|Small-Cap) Markets?\b", re.I)
# a brand whose second mention names a tier or the owner of the exchange before it, not a
# second exchange (unlike NYSE's: "NYSE American LLC" / "NYSE Arca, Inc." are two)
_BRAND = lazy(r"\b(?:Nasdaq|Cboe)\b", re.I)


def _same_exchange(name: str, part: str) -> bool:
    """`part`, cut off after `name` in one cell, goes on naming the same exchange."""
    if _TIER.search(part) and "xchange" not in part and "XCHANGE" not in part:
        return True
    brand, again = _BRAND.search(name), _BRAND.search(part)
    return brand is not None and again is not None \
        and brand.group().lower() == again.group().lower()


def _symbols(words: list[str], count: int) -> list[str]:
    """The `count` symbols stacked in one cell, run into one line: its words, or, where a
    symbol holds a space ("ACME ACME PRA": "ACME" and "ACME PRA", as NYSE prints a preferred
    series), the words grouped at each repeat of the first, the issuer's root symbol."""
    if len(words) <= count or count < 2:
        return words
    groups: list[str] = []
    for word in words:
        if word == words[0] or not groups:
            groups.append(word)
        else:
            groups[-1] = f"{groups[-1]} {word}"
    if len(groups) == count:
        return groups
    # NYSE's suffixes after the root, each a symbol's second word ("ACMEU ACME ACME WS":
    # the units, the shares, and the warrants "ACME WS")
    groups = []
    for word in words:
        if groups and _SYMBOL_SUFFIX.fullmatch(word):
            groups[-1] = f"{groups[-1]} {word}"
        else:
            groups.append(word)
    return groups if len(groups) == count else words


# a mark parting the symbols listed in one cell ("ABC, ABC.WS", "ABC / ABCW", "ABC; ABCW")
_SYMBOL_LIST_MARK = lazy(r" ?[,;/] ?")


def _symbol_words(cell: str | None) -> list[str]:
    """The symbols one cell stacks: parted by a comma, semicolon or slash where it prints
    one ("ABC, ABC.WS" beside "Class A Common Stock" / "Warrants": "ABC" and "ABC.WS"; each
    part a symbol of two letters or more, so "N/A" and "BRK/B" stay whole), else its
    words."""
    text = cell or ""
    if not any(mark in text for mark in ",;/"):
        return text.split()
    parts = _SYMBOL_LIST_MARK.split(text.strip())
    if len(parts) > 1 and all(len(p) > 1 and _SYMBOL.fullmatch(p) for p in parts):
        return parts
    return text.split()


# the second word of a NYSE symbol: warrants, units, rights, a preferred series
_SYMBOL_SUFFIX = lazy(r"WS|WT|WI|U|RT|PR[A-Z]?|P[A-Z]")


def _unstacked(row: Security) -> list[Security]:
    """One row per security when the exchange cell repeats one name k times and the title
    cell cuts into k titles, or lists k exchanges: one row each, with the title it cuts
    into k titles, else the one title for each; otherwise the row as it is."""
    slashed = _slashed(row)
    if slashed:
        return slashed
    count, exchange = _repeats(row["exchange"] or "")
    title = row["title"] or ""
    names = _exchanges(exchange) if count == 1 else []
    if len(names) > 1:
        symbols = _symbols(_symbol_words(row["trading_symbol"]), len(names))
        cuts = [m.end() for m in _NEXT_TITLE.finditer(title)] if len(symbols) > 1 else []
        if len(symbols) == len(names) and len(cuts) == len(names) - 1:
            titles = _titles_at(title, cuts)  # a class a line, each with its symbol and exchange
        elif len(symbols) < 2 and _line_by_line(title, len(names)):
            return _paired(title, row["trading_symbol"], names)
        elif (more := _more_exchanges(title, symbols, names)):
            return more
        elif len(symbols) > 1 and len(symbols) != len(names) or _NEXT_TITLE.search(title):
            return [row]  # several classes, not to be told apart
        else:  # one class listed on each exchange, under one symbol or one for each
            titles = [title] * len(names)
            if len(symbols) != len(names):
                symbols = [row["trading_symbol"] or ""] * len(names)
        return [{"title": t or None, "trading_symbol": s or None, "exchange": n}
                for t, s, n in zip(titles, symbols, names, strict=True)]
    if count < 2:
        return _classes_on_one_exchange(row, title)
    cuts = [m.end() for m in _NEXT_TITLE.finditer(title)]
    if cuts and len(cuts) < count - 1:
        # fewer classes than the exchange's lines (the last class's line over blank ones, as
        # _more_exchanges reads): each class on that one exchange, once
        count = len(cuts) + 1
    if len(cuts) != count - 1:
        return [row]
    titles = _titles_at(title, cuts)
    symbols = _symbols(_symbol_words(row["trading_symbol"]), count)
    if len(symbols) != count:  # one symbol printed at the top: the first security's
        symbols = [row["trading_symbol"] or "", *[""] * (count - 1)]
    return [{"title": t, "trading_symbol": s or None, "exchange": exchange}
            for t, s in zip(titles, symbols, strict=True)]


# a slash parting two classes on one line ("Common Stock / Warrants", "COMMON
# STOCK/WARRANTS"): after a word, before a capital or a rate; not a fraction ("12 1/2",
# "1/1,000th"), nor "and/or"
_TITLE_SLASH = lazy(r"(?<=[A-Za-z)])[ ]?/[ ]?(?=[A-Z]|\d[\d.,]{0,8}%)")
_SYMBOL_SLASH = lazy(r"[ ]?/[ ]?")


def _slashed(row: Security) -> list[Security]:
    """Two (or more) classes on one line, a slash parting the titles and their symbols
    ("Common Stock / Warrants   ACME / ACME WS   New York Stock Exchange"; the symbols listed
    with commas too, "ACME, ACME WS"): a row each, its
    exchange the one printed or the one at its place in a cell parted the same way; [] for
    any other row (one symbol: "Common Stock / Preferred Share Purchase Rights" trade as
    one)."""
    title, symbol = row["title"] or "", row["trading_symbol"] or ""
    if "/" not in symbol and "/" in title and "/" in (row["exchange"] or ""):
        return _slashed_exchanges(title, row["trading_symbol"], row["exchange"] or "")
    if not any(mark in symbol for mark in ",;/") or "/" not in title \
            or NONE_CELLS.match(symbol):
        return []
    titles = _TITLE_SLASH.split(title)
    # (the symbols parted by a slash, or listed with commas: "ACME, ACMEW")
    symbols = _SYMBOL_SLASH.split(symbol) if "/" in symbol else _symbol_words(symbol)
    # (each part names a class: "Class A/B Common Stock" is one title)
    if len(titles) < 2 or len(symbols) != len(titles) \
            or not all(_SYMBOL.fullmatch(s) for s in symbols) \
            or not all(_TITLE_WORDS.search(t) for t in titles):
        return []
    exchanges = _SYMBOL_SLASH.split(row["exchange"] or "") if "/" in (row["exchange"] or "") \
        else [row["exchange"] or ""]
    if len(exchanges) != len(titles):
        exchanges = [row["exchange"] or ""] * len(titles)
    return [{"title": t, "trading_symbol": s, "exchange": e or None}
            for t, s, e in zip(titles, symbols, exchanges, strict=True)]


def _slashed_exchanges(title: str, symbol: str | None, exchange: str) -> list[Security]:
    """Classes and their exchanges each parted by a slash, with no symbol for each ("Common
    Stock, $0.01 par value / Preferred Stock Purchase Rights" beside "New York Stock Exchange /
    Chicago Stock Exchange"): a row each, paired in order (_paired); [] unless both cells part
    into as many classes and exchanges."""
    titles = _TITLE_SLASH.split(title)
    names = [n.strip() for n in _SYMBOL_SLASH.split(exchange)]
    if len(titles) < 2 or len(names) != len(titles) \
            or not all(_TITLE_WORDS.search(t) for t in titles) \
            or not all(_EXCHANGE_NAME.search(n) for n in names):
        return []
    symbols = [symbol, *[None] * (len(names) - 1)]
    return [{"title": t.strip(), "trading_symbol": s or None, "exchange": n}
            for t, s, n in zip(titles, symbols, names, strict=True)]


def _line_by_line(title: str, count: int) -> bool:
    """The title cell cuts into `count` classes, as many as the exchanges stacked beside it
    ("Common Stock, $0.01 par value" / "Preferred Stock Purchase Rights" beside "New York
    Stock Exchange" / "Chicago Stock Exchange", no symbols)."""
    return sum(1 for _ in _NEXT_TITLE.finditer(title)) == count - 1


def _paired(title: str, symbol: str | None, names: list[str]) -> list[Security]:
    """Classes and exchanges stacked line for line in their cells: each class on the
    exchange printed beside it, as the same table typed in text reads (and as a cell
    stacking one exchange k times is read); a lone symbol, printed at the top, the first's."""
    cuts = [m.end() for m in _NEXT_TITLE.finditer(title)]
    symbols = [symbol, *[None] * (len(names) - 1)]
    return [{"title": t, "trading_symbol": s or None, "exchange": n}
            for t, s, n in zip(_titles_at(title, cuts), symbols, names, strict=True)]


def _more_exchanges(title: str, symbols: list[str], names: list[str]) -> list[Security]:
    """Fewer classes stacked in the title cell than exchanges beside them ("Common Stock" /
    "Preferred Share Purchase Rights" beside "New York Stock Exchange" / "Chicago Stock
    Exchange" / "Pacific Exchange, Inc."), no pairing printed: each class on the exchange of
    its line, the last class on the rest too, as the same table typed in text reads (where
    the exchanges under the last class's line go on with it); [] for any other cell. A lone
    symbol, printed at the top, is the first's; one for each class, each its own."""
    cuts = [m.end() for m in _NEXT_TITLE.finditer(title)]
    if not cuts or len(cuts) + 1 >= len(names) or len(symbols) not in (0, 1, len(cuts) + 1):
        return []
    titles = _titles_at(title, cuts)
    marks = symbols if len(symbols) == len(titles) else [*symbols, *[""] * len(titles)]
    rows: list[Security] = []
    for at, name in enumerate(names):
        line = min(at, len(titles) - 1)
        rows.append({"title": titles[line], "trading_symbol": marks[line] or None,
                     "exchange": name})
    return rows


def _titles_at(title: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(title)]
    return [title[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def _classes_on_one_exchange(row: Security, title: str) -> list[Security]:
    """Classes stacked in the title and symbol cells over one exchange ("Common Stock" /
    "Warrants", "LSMC" / "LSMCW", "The Nasdaq Stock Market LLC"): a row each, sharing the
    exchange, when the title cuts into as many titles as the cell holds symbols."""
    words = _symbol_words(row["trading_symbol"])
    if len(words) < 2:
        return [row]
    cuts = [m.end() for m in _NEXT_TITLE.finditer(title)]
    symbols = _symbols(words, len(cuts) + 1)
    # (one symbol with NYSE's suffix, "ACME WS", is no two)
    if not cuts or len(symbols) != len(cuts) + 1 \
            or any(_SYMBOL_SUFFIX.fullmatch(s) for s in symbols):
        return [row]
    return [{"title": t, "trading_symbol": s, "exchange": row["exchange"]}
            for t, s in zip(_titles_at(title, cuts), symbols, strict=True)]
