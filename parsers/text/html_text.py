"""HTML / iXBRL document -> plain text lines that the section detectors read.

Rules, in the order a reader meets them:

- block elements (p, div, br, tr, li, h1-h6, table, hr, ...) end the line; inline ones (span,
  font, b, a, ix:nonNumeric, ...) join without a break, so a heading split over bold spans
  stays one line; an inline element set off by a left padding or margin is parted from the
  text before it by a space, an inline-block box from the text on either side;
- a definition list's short term (40 characters at most) and its definition are one line
  parted by a tab, as a row's two cells ("<dt>99.1</dt><dd>Press release</dd>": an exhibit
  index so typed);
- a table row is ONE line, its non-empty cells joined by a tab (a row opening with empty
  cells inside a grid, its nearest rows above and below holding values in its first value's
  column and left of it, as do three of the table's rows, opens with a tab for each of the
  table's columns left of it, each cell's colspan counted, and the columns a cell spanning
  rows above covers, its rowspan, a label's or a gutter's mid-row too, skipped: "Jane Doe |
  John Roe" over " | (408) 555-0100" reads "\t(408) 555-0100", the phone John's); but a row
  whose only non-empty cell is big (500+ characters) and spans several lines keeps those
  lines (its <br>s part lines too when one sets a capitals heading apart between two runs
  of text, "... activities.<br>IMPACT OF COVID-19<br>Due to ...", or a title-case one
  between a sentence's end and prose, "... in 2021.<br>Results of Operations<br>Revenue
  for ..."; else they are spaces):
  a document or a box of paragraphs laid out in a table; so does a smaller lone cell
  two or more of whose lines end a sentence (an explanatory note boxed in a one-cell table),
  not a signature block, an address or a title; and a row whose cells all stack as many
  lines with <br>s, the first cell's short numbers, is a line for each, its cells' lines side
  by side
  ("99.1<br>99.2" beside "Press Release<br>Investor Presentation"; not a wrapped heading,
  "Year Ended<br>November 30", nor a cover's classes over their exchanges); a cell after a
  row's first holding only a zero-width space (``&NegativeThickSpace;``, a gutter between an
  exhibit's number and its description) is empty, its tab gone;
- divs styled ``display:table-cell`` (in a ``display:table-row`` div or not; outside a real
  table's cell) are a row's cells, and so are divs styled ``display:inline-table`` (one-cell
  tables a browser sets side by side) or ``display:inline-block`` (boxes set so, a cover's
  "Delaware" beside "001-12345" beside "12-3456789"): one line, a cell parted from the one
  before it by a tab ("Item 2.02\tResults of Operations and Financial Condition."); inside a
  real table's cell they read as a nested table's cells: a space in the cell's value, a tab
  on the lines of a big cell laid out as a document; a div styled ``display:table`` around
  such rows stands apart from the lines above and below it by a blank line, as a
  ``<table>`` does ("(d) Exhibits." / "" / "99.1\tPress release");
- a block styled ``display:inline`` (EDGARizer's ``<div style="DISPLAY:
  inline">`` around a bold run) joins its line as an inline element does, and a span styled
  ``display:block`` ends its line as a div does (but inside a sentence, after a lowercase
  word or a comma, it flows on);
- an item of a bulleted list (``<ul><li>``) starts with "• ", as a browser shows it (release
  highlights are read from such lists), and an item of an ordered list (``<ol><li>``) with its
  number: "1. ", "2. ", or "a. ", "iv. ", "C. " as the list's ``type`` or ``list-style-type``
  counts (lower-alpha, lower-roman, upper-alpha, ...), from its ``start`` or an item's
  ``value``, unless the item types its own ("Item 2.02", "Exhibit 10.1", "99.1", "2.",
  "(a)", "iv."); an ordered list or item styled ``list-style-type:none`` shows no number, a
  bulleted one keeps its "• " unless the item types a bullet; an empty item's marker is lost;
- p, h1-h6, lists, tables and page breaks (``<hr>``, EDGAR's ``<PAGE>`` tag a filing agent
  kept when it made a text HTML, a p, div or Word's ``<br>`` styled ``page-break-*``) leave
  a blank line, and so does a div (or other block) spaced as a
  paragraph by a top or bottom margin of 6pt (8px, 0.5em) or more (Workiva's
  ``margin-top:12pt``; a cover's lines stacked 1-3pt apart, or centred, stay together); a
  ``<br>`` on an empty line (a spacer) leaves one too, and so does a line of no-break spaces
  only (``<div>&nbsp;</div>``), not an empty block; never two blank lines in a row;
- a superscript holding a footnote mark or an exponent (``<sup>1</sup>``, Workiva's span raised
  by ``position:relative;top:-3.5pt``) reads in superscript digits, "Adjusted EPS¹ were $7.57",
  not "EPS1" nor "$1.251"; one in brackets, "(<sup>3</sup>)" or ``<sup>(3)</sup>``, stays "(3)";
  a letter mark glued to a word reads in brackets, "Sophiris Bio Inc.<sup>a</sup>" "Inc.(a)",
  and so do two letters or more after a word or a figure, "Acme Trust<sup>b,c</sup>"
  "Trust(b,c)" (a letter Workiva raises in a span too; an ordinal's "1<sup>st</sup>" stays);
- entities decoded, ``&nbsp;`` is a space (but runs of them typed as a gap between columns
  part them by a tab: three or more, or two three blanks wide, "&nbsp;&nbsp; ", unless three
  such part the words of a justified line; and any one gap, a padding or an inline-block box
  after an exhibit's number opening a line, "99.2 &nbsp; &nbsp; 4.875% Notes", or a tab typed
  there, "99.1&#9;Press release", though a browser shows it as a space), a
  non-breaking hyphen (``&#8209;``) a "-", runs of spaces collapse; ``<pre>`` keeps its lines
  and columns; plain text in an HTML wrapper (few line-breaking tags, many source lines) is
  handed to ``clean_plain_text`` as it stands;
- dropped: script, style, head, ``ix:header`` and anything styled ``display:none``, lines and
  table rows that are only a page number ("2", "- 2 -", "Page 2", "F-3", "II-4", cells
  "PAGE | 6"; not a row's lone number in a grid as above, "7 | SOLE VOTING POWER" over
  " | 0" (or over "0", the "7" spanning both rows), nor a check mark "x" alone in its row
  under a caption asking for a check, "CHECK BOX IF ..." over "x") or a page tag printed as
  text ("&lt;PAGE&gt;", "4 &lt;PAGE&gt;", "&lt;/page&gt;": a page break; inside a line an
  editor joined, "... statements. 30 &lt;PAGE&gt; 32 PERKINELMER, INC. ..." or "&lt;PAGE&gt;
  Item 5. Other Events", a page break there, the page numbers beside the tag gone),
  EDGAR's text-table tags printed as text outside ``<pre>`` ("&lt;TABLE&gt; &lt;S&gt;
  &lt;C&gt; *10.2 The Company's 1999 INCENTIVE PLAN ...": each a word of its own, not
  "A&lt;S&gt;B"; a line of tags only is no line),
  and running feet: the last line before a page break (``<hr>``, a page-break style) holding
  the same words on 3 or more pages beside a page number that counts on ("Apple Inc. | 2025
  Form 10-K | 12"), the last page's too, or with no number a release's letterhead foot (up
  to three lines, the last holding a phone, a web site or a ZIP code: "3545 North First
  Street San Jose, CA 95134 (408) 435-0800"); a running head: a line (or up to three)
  opening 3 pages or more right after a page break, all but its first reading ("PLYMOUTH
  ROCK TECHNOLOGIES INC. NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS ...", a "Table of
  Contents" link; two words or more, not a statement's title, a CUSIP line, a "(in
  thousands)" caption, prose or a table row; printed atop the first page too, with another
  page number beside it, "Acme Corp. - Form 10-K | Page 1", every page-top copy goes); and a
  heading a page repeats atop it marked as carried over, "2. SIGNIFICANT ACCOUNTING
  POLICIES (continued)", "Notes (Cont'd.)", "ITEM 7. ... - CONTINUED" (among the page's
  first four lines, above its first line of prose);
- a paragraph a page break cuts mid-sentence (Workiva splits it into two blocks) is one line
  again: the part after the break, past the running head atop the page (up to three lines
  that each top three pages, or both pages after the first of three: "Table of Contents" /
  "Part I" / "Item 1"; a page number beside one aside), starts with a lowercase word and
  the part before ends with no sentence's end; or the part before ends in
  a word no sentence ends in ("the", "of") and the part after reads as prose;
- bullets drawn in a symbol font ("·", Wingdings "Ø", "§", private-use U+F0B7) read "•", and
  so does Word's list bullet, an "l" in a Wingdings font ("n" reads "■");
- a word a ``<br>`` breaks right after its hyphen reads whole: in a cell's value, in a big
  cell's lines, and outside a table, where the line runs on into the next ("... included in a
  post-<BR>effective amendment by ..." one line, "post-effective"; "pursuant to the fore-<BR>
  going provisions" "foregoing"): the hyphen dropped before a lower-case part, kept after a
  prefix or a whole word ("non-", "co-", "first-quarter", "year-end"; not before the rest of
  one word, "second-<br>ary" "secondary", "ex-<br>pected" "expected", "pre-<br>vious"
  "previous", "co-<br>venant" "covenant", "all-<br>ocated" "allocated"), before a
  compound's second part ("interest-earning") and before a capital or a figure ("By-Laws",
  "COVID-19"; a figure's line there is no page number); capitals split at a syllable read
  whole ("OPERA-<br>TIONS" "OPERATIONS", "ANAL-<br>YSIS" "ANALYSIS", a common last
  syllable after, "SUB-<br>STANTIAL" four letters in, "OFF-<br>ERING" "OFFERING" an "-ing"
  after a vowel; not after a prefix or whole word, "NON-GAAP", "FIRST-QUARTER", nor
  before a word of its own, "MERGER-RELATED", nor a common word after a whole word,
  "OFF-BALANCE", "CLASS-ACTION"); a dash after a blank ("Inc. -"), a numeral's hyphen
  ("PART I-"), a blank line or a page number or "(more)" dropped after the break parts two
  whole lines;
- characters a browser shows as nothing (a zero-width space, a soft hyphen, a stray
  byte-order mark, a word joiner, direction marks) are dropped.

Example (cover of 8k_2024_appleinc_1.txt)::

    FORM 8-K
    CURRENT REPORT
    Pursuant to Section 13 OR 15(d) of The Securities Exchange Act of 1934
    February 1, 2024
    Date of Report (Date of earliest event reported)

    Apple Inc.
    (Exact name of Registrant as specified in its charter)

    California\t001-36743\t94-2404110
    (State or other jurisdiction of incorporation)\t(Commission File Number)\t(I.R.S. ...

Parsing is libxml2's recovering HTML parser, which calls the renderer for each tag and run
of text as it reads them (a parser target): no tree is built, so memory stays near the size of
the document however big it is. Nesting past 2,048 open elements (thousands of unclosed
<font> tags) stops the rendering, which starts again without the inline tags; input still too
deep falls back to a regex rendering that still keeps table rows on one line.
"""

from __future__ import annotations

import html as html_lib
import inspect
import re
from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..lazy_re import lazy
from .plain_text import clean_plain_text
from .running_heads import OWN_HEAD as _OWN_HEAD  # noqa: F401 (tests read it here)
from .running_heads import continued_head, letterhead_line, more_mark, runs_as_prose
from .running_heads import own_head as _own_head

if TYPE_CHECKING:
    from collections.abc import Callable

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table "
    "tbody thead tfoot ul br tr title page".split()
)
# Blocks that stand apart from their neighbours by a blank line.
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 ul ol table blockquote hr page".split())
_CELL = frozenset({"td", "th"})
# Blocks a style can turn inline (<div style="display:inline">); not tables, rows or lists.
_INLINEABLE = frozenset(
    "address article aside blockquote center dd div dt figcaption figure footer h1 h2 h3 h4 h5 "
    "h6 header main nav p section".split()
)
_LISTS_OR_TERMS = frozenset({"ol", "ul", "dt", "dd"})  # blocks that open a list or a term
_BREAKING = _BLOCK | _CELL  # tags that end a line (or, inside a cell, a word)
_SKIP = frozenset(
    {"script", "style", "head", "noscript", "template", "ix:header", "object", "svg", "xml"}
)

_PROLOGUE = lazy(r"\A\s*(?:<XBRL>\s*)?(?:<\?xml[^>]{0,500}\?>)?", re.I)
_HIDDEN = lazy(r"display\s*:\s*none", re.I)
# (an "inline-block" div is a box set beside its neighbours as a cell: _CELL_DISPLAY)
_INLINE_DISPLAY = lazy(r"display\s*:\s*inline(?![\w-])", re.I)  # not inline-table nor -block
# a padding-left that is not zero ("padding-left:8.88pt", not "padding-left:0pt")
# ... or a margin-left, or an inline-block box (an empty one sized as a spacer: "Item 2.02<span
# style='display:inline-block;width:40pt'></span>Results")
# (EDGARizer types its properties in capitals: "PADDING-LEFT: 18pt")
# (Word's "Save as HTML" keeps a typed tab as "<span style='mso-tab-count:1'> </span>": a
# gap too, though it may hold one blank; "99.1<tab>Press release" shows so in Word)
_PADDED = lazy(r"(?:padding|margin)-left\s*:\s*0*(?:[1-9]|\.0*[1-9])|inline-block"
               r"|mso-tab-count", re.I)
_BREAK_BEFORE = lazy(r"page-break-before\s*:\s*always|break-before\s*:\s*page", re.I)
_BREAK_AFTER = lazy(r"page-break-after\s*:\s*always|break-after\s*:\s*page", re.I)
# an inline element laid out as a block ("<span style='display:block'>"): a line of its own
_BLOCK_DISPLAY = lazy(r"display\s*:\s*block\b", re.I)
# a block laid out as a table's cell ("<div style='display:table-cell'>Item 2.02</div><div
# style='display:table-cell'>Results of Operations</div>"): a browser shows the cells of a
# row side by side, on one line
# ... and so does a block laid out as an inline table ("<div style='display:inline-table'>
# Item 2.02</div><div style='display:inline-table'>Results of Operations</div>"): boxes side
# by side as cells are, each a one-cell table
# ... and so does a block laid out as an inline box ("<div style='display:inline-block;
# width:30%'>Delaware</div><div style='display:inline-block;width:30%'>001-12345</div>", a
# cover's state, file number and IRS number): boxes side by side, as cells are
_CELL_DISPLAY = lazy(r"display\s*:\s*(?:table-cell|inline-table|inline-block)\b", re.I)
_CELL_GAP = "\x03"  # where a cell styled so opens after text on its line (a tab, at its end)
# a block laid out as a table ("<div style='display:table'>" around rows of such cells): set
# apart from the lines above and below it by a blank line, as a <table> is (not a row's or a
# cell's display, nor an "inline-table")
_TABLE_DISPLAY = lazy(r"display\s*:\s*table(?![\w-])", re.I)
# a div spaced from its neighbours as a paragraph is (Workiva's "margin-top:12pt"): 6pt, 8px,
# 0.5em or more; the 1-3pt of a cover's stacked lines is no paragraph gap
_GAP = (r"\s*:\s*(?:(?:[6-9]|[1-9]\d{1,2})(?:\.\d+)?pt|(?:[89]|[1-9]\d{1,2})(?:\.\d+)?px"
        r"|(?:0?\.[5-9]|[1-9])[\d.]{0,6}em)")
_SPACED_TOP = lazy("margin-top" + _GAP, re.I)
_SPACED_BOTTOM = lazy("margin-bottom" + _GAP, re.I)
# a centred block is a cover's or a title's line, however far it stands from the next: a
# cover's address lines stacked 6pt apart are one block, not paragraphs
_CENTERED = lazy(r"text-align\s*:\s*center", re.I)
# text raised as a superscript without a <sup>: Workiva's "position:relative;top:-3.5pt" span,
# a "vertical-align:super" one (not a "margin-top:-2pt")
_RAISED = lazy(r"(?<![\w-])top\s*:\s*-|vertical-align\s*:\s*super", re.I)
# a footnote mark or an exponent: "Adjusted EPS<sup>1</sup>", "10<sup>6</sup>", "<sup>1,2</sup>"
_SUPER_NUMBER = lazy(r"\d{1,2}(?:,\d{1,2}){0,2}")
# two or more notes' letters: "Acme Trust<sup>b,c</sup>" (no ordinal's nor trademark's)
_SUPER_LETTERS = lazy(r"[a-z](?:, ?[a-z]){1,3}")
_SUPERSCRIPT = str.maketrans(
    "0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)
# A bullet Word or an EDGARizer drew in a symbol font, as the text reads it (the font itself is
# not read: a check of each tag's style would cost more than the whole rule): Symbol's
# "&#183;" or Wingdings' "&#167;" square, "&#216;" arrow or "&#252;" tick opening a line before
# its text, or the private-use code point Word gives it ("&#61623;", U+F0B7) anywhere. Not a
# section sign before what it cites ("§ 240.13a-14", "§ IV.B", "§ Rule 10b-5", "§ Section
# 16(a)"), an "Ø" before a figure or a Nordic word ("Ø 12 mm", "Ø Ørsted"), nor a letter ("l",
# "n": a Wingdings bullet that is also text; read as one in its font, see _WINGDINGS_BULLETS).
_GLYPH_BULLETS = "\xb7\xa7\xd8\xfc"
_PRIVATE_GLYPHS = {
    "\uf0b7": "\u2022", "\uf0a7": "\u2022", "\uf06c": "\u2022", "\uf077": "\u2022",
    "\uf075": "\u25c6", "\uf076": "\u2756", "\uf0d8": "\u27a2", "\uf06e": "\u25a0",
    "\uf0fc": "\u2713", "\uf0e8": "\u2794",
}
# letters a Wingdings font draws as bullets (read in the font only: "l" and "n" are text
# elsewhere); its boxes ("o", "q", "\xa8", "\xfe") stay, as the cover's check boxes read them
_WINGDINGS_BULLETS = {"l": "\u2022", "n": "\u25a0"}
# the run's font, its plain font-family (Word's "mso-bidi-font-family:Wingdings" beside a
# Times font is for complex scripts only, no font the letter is drawn in) naming Wingdings
# first; "Wingdings 2" and "Wingdings 3" draw other glyphs ("n" is no square there)
_WINGDINGS_FAMILY = lazy(r"(?<![\w-])font-family[ \t]*+:[ \t]*+['\"]?wingdings(?![ \t]*+\d)"
                         r"(?![\w-])", re.I)
# (led by a newline, not a MULTILINE "^": one attempt per line, not one per character)
_LINE_BULLET = lazy(
    r"\n([ \t]*)(?:([\xb7\xfc])|\xd8(?![ \t]*+[\d\xc5\xc6\xd8\xe5\xe6\xf8])|\xa7(?![ \t]*+(?:[\d(]"
    r"|[IVX]{1,5}+(?![A-Za-z])|(?i:sections?|rules?|article|regulation|part|title|chapter|item"
    r"|paragraph|clause)[ \t]++(?:[\d(]|[A-Z][A-Z\d.\-]{0,10}+(?![a-z])))))(?=[ \t]++\S)"
)
# ("II-4": a part's roman number before the dash; "ABT-199", "KC-46" are codes, kept)
# ... or EDGAR's page tag a converter printed as text ("&lt;PAGE&gt;", "4 &lt;PAGE&gt;",
# "&lt;/page&gt;" closing a page of a text made HTML): a page break, no line
_PAGE_NUMBER = lazy(
    r"(?:[Pp]age|PAGE)?[ \-\u2013\u2014]*(?:[A-Z]-|[IVX]{2,4}-)?(?:\d{1,3}|[ivxl]{1,6})"
    r"[ \-\u2013\u2014]*"
    r"(?:(?:of|OF)[ ]+\d{1,4})?"
    r"|(?:\d{1,3}[ ]?)?</?(?:PAGE|[Pp]age)>(?:[ ]?\d{1,3})?"
)
# how an ordered list numbers its items: its type attribute, its list-style-type ("none"
# hides the marker; a disc, circle or square is a bullet)
_TYPE_KINDS = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman",
               "I": "upper-roman", "disc": "disc", "circle": "disc", "square": "disc"}
_STYLE_KINDS = {
    "decimal": "decimal", "lower-alpha": "lower-alpha", "lower-latin": "lower-alpha",
    "upper-alpha": "upper-alpha", "upper-latin": "upper-alpha", "lower-roman": "lower-roman",
    "upper-roman": "upper-roman", "none": "none", "disc": "disc", "circle": "disc",
    "square": "disc",
}
_LIST_STYLE = lazy(r"list-style(?:-type)?[ \t]*+:([^;\"']{0,80})", re.I)
# an ordered list's item that types its own number or label ("Item 2.02", "Exhibit 10.1",
# "99.1 Press release", "2.", "(a)", "b)", "iv.") gets no second one: a double number reads
# as noise and hides the label from the item, exhibit and vote detectors
_OWN_LABEL = lazy(
    r"(?:Item|ITEM|Exhibit|EXHIBIT)[ ]+[0-9A-Z]"
    r"|\d{1,3}(?:\.\d{1,3}){1,2}[a-z]?\.?(?:[ ]+[A-Z(\"\u201c]|$)"
    r"|(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,5})[.)](?:[ ]|$)"
    r"|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{2,5})\)"
)
# a bullet typed in an item of a bulleted list styled "none", the only one a browser shows
_TYPED_BULLET = lazy("[\u2022\u00b7\u25aa\u25a0\u25cf\u25e6\u2023\u2043]")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_TAGS = lazy(r"<[^>]{0,2000}>")
_INLINE_TAGS = lazy(
    r"</?(?:font|span|b|i|u|a|strong|em|small|big|sup|sub|strike|s)\b[^>]{0,2000}>", re.I
)
_FB_DROP = lazy(
    r"<(script|style|head)\b[^>]{0,2000}>.{0,500000}?</\1\s*>|<ix:header>.{0,5000000}?</ix:header>",
    re.I | re.S,
)
_FB_CELL = lazy(r"</t[dh]\s*>", re.I)
# A row runs to the next <tr, </tr or </table (closing tags are optional in HTML); the
# two alternatives never overlap, so the scan is linear.
_FB_ROW = lazy(r"<tr\b[^>]{0,2000}>((?:[^<]|<(?!/?tr\b|/table\b))*)", re.I)
_FB_BLOCK = lazy(
    r"</?(?:p|div|br|tr|li|ul|ol|h[1-6]|table|hr|pre|center|blockquote|title)\b[^>]{0,2000}>",
    re.I,
)
# HTML tags of text-in-an-HTML-wrapper; EDGAR's own <TABLE> <S> <C> <PAGE> are left for
# clean_plain_text.
_WRAPPER_TAGS = lazy(r"<(?!/?(?:TABLE|CAPTION|S|C|FN|PAGE)>)[!/?A-Za-z][^>]{0,2000}>")
# Markup that breaks lines in real HTML; text with almost none of it is preformatted.
_BLOCK_TAG = lazy(r"<(?:p[> ]|P[> ]|div|DIV|br|BR|tr|TR|li)")
_BLANK_RUN = lazy(r"\n(?:[ \t]*\n){2,}")
_DIGITS = lazy(r"\d+")
# a paragraph's words carried over a page break: a lowercase word, not a list's "i." or "a)"
_CONTINUED = lazy(r"(?![ivx]{1,4}[.)]|[a-z][.)])[a-z]")
# words no sentence ends in (an article, a preposition, a conjunction, a determiner): a
# line ending in one runs on over the page, whatever the next page starts with
_RUNS_ON_WORDS = frozenset(
    "a an the of to and or nor for in on at by with from into onto under between among than "
    "as our its their his her your such any each every this these those that which whose is "
    "are was were be been will would may shall should could can not per upon within without "
    "through including about against via".split()
)
# a figure's scale carried over a page break: "... was $2.0" / "billion at December 31"
_SCALE = lazy(r"(?:thousand|million|billion|trillion|percent)\b")
# characters a browser shows as nothing, dropped so that words read whole: a zero-width space,
# a soft hyphen, a byte-order mark left inside a document ("FORM&#65279; 8-K", a file pasted
# after another), a word joiner, the direction marks of a bidirectional (Hebrew) text
_INVISIBLE = "\u200b\xad\ufeff\u2060\u200e\u200f"
_SENTENCE_ENDS = ".:;!?\"\u201d\u2019"
# a caption asking for a check mark ("CHECK BOX IF DISCLOSURE OF LEGAL PROCEEDINGS ...",
# "Check the appropriate box", "Indicate by check mark whether ...")
_ASKS_CHECK = lazy(r"\b(?i:check)\b")
_GRID_REACH = 8  # rows looked through above or below a row for the grid it sits in


class _Spans(dict[str, int]):
    """A cell's colspan (or rowspan) -> the columns (rows) it spans past its first; a span
    typed otherwise, or over 50, counts as one: a column number only places a value among its
    table's own. (A missing key reads 0: one lookup a spanning cell, not two.)"""

    def __missing__(self, key: str) -> int:
        return 0


_WIDTHS = _Spans({str(n): n - 1 for n in range(2, 51)})
_MARK_CHARS = 17  # a page number's or a "(more)" line's longest, a <br>'s tab indent too
_KEY_CHARS = 16  # a stacked number keying its row's lines at most ("Exhibit 99.1*")
# an exhibit number keying stacked lines ("99.1", "10.5(a)", "Exhibit 104*"; not a column
# head's "December 25,")
_EXHIBIT_KEY = lazy(r"(?:Ex(?:hibit|h?\.)?[ \t]?)?\d{1,3}(?:\.\d{1,3}[A-Za-z]?)?"
                    r"(?:\([a-z\d]{1,3}\))?\*{0,2}", re.I)
_FOOT_MIN_PAGES = 3  # pages a running foot must close
_HEAD_LINES = 4  # lines atop a page read for a carried-over heading
_TOP_LINES = 3  # lines atop a page a running head may fill
_HEAD_CHARS = 200  # a running head at most (a company's name over a notes title and period)
_BACK_LINES = 12  # lines a split paragraph's part before a break is looked for in
_PREFORMATTED_RATIO = 25  # source lines per line-breaking tag
_PROBE_CHARS = 1_000_000
# Open elements at most, as libxml2 allows a tree: past that its checks of the open elements
# for each <body> or stray end tag make the parse quadratic; the rendering gives up there.
_MAX_DEPTH = 2048
_FEED_CHARS = 64 * 1024
# Marks a cell's pieces carry: a line end, a paragraph end, a <br>, a nested cell. They are
# control characters str.split() takes for white space, so a cell's value needs no clean-up.
_LINE_MARK, _PARA_MARK, _BR_MARK, _CELL_MARK = "\x1e", "\x1c", "\x1f", "\x1d"
_MARKS = lazy("([\x1c\x1e\x1f])")
# the mark a block leaves in a cell where it opens and where it closes
_OPEN_MARK = {tag: _PARA_MARK if tag in _PARAGRAPH else _LINE_MARK for tag in _BLOCK}
_OPEN_MARK["br"] = _BR_MARK
_CLOSE_MARK = {**_OPEN_MARK, "br": " "}


# A cell whose <br>-broken lines list exhibits ("(d) Exhibits<br>99.1 Press release ...<br>
# 99.2 Investor presentation", one cell laying out the item): a break, then an exhibit's
# number ("Exhibit 99.1", "10.2*") and its words
_LISTED_AFTER_BREAK = lazy(r"\x1f\s*+(?:(?i:exhibit)[ \xa0]+)?\d{1,3}\.\d{1,3}[*\u2020]{0,2}"
                           r"[ \xa0\t]++[^\s\d]")


def _norm(text: str) -> str:
    return " ".join(text.split())


# a gap typed with no-break spaces between columns ("0-27026&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
# &nbsp;77-0254621", a converted text's three blanks "Marocco*&nbsp;&nbsp; Director"): two or
# more in one run of blanks three wide (not a sentence's "end.&nbsp; Next", "end.&nbsp;&nbsp;Next")
_NBSP_GAP = lazy(r"\xa0(?:[ \t\r\n]*+\xa0)++")
_BLANKS = " \t\r\n"
# a list item's marker set off by no-break spaces, as Word types it ("·&nbsp;x7 the timing
# ...", "(d)&nbsp;x4 Exhibits.", a quoted list's "“(1)&nbsp;x6 The Report ..."): no column
_LIST_MARK = lazy(r"[\xb7\xa7\xd8\xfc\u2022\uf0b7\uf0a7\uf06c\uf077*o\-\u2013\u2014]"
                  r"|[\"\u201c]?\(?(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]")
# an exhibit's number opening a line ("99.2", "10.1*", "Exhibit 99.1", "99"): a gap of
# no-break spaces after it parts the description as a cell does ("99.2 &nbsp; &nbsp; 4.875%
# Notes due 2017"); not a list's or a note's "2." ("2.&nbsp;x3 SIGNIFICANT ACCOUNTING ...")
_EXHIBIT_LABEL = lazy(r"(?:Exhibit |EXHIBIT )?\d{1,3}(?:\.\d{1,3}){0,2}+[a-z]?\*{0,2}")
# the same number set off by an em space or two en spaces, as typesetting converters type a
# tab ("99.2&#8195;4.875% Notes due 2017", "Exhibit 99.1&ensp;&ensp;Press release"): a gap
_EM_GAP = lazy(r"[ \t\r\n\xa0]*+(?:Exhibit |EXHIBIT )?\d{1,3}(?:\.\d{1,3}){0,2}+[a-z]?\*{0,2}"
               r"[ \t\r\n\xa0]*+(?:\u2003|\u2002[ \t\r\n\xa0]*+\u2002)[\s]*+")
_TERM_CHARS = 40  # a <dt> this long at most leads its <dd>'s line (a number, a short name)
# ... or by a tab typed in the text ("99.1&#9;Press release", "2\tAgreement and Plan of
# Merger"): a browser shows a space, the writer meant a column (not a source line's indent)
_TAB_GAP = lazy(r"[ \t\r\n\xa0]*+(?:Exhibit |EXHIBIT )?\d{1,3}(?:\.\d{1,3}){0,2}+[a-z]?\*{0,2}"
                r"[ \xa0]*+\t[ \t\xa0]*+(?=\S)")
_WIDE_GAP = 6  # no-break spaces that part two columns alone (a heading's "Item 2.02" and its
# title stand four apart: "Item 2.02&#160;&#160;&#160;&#160;Results of Operations ...")


def _norm_line(raw: str) -> str:
    """A line outside a table, its blanks collapsed; but gaps typed with no-break spaces part
    its columns with a tab, as a table row's cells are parted: two such gaps or more, or one
    wide gap ("New York&nbsp;x6 333-149862&nbsp;x6 26-1581234" over "(State ...)&nbsp;x4
    (Commission File Number)&nbsp;x4 (IRS ...)", Silver Falcon Mining 2012)."""
    if raw.isascii():  # (a flag first)
        return _tab_gap(raw) if "\t" in raw else _norm(raw)
    if "\xa0\xa0" not in raw and "\xa0 \xa0" not in raw:
        if "\u2003" in raw or "\u2002" in raw:
            return _em_gap(raw)
        return _tab_gap(raw) if "\t" in raw else _norm(raw)
    cells, gaps, pos = [], [], 0
    for gap in _column_gaps(raw):
        cell = _norm(raw[pos : gap.start()])
        if cell:  # (a gap that indents the line parts nothing)
            cells.append(cell)
            gaps.append(gap.group().count("\xa0"))
        pos = gap.end()
    cells.append(_norm(raw[pos:]))
    if not cells[-1]:  # (nor one that closes it)
        cells.pop()
        gaps = gaps[:-1]
    if not gaps:
        return " ".join(cells)
    if _EXHIBIT_LABEL.fullmatch(cells[0]) is not None:  # an exhibit's number: a column
        return "\t".join(cells)
    if _LIST_MARK.fullmatch(cells[0]):  # a list's "•" or "(1)": no column
        cells[:2] = [f"{cells[0]} {cells[1]}"]
        gaps = gaps[1:]
    if not gaps or len(gaps) == 1 and gaps[0] < _WIDE_GAP:
        return " ".join(cells)
    return "\t".join(cells)


def _em_gap(raw: str) -> str:
    """A line whose exhibit number an em space (or two en spaces) sets off, as
    "number<tab>description"; any other line with its blanks collapsed."""
    gap = _EM_GAP.match(raw)
    if gap is None or gap.end() == len(raw):
        return _norm(raw)
    number = _norm(raw[: gap.end()])
    return f"{number}\t{_norm(raw[gap.end() :])}"


# a row's cell after its first holding only characters a browser shows as nothing (a zero-width
# space, "&NegativeThickSpace;": a gutter between an exhibit's number and its description),
# with the tab that parts it from the next cell (or, the row's last, from the one before); a
# row's first keeps its tab, an empty first column
_INVISIBLE_CELL = lazy(r"(?<=\t)[\u200b\xad\ufeff\u2060\u200e\u200f]++\t"
                       r"|\t[\u200b\xad\ufeff\u2060\u200e\u200f]++(?=\n|\Z)")


def _invisible_cells(text: str) -> str:
    """`text` less its rows' cells of invisible characters only, a tab beside each, so that
    the row reads as a browser shows it ("Exhibit\tDescription", not three tabs); the regex
    runs only where a zero-width space opens a cell (one scan: a gutter's is one, and the
    text holds an invisible character already)."""
    if "\t\u200b" in text:
        return _INVISIBLE_CELL.sub("", text)
    return text


def _cell_tabs(line: str) -> str:
    """A line of divs styled as table cells ("Item 2.02" beside "Results of Operations"), its
    non-empty cells parted by a tab as a table row's are."""
    return "\t".join(cell for cell in (part.strip() for part in line.split(_CELL_GAP)) if cell)


def _tab_gap(raw: str) -> str:
    """A line whose exhibit number a tab sets off (``99.1&#9;Press release``, a tab typed in
    the text, as word processors keep one), as "number<tab>description"; any other line with
    its blanks collapsed. A tab after a source line's break is its indentation: no gap."""
    gap = _TAB_GAP.match(raw)
    if gap is None:
        return _norm(raw)
    return f"{_norm(raw[: gap.end()])}\t{_norm(raw[gap.end() :])}"


def _column_gaps(raw: str) -> list[re.Match[str]]:
    """The runs of no-break spaces of a line that part columns: three or more, or two in a
    run three blanks wide, as a converter prints plain text's "Marocco*   Director"
    ("&nbsp;&nbsp; "; a sentence's "end.&nbsp;&nbsp;Next" is two wide); but not narrow ones
    when the line has three or more of them, a justified line of prose ("Letter&nbsp;&nbsp;
    Agreement,&nbsp;&nbsp; dated")."""
    gaps, narrow = [], 0
    for gap in _NBSP_GAP.finditer(raw):
        if gap.group().count("\xa0") > 2:
            gaps.append(gap)
            continue
        start, end = gap.span()
        if end - start > 2 or start > 0 and raw[start - 1] in _BLANKS \
                or end < len(raw) and raw[end] in _BLANKS:
            gaps.append(gap)
            narrow += 1
    if narrow > 2:
        return [gap for gap in gaps if gap.group().count("\xa0") > 2]
    return gaps


def _padding_gap(pieces: list[str]) -> str:
    """The gap a padding or an inline-block box leaves after the line's `pieces` so far: after
    an exhibit's number alone ("99.1<span style='padding-left:36pt'>Press release"), a column
    gap (no-break spaces that part the cells); elsewhere a space."""
    if len(pieces) < 6:
        text = "".join(pieces).strip()
        if text and (text[0] <= "9" or text[0] == "E") \
                and _EXHIBIT_LABEL.fullmatch(text) is not None:
            return "\xa0\xa0\xa0"
    return " "


_INDENTS = "\xa0 \r\n"  # what a line's indent may open with (_br_indent)
# a line this long has wrapped: its next line, indented, hangs from it (not a centred title's)
_WRAPPED = 45


def _br_indent(raw: str) -> str:
    """A tab for a line after a <br> indented by two no-break spaces or more, as Word re-prints
    a plain text ("99.1&nbsp;x4 Press release dated ...,<br>&nbsp;x12 announcing ..."): a
    wrapped exhibit description's hanging indent tells it from the next entry. A tab (an
    empty first cell), not blanks: rendered text holds no run of blanks, which reads as a
    plain text's columns. "" for a line with none."""
    text = raw.lstrip("\r\n")
    lead = text[: len(text) - len(text.lstrip("\xa0 "))]
    return "\t" if lead.count("\xa0") > 1 else ""


# EDGAR's page tag printed as text inside a line an HTML editor joined a page's last line,
# its page number, the tag and the next page's number into ("... financial statements. 30
# &lt;PAGE&gt; 32 PERKINELMER, INC. ..."), or the next page's first line ("&lt;PAGE&gt; Item
# 5. Other Events"): a page break there, no words of the line
# (a word of its own: not "the <PAGE>s")
_PAGE_TAG_IN_LINE = lazy(r"(?<![^ ])(?:\d{1,3}[ ])?</?(?:PAGE|[Pp]age)>(?:[ ]\d{1,3})?(?![^ ])")


def _page_parts(line: str) -> list[str]:
    """`line` cut at the page tags printed in it, less the page numbers beside them: a
    page's text each part but the last, which opens the next page ("" where none)."""
    parts = _PAGE_TAG_IN_LINE.split(line)
    return parts if len(parts) == 1 else [part.strip(" ") for part in parts]


# EDGAR's text-table tags printed as text in a line an HTML editor joined ("&lt;TABLE&gt;
# &lt;S&gt; &lt;C&gt; *10.2 The Company's 1999 INCENTIVE PLAN ...", PerkinElmer's exhibit
# list pasted into paragraphs): a text filing's markup, no words of the line; each a word of
# its own (not "A<S>B"), two typed together ("<S><C>") too
_TABLE_TAG_IN_LINE = lazy(
    r"(?<![^ \t>])(?:</?(?:S|C|FN|s|c|fn)|</?(?:TABLE|CAPTION|table|caption|Table|Caption))>"
    r"(?![^ \t<])")
_SPACE_RUN = lazy(r"[ ]{2,}")


def _drop_table_tags(line: str) -> str:
    """`line` less the text-table tags printed in it (its blanks collapsed where one went);
    "" for a line of tags only."""
    dropped = _TABLE_TAG_IN_LINE.sub("", line)
    if len(dropped) == len(line):
        return line
    return _SPACE_RUN.sub(" ", dropped).strip(" ")


def _cell_display(style: str) -> bool:
    """A block's style lays it out as a cell beside its neighbours ("display:table-cell",
    "display:inline-table", "display:inline-block"); the words' substring test first, the
    regex only where they stand."""
    return ("-cell" in style or "-CELL" in style or "-table" in style or "-TABLE" in style
            or "-block" in style or "-BLOCK" in style) and _CELL_DISPLAY.search(style) is not None


def _is_page_number(line: str) -> bool:
    return len(line) <= 16 and _PAGE_NUMBER.fullmatch(line) is not None


class _Writer:
    """Collects lines; knows whether a blank line is owed before the next one."""

    __slots__ = ("lines", "cur", "has_text", "spacer", "blank", "pre", "bullet", "typed",
                 "breaks", "after_br", "hang", "cells", "joint")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.has_text = False
        self.spacer = False  # the line so far holds a no-break space, and no text
        self.blank = False
        self.pre = 0
        self.bullet = ""  # the marker of an <li> just opened ("• ", "1. "): its first line's
        # a label the <li>'s first line may type itself, in place of the marker
        self.typed: Callable[[str], object] | None = None
        self.breaks: list[int] = []  # len(lines) at each page break (<hr>, page-break style)
        self.after_br = False  # the line so far follows a <br> (its indentation is kept)
        # the block's lines so far hang from a flush first line or a wrapped one: an indented
        # line after a <br> is its wrap, not a line of a block indented all through (a cover
        # centred by blanks, "&nbsp;x15 SECURITIES AND ...<br>&nbsp;x21 WASHINGTON, D.C.")
        self.hang = False
        self.cells = False  # the line so far holds a _CELL_GAP (a div styled as a cell)
        # len(lines) after a line a <br> ended inside a word, after its hyphen ("non-<br>
        # performing"): the next line, if it follows at once, continues that word (-1: none)
        self.joint = -1

    def emit(self, line: str) -> None:
        lines = self.lines
        if self.blank and lines and lines[-1]:
            lines.append("")
        self.blank = False
        lines.append(line)

    def text(self, s: str) -> None:
        # (_renderer's flush does the same inline for a run outside <pre>: keep them alike)
        if self.pre:
            self._pre_text(s)
            return
        self.cur.append(s)
        if not self.has_text:
            if not s.isspace():
                self.has_text = True
            elif "\xa0" in s:
                self.spacer = True

    def _pre_text(self, s: str) -> None:
        parts = s.split("\n")
        for part in parts[:-1]:
            self.cur.append(part)
            line = "".join(self.cur).replace("\xa0", " ").rstrip()
            self.cur.clear()
            if line:
                self.emit(line)
            else:
                self.blank = True
        self.cur.append(parts[-1])
        self.has_text = True

    def end_line(self) -> None:
        if self.has_text:
            raw = "".join(self.cur)
            line = raw.replace("\xa0", " ").rstrip() if self.pre else _norm_line(raw)
            if self.cells:
                line = _cell_tabs(line)
                self.cells = False
            if "<" in line and not self.pre:  # (a flag first: most lines hold no "<")
                line = _drop_table_tags(line)
            if ("AGE>" in line or "age>" in line) and not self.pre and len(line) > _MARK_CHARS:
                *pages, line = _page_parts(line)
                for part in pages:  # (each a page's end: its text, then the break)
                    if part:
                        self.emit(part)
                    self.page_break()
            hang = True
            # (a line opening in no blank has no indent: most lines, one test)
            if line and raw[0] in _INDENTS and not raw.isascii():
                tab = _br_indent(raw)
                if self.after_br and self.hang and tab:
                    line = tab + line
                else:  # (an indented entry's columns, "99.1\tPress release", or a line
                    # long enough to have wrapped, "12(c) -- Statement re: computation of")
                    hang = not tab or "\t" in line or len(line) >= _WRAPPED
            self.hang = hang
            # (a list item's lone "x" or "12" is an item, not a page number; a release's
            # "(more)" is a page's mark as a page number is)
            if line and (self.bullet or len(line) > _MARK_CHARS
                         or self.joint == len(self.lines) and self._hyphen_rest(line)
                         or not (_is_page_number(line.strip()) or more_mark(line))):
                if self.bullet:
                    if self.typed is None or self.typed(line) is None:
                        line = self.bullet + line
                    self.bullet = ""
                if self.joint == len(self.lines) and self.after_br and not self.blank \
                        and _continue_word(self.lines, line):
                    self.joint = -1  # (the line went onto the one a <br> broke in its word)
                else:
                    self.emit(line)
            elif line and "<" in line:  # a page tag printed as text ends its page
                self.page_break()
            elif line:  # a page number or "(more)" dropped: its page's end, which no word's
                self.joint = _DROPPED  # rest a <br> broke at its hyphen runs past ("Acme-"
                # / "(more)" / "CORP NEWS": two lines, as after any page break)
            self.has_text = False
        else:
            self.hang = False  # (a block's start: no first line yet)
            if self.spacer:
                # a line of no-break spaces only, the spacer Word and the filing agents type
                # between paragraphs ("<div>&nbsp;</div>"), is a blank line in a browser
                self.blank = True
        self.spacer = self.after_br = False
        self.cur.clear()

    def _hyphen_rest(self, line: str) -> bool:
        """`line`, a figure, follows at once the line a <br> ended after a word's hyphen
        (self.joint: the caller's test) and is the rest of that word ("COVID-<br>19"), not
        a page number."""
        return self.after_br and not self.blank and line.lstrip()[:1].isdigit()

    def br(self) -> None:
        if self.has_text:
            if self.joint == _DROPPED:  # (a mark dropped before: not this line's)
                self.joint = -1
            self.end_line()
            # (a flag first: few lines end in a hyphen; a line the joins made long takes no
            # more, each join copying it: linear time; the line a page mark's drop left last
            # is no longer the one this <br> ended)
            if self.joint == _DROPPED:
                self.joint = -1
            elif self.lines and (last := self.lines[-1])[-1:] == "-" and not self.pre \
                    and len(last) < _JOIN_MAX and _BR_WORD_END.search(last[-27:]) is not None:
                self.joint = len(self.lines)
        else:
            self.cur.clear()
            self.spacer = False
            self.blank = True
        self.after_br = True

    def page_break(self) -> None:
        self.blank = True
        self.breaks.append(len(self.lines))

    def result(self) -> str:
        lines, breaks = self.lines, self.breaks
        if len(breaks) >= _FOOT_MIN_PAGES:
            lines, breaks = _drop_running_feet(lines, breaks)
        if breaks:
            lines, breaks = _drop_continued_heads(lines, breaks)
        if breaks:
            # (a running head goes as the split paragraphs join: each tells the join a head)
            heads = _running_heads(lines, breaks) if len(breaks) >= _FOOT_MIN_PAGES else set()
            lines = _join_split_paragraphs(lines, breaks, heads)
        self.lines = lines
        while lines and not lines[-1]:
            lines.pop()
        out = "\n".join(lines)
        if not out.isascii():  # (a flag: no scan)
            if any(ch in out for ch in _INVISIBLE):
                out = _invisible_cells(out)
                for ch in _INVISIBLE:  # (str.replace: a translate table looks up each character)
                    out = out.replace(ch, "")
                if "\n\n\n" in out:  # (a line that held only a stray BOM)
                    out = _BLANK_RUN.sub("\n\n", out).strip("\n")
            if "\u2011" in out:  # a non-breaking hyphen reads as one: "FORM 8&#8209;K"
                out = out.replace("\u2011", "-")
            if any(ch in out for ch in _GLYPH_BULLETS):
                out = _LINE_BULLET.sub(_bullet, "\n" + out)[1:]  # (the first line too)
            if any(ch in out for ch in _PRIVATE_GLYPHS):
                for ch, bullet in _PRIVATE_GLYPHS.items():
                    out = out.replace(ch, bullet)
        return out + "\n" if out else ""


def _bullet(match: re.Match[str]) -> str:
    """A symbol font's bullet as a browser shows it: "•", a tick "✓" (Wingdings' "ü", which
    may be a checked box)."""
    return "\n" + match.group(1) + ("\u2713" if match.group(2) == "\xfc" else "\u2022")


def _drop_running_feet(lines: list[str], breaks: list[int]) -> tuple[list[str], list[int]]:
    """`lines` less the running feet, and the breaks where they fall then: the last line before
    a page break when it holds the same words on 3 or more pages beside a page number that
    counts on ("Apple Inc. | 2025 Form 10-K | 12", "TARGET CORPORATION\t2025 Form 10-K\t12");
    a bare page number is gone already; and a release's letterhead foot (_letterhead_feet)."""
    groups: dict[str, list[tuple[int, int]]] = {}
    ends: list[int] = []  # each page's last line
    last = -1
    for at in breaks:
        i = at - 1
        while i >= 0 and not lines[i]:
            i -= 1
        if i <= last:  # (two breaks after one line: an <hr> in a page-break block)
            continue
        last = i
        ends.append(i)
        foot = _foot_key(lines[i])
        if foot is not None:
            groups.setdefault(foot[0], []).append((foot[1], i))
    i = len(lines) - 1  # the last page's foot, with no break after it
    while i > last and not lines[i]:
        i -= 1
    if i > last:
        ends.append(i)
        if (foot := _foot_key(lines[i])) is not None and foot[0] in groups:
            groups[foot[0]].append((foot[1], i))
    drop = {i for items in groups.values() if len(items) >= _FOOT_MIN_PAGES
            and all(a[0] < b[0] for a, b in pairwise(items)) for _value, i in items}
    drop.update(_letterhead_feet(lines, ends))
    return _drop_lines(lines, breaks, drop)


def _letterhead_feet(lines: list[str], ends: list[int]) -> set[int]:
    """The lines of a letterhead's foot a press release prints at each page's foot with no
    page number ("Pericom Semiconductor Corporation | 3545 North First Street, San Jose, CA
    95134 | www.pericom.com"): the same last line (and up to two above it, while each page
    prints the same) closing 3 pages or more, a phone number, a web site or a ZIP code in it."""
    groups: dict[str, list[int]] = {}
    for i in ends:
        if len(lines[i]) <= _HEAD_CHARS and not runs_as_prose(lines[i]):
            groups.setdefault(lines[i], []).append(i)
    drop: set[int] = set()
    for line, at in groups.items():
        if len(at) < _FOOT_MIN_PAGES or not letterhead_line(line):
            continue
        for i in at:
            drop.add(i)
        above = list(at)
        for _ in range(_TOP_LINES - 1):  # (a name over an address over a site)
            above = [_line_above(lines, i) for i in above]
            if -1 in above or len({lines[i] for i in above}) != 1 \
                    or len(lines[above[0]]) > _HEAD_CHARS or runs_as_prose(lines[above[0]]):
                break
            drop.update(above)
    return drop


def _line_above(lines: list[str], i: int) -> int:
    """The nearest non-blank line above line `i` (-1: none)."""
    i -= 1
    while i >= 0 and not lines[i]:
        i -= 1
    return i


def _drop_continued_heads(lines: list[str], breaks: list[int]) -> tuple[list[str], list[int]]:
    """`lines` less the headings a page repeats atop it, marked as carried over: "2.
    SIGNIFICANT ACCOUNTING POLICIES (continued)", "Notes to Financial Statements (Cont'd.)",
    "ITEM 7. ... - CONTINUED", among the first lines after a page break (past a running head);
    the heading the text opened with reads once, as if no page had broken it. Not past the
    page's first line of prose: a heading so marked below it is the page's own."""
    drop = set()
    for at in breaks:
        above: list[str] = []  # the page's lines above, no carried-over heading
        seen = 0
        for i in range(at, min(at + 8, len(lines))):
            line = lines[i]
            if not line:
                continue
            if seen == _HEAD_LINES:
                break
            seen += 1
            if continued_head(line):
                # (prose read only then: most pages' first lines hold no such heading)
                if any(map(runs_as_prose, above)):
                    break
                drop.add(i)
            else:
                above.append(line)
    return _drop_lines(lines, breaks, drop)


def _running_heads(lines: list[str], breaks: list[int]) -> set[int]:
    """The lines of a running head a printer repeats atop each page after the first it heads:
    a line (or up to three) that opens 3 pages or more right after a page break, as on paper
    ("PLYMOUTH ROCK TECHNOLOGIES INC. NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS For the
    years ended ...", a "Table of Contents" link). Its first reading stays (the heading of
    what follows it); a page number beside it counts no difference ("Acme Corp.\tPage 2").
    Not a statement's title nor a 13D's CUSIP line (a page's own head), not prose, not a table
    row, not a "(in thousands)" caption."""
    tops: dict[str, list[int]] = {}
    for at in sorted(set(breaks)):
        j, seen = at, 0
        while j < len(lines) and seen < _TOP_LINES:
            if (line := lines[j]):
                key = _top_key(line)
                if not _head_shaped(key):
                    break  # (a head is the page's first lines, nothing above it)
                tops.setdefault(key, []).append(j)
                seen += 1
            j += 1
    heads = {key: at for key, at in tops.items() if len(at) >= _FOOT_MIN_PAGES}
    if not heads:
        return set()
    # (its first reading stays, unless the text read it before the first page it tops)
    drop: set[int] = set()
    for key, at in heads.items():
        drop.update(at if _read_before(lines, key, at[0]) else at[1:])
    return drop


def _read_before(lines: list[str], key: str, end: int) -> bool:
    """Whether `key` is one of `lines[:end]` (no copy of the slice); or, a head printed with
    its page number beside it ("Acme Corp. - Form 10-K\tPage 3"), one of them is that head
    with another number ("Acme Corp. - Form 10-K\tPage 1", atop the first page)."""
    try:
        lines.index(key, 0, end)
    except ValueError:
        return lines[end] != key and _read_numbered(lines, key, end)
    return True


def _read_numbered(lines: list[str], key: str, end: int) -> bool:
    """Whether one of `lines[:end]` is the head `key` beside a page number (its words first
    found in it: a substring search, most lines hold none)."""
    return any(key in line and _top_key(line) == key for line in lines[:end])


def _head_shaped(key: str) -> bool:
    """A line that may be a running head: two words or more (not a lone label, a table row,
    a caption in brackets, a sentence), short, no statement title or CUSIP line."""
    return len(key) <= _HEAD_CHARS and " " in key and "\t" not in key and key[:1] != "(" \
        and any(c.isalpha() for c in key) and not runs_as_prose(key) and not _own_head(key)


def _drop_lines(lines: list[str], breaks: list[int], drop: set[int]) -> tuple[list[str], list[int]]:
    """`lines` less those numbered in `drop` (and a blank line left doubled), and the breaks
    where they fall then."""
    if not drop:
        return lines, breaks
    kept: list[str] = []
    moved: list[int] = []
    b, n = 0, len(breaks)
    for i, line in enumerate(lines):
        while b < n and breaks[b] <= i:
            moved.append(len(kept))
            b += 1
        if i not in drop and (line or (kept and kept[-1])):
            kept.append(line)
    moved.extend(len(kept) for _ in range(b, n))
    return kept, moved


def _join_split_paragraphs(lines: list[str], breaks: list[int], drop: set[int]) -> list[str]:
    """`lines` with each paragraph a page break cut mid-sentence whole again: Workiva and
    other printers split a paragraph that runs over a page into two blocks ("... We also offer
    a variety of" / "Table of Contents" / "clinics and workshops ..."). The part after the break
    (past a running head atop the page of up to three lines, each opening 3 pages or more:
    "Table of Contents" / "Part I" / "Item 1") starts with a lowercase word and the part before
    it ends with no sentence's end (a lowercase word, a comma, a figure before its scale, "$2.0"
    / "billion"); or the part before ends in a word no sentence ends in ("... filed with the" /
    "Securities and Exchange Commission"), and the part after reads as prose. Tables are left
    alone. The running head between goes: the paragraph reads as if no page had broken it.
    A head of a document of three pages (two breaks) tops both pages after the first; a page
    number beside it ("Acme Corporation Reports Third Quarter Results\tPage 2") is no part of it.
    The lines numbered in `drop` (a running head's, _running_heads) go too."""
    tops: dict[str, int] = {}
    starts: list[int] = []
    for at in sorted(set(breaks)):
        j, seen = at, 0
        while j < len(lines) and seen < 3:
            if lines[j]:
                if seen == 0:
                    starts.append(j)
                key = _top_key(lines[j])
                tops[key] = tops.get(key, 0) + 1
                seen += 1
            j += 1
    # (a head must top 3 pages; of a release of three pages, both pages after the first, when
    # it reads as a head of words: not "(in thousands)" atop two pages of a table)
    two = len(starts) == 2

    def is_head(line: str) -> bool:
        count = tops.get(_top_key(line), 0)
        return count >= _FOOT_MIN_PAGES or two and count == 2 and line[:1] != "(" \
            and len(line.split()) >= 3

    joins: list[tuple[int, int]] = []
    for j in starts:
        for _ in range(4):  # past up to three lines of running head
            if len(lines[j]) > 100 or not is_head(lines[j]):
                break
            j += 1
            while j < len(lines) and not lines[j]:
                j += 1
            if j == len(lines):
                break
        if j == len(lines) or "\t" in lines[j]:
            continue
        lower = _CONTINUED.match(lines[j]) is not None
        if not lower and not lines[j][0].isupper():
            continue
        i = j - 1  # back past the break's blank lines and a head or foot repeated
        # (a few lines: a page of heads only would walk back over all pages, each page)
        stop = max(-1, j - _BACK_LINES)
        while i > stop and (not lines[i] or len(lines[i]) <= 100 and is_head(lines[i])):
            i -= 1
        if i == stop:
            continue
        # (a list item laid out in a table, "•\tDIY Customers. ... offer a variety of", runs on)
        if i < 0 or "\t" in lines[i] and (lines[i].count("\t") > 1 or lines[i].index("\t") > 4):
            continue
        before = lines[i]
        if lower and (before[-1].islower() or before[-1] in ",;"
                      or before[-1].isdigit() and _SCALE.match(lines[j]) is not None) \
                or before[-1].islower() and len(before) > 30 \
                and before.rpartition(" ")[2] in _RUNS_ON_WORDS \
                and (lower or _reads_as_prose(lines[j])):
            joins.append((i, j))
    if not joins:
        if not drop:
            return lines
        kept: list[str] = []
        _copy_lines(kept, lines, 0, len(lines), drop)
        return kept
    # one pass, not a `del` a join (a document of many breaks would be quadratic); the page's
    # furniture between the parts goes with the break, and a part may run on over the next
    # (the lines between joins are copied a slice at a time: most lines join nothing)
    join_to = dict(joins)
    out: list[str] = []
    k = 0  # the first line not yet copied
    for i in sorted(join_to):
        if i < k:  # (inside a join made already)
            continue
        _copy_lines(out, lines, k, i, drop)
        line = lines[i]
        while i in join_to:
            i = join_to[i]
            line += " " + lines[i]
        out.append(line)
        k = i + 1
    _copy_lines(out, lines, k, len(lines), drop)
    return out


def _copy_lines(out: list[str], lines: list[str], start: int, end: int, drop: set[int]) -> None:
    """`lines[start:end]` onto `out`, less those numbered in `drop` (and a blank line left
    doubled): a slice at a time when none is dropped (most documents)."""
    # (a slice between dropped lines at a time, not a test a line: the writer leaves no blank
    # line doubled, so only the line after a dropped one may be a blank owed no more)
    k = start
    for n in [*sorted(n for n in drop if start <= n < end), end] if drop else (end,):
        if k < n:
            if not lines[k] and not (out and out[-1]):
                k += 1
            out.extend(lines[k:n])
        k = n + 1


def _top_key(line: str) -> str:
    """A page's top line as it repeats: its words without the page number beside them
    ("Acme Corporation Reports Third Quarter Results\tPage 2", a head laid out in cells)."""
    if "\t" not in line and "|" not in line:
        return line  # (a number in a cell of its own only: "FORM 10-K 4" may be a figure)
    foot = _foot_key(line)
    # (words beside the number: a table row's label and figure, "Revenue | 12", are no head)
    return line if foot is None or len(foot[0].split()) < 3 else foot[0]


def _reads_as_prose(line: str) -> bool:
    """Whether a line opening in a capital runs on a sentence ("Securities and Exchange
    Commission. The reports ...", "Deferred Stock Option Gain Account; provided, however, ..."),
    not a page's head no running head rule knew: one with its page number ("ACME CORPORATION
    2023 FORM 10-K 4"), a part's on two pages only ("Part I"), a release's ("Acme Corporation
    Q3 2010 Results"), a title ("Notes to consolidated financial statements"). Prose has 40
    characters or six words, a lowercase word among its first eight, and no page number at its
    end; under 100 characters it ends as a sentence does (a title does not)."""
    words = line.split(" ", 8)
    if len(line) < 40 and len(words) < 6 or len(line) < 100 and line[-1] not in _SENTENCE_ENDS:
        return False
    last = line.rpartition(" ")[2]
    if last.isdigit() and len(last) <= 3:
        return False
    return any(word[:1].islower() for word in words[1:8])


def _foot_key(line: str) -> tuple[str, int] | None:
    """(words, page number) of a line that ends or starts with a page number set off by a tab,
    a "|" or a space ("Acme Corp. 10-K  12", "Page 3 | Acme Corp."); None for any other."""
    if len(line) > 160 or not line[-1].isdigit() and not line[0].isdigit():
        return None
    for sep in ("\t", "|", " "):
        if sep not in line:
            continue
        for words, number in (line.rsplit(sep, 1), line.split(sep, 1)[::-1]):
            number = number.strip()
            if _is_page_number(number) and (digits := _DIGITS.search(number)):
                words = words.strip(" |\t")
                if any(c.isalpha() for c in words):
                    return words, int(digits.group())
    return None


def _preformatted(html: str) -> bool:
    """Plain text in an HTML wrapper (<PRE> or a lone <div>), where newlines carry layout."""
    # the head tells; big documents are not counted whole (read in place: no copy of it)
    lines = html.count("\n", 0, _PROBE_CHARS)
    if lines < 40:
        return False
    enough = -(-lines // _PREFORMATTED_RATIO)  # fewer blocks than lines / ratio: plain text
    for blocks, _ in enumerate(_BLOCK_TAG.finditer(html, 0, _PROBE_CHARS), 1):
        if blocks >= enough:
            return False
    return True


def _plain(html: str) -> str:
    text = _WRAPPER_TAGS.sub("", _PROLOGUE.sub("", html, count=1))
    if "&" in text:
        text = html_lib.unescape(text).replace("\u2011", "-")
    text = clean_plain_text(text.replace("\xa0", " "))
    text = _BLANK_RUN.sub("\n\n", text).strip("\n")
    return text + "\n" if text.strip() else ""


class _Truncated(Exception):
    """libxml2 gave up part-way (nesting deeper than it allows): the rendering is incomplete."""


def _parse(html: str) -> str:
    """`html` rendered as text, fed event by event from libxml2's recovering HTML parser.

    No tree is built: the renderer is the parser's target, called for each tag and run of
    text, which takes less time than building a tree and walking it.
    """
    from lxml import etree

    # collect_ids=False: no id -> element table, which nothing here looks up
    options = dict(
        recover=True, huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False
    )
    parser = etree.HTMLParser(target=_renderer(), **options)
    try:
        text = _feed(parser, html)
    except ValueError:  # an encoding declaration lxml refuses in a str: hand it bytes
        parser = etree.HTMLParser(target=_renderer(), encoding="utf-8", **options)
        text = _feed(parser, html.encode("utf-8", "surrogatepass"))
    # the feed's own log: `error_log` would build a second parser context (and target) to
    # report an empty log
    last = parser.feed_error_log.last_error
    if last is not None and last.level_name == "FATAL":
        raise _Truncated(last.message)
    return text


def _feed(parser: Any, html: str | bytes) -> str:
    """Feed `html` to `parser` a piece at a time: the renderer's _Truncated stops the feeding
    at the piece it was raised in (libxml2 would read on to the end, without the renderer)."""
    for start in range(0, len(html), _FEED_CHARS):
        parser.feed(html[start : start + _FEED_CHARS])
    return parser.close()


def html_to_text(html: str) -> str:
    """Render an HTML document as lines of text (see the module docstring for the rules)."""
    if _preformatted(html):
        return _plain(html)
    prologue = _PROLOGUE.match(html)
    if prologue and prologue.end():
        html = html[prologue.end() :]
    if "\x00" in html:
        html = html.replace("\x00", "")
    if not html or html.isspace():
        return ""
    return _render_html(html)


def _render_html(html: str) -> str:
    try:
        try:
            return _parse(html)
        except _Truncated:
            # Thousands of unclosed <font>/<b> tags nest past the depth limit: without the
            # inline tags the structure is shallow again.
            return _parse(_INLINE_TAGS.sub("", html))
    except Exception:  # never crash: a crude rendering beats none
        return _fallback(html)


def _fallback(html: str) -> str:
    """Regex rendering for input the parser cannot take: rows stay rows, blocks break."""
    text = " ".join(_FB_DROP.sub("", html).split())  # source newlines are just spaces
    text = _FB_ROW.sub(_fallback_row, text)
    text = _TAGS.sub("", _FB_BLOCK.sub("\n", text))
    if "&" in text:
        text = html_lib.unescape(text)
    out = _Writer()
    for raw in text.split("\n"):
        line = "\t".join(cell for cell in map(_norm, raw.split("\x02")) if cell)
        if not line:
            out.blank = True
        elif not _is_page_number(line):
            out.emit(line)
    return out.result()


def _fallback_row(match: re.Match[str]) -> str:
    row = _FB_BLOCK.sub(" ", _FB_CELL.sub("\x02", match.group(1)))
    return "\n" + row


def _runs_on(pieces: list[str]) -> bool:
    """The line so far ends inside a sentence: its last text ends in a lowercase letter, a
    comma or a semicolon ("issued a "), not a name, a colon or a line mark."""
    for piece in reversed(pieces):
        text = piece.rstrip(" \t\r\n\xa0")  # (the line marks are no white space here)
        if text:
            return text[-1].islower() or text[-1] in ",;"
    return False


class _Style:
    """What the rules read in one style attribute, worked out once per distinct string (a
    filing repeats a few hundred styles over thousands of tags): each test is a substring
    check first, a regex only when the words are there."""

    __slots__ = ("text", "symbol", "display", "hidden", "inline", "block", "padded", "box",
                 "breaks", "before", "after", "top", "bottom", "raised")

    def __init__(self, style: str) -> None:
        self.text = style
        # (a style names it "Wingdings"; a FACE, in capitals)
        self.symbol = "ingdings" in style and _WINGDINGS_FAMILY.search(style) is not None
        self.display = display = "isplay" in style or "ISPLAY" in style
        self.hidden = display and _HIDDEN.search(style) is not None
        self.inline = display and ("nline" in style or "NLINE" in style) \
            and _INLINE_DISPLAY.search(style) is not None
        self.block = display and ("lock" in style or "LOCK" in style) \
            and _BLOCK_DISPLAY.search(style) is not None
        self.padded = padded = ("left" in style or "LEFT" in style or "inline-b" in style
                                or "tab-c" in style) and _PADDED.search(style) is not None
        self.box = padded and "inline-b" in style
        self.breaks = breaks = "reak" in style or "REAK" in style
        self.before = breaks and _BREAK_BEFORE.search(style) is not None
        self.after = breaks and _BREAK_AFTER.search(style) is not None
        centered = _CENTERED.search(style) is not None
        self.top = ("-top" in style or "-TOP" in style) and not centered \
            and _SPACED_TOP.search(style) is not None
        self.bottom = ("-bottom" in style or "-BOTTOM" in style) and not centered \
            and _SPACED_BOTTOM.search(style) is not None
        self.raised = ("p:-" in style or "uper" in style or "p: -" in style) \
            and _RAISED.search(style) is not None


_STYLES: dict[str, _Style] = {}  # every distinct style read so far
_MAX_STYLES = 20_000  # (a run of many filings starts the table afresh past this)


def _style(style: str) -> _Style:
    """The _Style of a style string not read before."""
    if len(_STYLES) >= _MAX_STYLES:
        _STYLES.clear()
    read = _STYLES[style] = _Style(style)
    return read


class _Target:
    """What libxml2 calls as it parses: start(tag, attrib), end(tag), data(text), close()."""

    __slots__ = ("start", "end", "data", "close")
    # the events not taken, None: lxml asks the target for each as it makes a parser (an
    # attribute missing is an AttributeError raised and caught)
    start_ns = end_ns = doctype = pi = comment = None

    def __init__(
        self,
        start: Callable[[str, dict[str, str]], None],
        end: Callable[[str], None],
        data: Callable[[str], None],
        close: Callable[[], str],
    ) -> None:
        self.start, self.end, self.data, self.close = start, end, data, close


def _renderer() -> _Target:
    """A parser target that renders the document as it is parsed (rules: module docstring).

    Runs of text are collected until the next tag and handled then, in the state the last
    tag left: a run is an element's text or tail, as in a tree.
    """
    out = _Writer()
    row: list[str] | None = None  # cells of the open table row
    cell: list[str] | None = None  # pieces of the open cell
    depth = 0  # open td/th inside the current cell (nested tables)
    flow: list[str] | None = None  # the lines of the row's cell that spans several lines
    lone = ""  # the raw text of the row's first cell (a box of paragraphs if it is the only)
    stacked: list[str] = []  # the raw text of the row's cells holding a <br>
    # the open cell's column, counted from 1 (the spans of the cells before it counted: a
    # label's colspan="2" moves the row's later values right), the next cell's (0 until the
    # row's first opens), its values' columns, those of each row of the open table, and the
    # table's rows the rule reads (opening with empty cells, or a lone number): (index
    # there, line in out.lines, number?)
    at = after = 0
    # the columns a cell spanning rows (rowspan="2": an item's number beside its caption and
    # its figure, a label between two people) covers in rows below the open row -> how many
    # rows more, and those it covers in the open row; the depth of that cell's row among the
    # open elements (a row of another table is under no cell) and the open row's first free
    # column, in one list (each name a closure reads costs every call of it)
    down: dict[int, int] = {}
    cover: set[int] = set()
    spans = [0, 1]
    at_values: list[int] = []
    table_rows: list[list[int]] = []
    held: list[tuple[int, int, bool]] = []
    skip = 0  # > 0 inside a dropped element (script, display:none, ...): its open depth
    # the open superscript: (the pieces its text goes to, where it starts, its open depth)
    raised: tuple[list[str], int, int] | None = None
    # the open run in a Wingdings font, as `raised` (its lone "l" is a bullet)
    glyph: tuple[list[str], int, int] | None = None
    # (tag, its style read, set-off box) of each open element; a div styled inline is kept
    # as "span"
    open_elements: list[tuple[str, _Style | None, bool]] = []
    pending: list[str] = []  # text since the last tag
    lists: list[_ListCounter] = []  # the open lists (outside a cell), innermost last
    term_at = -2  # len(out.lines) where the last <dt> opened (its term is the next line)
    # locals: these run for every tag of every HTML document (bound methods and what a
    # table cell's own path reads; the tag sets and tables the other paths read stay module
    # globals: each name a closure reads is copied into its frame at every call, used or not,
    # ~85k calls a corpus pass, and a global costs a look-up only where it is read)
    out_text, end_line, out_cur = out.text, out.end_line, out.cur
    push, pop = open_elements.append, open_elements.pop
    max_depth, widths, td_open = _MAX_DEPTH, _WIDTHS, ("td", None, False)

    def flush() -> str | None:
        """Hand on the text since the last tag; return it if it went to a cell or a line."""
        text = pending[0] if len(pending) == 1 else "".join(pending)
        pending.clear()
        if skip:
            return None
        if cell is not None:
            cell.append(text)
        elif row is not None:
            if not text.isspace():
                row.append(" ".join(text.split()))
                at_values.append(after or spans[1])  # (the next cell's column)
            return None
        elif out.pre:
            out_text(text)
        else:  # (Writer.text inline: a run outside a table, thousands a filing)
            out_cur.append(text)
            if not out.has_text:
                if not text.isspace():
                    out.has_text = True
                elif "\xa0" in text:
                    out.spacer = True
        return text

    def start(tag: str, attrib: dict[str, str]) -> None:
        nonlocal row, cell, depth, flow, skip, raised, glyph, term_at, lone, at, after, at_values
        if cell is None and row is not None and not skip and (tag == "td" or tag == "th"):
            # a row's cell opens (half the elements of a filing's HTML): of the rules below
            # only a hidden style applies to it
            if pending:
                # (most runs here are the white space between a row's cells: dropped at once)
                if len(pending) == 1 and pending[0].isspace():
                    pending.clear()
                else:
                    flush()
            if after:
                at = after  # (counted from 1, until the next opens)
                if cover:  # (past the columns a cell above covers)
                    while at in cover:
                        at += 1
            else:  # (the row's first)
                at = spans[1]
            after = at + 1
            # (an element with no attributes gets lxml's empty mapping, whose .get is slow)
            if attrib:
                if (style := attrib.get("style")) is not None \
                        and ("isplay" in style or "ISPLAY" in style) \
                        and _HIDDEN.search(style) is not None:
                    after = at  # (a hidden cell takes no column)
                    skip = 1
                    return
                if "colspan" in attrib:  # (a third of the cells span more than one)
                    after += widths[attrib["colspan"]]
                if "rowspan" in attrib and (rows := widths[attrib["rowspan"]]):
                    spans[0] = len(open_elements)
                    for column in range(at, after):
                        down[column] = rows
            push(td_open)  # (a <th> as a <td>: the rules read either alike)
            if len(open_elements) > max_depth:
                raise _Truncated("nesting too deep")
            cell, depth = [], 1
            return
        if pending:
            if cell is not None and not skip:
                # (a cell's text: its pieces are joined when it closes)
                cell.extend(pending)
                pending.clear()
            else:
                flush()
        if skip:
            skip += 1
            if skip + len(open_elements) > max_depth:
                raise _Truncated("nesting too deep")
            return
        style = attrib.get("style") if attrib else None
        padded = box = symbol = False
        if style is not None:
            read = _STYLES.get(style) or _style(style)
            symbol = read.symbol
            if read.display:  # (almost no style says "display" at all)
                if read.hidden or tag in _SKIP:
                    skip = 1
                    return
                # EDGARizer's bold run inside a sentence, <div style="DISPLAY: inline">,
                # flows on as a <span> would
                if tag in _INLINEABLE and read.inline:
                    tag = "span"
                # a div laid out as a table's cell joins its row's line, parted from the
                # cell before it by a tab as a <td> is (outside a table's own cells; in
                # one, as a nested table's cell is: a space in a value, a tab in a big
                # cell's lines)
                # (a style naming "display" is rare: its cell test is made here, no slot)
                elif tag in _INLINEABLE and cell is None and row is None \
                        and _cell_display(style):
                    tag = "span"
                    if out.has_text and not out.pre:
                        out.cur.append(_CELL_GAP)
                        out.cells = True
                elif tag in _INLINEABLE and cell is not None and depth == 1 \
                        and _cell_display(style):
                    tag = "span"
                    cell.append(_CELL_MARK)
                # a div laid out as a table is a block set apart as a <table> is: a
                # blank line above its rows and below them
                elif tag in _INLINEABLE and ("able" in style or "ABLE" in style) \
                        and _TABLE_DISPLAY.search(style) is not None:
                    tag = "p"
                # and a span laid out as a block, one per line of a heading or an
                # address ("<span style='display:block'>"), ends its line as a <div>;
                # one inside a sentence ("issued a <span ...>press release</span>
                # announcing") is a phrase of it
                elif tag == "span" and read.block \
                        and not _runs_on(out.cur if cell is None else cell):
                    tag = "div"
            elif tag in _SKIP:
                skip = 1
                return
            # an inline element set off by padding: "iii.<font style='padding-left:
            # 8.88pt'>Information ..." reads "iii. Information"
            if read.padded and tag not in _BREAKING:
                padded = True
                box = read.box  # a box: set off what follows too
        elif tag in _SKIP:
            skip = 1
            return
        else:
            read = None
        if tag == "font" and attrib and (face := attrib.get("face")) is not None:
            symbol = face.split(",", 1)[0].strip(" \t'\"").lower() == "wingdings"
        push((tag, read, box))
        if len(open_elements) > max_depth:
            raise _Truncated("nesting too deep")
        if symbol and glyph is None and tag not in _BREAKING and not out.pre:
            pieces = out.cur if cell is None else cell
            if cell is not None or row is None:
                glyph = (pieces, len(pieces), len(open_elements))
        if cell is not None:
            if tag in _BREAKING:
                # the cell's own blocks and nested rows leave line marks, read if the
                # cell turns out to be the only one of its row (a layout table)
                if tag in _CELL:
                    depth += 1
                    cell.append(_CELL_MARK if depth == 2 else " ")
                elif depth == 1:
                    cell.append(_OPEN_MARK[tag])
                else:
                    cell.append(" ")
            elif padded:
                cell.append(" ")
            elif tag == "sup" and raised is None:  # (read at its end: a footnote mark?)
                raised = (cell, len(cell), len(open_elements))
            return
        if tag in _CELL and row is not None:
            cell, depth = [], 1
            return
        if tag == "tr":
            end_line()
            if row:
                emit_row()
            row, flow, lone, after, at_values = [], None, "", 0, []
            stacked.clear()
            if down:  # (a row under cells spanning rows, in their table, skips their columns)
                _covered(down, cover, spans, len(open_elements))
            elif cover:
                cover.clear()
                spans[1] = 1
        elif tag in _BREAKING:
            if tag == "br":
                out.br()
                # Word's "<br clear=all style='page-break-before:always'>" ends a page
                if read is not None and read.before:
                    out.page_break()
            else:
                end_line()
                if (table_rows or down) and tag == "table":  # (a table's columns are its
                    # own; empty outside a table: one test for most tags)
                    close_table()
                # a <p> or <div> styled "page-break-before" starts a page, with or without
                # an <hr> (a break's second mark at the same line counts once)
                # (EDGAR's <PAGE> tag, kept by a filing agent that made a text HTML, is one)
                if tag == "hr" or tag == "page" or read is not None and read.before:
                    out.page_break()
                elif tag in _PARAGRAPH:
                    out.blank = True
                    if read is not None and not read.breaks:  # its end has no style to read
                        open_elements[-1] = (tag, None, box)
                elif read is not None and read.top:
                    out.blank = True  # Workiva's paragraphs: divs spaced by a margin
                if tag == "pre":
                    out.pre += 1
                elif tag == "li":  # a browser shows a bullet; an ordered list, a number
                    out.bullet, out.typed = _item_marker(lists, len(open_elements), attrib, style)
                elif tag in _LISTS_OR_TERMS:  # (one test for the four)
                    if tag == "dt":
                        term_at = len(out.lines)
                    elif tag != "dd":
                        lists.append(_ListCounter(tag, attrib, style, len(open_elements)))
                    elif 0 < len(out.lines) - term_at < 3:
                        _join_term(out, term_at)
        elif padded and row is None:
            out_text(_padding_gap(out.cur))
        elif tag == "sup" and raised is None and row is None and not out.pre:
            raised = (out.cur, len(out.cur), len(open_elements))

    def end(tag_name: str) -> None:
        nonlocal row, cell, depth, flow, skip, glyph, lone
        if depth == 1 and cell is not None and not skip and (tag_name == "td" or tag_name == "th"):
            # a row's cell closes (the end tag of half the elements): of the rules below,
            # only a Wingdings run's applies
            if pending:
                cell.extend(pending)
                pending.clear()
            pop()
            if glyph is not None and len(open_elements) < glyph[2]:
                _wingdings(*glyph[:2])
                glyph = None
            depth = 0
            # (over half the cells hold nothing or white space: no value to take; a cell
            # opens only in a row, and the row closes only once its cell has)
            if cell and (len(cell) > 1 or not cell[0].isspace()):
                take_cell()
            else:
                cell = None
            return
        if not pending:
            run = None
        elif cell is not None and not skip:  # (a cell's text: flush's first case, inline)
            run = pending[0] if len(pending) == 1 else "".join(pending)
            pending.clear()
            cell.append(run)
        else:
            run = flush()
        if skip:
            skip -= 1
            return
        tag, style, box = pop()
        if glyph is not None and len(open_elements) < glyph[2]:
            _wingdings(*glyph[:2])
            glyph = None
        if cell is not None:
            if tag in _CELL:
                depth -= 1
                if depth == 0 and row is not None:
                    take_cell()
            elif tag in _BLOCK:
                cell.append(_CLOSE_MARK[tag] if depth == 1 else " ")
            elif raised is not None or run is not None and len(run) < 8 and style is not None \
                    and style.raised:
                inline_end(style, run)
        elif tag == "tr" and row is not None:
            if len(row) == 1 and (flow is not None or lone and (flow := _box_lines(lone))):
                _emit_lines(out, flow)
                table_rows.append(at_values)
            elif len(stacked) == len(row) > 1 and (flow := _aligned_lines(stacked)):
                _emit_lines(out, flow)
                table_rows.append(at_values)
            elif len(row) == 1:
                # a lone number ("2") is a page number, unless its table's grid keeps it; a
                # release's "(more)" laid out in a cell is no row
                if len(row[0]) > _MARK_CHARS or not more_mark(row[0]):
                    emit_row(_is_page_number(row[0]))
            elif row and not (len(row) < 4 and len(row[0]) < 5
                              and _is_page_number(" ".join(row))):
                # (a page foot laid out in cells, "PAGE | | 6", is a page number too)
                emit_row()
            row = flow = None
            lone = ""
        elif tag in _BREAKING and tag != "br":
            end_line()
            if (table_rows or down) and tag == "table":  # (empty outside a table: one
                # test for most tags; a table of no row may leave a cell spanning past it)
                close_table()
            if tag == "pre":
                out.pre = max(0, out.pre - 1)
            elif lists or out.bullet:  # (in a list) an empty item's marker dies with it
                if tag == "li" or tag == "ol" or tag == "ul":
                    out.bullet = ""
                    if tag != "li" and lists and lists[-1].depth > len(open_elements):
                        lists.pop()
                elif tag == "dd" and out.bullet.endswith("\t"):  # an empty <dd>: its term alone
                    out.emit(out.bullet[:-1])
                    out.bullet = ""
            if style is None:
                if tag in _PARAGRAPH:
                    out.blank = True
            elif style.after:
                out.page_break()
            elif tag in _PARAGRAPH or style.bottom:
                out.blank = True
        elif raised is not None or run is not None and len(run) < 8 and style is not None \
                and style.raised:
            inline_end(style, run)
        if box:
            pending.append(" ")

    def take_cell() -> None:
        """The closed cell's text, white space squashed, is the open row's next value."""
        nonlocal cell, flow, lone
        raw = "".join(cell)  # type: ignore[arg-type]
        value = " ".join(raw.split())  # _norm; the marks are white space
        if value:
            row.append(value)  # type: ignore[union-attr]
            at_values.append(at)
            if _BR_MARK in raw and "-" in value:  # (a word a <br> splits at its hyphen: one
                # word; in a big cell too, whose lines _cell_lines joins so: _continue_word)
                row[-1] = _br_hyphen_value(raw, value)  # type: ignore[index]
            if len(value) >= 500:  # a document or a box of paragraphs laid out
                flow = _cell_lines(raw, _br_heading(raw))
            elif _BR_MARK in raw:
                if _LISTED_AFTER_BREAK.search(raw) is not None:
                    flow = _cell_lines(raw, True)  # (an exhibit list laid out in a cell)
                stacked.append(raw)
            if len(row) == 1 and len(value) >= 60:  # type: ignore[arg-type]
                lone = raw  # (two paragraphs of a sentence each are longer)
        cell = None

    def emit_row(number: bool = False) -> None:
        """The open row's values parted by tabs: a line, its columns read once the table
        ends (when a lone number's is kept or dropped)."""
        out.emit("\t".join(row))  # type: ignore[arg-type]
        if at_values[0] > 1 or number:
            held.append((len(table_rows), len(out.lines) - 1, number))
        table_rows.append(at_values)

    def close_table() -> None:
        # (a cell spanning past its table's last row spans no row after it)
        down.clear()
        cover.clear()
        spans[1] = 1
        if held:
            _keep_columns(out, table_rows, held)
            held.clear()
        table_rows.clear()

    def inline_end(style: _Style | None, run: str | None) -> None:
        """The end of an inline element in a superscript or of a short raised run: the
        <sup> read (once it closes), or Workiva's superscript, a span of its own text raised
        by "position:relative;top:-3.5pt"."""
        nonlocal raised
        if raised is not None:
            if len(open_elements) < raised[2]:
                _superscript(*raised[:2])
                raised = None
        elif style is not None and style.raised and not out.pre:
            pieces = out.cur if cell is None else cell
            if pieces and pieces[-1] is run:
                _superscript(pieces, len(pieces) - 1)

    def close() -> str:
        if pending:
            flush()
        out.end_line()
        if table_rows:
            close_table()
        return out.result()

    # (lxml reads start's signature to learn whether it takes a namespace map: one given
    # spares inspect the function's, a tenth of a small document's rendering)
    start.__signature__ = _START_SIGNATURE  # type: ignore[attr-defined]
    return _Target(start, end, pending.append, close)


_START_SIGNATURE = inspect.Signature([
    inspect.Parameter("tag", inspect.Parameter.POSITIONAL_OR_KEYWORD),
    inspect.Parameter("attrib", inspect.Parameter.POSITIONAL_OR_KEYWORD)])


class _ListCounter:
    """An open <ol> or <ul>: how its items are marked, and the next item's number."""

    __slots__ = ("kind", "next", "depth")

    def __init__(self, tag: str, attrib: dict[str, str], style: str | None, depth: int) -> None:
        kind = "disc" if tag == "ul" else _TYPE_KINDS.get(attrib.get("type", "") if attrib else "")
        kind = _style_kind(style) or kind or "decimal"
        # a bulleted list styled "none" keeps its "• " (release highlights are read by their
        # bullets), unless the item types its own
        self.kind = "typed-disc" if tag == "ul" and kind == "none" else kind
        self.next = _int_attr(attrib, "start", 1)
        self.depth = depth  # the list's place among the open elements


def _keep_columns(out: _Writer, rows: list[list[int]], held: list[tuple[int, int, bool]]
                  ) -> None:
    """A closed table's row opening with empty cells inside a grid keeps a tab for each of
    the table's columns left of its first value; one holding only a number ("0" under "7 |
    SOLE VOTING POWER") is kept, else dropped as a page number. A grid: three rows or more
    hold a value in that value's column and one left of it, and so do the nearest rows
    above and below it holding one left of it ("Jane Doe | John Roe", their jobs, over " |
    (408) 555-0100", over their e-mails: John's phone stays his). A table's head over its
    figures, a signature or an address beside one cell ("Date: ... | By: /s/ ..." over " |
    Name: ..."), a second number under a cover's first over its caption, is no grid. A
    check mark "x" (Wingdings' checked box) under a caption asking for it stays outside a grid
    too ("5 | CHECK BOX IF ..." over "x", its item number spanning both rows)."""
    lines, last = out.lines, len(rows) - 1
    starts: list[int] | None = None  # the columns the table's values start in
    beside: dict[int, int] | None = None  # column -> rows holding a value in it and one
    # left of it
    dropped: list[int] = []
    for n, at, number in held:
        if at >= len(lines):
            continue
        first = rows[n][0]  # (columns count from 1: the first is 1)
        if first > 1 and _within(rows, n, first, -1, -1) \
                and _within(rows, n, first, 1, last + 1):
            if beside is None:
                beside = {}
                for cs in rows:
                    for c in cs[1:]:
                        beside[c] = beside.get(c, 0) + 1
            grid = beside.get(first, 0) >= 3
        else:
            grid = False
        if grid:
            if starts is None:  # (in order: a wide row's columns counted once, not per row)
                starts = sorted({c for cs in rows for c in cs})
            lines[at] = "\t" * bisect_left(starts, first) + lines[at]
        elif number and not (n and lines[at] == "x" and _ASKS_CHECK.search(lines[at - 1])):
            # (a check mark, "x" in Wingdings, under the caption asking for it is no page x)
            dropped.append(at)
    if dropped:  # (the table's own lines, the last ones: from the line before its first)
        breaks = out.breaks
        start = max(dropped[0] - 2, 0)
        k = bisect_left(breaks, start)
        tail, moved = _drop_lines(lines[start:], [b - start for b in breaks[k:]],
                                  {at - start for at in dropped})
        lines[start:] = tail
        breaks[k:] = [b + start for b in moved]


def _covered(down: dict[int, int], cover: set[int], spans: list[int], depth: int) -> None:
    """A row opens (at `depth` among the open elements): the columns cells spanning rows
    above cover in it, those they cover below it, and its first free column (spans[1])."""
    cover.clear()
    if spans[0] == depth:
        for column, rows in list(down.items()):
            cover.add(column)
            if rows > 1:
                down[column] = rows - 1
            else:
                del down[column]
    else:  # (a row of another table: under no cell)
        down.clear()
    first = 1
    while first in cover:
        first += 1
    spans[1] = first


def _within(rows: list[list[int]], n: int, first: int, step: int, end: int) -> bool:
    """Whether the nearest row from row n on (a few rows at most, by ``step``) holding a value
    left of column ``first`` holds one in it too."""
    for k in range(n + step, end, step)[:_GRID_REACH]:
        columns = rows[k]
        if columns[0] < first:
            return first in columns
    return False


def _join_term(out: _Writer, term_at: int) -> None:
    """A definition list's short term (`<dt>99.1</dt><dd>Press release ...</dd>`, an exhibit
    index so typed) and its definition as one line parted by a tab, as a table row's cells:
    the term, the one line emitted since the <dt> opened at `term_at` (after the blank line
    owed before it), leads the <dd>'s first line as a list item's marker does."""
    lines = out.lines
    term = lines[-1]
    if len(lines) - term_at == 2 and lines[-2]:
        return
    if term and len(term) <= _TERM_CHARS and "\t" not in term and not out.bullet:
        lines.pop()
        out.bullet, out.typed = term + "\t", None


def _int_attr(attrib: dict[str, str], name: str, default: int) -> int:
    value = attrib.get(name, "").strip() if attrib else ""
    return int(value) if value.isdigit() and len(value) < 6 else default


def _style_kind(style: str | None) -> str | None:
    """The marker kind a style's list-style(-type) names, if any."""
    if style is not None and "list-style" in style.lower():
        for word in (m.group(1).lower().split() if (m := _LIST_STYLE.search(style)) else ()):
            if word in _STYLE_KINDS:
                return _STYLE_KINDS[word]
    return None


def _item_marker(lists: list[_ListCounter], depth: int, attrib: dict[str, str],
                 style: str | None) -> tuple[str, Callable[[str], object] | None]:
    """The marker a browser shows before an <li> at `depth` among the open elements: "• " in a
    <ul> (or outside any list), its number in an <ol> ("3. ", "c. ", "iv. "), none in an <ol>
    or item styled "list-style-type:none"; and the label its text may type in its place."""
    if not lists or lists[-1].depth != depth - 1:
        return "\u2022 ", None
    counter = lists[-1]
    kind = counter.kind
    if kind == "disc":
        return "\u2022 ", None
    if kind == "typed-disc":
        return "\u2022 ", _TYPED_BULLET.match
    n = counter.next = _int_attr(attrib, "value", counter.next)
    counter.next += 1
    if kind == "none" or style is not None and _style_kind(style) == "none":
        return "", None
    typed = _OWN_LABEL.match
    if kind == "decimal" or n < 1:
        return f"{n}. ", typed
    if kind.endswith("alpha"):
        text = ""
        while n:
            n, digit = divmod(n - 1, 26)
            text = chr(97 + digit) + text
    else:
        text = _roman(n)
    return (text.upper() if kind[0] == "u" else text) + ". ", typed


def _roman(n: int) -> str:
    if n >= 4000:
        return str(n)
    text = ""
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        text += numeral * count
    return text


def _superscript(pieces: list[str], at: int) -> None:
    """The text of a superscript, from `pieces[at]` on, in superscript digits when it is a
    footnote mark (not one in brackets) or an exponent, as a browser shows it ("Adjusted EPS¹
    were $7.57", "10⁶"): digits joined to the text before them misread it ("EPS1", "$1.251")."""
    text = "".join(pieces[at:]).strip()
    if not text or _opens_bracket(pieces, at):
        return
    if _SUPER_NUMBER.fullmatch(text) is not None:
        pieces[at:] = [text.translate(_SUPERSCRIPT)]
    elif len(text) == 1 and "a" <= text <= "z" and _glued(pieces, at) \
            or "," in text and _SUPER_LETTERS.fullmatch(text) is not None:
        # a note's letter, "Sophiris Bio Inc.<sup>a</sup>" (not an ordinal's "1<sup>st</sup>"
        # nor a trademark's "<sup>TM</sup>"), or letters, "Acme Trust<sup>b,c</sup>"; the
        # cover drops a "(a)" closing a name
        pieces[at:] = [f"({text})"]


def _wingdings(pieces: list[str], at: int) -> None:
    """The text of a run in a Wingdings font, from `pieces[at]` on, as a browser shows it when
    it is a lone bullet: Word's list bullet "l" is a black circle, "n" a black square."""
    text = "".join(pieces[at:]).strip()
    if len(text) == 1 and text in _WINGDINGS_BULLETS:
        pieces[at:] = [_WINGDINGS_BULLETS[text] + " "]


def _glued(pieces: list[str], at: int) -> bool:
    """The text before `pieces[at]` ends in a word or its stop, no blank nor figure between:
    a letter mark glued to it reads as one word ("Inc.a"); after a figure it may be an
    ordinal ("2<sup>e</sup>")."""
    for piece in reversed(pieces[:at]):
        if piece:
            return piece[-1].isalpha() or piece[-1] in ".)"
    return False


def _opens_bracket(pieces: list[str], at: int) -> bool:
    """The text before `pieces[at]` ends in "(": a mark "(<sup>3</sup>)" that reads "(3)"."""
    for piece in reversed(pieces[:at]):
        if text := piece.rstrip():
            return text[-1] == "("
    return False


# a word a <br> breaks at a hyphen inside a cell ("Chief Execu-<br>tive Officer", "Compensa-
# <br>tion"): the word's left part, the hyphen, the break and the next line's first character
_BR_HYPHEN = lazy(r"(?<![A-Za-z])([A-Za-z]{1,25})-[ \t\r\n\xa0]{0,8}\x1f[ \t\r\n\xa0]{0,8}"
                  r"([A-Za-z\d])")
# a word a hyphen joins to the next as a prefix ("co-founder", "non-performing", "self-
# regulatory", "post-effective"), or a whole word a hyphen joins to the next ("first-quarter",
# "year-end", "long-term"): its hyphen stays where a <br> breaks after it
_HYPHEN_PREFIXES = frozenset(
    "co non self well post pre ex anti multi semi vice cross mid all half full part long short "
    "high low first second third fourth fifth sixth seventh eighth ninth tenth one two three "
    "four five six seven eight nine ten year twenty thirty forty fifty sixty seventy eighty "
    "ninety".split())
# the rest of one word after such a whole word's syllable ("second-<br>ary", "high-<br>ly",
# "short-<br>fall", "ten-<br>ant", "mid-<br>dle", "multi-<br>ple"): the hyphen goes
_PREFIX_WORD_RESTS = frozenset(
    "ary arily aries ly er ers est en ens ened ening age ages ness fall falls teen teens teenth "
    "ty ties tieth ant ants ancy ure ures der ders dency ner ners nership nerships dle ple ply "
    "poned ed ing ings nar nars".split())
# the first letters of a common word's rest after a prefix that is only its first syllable
# ("ex-<br>pected", "pre-<br>vious", "anti-<br>cipated", "multi-<br>plied", "ex-<br>ecutive"):
# no word of its own starts so, so the hyphen goes ("pre-<br>approved" keeps it)
_PREFIX_SYLLABLE_STARTS = (
    "pect", "pens", "pand", "pans", "pend", "pert", "perien", "pir", "posu", "posed", "port",
    "press", "pedi", "plai", "pli", "plo", "ecut", "erci", "ist", "amin", "ampl", "act", "cept",
    "cess", "ceed", "clu", "cit", "cise", "chang", "hibit", "haust", "tend", "tens", "tent",
    "tern", "traor", "tract", "vious", "sent", "sid", "pared", "pares", "paring", "parat", "fer",
    "mium", "mise", "scri", "sum", "domin", "lim", "ced", "serv", "vent", "vail", "dict", "cip",
    "cau", "tude", "pone", "poning", "venan", "ocat", "owan", "owed", "owing", "ows", "ege",
    "egat", "iance", "ianc")
# a word a hyphen joins to the one before as a compound's second part ("interest-<br>bearing",
# "forward-<br>looking", "wholly-<br>owned"): its hyphen stays too (not a word's last
# syllable as well, as "rate" is "corpo-rate"'s and "dated" "up-dated"'s)
_HYPHEN_SECONDS = frozenset(
    "based bearing earning owned free looking making term wide".split())
_WORD_AT = lazy(r"[A-Za-z]{1,12}")


def _word_after(match: re.Match[str]) -> str:
    """The word a <br> broken at a hyphen goes on with (its first 12 letters)."""
    word = _WORD_AT.match(match.string, match.end() - 1)
    return word.group() if word is not None else match.group(2)


def _prefix_kept(left: str, after: str) -> bool:
    """`left` is a prefix or a whole word whose hyphen stays ("first-" / "quarter"), unless
    the word after is the rest of one word ("second-" / "ary" "secondary", "ex-" / "pected"
    "expected", "pre-" / "vious" "previous")."""
    if left.lower() not in _HYPHEN_PREFIXES:
        return False
    rest = after.lower()
    return rest not in _PREFIX_WORD_RESTS and not rest.startswith(_PREFIX_SYLLABLE_STARTS)


# the rest of a word set in capitals split at a syllable: a common last syllable, a letter or
# few before it ("OPERA-<br>TIONS", "FINAN-<br>CIAL", "INFOR-<br>MATION", "STATE-<br>MENTS",
# "SECU-<br>RITIES", "CONSOLI-<br>DATED"), or "-ing" after a vowel and two letters at most, no
# word of its own ("OFF-<br>ERING", "MANUFACT-<br>URING", "OPER-<br>ATING"); any other rest is
# a word of its own, a capitals compound's second part ("MERGER-<br>RELATED"), and keeps the
# hyphen
_CAPITALS_SUFFIX = (r"(?:tions?|ations?|sions?|ments?|mental|cials?|tials?|ities|ity|ances?"
                    r"|ences?|ancy|ency|ives?|sive|ures?|ary|ory|ous|ants?|ents?|dents?)")
_CAPITALS_REST = lazy(r"[a-z]{0,3}" + _CAPITALS_SUFFIX + r"|(?:[aeiou][a-z]{0,2})?ings?|its"
                      r"|dated|holders?|y(?:sis|ses|sts?|tics?|tical)")
# such a syllable four letters in, after a left part that opens no compound ("SUB-<br>STANTIAL";
# not "CREDIT-<br>QUALITY")
_CAPITALS_LONG_REST = lazy(r"[a-z]{4}" + _CAPITALS_SUFFIX)
# a common word of its own that such a rest can also spell ("ACTION" is "AC" + "TION",
# "BALANCE" "BAL" + "ANCE"): after a whole word it is a capitals compound's second part
# ("CLASS-<br>ACTION", "OFF-<br>BALANCE", "PRIVATE-<br>EQUITY") and keeps the hyphen
_CAPITALS_WORDS = frozenset(
    "action actions option options balance finance equity entity entities event events agent "
    "agents parent parents patent patents plant plants grant grants tenant tenants student "
    "students station stations motion motions nation nations portion portions session sessions "
    "pension pensions version versions vision agency active native future futures nature "
    "tenure figure figures salary story memory city unity parity advance advances venture "
    "ventures solution solutions question questions section sections position positions acting "
    "ending endings owning".split())
# a common word a capitals compound opens with ("CLASS-", "OFF-", "PRIVATE-"): one such
# before such a word is two words ("SIG-<br>NATURE", "ELECTRI-<br>CITY", "TRANS-<br>ACTION",
# "OPPORT-<br>UNITY" are one)
_COMPOUND_FIRSTS = frozenset(
    "class off on private public stock share cash joint risk debt loan asset fair market book "
    "cost tax credit trade interest capital corporate key real foreign net gross total "
    "court legal sales price rate".split())


def _capitals_syllable(left: str, after: str) -> bool:
    """Both parts of a word broken at a hyphen are capitals ("OPERA-" / "TIONS"): a word
    set in capitals split at a syllable, unless the left part is a prefix or a whole word
    ("NON-" / "GAAP", "FIRST-" / "QUARTER") or the right a compound's second part or any
    word of its own, not a common last syllable ("MERGER-" / "RELATED")."""
    if not (len(left) > 1 and len(after) > 1 and left.isupper() and after.isupper()):
        return False
    if left.lower() in _HYPHEN_PREFIXES:  # ("EX-" / "PECTED", "SECOND-" / "ARY": one word)
        return not _prefix_kept(left, after)
    rest = after.lower()
    if rest in _HYPHEN_SECONDS:
        return False
    if _CAPITALS_REST.fullmatch(rest) is not None:
        return not _capitals_compound(left, rest)
    return left.lower() not in _COMPOUND_FIRSTS and _CAPITALS_LONG_REST.fullmatch(rest) is not None


def _capitals_compound(left: str, rest: str) -> bool:
    """The rest after a capitals break is a common word of its own after a common whole
    word: a compound ("CLASS-" / "ACTION", "OFF-" / "BALANCE"), not one word's syllables
    ("TRANS-" / "ACTION", "SIG-" / "NATURE")."""
    return rest in _CAPITALS_WORDS and left.lower() in _COMPOUND_FIRSTS


def _br_hyphen_word(match: re.Match[str]) -> str:
    """A word broken at a hyphen by a <br>, as one: "Execu-" / "tive" "Executive", "OPERA-" /
    "TIONS" "OPERATIONS"; the hyphen kept after a prefix or a whole word ("co-" / "founder"
    "co-founder", "first-" / "quarter" "first-quarter"; not "second-" / "ary"), before a
    compound's second part ("interest-" / "bearing" "interest-bearing") or before a capital
    after a word not all capitals, or a figure ("By-" / "Laws" "By-Laws", "COVID-" / "19")."""
    left, first = match.group(1), match.group(2)
    if first.islower():
        after = _word_after(match)
        if not _prefix_kept(left, after) and after.lower() not in _HYPHEN_SECONDS:
            return left + first
    elif first.isupper() and _capitals_syllable(left, _word_after(match)):
        return left + first
    return f"{left}-{first}"


# a line's last word a <br> broke after its hyphen ("... expected on non-", "Certificate of
# Incorporation or By-"): two letters or more, no blank before the hyphen (not "Apple Inc. -",
# nor a numeral's "PART I-")
_BR_WORD_END = lazy(r"(?<![A-Za-z])[A-Za-z]{2,25}-$")
_JOIN_MAX = 5000  # the longest line a word's rest is joined onto (a paragraph's is far less)
_DROPPED = -2  # _Writer.joint after a page number or "(more)" line was dropped


def _continue_word(lines: list[str], line: str) -> bool:
    """Join `line` onto the last of `lines` when it opens with the rest of the word a <br>
    broke there at its hyphen ("non-" / "performing loans, ..." "non-performing loans, ...";
    "By-" / "Laws, with respect to ..." "By-Laws, with ..."): the hyphen dropped before a
    lower-case part ("fore-" / "going" "foregoing") unless after a prefix or before a
    compound's second part, as in a cell (_br_hyphen_word). False, nothing joined, for a
    line opening in no letter or figure."""
    rest = line.lstrip("\t ")
    if not rest[:1].isalnum() or not rest[:1].isascii():
        return False
    last = lines[-1]
    tail = last[-27:]  # (the word and the character before it: _BR_WORD_END's reach)
    match = _BR_HYPHEN.search(tail + "\x1f" + rest[:13])
    if match is None:
        return False
    lines[-1] = last[: len(last) - len(tail) + match.start()] + _br_hyphen_word(match) \
        + rest[1:]
    return True


def _br_hyphen_value(raw: str, value: str) -> str:
    """A cell's value whose <br> breaks a word after its hyphen ("Chief Execu-<br>tive
    Officer"), the word whole ("Chief Executive Officer"), as its writer typed it before the
    break wrapped it; `value` itself where no break follows a hyphen."""
    if _BR_HYPHEN.search(raw) is None:
        return value
    return " ".join(_BR_HYPHEN.sub(_br_hyphen_word, raw).split())


def _cell_lines(raw: str, listed: bool = False) -> list[str] | None:
    """The lines of a big cell, if it holds two or more, as the walk would give them outside
    a table ("" for a blank line); a nested row is a line of cells joined by a tab.

    Only a cell of 500 characters or more is cut: a document or a box of paragraphs laid out
    in a one-cell table, not a signature block or a title ("Name<p>Senior Vice President,");
    or one whose <br>s part an exhibit list's rows (`listed`: see _LISTED_AFTER_BREAK).
    """
    if not listed and _LINE_MARK not in raw and _PARA_MARK not in raw:
        return None
    w = _Writer()
    for piece in _MARKS.split(raw):
        if piece == _LINE_MARK:
            w.end_line()
        elif piece == _PARA_MARK:
            w.end_line()
            w.blank = True
        elif piece == _BR_MARK:
            w.br()
        elif _CELL_MARK in piece:
            w.end_line()
            row = "\t".join(cell for cell in map(_norm, piece.split(_CELL_MARK)) if cell)
            if row:
                w.emit(row)
        else:
            w.text(piece)
    w.end_line()
    return w.lines if len(w.lines) > 1 else None


_HEADING_CHARS = 80  # the longest line a big cell's <br>s set apart read as a heading


def _br_heading(raw: str) -> bool:
    """A big cell whose <br>s set a heading apart on a line of its own, between two runs of
    text ("... operating activities.<br>IMPACT OF COVID-19<br>Due to the ..."): its <br>s
    part lines as outside a table, not a space in one long line. A heading here is two
    words or more in capitals, or in title case between a sentence's end and prose, ending
    in no comma."""
    if _BR_MARK not in raw:
        return False
    pieces = raw.split(_BR_MARK)
    for at in range(1, len(pieces) - 1):
        line = pieces[at].strip()
        if not 3 < len(line) <= _HEADING_CHARS or " " not in line or line[-1] == "," \
                or _MARKS.search(line):
            continue
        if line.isupper() or _title_heading(line, pieces[at - 1], pieces[at + 1]):
            return True
    return False


_TITLE_HEADING = lazy(r"[A-Z][A-Za-z'\u2019&-]*+(?: (?:[A-Z][A-Za-z'\u2019&-]*+|[a-z]{1,3}|and))"
                      r"{1,9}+")


def _title_heading(line: str, before: str, after: str) -> bool:
    """`line`, a title-case heading (its words capitalized, "of", "and", "the" aside: "Results
    of Operations") between a run of text ending a sentence and one of prose: a heading a
    big cell's <br>s set apart ("... in 2021.<br>Results of Operations<br>Revenue for ...")."""
    if _TITLE_HEADING.fullmatch(line) is None:
        return False
    return before.rstrip()[-1:] in (".", ":", "!", "?") and len(after.strip()) >= 40 \
        and after.strip().count(" ") >= 5


def _box_lines(raw: str) -> list[str] | None:
    """The lines of a row's lone small cell when it is a box of paragraphs: two or more of
    its lines end a sentence ("EXPLANATORY NOTE<p>This Amendment No. 1 ... .<p>Except as
    ... ."); a signature block, an address or a wrapped title ends none, or one."""
    if raw.count(_PARA_MARK) + raw.count(_LINE_MARK) < 4 or (  # (two blocks: four marks)
            raw.count(".") + raw.count("!") + raw.count("?") < 2):
        return None
    lines = _cell_lines(raw)
    if lines is None or sum(map(_ends_sentence, lines)) < 2:
        return None
    return lines


def _ends_sentence(line: str) -> bool:
    """A line of six words or more ending in ".", "!" or "?" (not "Inc." nor "Jr.")."""
    return line.rstrip("\"')\u201d\u2019 ")[-1:] in (".", "!", "?") and line.count(" ") >= 5


def _aligned_lines(raws: list[str]) -> list[str] | None:
    """A row's cells stacked by <br>s whose lines line up one to one, the first cell's lines
    short numbers that key the others ("99.1<br>99.2" beside "Press Release<br>Investor
    Presentation"): the lines a browser shows side by side, each a row of cells joined by a
    tab. Stacked cells keyed by no number (a cover's "Common Stock<br>Warrants" listed on
    "The Nasdaq Stock Market LLC<br>Nasdaq Capital Market", an exchange over its tier) may
    pair nothing: they stay one line."""
    if any(_CELL_MARK in raw for raw in raws) or _DIGITS.search(raws[0]) is None:
        return None
    # the keys first: most stacked rows (a table's column heads) are keyed by no number
    first = _cell_lines(raws[0], True)
    if first is None or not all(len(key) <= _KEY_CHARS and _EXHIBIT_KEY.fullmatch(key)
                                for key in first if key):
        return None
    columns = [first] + [_cell_lines(raw, True) for raw in raws[1:]]
    if any(c is None or len(c) != len(first) for c in columns):
        return None
    lines = ["\t".join(c[i] for c in columns if c[i]) for i in range(len(first))]  # type: ignore[index]
    # (a blank line beside a line of text: the cells' lines do not line up)
    return lines if all(line.count("\t") == len(raws) - 1 or not line for line in lines) \
        else None


def _emit_lines(out: _Writer, lines: list[str]) -> None:
    """A row's lone cell of several lines keeps them (a table used to lay out a whole
    document or a box of paragraphs)."""
    for line in lines:
        if line:
            out.emit(line)
        else:
            out.blank = True
