"""Exhibit list / index -> exhibits[] {number, description, document}.

Schema slice (SPEC.md), from 8k_1999_westelltechnologiesinc_3.txt::

    exhibits [{number "99.1", description "Press Release dated December 13, 1999.",
               document 2}, ...]

`document` is the <SEQUENCE> of the <DOCUMENT> whose <TYPE> is that exhibit ("EX-99.1"), or
null. Lists are read where filings print them: the exhibits item (8-K Item 7 / 9.01, 10-K Item
14 / 15), an EXHIBIT INDEX, or an untyped document holding the index. Exhibit documents the list
does not name are added from their <TYPE> and <DESCRIPTION>, so nothing attached is missed;
one whose own heading ("EXHIBIT 24(D)" atop an "EX-23.(D)") or title names a listed exhibit
that no <TYPE> names is that exhibit, and no extra one. Several documents of one <TYPE> (two
"EX-99" for "99.1" and "99.2") go to the entries their headings or file names ("dex992.htm")
name, else in the order filed; the "EX-FILING FEES" document is exhibit 107. An entry the list
says is filed elsewhere (a mark's legend, "* Previously filed", or an index's Form column) is
held by no document of this filing.
An exhibits item may instead run its list into its label's paragraph ("(d) Exhibits. 99.1 Press
release ... 99.2 Slides.") or name its exhibits in a sentence, their number after the name
or before it ("A copy of the press release is furnished as Exhibit 99.1 herewith."); an
attached document that the list says is filed elsewhere keeps the number its heading gives
where its <TYPE> agrees ("EXHIBIT 10.1" atop an "EX-10"); tender offer schedules number
theirs by letters ("(a)(1)(A)"). A listed exhibit that no <DOCUMENT> holds but the report prints
after its signatures is held by the report itself (exhibit_inline). A table row whose cells
stack several exhibits with <br>s ("99.1<br>99.2" by "Press release ...<br>Investor
presentation") is given back a line per exhibit (_unstacked); so are two rows typed on one
line ("99.1 Press release  99.2 Investor presentation", _run_together), and a run's row that
dates one document per exhibit ("Exhibits 99.1 and 99.2 - Press releases dated May 1, 2004 and
May 3, 2004 are filed herewith.", _dated_each) describes each. A row's sentence that points
back to its exhibit and cites another filing ("... dated May 1, 2000. Said agreement was filed
as Exhibit 10.3 to the Form 10-Q ...") is no part of the description, and the exhibit is filed
elsewhere (_BACK_FILED), though a later sentence that says more of the exhibit stays ("Said
agreement was amended by ...", _SAID_MORE); numbered parts under an entry ("10.5  Employment
Contracts:" over "(1) Employment contract ...", "(2) ..."), indented or flush left as HTML
renders them, are read into its description (_SUB_NUMBERED), footnotes under it not ("(1) This
exhibit is a management contract ...", _NOTE_SENTENCE). A sentence after a citation, in the
description or in a filing method column or cell, that says more of the exhibit and cites
nothing stays ("... to Form 8-K filed May 1, 2001. The amendment restates Article IV.",
_described_after). A bracketed number after a rendered row's empty cell is no exhibit.
A bracket closing the row that cites another filing ("Bylaws (incorporated by reference to
Exhibit 3.2 to the Company's Form 10-K for 1998)", "[Incorporated by reference to ...].") is
cut too, the exhibit filed elsewhere (_BRACKET_CITE), and so is each citing bracket before it
("Credit Agreement (incorporated by reference to ...), as amended by Amendment No. 1
(incorporated by reference to ...)", the words between kept), one before a file number's
bracket ("... (File No. 1-1234)") or before a sentence that describes the exhibit; words that
tell what another document incorporates ("... Basic Provisions dated June 30, 1993
incorporated by reference therein"), or that take the exhibit into this report
("incorporated by reference into Part II", in the row, its legend or its column, _TAKEN_IN),
file nothing elsewhere. A citing bracket before a last bracket that cites nothing is cut, the
last kept ("Articles (incorporated by reference to Exhibit 3.1 to Form S-1, No. 33-1234) (as
amended)" -> "Articles (as amended)", _cited_before_last), and so is the participle unbracketed
("Articles of Incorporation, incorporated by reference to Exhibit 3.1 to the Company's Form
S-1.", _REFERENCE_TO); a row naming portions of a report that this one takes in ("Portions of
the Annual Report to Stockholders ... (incorporated herein by reference)", no "to" or "from")
is filed here, held by the document typed or headed so (_portions_taken_in, _not_attached).
Words after an unbracketed citation that tell how the exhibit was amended stay ("Rights
Agreement, incorporated by reference to Exhibit 99 to Form 8-A, as amended by Amendment No.
1." -> "Rights Agreement, as amended by Amendment No. 1.", _amended_after), and a citation
closing a bracket that other words open is cut, those words kept ("Rights Agreement (as
amended, incorporated by reference to Exhibit 99 to Form 8-A)" -> "Rights Agreement (as
amended)", _cited_in_bracket). A number on a line of its own with its description indented
under it ("Exhibit 99.1" over "         Press release dated May 4, 2020.") is one row
(_numbers_above). An amendment after such a citation that names the exhibit's own papers, not a
filing ("..., as amended by the Certificate of Amendment filed with the Secretary of State of
Delaware", "... by the Amendment to Registration Rights Agreement", "as amended and
supplemented by ...") stays (_CITING_WORDS). An "Exhibit 99.1" paragraph over its description's
paragraph, right under the list's label, is one row as a lone "99.1" is (_LONE_NUMBER).
The words "as amended by" names are part of what the exhibit is; only the participle citing
the amendment's filing goes, with a comma before it or none ("Credit Agreement, as amended by
Amendment No. 1 filed as Exhibit 4.2 to the Company's Form 8-K filed May 1, 2020." ->
"Credit Agreement, as amended by Amendment No. 1.", filed elsewhere, _amendment_filed), after
a citation too, and after a "filed as" participle as after "incorporated by reference"; an
amendment named by its ordinal ("as amended by the First Amendment thereto") is the
agreement's own, kept, where "Amendment No. 1 thereto" is the cited form's (_OWN_THERETO);
inside a citing bracket too ("Indenture (as amended by the First Supplemental Indenture
thereto, incorporated by reference to ...)" -> "Indenture (as amended by the First
Supplemental Indenture thereto)", a "filed as" participle after its comma alike), where a
bracket whose own words cite ("(as amended by Amendment No. 1 thereto, incorporated by
reference to ...)") is cut whole (_cited_in_bracket). Words closing a row that say no
document of this filing holds the exhibit, citing nothing ("Opinion of Counsel. To be filed by
amendment.", "(to be filed by amendment)", "Previously furnished.", "Filed previously."), are
cut, the exhibit filed elsewhere (_placed_elsewhere), as a legend or a method column saying
so tells. An "Incorporated by Reference" table's Form column naming a form _FORMS does not
know ("Form 10", "N-2", "SC TO-T") before a file number, and a rendered row's cell holding a
file number or a filing date, are the citation's columns: the exhibit filed elsewhere, no
part of its description (_METHOD_COLUMN's `cell`, _CITING_CELL). A row whose description cell
is empty, its number followed by those columns only ("5.    Form 10    33-88960    5    March
1, 1995", "1.1<tab>8-K (Exhibit 1.1)<tab>May 17, 2023<tab>001-40536"), has no description
(null), filed elsewhere; the form's cell is none (_CITED_ONLY). Bare words of incorporation
closing a row ("Certificate of Incorporation. Incorporated by reference.", "Bylaws,
incorporated herein by reference") are cut, the exhibit filed elsewhere, as their bracket is,
but on a row naming portions of a report this one takes in (_PLACED's `ref`). Words closing
a row that say this filing holds the exhibit, as "Filed herewith." does ("... dated July 10,
2019. Attached hereto.", "Filed with this report.", "Enclosed herewith.", "(attached
hereto)"), are no part of its description (_HERE_PLACED). A rendered row's description
wrapped into the table's next row may open that row with a title's quote ("..., titled" over
"\u201cOracle Names ...\u201d", _QUOTES) as with a word or an amount. Those words on the
table's next row, no stop before them ("... dated July 10, 2019" over "Attached hereto."), are
cut too (_HERE_PLACED). A row whose description cell is empty has no description (null),
filed elsewhere, too where the cited exhibit's column comes before the form's ("5.    <empty>
5    Form 10    33-88960    March 1, 1995", _CITED_AFTER_EXHIBIT) or where a form's cell led by
a figure or "Form" is its only other ("1.1<tab>8-K (Exhibit 1.1)", _CITED_END).
Rows an HTML editor joined into one paragraph ("*10.2 The Company's 1999 INCENTIVE PLAN was
filed ... and is herein incorporated by reference. 10.3 $100,000,000 Competitive Advance ...")
are parted at each later number of the list's run after a stop, each row's citation read on
its own (_joined_rows), a paragraph opening with a whole number too ("21 Subsidiaries of the
Registrant. 23 Consent of Independent Public Accountants."); each parted row, and each row
typed on one line after another ("99.1 Press release  *99.2 Transcript"), reads its own mark
against the list's legend, not the first row's (_joined_marks); a joined row's mark closing
it after its stop ("... attached hereto as Exhibit 10.4.* 10.5 Employment Contracts: ...") or
bracketed by its number ("(*)10.5", "10.5(*)") parts the paragraph there too and is read for
that row (_JOINED_HEAD). Rows typed on one line read their own citations ("99.1 Press
release  99.2 Transcript, incorporated by reference to Exhibit 99.2 to Form 8-K." files 99.2
elsewhere, not 99.1; a first row's citing bracket is cut, _own_citations), and a typed
method column's cell is the last row's (_last_row_column). Words of incorporation
wrapped onto the table's next row, no stop before them ("... of Acurx Pharmaceuticals" over
"Incorporated by reference."), are cut, the exhibit filed elsewhere (_PLACED). A typed Form
column naming the form and the cited exhibit alone ("Opinion of Counsel    S-1 (Exhibit
5.1)") or two forms ("10-K / 10-Q    001-40536 ...") is no part of the description, the
exhibit filed elsewhere (_METHOD_COLUMN's `form`).
A note's number after an exhibit's ("10.5(1)", "10.5 (1)") or closing its description ("...
dated May 1, 2000.(1)") is read against the note under the list as a mark against its legend
("(1) Previously filed as an exhibit to the Company's Form 10-Q ...": filed elsewhere), the
number kept "10.5" (_NUMBERED_LEGEND, _lead_marks). A legend or cell saying "Filed as an
exhibit to the Company's Annual Report on Form 10-K" or "Filed as Exhibit 10.3 to ..." files
the row elsewhere, "filed as an exhibit to this report" not, nor the management contracts
"required to be filed as an exhibit" (_FILED_AS_EXHIBIT_TO). Rows typed on one line, each with
its own filing method cell ("99.1 Press release.    Filed herewith    99.2 Transcript.
Incorporated by reference to Form 8-K ..."), take their own cells; the line's last cell is
the last row's only (_last_row_column). An 8-K item's heading left under the exhibit list
("2.02  RESULTS OF OPERATIONS AND FINANCIAL CONDITION": the item's number and the catalogue's
title for it) is no exhibit (_item_heading). A whole number's note number ("24(1)  Power of
Attorney." over "(1) Previously filed as ...") is exhibit 24 read against its note, where the
list prints the note and numbers no other exhibit so ("10(1)", "10(2)" keep theirs,
_noted_wholes); a note typed with no blank after its bracket ("(1)Previously filed ...") is a
note (_has_footnote); a legend citing several exhibits ("Filed as Exhibits 10.1 and 10.2 to
...") files its rows elsewhere (_FILED_AS_EXHIBIT_TO). A lettered number's trailing figure is
read so too ("3(i)(1)  Restated Articles ..." over "(1) Incorporated by reference to ...":
exhibit 3(i), filed elsewhere; "3(i)" alone stays), and only a note that says how exhibits
are filed or what they are counts ("24(1)" over a table's "(1) Amounts in thousands." stays
"24(1)"), nor where the list numbers the exhibit without the figure too ("24" over "24(1)",
_filing_note). The figure printed after a bracketed number's letters or after a blank
("(3)(i)(1)", "3(i) (1)", "(24)(1)") is read so too, kept in the number ("3(i)(1)", "24(1)")
where no filing note is under the list (_printed_number). An "Incorporated by Reference"
table's cited exhibit's cell before the form's or the filing date's ("3.1  Certificate ...  3.2
S-1  May 27, 2021", "... 3.2  Feb. 28, 2023") and a date typed "27-May-21" are no row typed
beside the exhibit's (_NOT_SIDE, _side_heads). A line under a flush row (typed flush left, or
a rendered table's next row) that opens in lower case, a word or a bracket's, goes on its
description after a stop too ("... Bank of N.Y." over "as amended by ...", "(as amended)",
_LOWER_WRAP); so does a rendered row's paragraph of its own after a blank line, opening so or
after a word that leads on ("... among" over "The Walt Disney Company ...", _paragraph_wraps).
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterator
from heapq import merge
from itertools import pairwise
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern, line_above
from ..model import HTML, Document
from ..pipeline import Context
from ..text import html_to_text
from ..values import squash
from .exhibit_inline import headed_exhibits, holds_release
from .item_catalog import titles as item_titles
from .item_catalog import words as title_words
from .patterns import EXHIBIT_INDEX_HEADING, SIGNATURE_LINES

EXHIBIT_ITEMS = {"7", "9.01", "13", "14", "15", "16", "19"}

# "99.1     Press Release dated ...", "Exhibit 99 - Press release", "12(c) --   Statement re:",
# "(99) Press release of the Registrant" (1990s: the number in brackets, two digits or more),
# "99.4(a)  Letter Agreement", "101.INS  Inline XBRL Instance Document", "99-1  Press release"
# (1990s), "10(iii)(A)  1991 Stock Option Plan" (Regulation S-K's numbering, 1990s 10-Ks),
# "99-A   Press release" (1990s: a letter after a dash, before a gap, a dash or a colon; not a
# form's name, "10-K", "10-Q", "20-F", "8-A"; or after a point, "99.A", typed "EX-99.A"),
# "4.1.1  First Supplemental Indenture", "Ex. 99.1", "EX-99.1 ", "EX 99.1" (the type with
# a space for its hyphen), "No. 99.1" (under an
# "Exhibit" column's head), "99.(a)  Press release" (the
# <TYPE>'s spelling, "EX-99.(A)"), a letter in lower case before a gap ("99.a  Press
# release", "10.1a  First Amendment to ...", typed EX-99.A, EX-10.1A; not "3.5x" multiples nor
# a wrapped "2.1a  to the Registration Statement": no description opens in lower case), or in
# capitals, a supplement's ("4.1A  First Supplemental Indenture", "10.12B  Second Amendment to
# Lease"; not I, L, O or X, read as a figure or a multiple), the
# articles and by-laws "3.i" / "3.ii" (typed EX-3.I, EX-3.II), "10.1 ....... Lease"
# (a dot leader), "10.1#  2015 Equity Incentive Plan" (a plan's year opens it), and HTML rows
# "99.1<tab>Press release issued ..." (a footnote mark may follow the number: "99.1*<tab>Audit
# Committee Charter", "10.1 #", "10.2+", "10.3\u2020"); an amount may open the description:
# "10.3    $100,000,000 Competitive Advance and Revolving Credit Facility Agreement",
# "4.2    $500,000,000 5.30% Senior Notes due 2017" (an amount, then a rate)
# (a footnote's reference after a decimal number is no part of it: "3.1(1)  Restated ..."; a
# form's name opens a wrapped line, no entry: "Form" over "10-K for the year ended ...")
# 1990s 10-Ks bracket the number before its letters too: "(3)(i)  Restated Certificate of
# Incorporation", "(10)(a)  1991 Stock Option Plan" (`sub`: read as "3(i)", "10(a)", typed
# EX-3.I, EX-10.A; a one-digit "(1)" with no letters after it is a footnote's)
# A footnote mark may open the line too: "*5.     Opinion of ...", "**23(b).  Consent of ...",
# "+10.3  Employment Agreement" (the list's note says "* Previously filed"), bracketed there
# or after the number: "(*)10.1", "10.1(*)  Employment Agreement" (the legend "(*) Filed
# herewith"; no number holds a mark).
# A bullet may open the row: an HTML list's items ("<ul><li>99.1 Press release ...", rendered
# "\u2022 99.1 ..."), a word processor's bulleted list ("\u25cf  Exhibit 99.1 - ...").
# (possessive indentation `*+`: a letter, digit or mark follows, so no line is retried at each
# shorter indentation; the lookahead for the characters an entry opens with fails a prose line
# at once, about 1.3x faster than trying each opening in turn)
# A single space may part them too when the number has two digits or a decimal point and a
# capital opens the description ("99.1 Press release dated ...", "104 Cover Page ..."), or,
# after a decimal number, a rate or an amount ("4.1 4.875% Senior Notes due 2030"), as
# rendered HTML paragraphs print them: `single` marks those, for read_entries to check.
# Marks before the description are no part of it ("*10.4    +Corporate Office Management ...",
# Home Depot 2001; "10.25<tab>+ \u2021<tab>Credit Card ...", Target 2026); a term or a rate may open
# it ("364-Day Credit Agreement", "8 1/2% Senior Notes", "9-3/4% Senior Subordinated Notes"), a
# figure alone not ("10.5  364  400").
# The citation's columns of an "Incorporated by Reference" table, a form's name, a file number
# and a filing date (see _METHOD_COLUMN), and a row holding those only (see _CITED_ONLY: its
# description cell empty, the form's cell is its first; led by a form, "10-K   001-12345",
# as by words, it is an entry)
_FORM_NAME = r"(?:Form[ ]|Schedule[ ])?[A-Z\d]{1,3}(?:[ -][A-Z\d]{1,4}){0,2}(?:/A)?"
_FILE_NUMBER = r"\d{1,3}-\d{4,6}(?:-\d{1,3})?"
_FILING_DATE = (r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-[A-Z][a-z]{2}-\d{2,4}"
                r"|[A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4})")
_COLUMN_PART = r"(?:[ ]*+\t|[ ]{2})[ \t]*+"
_CITED_EXHIBIT = r"[ ]\((?i:exhibit)[ ][^)\n]{1,12}\)"  # "8-K (Exhibit 1.1)"
_EXHIBIT_CELL = r"\d{1,3}(?:\.\d{1,3}){0,2}(?:\([A-Za-z\d]{1,3}\))?"  # the cited exhibit's
_CITED_REST = (rf"(?:{_CITED_EXHIBIT})?{_COLUMN_PART}"
               rf"(?:{_FILE_NUMBER}|(?:{_EXHIBIT_CELL}{_COLUMN_PART})?{_FILING_DATE})(?![\w/-])")
# (a form led by a figure or by "Form", naming the cited exhibit, may close the row alone:
# "1.1<tab>8-K (Exhibit 1.1)", "Form 10 (Exhibit 5)"; no file number, no date)
_CITED_END = rf"{_CITED_EXHIBIT}[ \t]*+(?![^\n])"
_CITED_COLUMNS = (rf"(?:(?=[A-Z]|\d{{1,2}}-[A-Z]){_FORM_NAME}{_CITED_REST}"
                  rf"|(?:Form[ ][A-Z\d]{{1,3}}(?:[ -][A-Z\d]{{1,4}}){{0,2}}(?:/A)?"
                  rf"|\d{{1,2}}-[A-Z]{{1,2}}(?:/A)?){_CITED_END})")
# (after a form's "10-K", "8-K", "20-F" first capital: _ENTRY's tail of a row led by one)
_CITED_TAIL = (rf"(?:[A-Z\d]{{0,4}}(?:[ -][A-Z\d]{{1,4}})?(?:/A)?{_CITED_REST}"
               rf"|[A-Z]?(?:/A)?{_CITED_END})")
# (the cited exhibit's column before the form's: "5.    <empty>    5    Form 10    33-88960
# March 1, 1995")
_CITED_AFTER_EXHIBIT = rf"{_EXHIBIT_CELL}{_COLUMN_PART}{_CITED_COLUMNS}"
# A rendered row's spacer cell between number and description may hold a bullet or a lone
# point ("99.1<tab>\u2022<tab>Transfer Agreement", "99.1<tab>.<tab>..."): no part of either
_SPACER = r"(?:[\u2022\u00b7.][ ]*+\t[ \t]*+)?"
_ENTRY = LinePattern(
    r"^[ \t]*+(?:[\u2022\u00b7\u25cf\u25aa][ \t]*+)?(?=[EXN(\d*\u2020\u2021#+])"
    r"(?:(?:Exhibit[ \t]+|Exh?\.[ \t]*|EX(?:-|[ ](?=\d)))(?:No\.?[ \t]*)?"
    r"|(?P<no>No\.)[ \t]*(?=\d)"
    r"|[*\u2020\u2021#+]{1,3}[ \t]?(?=[(\d])|\([*\u2020\u2021#+]{1,3}\)[ \t]?(?=\d))?"
    r"(?P<br>\((?=\d{2,3}(?:\.\d{1,3})?\)|\d\)\([a-zA-Z]))?"
    r"(?P<num>\d{1,3}(?:\.(?-i:[\dl]){1,3}(?:\.\d{1,2})?(?:(?:[ ]|\t(?=\([a-zA-Z]{1,3}\)\t))?"
    r"\([a-zA-Z]{1,3}\)"
    r"|(?-i:[a-km-wyzA-HJKMNP-WYZ])(?=(?:[ \t]{2}|\t)[ \t]*+(?-i:[^a-z])))?"
    r"|\.(?-i:[A-Z]{3})|-\d{1,2}(?=[ \t.])"
    r"|\.(?-i:II?|ii?)(?=\.?(?:[ \t]{2}|\t))"
    r"|(?:-(?!(?<=\b[24]0-)F|(?<=\b8-)A)|\.)(?-i:[A-JL-PR-Z])"
    r"(?=\.?(?:[ \t]{2}|\t|[ \t]?(?:--|[-\u2013\u2014:])))"
    r"|\.(?-i:[a-km-z])"
    r"(?=\.?(?:[ \t]{2}|\t|[ \t]?(?:--|[-\u2013\u2014:]))[ \t\-\u2013\u2014:]*+(?-i:[^a-z]))"
    r"|(?:[ .]|\t(?=\([a-zA-Z0-9]{1,3}\)(?:\([a-zA-Z0-9]{1,3}\)){0,2}\t))?"
    r"\([a-zA-Z0-9]{1,3}\)(?:\([a-zA-Z0-9]{1,3}\)){0,2})?)"
    r"(?!-(?-i:[A-Z]{1,3})\b)"
    r"(?(br)\)(?P<sub>(?:\([a-zA-Z]{1,4}\)){0,2}))\.?"
    r"(?:[ \t]?\(\d{1,2}\))?(?:[ \t]?(?:[*\u2020\u2021#+]{1,3}|\([*\u2020\u2021#+]{1,3}\)))?"
    r"(?:[ \t]*(?:--|[-\u2013\u2014:])[ \t]*|[ \t]*(?:\.[ \t]?){3,}+[ \t]*"
    r"|\t[ \t]*" + _SPACER + r"|[ \t]{2,}"
    r"|(?P<single>[ ])(?=(?-i:[A-Z]|[a-z]{2})|[\"\u201c]|\d{1,4}-(?-i:[A-Z][a-z])"
    r"|(?:19|20)\d\d[ ](?-i:[A-Z][a-z])|\d{1,2}(?:\.\d{1,4}|[ -]\d{1,2}/\d{1,2})?%[ ](?-i:[A-Z])"
    r"|\$\d{1,3},\d{3}))"
    r"(?:[*\u2020\u2021#+][ \t]*+){0,4}+"
    r"(?P<desc>(?:[A-Za-z\"\u201c(*]|(?=(?:19|20)\d\d[ ](?-i:[A-Z])"
    r"|\d{1,4}-(?-i:[A-Z](?:[a-z]|(?<!\d\d\d-[A-Z])" + _CITED_TAIL + r"))"
    r"|(?-i:" + _CITED_AFTER_EXHIBIT + r")"
    r"|\d{1,2}(?:\.\d{1,4}|[ -]\d{1,2}/\d{1,2})?%[ \t]+(?-i:[A-Z]))\d"
    r"|\$(?=\d{1,3}(?:(?:,\d{3})++|(?:\.\d{1,3})?[ \t]+(?:million|billion))[ \t]+"
    r"(?-i:[A-Z]|\d{1,3}-[A-Z]|\d{1,2}(?:\.\d{1,4})?%[ ][A-Z])))[^\n]*)$",
    re.I,
)
# One row for a run of exhibits: "99.1 - 99.3    Press releases dated April 14, 1998.",
# "Exhibits 99.1 through 99.3", "31.1 and 31.2  Rule 13a-14(a) Certifications", "99.1, 99.2
# and 99.3"; each exhibit of the run is an entry with the row's description (a range runs
# within one major number, up to 20 minors). The description opens with a capital word, no
# preposition: "10.1 and 10.2  to the Company's Form 8-K" is a reference wrapped inside
# another entry's description (see also _run_row)
_RANGE_NUMBER = r"\d{1,3}\.\d{1,2}(?!\d)"
_RANGE = LinePattern(
    r"[ \t]*+(?=[E\d])(?:Exhibits?[ \t]+(?:Nos?\.[ \t]*+)?)?"
    rf"(?P<num>{_RANGE_NUMBER}(?:[ \t]*+(?:[-\u2013\u2014&]|,(?:[ \t]*+and\b)?"
    rf"|(?:through|thru|to|and)\b)[ \t]*+{_RANGE_NUMBER}){{1,4}}+)"
    r"(?:[ \t]*+(?:--|[-\u2013\u2014:])[ \t]*+|\t[ \t]*+|[ \t]{2,}+|[ ](?=[A-Z\"\u201c]))"
    r"(?P<desc>(?!(?i:to|of|in|by|for|from|at|on|with|under|as)\b)[A-Z\"\u201c][^\n]*)$")
_RANGE_PARTS = lazy(r"(\d{1,3})\.(\d{1,2})|(?P<to>[-\u2013\u2014]|through|thru|to)")
_RANGE_SPAN = 20
_RUN_REACH = 1500  # how far from the list's other rows a run's row is looked for
# a line a description wraps onto follows one that ends in these ("... (incorporated by
# reference to Exhibits" over "10.1 and 10.2  to the Company's ...")
_WRAPS_AFTER = ("by", "to", "exhibit", "exhibits", "nos.", "no.", "and", "of", "see", "in")
_ABOVE_CHARS = 600  # how far above a run's row an open bracket is looked for
# a sentence, not a row: "Exhibits 99.1 and 99.2 - Press releases dated April 14, 1998 are
# filed" / "herewith as exhibits."
_RUN_PROSE = lazy(r"\b(?:are|is)[ \t]++(?:hereby[ \t]++)?(?:filed|furnished|attached)\b"
                  r"|\bherewith[ \t\n]++as\b", re.I)


def _line_indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _run_row(text: str, row: re.Match[str], at: int, indents: set[int]) -> bool:
    """A run's row (a _RANGE match whose line starts at `at`) heads an entry of the list: it
    stands where the other rows' numbers start (`indents`; or at the margin), on no line a
    description wraps onto (the line above ends, with no full stop, in "by", "to", "Exhibits"
    or inside an open bracket), and reads as no sentence (see _RUN_PROSE)."""
    indent = _line_indent(text[at : row.end()])
    if indents and indent and all(abs(indent - each) > 1 for each in indents):
        return False  # (a number one column off: a right-aligned column, "3.1" over "10.1")
    if at > 0 and (above := text[text.rfind("\n", 0, at - 1) + 1 : at].rstrip()):
        if not above.endswith(".") and (
                above.rsplit(None, 1)[-1].lower() in _WRAPS_AFTER
                or _open_bracket(text[max(0, at - _ABOVE_CHARS) : at])):
            return False
    after = text.find("\n", row.end() + 1)  # (its next line: "... are" / "filed herewith")
    tail = text[row.start("desc") : row.end() + 200 if after < 0 else min(after, row.end() + 200)]
    return _RUN_PROSE.search(tail) is None or _dated_each(
        squash(tail), len(_run_numbers(row.group("num")))) is not None


# A run's description that dates one document per exhibit: "Exhibits 99.1 and 99.2 - Press
# releases dated May 1, 2004 and May 3, 2004 are filed herewith." gives 99.1 "Press release
# dated May 1, 2004" and 99.2 "Press release dated May 3, 2004" (a date printed with no year,
# "May 1 and May 3, 2004", takes the last one's; ", respectively" may follow them). Its noun
# is the word before the first word that leads on ("releases of the Registrant dated"): a
# plural made singular. One date for the run, or words after the dates ("... announcing
# results"), name no exhibit apart.
_MONTH_DAY = (r"(?:January|February|March|April|May|June|July|August|September|October"
              r"|November|December)[ ]\d{1,2}(?:,[ ](?:19|20)\d\d)?")
_EACH_DATED = lazy(rf"[ ](?P<dates>{_MONTH_DAY}(?:,[ ]{_MONTH_DAY}){{0,8}}+,?[ ]and[ ]{_MONTH_DAY})"
                   r"(?:,?[ ]respectively)?(?:[ ](?:are|were)[ ](?:hereby[ ])?"
                   r"(?:filed|furnished|attached|included)\b(?:[^.\n]|\.(?=\d)){0,80}+)?"
                   r"(?P<stop>\.?)$")
_DATE_PARTS = lazy(rf"{_MONTH_DAY}")
_NOUN_ENDS = frozenset("of dated issued by to from for on announcing regarding relating".split())


def _dated_each(desc: str, count: int) -> list[str] | None:
    """The description of each exhibit of a run of `count` (see _EACH_DATED), or None."""
    if " and " not in desc or (found := _EACH_DATED.search(desc)) is None:
        return None
    dates = _DATE_PARTS.findall(found.group("dates"))
    if len(dates) != count or "," not in dates[-1]:
        return None
    year = dates[-1][dates[-1].index(","):]
    words = desc[:found.start()].split(" ")
    at = next((k for k, word in enumerate(words) if word in _NOUN_ENDS), len(words)) - 1
    noun = words[at] if at >= 0 else ""
    if len(noun) < 4 or noun[-1] != "s" or noun[-2] in "su":  # (no plural: "Press", "Status")
        return None
    head = " ".join([*words[:at], noun[:-1], *words[at + 1:]])
    return [f"{head} {date if ',' in date else date + year}{found.group('stop')}"
            for date in dates]


def _open_bracket(above: str) -> bool:
    """The lines over a row, up to a blank one, leave a bracket open ("Credit Agreement ...
    (incorporated by" / "reference to Exhibits")."""
    blank = above.rfind("\n\n")
    above = above[blank + 1 :] if blank >= 0 else above
    return above.count("(") > above.count(")")


def _run_numbers(run: str) -> list[str]:
    """ "99.1 - 99.3": 99.1, 99.2, 99.3 (a minor's leading zero kept: "99.01 - 99.03");
    "31.1 and 31.2": the two; [] for a range that does not run up within one major."""
    parts = _RANGE_PARTS.findall(run)
    numbers = [(major, minor) for major, minor, _ in parts if major]
    if not any(to for _, _, to in parts):
        return [f"{major}.{minor}" for major, minor in numbers]
    (major, low), (other, high) = numbers[0], numbers[-1]
    if len(numbers) != 2 or major != other or not 0 < int(high) - int(low) <= _RANGE_SPAN:
        return []
    return [f"{major}.{minor:0{len(low)}d}" for minor in range(int(low), int(high) + 1)]


# Tender offer schedules (SC TO, SC 14D9, SC 13E3) number exhibits by Regulation M-A's letters:
# "(a)(1)(A)*<tab>Offer to Purchase, dated ...", "(d)(1)  Tender Offer Agreement", "(b) Not
# applicable.". Read only in those schedules' exhibits lists: an 8-K's "(a) Financial
# Statements of Businesses Acquired." is lettered the same way.
_LETTERED = LinePattern(
    r"^[ \t]*+(?:Exhibit[ \t]+(?:No\.?[ \t]*)?)?"
    r"(?P<num>\([a-hA-H]\)(?:\(\d{1,2}\))?(?:\([A-Za-z]{1,4}\))?)"
    r"(?:[*\u2020\u2021#+]{1,3}|\([*\u2020\u2021#+]{1,3}\))?"
    r"(?:[ \t]*+(?:--|[-\u2013\u2014:])[ \t]*+|\t[ \t]*+|[ \t]{2,}+"
    r"|(?P<single>[ ])(?=[A-Z\"\u201c]))"
    r"(?P<desc>[A-Za-z\"\u201c(][^\n]*)$"
)
_LETTERED_FORMS = ("SC TO", "SC 14D9", "SC 13E3", "SC 13E-3")
# Schedules 13D and 13G letter theirs: "Exhibit A - Joint Filing Agreement, dated ...",
# "EXHIBIT B:  Letter to the Board of Directors" (Item 7, or an index after the signature),
# filed as EX-99.A or EX-99. Read only in those schedules: in a report, "Exhibit A - Form of
# Note" is an agreement's own exhibit.
_EXHIBIT_LETTER = LinePattern(
    r"^[ \t]*+(?i:exhibit)[ \t]+(?P<num>[A-Z])(?!\w)"
    r"(?:[ \t]*+(?:--|[-\u2013\u2014:.])[ \t]*+|\t[ \t]*+|[ ]{2,}+|(?P<single>[ ]))"
    r"(?P<desc>[A-Z\"\u201c][^\n]*)$"
)
_EXHIBIT_LETTER_FORMS = ("SC 13D", "SC 13G")
_NOT_APPLICABLE = lazy(r"(?i:not[ ]applicable|none)\.?")
# "(A)(5)(C)" / "99.(A)(5)(C)" (the type of the document: EX-99.(A)(5)(C)): the letters are
# the key, as a whole
_LETTER_CHAIN = lazy(r"(?:99\.?)?((?:\([A-Z0-9]{1,4}\)){2,4})")
# ... typed with points, dashes or run together too: "EX-99.A.5.C", "EX-99.A-1", "EX-99.A5C",
# "EX-99.A(1)" (read as "(A)(5)(C)", "(A)(1)"; a letter of Regulation M-A's (a) to (h), then a
# figure)
_LOOSE_CHAIN = lazy(r"99\.?\(?([A-H])\)?[.-]?\(?(\d{1,2})\)?(?:[.-]?\(?([A-Z]{1,4})\)?)?")
_DESC_ENDS = (".", ")", ";", ":")  # a description that ends so is not wrapped
# a sentence's verb ending a line: its predicate wraps onto the next line however that is
# indented ("99.1 - Press release dated May 1, 2004 is" over "filed herewith.")
_DANGLING = (" is", " are", " was", " were")
# EXHIBIT_INDEX_LINES behind a lookahead for the first letter of its spellings: the scan of
# the whole document fails most lines at once (about 1.5x faster)
# (plus the other names filers give it, alone on the line, in capitals or title case, a stop
# after: "INDEX OF EXHIBITS", "Exhibits Index", "LIST OF EXHIBITS", "Exhibit List", "Exhibit
# Index.", "INDEX TO EXHIBITS:"; a bare "EXHIBITS" also heads a 10-K's Item 15, so is none)
_OTHER_INDEX_NAMES = (
    r"^[^\S\n]*+(?:(?:INDEX|Index)[ \t]+(?:OF|of|TO|to)[ \t]+(?:EXHIBITS|Exhibits)"
    r"|(?:EXHIBITS?|Exhibits?)[ \t]+(?:INDEX|Index|LIST|List)"
    r"|(?:LIST|List)[ \t]+(?:OF|of)[ \t]+(?:EXHIBITS|Exhibits))[ \t]*+[.:]?[^\S\n]*$")
_INDEX_HEADING = LinePattern(
    rf"(?=[^\S\n]*+[EIL])(?:{EXHIBIT_INDEX_HEADING.pattern}|{_OTHER_INDEX_NAMES})")
# an indented line under an entry continues it, but for a rule and the footnotes under a list
# ("     ______", "     (1)  Incorporated by reference to ...", "     *    Management contract",
# "     (*)  Filed herewith")
_CONTINUATION = lazy(r"^[ \t]++(?![-_=]{3,}[ \t]*$"
                     r"|(?:\((?:\d{1,2}|[*\u2020\u2021#+]{1,3})\)|[*\u2020\u2021#+]{1,3})"
                     r"[ \t]+[A-Z])\S[^\n]*$")
_SUB_CHAIN = lazy(r"(\d{1,3})\.?[ \t]?((?:\([A-Z0-9]{1,4}\)){2,3})")
_KEY = lazy(r"(\d{1,9})(?:[.-](\d{1,9}))?[.-]?[ \t]?(?:\(?([A-Z0-9]{1,3})\)?)?")
# two blanks or more, or a tab (`[ \t]{2,}|\t`, led by one blank: the engine skips to each
# blank instead of trying both branches at every character, ~2x faster)
_COLUMN_GAP = lazy(r"[ \t](?:[ \t]+|(?<=\t))")
# (or the dash or "N/A" of a page column left empty: "... Form 10-K for 1993).       --")
# (or the "X" of a "Filed Herewith" column)
# (or the footnote mark typed there for an exhibit incorporated by reference: "Restated
# Certificate of Incorporation ...          *", 1990s indexes)
_PAGE_NUMBER = lazy(
    r"(?:(?i:page)[ \t]?)?\d{1,3}|E-\d+|[-\u2013\u2014]{1,2}|N/?A|X|[*\u2020\u2021]{1,3}")
# a dot leader at a line's end, with the page number typed against it ("1997.........4"); from
# the start of its run only (`(?<![.\s])`), so a long run is not rescanned from each dot; a
# sentence's period before it stays ("1999. ........  5")
_LEADER = lazy(
    r"(?<![.\s])(?P<stop>\.(?=[ \t]))?\s*+(?:\.[ \t]?){3,}+\s*+(?:\d{1,3}|E-\d+)?\s*+$")
# the digits after a number's point, a lower-case L among them ("3.l", "10.1l")
_TYPED_ONE = lazy(r"(?<=\.)[\dl]{1,3}")
_LETTER = lazy(r"[A-Za-z]")  # a description has words: "(27)  (48)" is a table row
# a 10-K's "(a) 1. Financial Statements  2. Financial Statement Schedules  3. Exhibits": the
# parts of the exhibits item, not exhibits
_PART_LABEL = lazy(
    r"(?i:(?:consolidated[ ]+)?financial[ ]+statements?(?:[ ]+schedules?)?|exhibits?)[ .:]*$")
# ... and where those parts run on into a sentence ("1.  Financial Statements: The consolidated
# financial statements are included in Item 8", "3.  Exhibits: See the Exhibit Index"): a part
# numbered 1 to 9 that opens so, as no exhibit 1-9 (underwriting, merger plan, charter, ...) does
_PART_OPENING = lazy(
    r"(?i:(?:(?:the|all|index[ ]to)[ ]+)?(?:consolidated[ ]+)?financial[ ]+statements?\b"
    r"|exhibits\b|exhibit[ ]*(?:[.:]|$))")
# a footnote mark after the description ("... and SW Acquisition Corporation*" over "*
# Incorporated by reference to ..."): the list's note, not the exhibit's name
_FOOTNOTE_MARKS = "*\u2020\u2021"
# the list's footnote run onto the last row of a rendered HTML table ("... issued by The Walt
# Disney Company *Certain schedules and exhibits have been omitted ..."): a mark after a space
# opens a sentence (a mark after a word, "Inc.*", is the entry's own)
_INLINE_NOTE = lazy(r"(?<![ \t])[ \t]++[*\u2020\u2021]{1,3}[ \t]?(?=[A-Z][a-z]+[ \t][a-z])")
# underlines typed under a value ("dated as of ------------ September 26, 1997")
_RULE_WORD = lazy(r"(?<!\S)[-_=]{3,}(?!\S)")


# <TYPE>s named, not numbered: the filing fee table (EDGAR's "EX-FILING FEES", 2022 on) is
# exhibit 107 of Regulation S-K, listed so ("107  Filing Fee Table")
_NAMED_TYPES = {"FILING FEES": "107"}


def exhibit_key(number: str) -> tuple[int, int | None, str] | None:
    """ "99.1" / "EX-99.01" -> (99, 1, ""); "12(c)" / "EX-12.(C)" -> (12, None, "C");
    "(a)(5)(C)" / "EX-99.(A)(5)(C)" -> (99, None, "(A)(5)(C)"); "(b)" or "B" -> (99, None,
    "B")."""
    text = number.upper().removeprefix("EX-").strip()
    text = _NAMED_TYPES.get(text, text)
    chain = _LETTER_CHAIN.fullmatch(text)
    if chain:  # all tender offer exhibits are EX-99: their letters part them
        return 99, None, chain.group(1)
    if "99" in text[:3] and (loose := _LOOSE_CHAIN.fullmatch(text)) is not None:
        return 99, None, "".join(f"({part})" for part in loose.groups() if part)
    if text[:1] == "(" or len(text) == 1 and text.isalpha():
        text = "99." + text  # a lone letter, "(b)" or a schedule's "A", is typed EX-99.(B)
    sub = _SUB_CHAIN.fullmatch(text)
    if sub:  # "10(iii)(A)", "10(iii)(B)": the whole chain parts them
        return int(sub.group(1)), None, sub.group(2)
    match = _KEY.match(text)
    if not match:
        return None
    minor = match.group(2)
    return int(match.group(1)), int(minor) if minor else None, match.group(3) or ""


def _is_part(key: tuple[int, int | None, str], description: str) -> bool:
    """A part of the exhibits item ("1.  Financial Statements"), not an exhibit."""
    return _PART_LABEL.match(description) is not None or (
        key[0] < 10 and key[1] is None and not key[2]
        and _PART_OPENING.match(description) is not None)


def _drop_page_number(line: str) -> str:
    """ "Consent of Price Waterhouse          12": the index's page column is not the text,
    nor the dot leader before it ("Financial Data Schedule .........  10")."""
    parts = _COLUMN_GAP.split(line.strip())
    if len(parts) > 1 and _PAGE_NUMBER.fullmatch(parts[-1]):
        parts.pop()
    joined = " ".join(parts)
    if "..." in joined or ". . ." in joined:
        joined = _LEADER.sub(r"\g<stop>", joined)
    return joined


# a plain-text index's "Method of Filing" column, wide apart from the description ("Articles of
# Incorporation        Incorporated by reference to" over "      Exhibit 3.1 to Form 10-SB")
# (from the start of a run of blanks only, taken whole: tried from each blank of a long run,
# the search rescanned the run from each one)
# An "Incorporated by Reference" table's Form column is none either ("Restated Certificate of
# Incorporation    10-Q    000-12345  3.1   8/14/2003"): a form's name, a gap, then figures.
# (one run of blanks, then which column it opens: a method needs four blanks before it; led by
# a blank, not a lookbehind, the engine skips to each blank instead of trying every character)
# The form may be any an exhibit is filed with ("S-3ASR", "8-A12B", "DEF 14A", "10-K405"),
# the gap before a date in words ("10-K    March 1, 2011") or the exhibit bracketed after it
# ("8-K (Exhibit 1.1)    May 17, 2023    001-40536", Acurx 2023's columns typed out).
# A column of the number the exhibit was filed as, before the filing's name ("Press release
# 99.1   Form 8-K filed May 1, 2004", "Credit Agreement    10.1    Annual Report on Form
# 10-K"), is none either (`ref`): the record holds no other filing's exhibit number.
_FORMS = (r"(?:10-[KQ](?:405|SB|T)?|10-SB|10-12[BG]|8-[KA](?:12[BG])?|S-\d{1,2}(?:ASR|MEF)?"
          r"|SB-2|F-\d{1,2}|20-F|40-F|6-K|11-K|DEF[ ]14[AC]|DEF[AM]14A|PRE[ ]14A|POS[ ]AM)"
          r"(?:/A)?")
# A column citing the exhibit of another filing, after a gap of two blanks or more ("Exhibit
# 10.1 to Form 10-K for the year ended ...", "Incorporated by reference to Exhibit 3.1 of
# ..."; `cite`), is none either; so is such a cell of a rendered row (_CITE_CELL).
_CITE = (r"(?i:exhibit)[ ](?:(?i:no)\.[ ])?\d{1,3}(?:\.\d{1,3}){0,2}(?:\([A-Za-z\d]{1,3}\))?"
         r"[ ](?i:to|of|in|filed[ ]with)\b")
# "Incorporated by reference into Part II" (an annual report's exhibit 13 taken into this
# report, "in Item 7" a report's financial statements): no other filing holds the exhibit
# (after "incorporated by reference", in a case-blind group)
_TAKEN_IN = r"[ ]++(?:into\b|in[ ]++(?:parts?|items?)[ ])"
_TAKEN = lazy(r"(?i:incorporated[ ](?:herein[ ])?by[ ]reference" + _TAKEN_IN + ")")
# A Form column naming a form _FORMS does not know ("Form 10", "N-2", "S-4EF", "SC TO-T",
# "Schedule 14A", "1-A") is one too where a file number follows it ("Certificate of
# Incorporation    Form 10    000-55555    3.1    May 1, 2018") or an exhibit's number and a
# filing date (`cell`); so is a rendered row's cell holding a file number, or a filing date
# after another citing cell ("...<tab>N-2<tab>814-01234<tab>3.1<tab>May 1, 2018", see
# _filed_elsewhere): the citation's columns, no part of the description.
_CITING_CELL = lazy(rf"[ ]*+(?:{_FILE_NUMBER}|(?P<date>{_FILING_DATE}))[ ]*+")
_METHOD_COLUMN = lazy(r"[ \t](?<![ \t][ \t])[ \t]++(?:(?<=[ \t]{4})(?=(?:F(?i:iled|urnished)"
                      r"|I(?i:ncorporated|ncluded)|P(?i:reviously)|T(?i:o[ ]be[ ]filed))\b)"
                      rf"|(?=(?P<form>{_FORMS}(?:[ ]?/[ ]?{_FORMS})?)"
                      r"(?:[ \t]{2,}(?:\d|[A-Z][a-z]{2,8}\.?[ ]\d)"
                      r"|[ ]\((?i:exhibit)[ ][^)\n]{1,12}\)(?:[ \t]{2,}\S|[ \t]*+$)))"
                      r"|(?=(?P<ref>\d{1,3}(?:\.\d{1,3}){0,2}(?:\([A-Za-z\d]{1,3}\))?)[ \t]{2,}+"
                      rf"(?:(?i:(?:form[ ])?{_FORMS}(?![\w-])"
                      r"|(?:annual|quarterly|current)[ ]report(?![ ]to\b)"
                      r"|registration[ ]statement|(?:definitive[ ])?proxy[ ]statement"
                      r"|incorporated|previously)\b"
                      r"|" + _FORM_NAME + r"[ \t]{2,}+" + _FILE_NUMBER + r"(?![\w/-])))"
                      r"|(?=(?P<cite>" + _CITE
                      + r"|(?i:incorporated[ ](?:herein[ ])?by[ ]reference)\b))"
                      r"|(?=(?P<cell>" + _FORM_NAME + r")[ \t]{2,}+(?:" + _FILE_NUMBER
                      + r"|\d{1,3}(?:\.\d{1,3}){0,2}(?:\([A-Za-z\d]{1,3}\))?[ \t]{2,}+"
                      + _FILING_DATE + r")(?![\w/-])))")
# a cell after a rendered row's description that tells the exhibit is filed elsewhere: the
# form it was filed with ("8-K (Exhibit 1.1)", "S-1/A", "10-K") or the filing method
_FORM_CELL = lazy(rf"[ ]*+(?:Form[ ])?{_FORMS}(?![\w-])")
_CITE_CELL = lazy(r"[ ]*+" + _CITE)
# A row whose description cell is empty, its number followed by the citation's columns only
# ("5.    Form 10    33-88960    5    March 1, 1995", "1.1<tab>N-2 (Exhibit 1.1)<tab>May 17,
# 2023<tab>001-40536"): no description, the exhibit filed elsewhere; the form's cell is no
# description (a form, then a file number, or a filing date, an exhibit's number before it
# or not; a tab or two blanks part the columns)
_CITED_ONLY = lazy(rf"(?:{_EXHIBIT_CELL}{_COLUMN_PART})?{_CITED_COLUMNS}")


def _first_cell(desc: str) -> str:
    """A rendered HTML row's description is its first cell with words: the cells after it
    are the index's other columns ("8-K<tab>001-12345<tab>3.1<tab>5/1/2015", "X" filed
    herewith, "Incorporated by reference to ..."), a cell before it a footnote mark."""
    for cell in desc.split("\t"):
        if _LETTER.search(cell):
            return cell
    return desc


def _join_wrapped(lines: list[str]) -> str:
    """A description's lines, a word hyphenated at a line's end made whole again ("Non-" over
    "Employee Directors": "Non-Employee Directors"; a dash after a blank, " -", parts words)."""
    joined = lines[0]
    for line in lines[1:]:
        hyphen = joined[-1:] == "-" and joined[-2:-1].isalpha() and line[:1].isalpha()
        joined += line if hyphen else " " + line
    return joined


# a footnote's reference closing a description ("... of Microsoft Corporation(1)", "... Plan
# (2)") over the footnote it refers to ("(1)  Incorporated by reference to ..."): the list's
# note, no part of the exhibit's name (a "(2)" with no such footnote stays); lettered so too,
# after a blank or a stop ("... Incentive Plan (b)", "... of the Company.(a)" over "(a)
# Incorporated by reference to ..."; not a rule's own "13a-14(a)")
_FOOTNOTE_REF = lazy(r"(?:(?<=[\w.)])[ ]?\((\d{1,2})\)|(?:(?<=[.)])|(?<=[\w.,)][ ]))\(([a-z])\))$")
# a rule's or a section's own letter typed apart from its number ("pursuant to Rule 13a-14
# (b)", "Section 302 (a)"): no lettered reference
_RULE_BEFORE = lazy(r"(?:\b\d{1,2}[a-z]{1,2}-\d{1,2}|(?i:rule|section)[ ]\d{1,4})[ ]?$")
# what a lettered footnote says ("(a)  Incorporated by reference to ...", "(b)  Management
# contract ..."): a heading under the list ("(b)  Reports on Form 8-K.") or a category's
# lettered exhibit ("(a)  1991 Stock Option Plan") says none of this
# (a numbered one too, "(1)  Incorporated by ...": see _SUB_NUMBERED)
_NOTE_WORDS = lazy(r"\((?:[a-z]|\d{1,2})\)[ \t]++"
                   r"(?i:(?:incorporated|included)[ ](?:herein[ ])?by[ ]reference"
                   r"|(?:filed|furnished)[ ](?:as|with|herewith|electronically)|previously[ ]filed"
                   r"|management[ ]contract|compensatory[ ]plan)\b")

_NOTES_CHARS = 8000  # how far under an entry the list's footnotes are looked for


# how the exhibit is filed, closing its description ("Press release dated May 1, 2012
# (furnished herewith).", "Letter to shareholders - filed herewith"): the filing's mark, as a
# "Filed herewith" column is, no part of the exhibit's name (the description's stop stays);
# so is a sentence's verb ("Exhibit 99.1 - Press release dated ... is filed herewith as an
# exhibit.")
_HEREWITH = lazy(r"[ \t]*+(?:[,;\-\u2013\u2014]++[ \t]*+)?(?P<open>\()?"
                 r"(?:(?P<verb>(?i:is|are))[ \t]+)?"
                 r"(?i:filed|furnished|included|submitted|attached|provided)"
                 r"(?:[ \t]+(?i:electronically))?[ \t]+(?i:herewith)"
                 r"(?(verb)(?:[ \t]+(?i:as[ \t]+(?:an[ \t]+)?exhibits?))?)(?(open)\.?\))(?=\.?$)")
# ... and the other words filers close a row with to say this filing holds the exhibit ("Press
# release dated May 1, 2012. Attached hereto.", "..., enclosed herewith", "Lease (filed with
# this report)", "Opinion of Counsel. Filed with this Current Report on Form 8-K.", "Attached
# hereto as Exhibit 10.1.", "Included herein."): cut as "Filed herewith." is, where a stop, a
# comma, a semicolon, a dash or a bracket parts them from the description ("Form of Note
# attached hereto" names what the exhibit holds), or where they open a sentence of their own
# with no stop before it, as on the table's next row ("... dated July 10, 2019" over "Attached
# hereto.": a capital verb, its next word in lower case)
_HERE_PLACED = lazy(r"(?:(?<=\.)[ \t]++|[ \t]*+[,;\-\u2013\u2014][ \t]*+|[ \t]++(?=\()"
                    r"|[ \t]++(?=(?:Filed|Furnished|Included|Submitted|Attached|Provided"
                    r"|Enclosed)[ \t]+(?:here|with[ ]this[ ])))"
                    r"(?P<open>\()?"
                    r"(?:(?i:is|are)[ \t]+)?"
                    r"(?i:filed|furnished|included|submitted|attached|provided|enclosed)"
                    r"(?:[ \t]+(?i:electronically))?[ \t]+"
                    r"(?i:here(?:with|to|in)|with[ ]this[ ](?:report|filing|amendment"
                    r"|(?:current|annual|quarterly)[ ]report(?:[ ]on[ ]form[ ][\w-]{1,8})?"
                    r"|form[ ][\w-]{1,8}|registration[ ]statement|schedule(?:[ ][\w-]{1,8})?))"
                    r"(?:[ \t]+(?i:as[ \t]+(?:an[ \t]+)?exhibit)"
                    r"(?:[ \t]+(?:(?i:no)\.[ ]?)?(?:[\w-]|\(\w{1,4}\)){1,12}+"
                    r"(?:\.(?:[\w-]|\(\w{1,4}\)){1,12}+){0,3}+)?)?"
                    r"(?(open)\.?\))(?=\.?$)")
_HERE_REACH = 90  # how far from the row's end such words open
_HERE_WORDS_AT_END = ("erewith", "ereto", "erein", "ith this")


# A row typed as a sentence saying where its exhibit is filed ("The Company's By-Laws ... were
# filed with the Commission on March 28, 2000 as Exhibit 3.3 to the Company's Annual Report on
# Form 10-K ... and are herein incorporated by reference.", "Subsidiaries of the Registrant is
# attached hereto as Exhibit 21."): the exhibit is the sentence's subject, up to its verb (or
# the "which" or "a copy of which" before it); the clause must run to the row's end, closing
# on the reference or "hereto" / "herewith" (`ref`: the exhibit is filed elsewhere).
_CLAUSE_END = lazy(r"(?:(?P<ref>(?:herein[ ])?incorporated[ ](?:herein[ ])?by[ ]reference)"
                   r"|here(?:to|with)(?:[ ]as[ ](?i:exhibit)[ ][\w.()-]{1,12}+)?)\.?$")
_CLAUSE_VERB = lazy(r"[ ](?:was|were|is|are|(?:has|have)[ ]been)[ ](?:previously[ ])?"
                    r"(?:filed|attached|included|furnished)\b")
_CLAUSE_WHICH = (", a copy of which", " a copy of which", ", which", " which", ",")
_CLAUSE_REACH = 60  # how far from the row's end its closing words are looked for
# (a sentence of the row closing on such a clause before another that describes the exhibit
# further, "... and is herein incorporated by reference. Said contract was further amended by
# a Second Amendment dated March 3, 2001 which is attached hereto ...": each loses its own)
_CLAUSE_STOP = lazy(r"(?:reference|here(?:to|with)(?:[ ]as[ ](?i:exhibit)[ ][\w.()-]{1,12}+)?)"
                    r"\.?(?P<gap>[ ]++)(?=[A-Z])")
# (the words after "filed": as another filing's exhibit, not "to this" report's)
_FILED_AS = (r"(?:with[ ]the[ ](?:Commission|SEC)[ ](?:on[ ][\w ,]{1,24}?[ ])?)?"
             r"as[ ](?i:exhibit)[ ](?:No\.[ ]?)?\w[\w.()-]{0,11}[ ](?:to|of|in|with)[ ](?!this\b)")
# The participle form, no verb ("Agreement and Plan of Merger, filed as Exhibit 2.1a to the
# Registration Statement on Form S-4.", "Bylaws, previously filed as Exhibit 3.2 to ...",
# "(previously filed as Exhibit 10.2 to Form 10-Q)"; or a "which" clause, ", which was filed
# as Exhibit 3.2 to ..."), cut from the comma or bracket to the row's end: another filing's
# exhibit (one filed "as Exhibit 99.1 to this report" is not).
_PARTICIPLE = lazy(r"(?:,[ ](?:which[ ](?:was|were|(?:has|have)[ ]been)[ ])?|[ ]\("
                   r"|[ ](?=previously))(?:previously[ ])?filed[ ]" + _FILED_AS)
# (bracketed, it may close before a sentence that describes the exhibit: "Bylaws (previously
# filed as Exhibit 3.2 to ...). The bylaws were amended ...", the sentence kept)
_BRACKET_TOLD = lazy(r"\)\.[ ]++[A-Z]")
# The participle of incorporation, unbracketed ("Articles of Incorporation, incorporated by
# reference to Exhibit 3.1 to the Company's Form S-1.", "... - incorporated herein by
# reference to ...", "Bylaws, which are incorporated by reference from ..."): cut from the
# comma, dash or blank to the row's end, the exhibit filed elsewhere, as "filed as" is (see
# _PARTICIPLE); not inside a bracket, nor where this filing holds it ("... to Exhibit 99.1
# hereto", see _HERE_WORDS), nor another document's own ("... incorporated by reference
# therein") or this report's ("... into Part II", "Portions of ... incorporated herein by
# reference": no "to" or "from").
_CLAUSE_OPENERS = (" which", " that", " whom")
_REFERENCE_TO = lazy(r"(?:,[ ](?:which[ ](?:is|are)[ ])?|[ ][-\u2013\u2014][ ]"
                     r"|[ ](?:is[ ]|are[ ])?)"
                     r"(?:herein[ ])?(?i:incorporated)[ ](?:herein[ ])?by[ ]reference[ ]"
                     r"(?:herein[ ])?(?:to|from)[ ](?!this\b)")
# A citation typed as a sentence of its own, no pointing subject ("Articles of Amendment.
# Incorporated by reference to Exhibit 3.1 to Form 8-K filed May 1, 2001.", "... Previously
# filed as Exhibit 10.2 to ..."): cut from its stop, the exhibit filed elsewhere; a sentence
# after it that describes the exhibit stays (see _described_after).
_OWN_CITE = lazy(r"\.[ ]++(?:Incorporated[ ](?:herein[ ])?by[ ]reference[ ](?:to|from)\b"
                 r"|Previously[ ]filed\b|Filed[ ]" + _FILED_AS + ")")


# A sentence after the one describing the exhibit that refers back to it and says another
# filing holds it ("... dated May 1, 2000. Said agreement was filed as Exhibit 10.3 to the
# Form 10-Q ...", "This agreement was previously filed ...", "Such plan is incorporated herein
# by reference ..."): cut from there to the row's end, the exhibit filed elsewhere. (Its
# subject is a pointing word and up to three more, its verb "filed as" another filing's
# exhibit, not "to this" report's; or "previously filed", or "incorporated by reference".)
# (led by its stop, a literal the engine skips to)
_BACK_FILED = lazy(r"\.[ ](?:Said|This|These|Such|That|The|It)\b"
                   r"(?:[ ](?!(?:was|were|is|are|has|have)\b)[\w'-]{1,24}+){0,3}+[ ]"
                   r"(?:(?:was|were|(?:has|have)[ ]been)[ ]filed[ ]" + _FILED_AS
                   + r"|(?:was|were|is|are|(?:has|have)[ ]been)[ ]"
                   r"(?:previously[ ]filed|(?:herein[ ])?incorporated[ ](?:herein[ ])?by[ ]"
                   r"reference)\b)")
# A sentence after that one, led by a pointing word again, that says more of the exhibit
# ("... Form 10-Q. Said agreement was amended by a First Amendment dated March 1, 2001."):
# kept, less its own filing clause; where that clause files it here ("..., which is attached
# hereto."), the exhibit is not filed elsewhere. The words between are the citation's.
_SAID_MORE = lazy(r"\.[ ](?=(?:Said|This|These|Such|That|The|It)\b)")


# ... and a sentence after a citation led by no pointing word, that says no more of where the
# exhibit is filed ("... Exhibit 3.1 to Form 8-K filed May 1, 2001. Restating Article IV, it
# took effect June 1, 2001."): kept too; the citation's own words up to its stop are not (a
# stop after a single letter or an abbreviation, "File No. 1-5075", "Reg. No. 333-1234",
# "U.S. Bank", ends no sentence), nor a note ("Confidential portions have been omitted.",
# "Management contract or compensatory plan.").
_STOP_GAP = lazy(r"\.[ ]++(?=[A-Z])")
_ABBREVIATIONS = frozenset(
    "No Nos Reg Inc Corp Co Ltd Bros Mr Mrs Ms Dr St Jr Sr Jan Feb Mar Apr Jun Jul Aug Sep"
    " Sept Oct Nov Dec Sec Secs Vol Art Ex Exh Amdt".split())
_CITES = lazy(r"(?i:filed|furnished|incorporated|reference|exhibits?|forms?|file|registration"
              r"|report|statement|commission|herewith|hereto|previously|schedule"
              r"|omitted|confidential|redacted|management[ ]contract|compensatory)\b")
_TOLD_WORDS = 3  # a sentence that describes has a subject and a verb at least
_STOPS = (".", "!", "?")


def _described_after(text: str) -> list[str]:
    """The sentences of `text` after its first (a citation, or its tail) that describe the
    exhibit, not where it is filed (see _STOP_GAP)."""
    told, at = [], -1  # (-1: in the first sentence)
    for gap in _STOP_GAP.finditer(text):
        word = text[text.rfind(" ", 0, gap.start()) + 1 : gap.start()].lstrip("(")
        if len(word) < 2 or "." in word or word in _ABBREVIATIONS:
            continue
        if at >= 0:
            told.append(text[at : gap.start() + 1])
        at = gap.end()
    if at >= 0:
        told.append(text[at:])
    return [each for each in told if len(words := each.split()) >= _TOLD_WORDS
            and any(len(word) > 2 and word.isalpha() and word.islower() for word in words)
            and _CITES.search(each) is None]  # (a sentence: words in lower case, not a date)


def _with_told(kept: str, told: list[str]) -> str:
    """The description `kept`, closed by a stop, and the sentences `told` after it."""
    return " ".join([kept if kept.endswith(_STOPS) else kept + ".", *told])


def _back_cut(description: str, back: re.Match[str]) -> tuple[str, bool]:
    """The description less the sentence `back` found (see _BACK_FILED) and its citation,
    and whether the exhibit is filed elsewhere (see _SAID_MORE). (A sentence at a time, each
    cut at its own clause: no recursion however many the row types.)"""
    kept, _ = _filing_clause(description[:back.start() + 1])  # (its own clause too)
    if len(kept.split()) < 2:  # (see _kept)
        return description, False
    pieces, cited, at = [kept if kept.endswith(".") else kept + "."], True, back.end()
    while (more := _SAID_MORE.search(description, at)) is not None:
        pieces += _described_after(description[at : more.start() + 1])
        if (again := _BACK_FILED.match(description, more.start())) is not None:
            at = again.end()  # (another sentence citing a filing: cut too)
            continue
        after = _BACK_FILED.search(description, more.end())
        told = description[more.end() : len(description) if after is None else after.start() + 1]
        said, here = _filing_clause(told)
        pieces.append(said)
        if after is None:
            cited = here or said == told  # (a clause filing it here: not elsewhere)
            break
        at = after.end()
    else:
        pieces += _described_after(description[at:])
    return " ".join(pieces) if len(pieces) > 1 else _kept(description, kept, True, 2)[0], cited


# Words closing the row that say no document of this filing holds the exhibit, citing no
# filing: a sentence of their own, a bracket, or after a comma, a semicolon or a dash ("Form
# of Underwriting Agreement. To be filed by amendment.", "... (to be filed by amendment)",
# "Opinion of Counsel - to be filed by amendment, if applicable", "Bylaws. Previously
# furnished.", "Code of Ethics. Filed previously."): where the exhibit sits, as a filing
# method column tells it, no part of its name; the exhibit filed elsewhere. (Their own words
# after them hold no stop and no bracket: "Previously filed as Exhibit 3.1 to Form 8-K filed
# May 1, 2001." is a citation, see _OWN_CITE.) So are the bare words of incorporation, naming
# no filing, closing the row unbracketed ("Restated Certificate of Incorporation. Incorporated
# by reference.", "Bylaws, incorporated herein by reference", `ref`), as their bracket is (see
# _BRACKET_CITE); not on a row naming portions of a report this one takes in (see
# _portions_taken_in).
_PLACED = lazy(r"(?:(?<=\.)|[,;]|[ ][-\u2013\u2014]|(?=[ ][(\[])"
               r"|(?=[ ]++(?:Incorporated[ ](?:herein[ ])?by|Previously[ ]f|To[ ]be[ ]f)))"
               r"[ ]++(?P<open>[(\[])?"
               r"(?i:(?:to[ ]be[ ]filed[ ]by[ ]amendment|previously[ ](?:filed|furnished)"
               r"|(?:filed|furnished)[ ]previously)\b[^.()\[\]\n]{0,100}+"
               r"|(?P<ref>(?:herein[ ])?incorporated[ ](?:herein[ ])?by[ ]reference"
               r"(?:[ ]herein)?))"
               r"(?(open)\.?[)\]])\.?$")
_PLACED_REACH = 140  # how far from the row's end such words open
_PLACED_WORDS = ("o be filed", "reviously", "by reference")


def _placed_elsewhere(description: str) -> tuple[str, bool] | None:
    """The row less words closing it that say no document of this filing holds the exhibit
    (see _PLACED), filed elsewhere; None when it has none. (A bracket of bare words of
    incorporation is _closing_citation's, which cuts the citing brackets before it too.)"""
    at = max(0, len(description) - _PLACED_REACH)
    if not any(words in description[at:] for words in _PLACED_WORDS) or (
            placed := _PLACED.search(description, at)) is None:
        return None
    if placed.group("ref") is not None:
        if placed.group("open") is not None or _PORTIONS.match(description) is not None:
            return None
        return _kept(description, description[: placed.start()], True, 1)
    return _kept(description, description[: placed.start()], True, 2)


def _filing_clause(description: str) -> tuple[str, bool]:
    """The description less a clause saying where the exhibit is filed (see _CLAUSE_END,
    _PARTICIPLE and _BACK_FILED), and whether it says the exhibit is filed elsewhere."""
    if (placed := _placed_elsewhere(description)) is not None:
        return placed
    if ". " in description and ("iled" in description or "eference" in description) and (
            back := _BACK_FILED.search(description)) is not None:
        return _back_cut(description, back)
    tail = description[-_CLAUSE_REACH:]  # (cheap tests first: it runs for every entry)
    if ("reference" in tail or "here" in tail) and (end := _CLAUSE_END.search(
            description, max(0, len(description) - _CLAUSE_REACH))) is not None \
            and (verb := _CLAUSE_VERB.search(description, 0, end.start())) is not None:
        if "." not in description[verb.end() : end.start()]:
            return _cut_clause(description, verb, end)
        sentences, at = [], 0  # (each sentence of the row, cut at its own clause)
        for stop in _CLAUSE_STOP.finditer(description, verb.end(), end.start()):
            if description[stop.start("gap") - 1] == ".":
                sentences.append(description[at : stop.start("gap")])
                at = stop.end("gap")
        sentences.append(description[at:])
        cut = [_sentence_clause(sentence) for sentence in sentences]
        return " ".join(kept for kept, _ in cut), cut[-1][1]
    if ". " in description and ("ncorporated" in description or "iled" in description) and (
            own := _OWN_CITE.search(description)) is not None:
        return _cut_citation(description, own.start() + 1, own.end())
    if ("iled as" in description or "iled with" in description) \
            and not _referred_first(description):
        clause = _PARTICIPLE.search(description)
        if clause is None and (cut := _amendment_filed(description)) is not None:
            return cut  # ("..., as amended by Amendment No. 1 filed as Exhibit 4.2 to ...")
        if clause is not None and description[clause.start() + 1] == "(" and \
                description.rstrip(".")[-1:] in (")", "]") and \
                (cut := _cited_before_last(description)) is not None:
            return _kept(description, cut, True, 1)  # ("(filed as ...) (P)": its last kept)
        if clause is not None and description[clause.start()] == "," and (
                cut := _cited_in_bracket(description, clause)) is not None:
            return cut  # ("Agreement (as amended, filed as Exhibit 10.1 to ...)": its close)
        if clause is not None and (description[clause.start() + 1] != "(" or
                                   description.rstrip(".").endswith(")") or
                                   _closes_before_told(description, clause.end())):
            kept, cited = _cut_citation(description, clause.start(), clause.end())
            if cited and description[clause.start() + 1] != "(" and (
                    amended := _amended_after(description, clause.end())) is not None:
                kept = description[: clause.start()] + amended  # (see _amended_after)
            return kept, cited
    if "eference" in description and (cut := _reference_to(description)) is not None:
        return cut
    if description.rstrip(".")[-1:] in (")", "]"):
        if (opened := _closing_citation(description)) is not None:
            return _kept(description, _less_citations(description[:opened].rstrip(" ,;")),
                         True, 1)
        if (cut := _cited_before_last(description)) is not None:
            return _kept(description, cut, True, 1)
    if ")." in description or "]." in description:
        return _cited_before_told(description)
    return description, False


# A bracket closing the row that cites another filing ("Bylaws (incorporated by reference to
# Exhibit 3.2 to the Company's Form 10-K for 1998)", "[Incorporated by reference to Exhibit 4
# to Registration Statement on Form 8-A ...].", "(Exhibit 3(a) to the Registrant's Annual
# Report on Form 10-K for 1993)", "(Filed as Exhibit 10.2 to Form 10-Q)"): cut, the exhibit
# filed elsewhere, as the unbracketed and sentence citations are. Not one that says where
# this filing holds it ("(incorporated by reference to Exhibit 4.1 hereto)"), nor another
# document's own ("... Basic Provisions (incorporated by reference therein)"), nor one that
# takes the exhibit into this report ("Annual Report to Shareholders (incorporated by
# reference into Part II)"), nor a bracket that cites nothing ("(Series A)").
_BRACKET_CITES = (r"(?i:incorporated[ ](?:herein[ ])?by[ ]reference(?=[ ](?:to|from)\b|[)\]])"
                  r"|previously[ ]filed\b|filed[ ]previously\b)|" + _CITE
                  + r"|(?i:filed)[ ]" + _FILED_AS)
_BRACKET_CITE = lazy(_BRACKET_CITES)
_HERE_WORDS = lazy(r"\b(?i:here(?:with|to)|this[ ](?:report|filing|form))\b")
_BRACKET_CHARS = 400  # how far back from the row's end its closing bracket may open
# Each citing bracket of a row that one closes ("Credit Agreement (incorporated by reference
# to ...), as amended by Amendment No. 1 (incorporated by reference to ...)"): cut, the words
# between kept (the blanks before a bracket go with it).
_CITE_OPENS = lazy(r"[(\[](?=" + _BRACKET_CITES + ")")
# A file number's bracket after the citation's ("(incorporated by reference to ...) (File No.
# 1-1234)", "(Registration No. 333-1234)"): the citation's own, passed over.
_FILE_NO = lazy(r"(?i:(?:commission[ ]|sec[ ])?(?:file|registration|reg\.)[ ]"
                r"(?:nos?\.|numbers?))[ ]?\d")
# A row naming portions of a report, closed by a bracket that says only that they are
# incorporated: this report takes them in (see _portions_taken_in)
_PORTIONS = lazy(r"(?i:portions[ ]of)[ ]")
_BARE_REFERENCE = lazy(r"(?i:(?:herein[ ])?incorporated[ ](?:herein[ ])?by[ ]reference)[)\]]")
# A citing bracket closing a sentence before another that describes the exhibit ("Bylaws
# (incorporated by reference to ...). The bylaws were amended ...": see _described_after)
_BRACKET_STOP = lazy(r"[)\]]\.[ ]++(?=[A-Z])")
_STOPS_TRIED = 4  # the row's first such stops only: a citation closes its first sentences


def _closing_bracket(description: str) -> int | None:
    """Where the bracket that closes the row (before its stop) opens, within _BRACKET_CHARS
    of its end; brackets inside it nest ("(... Exhibit 3(i) to ...)")."""
    end = len(description.rstrip("."))
    close = description[end - 1]
    opener = "(" if close == ")" else "["
    depth = 0
    for k in range(end - 1, max(-1, end - 1 - _BRACKET_CHARS), -1):
        char = description[k]
        depth += (char == close) - (char == opener)
        if not depth:
            return k
    return None


def _closing_citation(description: str) -> int | None:
    """Where the bracket closing the row opens when it cites another filing (see
    _BRACKET_CITE), a file number's bracket after it passed over (see _FILE_NO)."""
    opened = _closing_bracket(description)
    if opened is not None and _FILE_NO.match(description, opened + 1) is not None:
        before = description[:opened].rstrip(" ,;")
        opened = _closing_bracket(before) if before[-1:] in (")", "]") else None
    if opened is None or _BRACKET_CITE.match(description, opened + 1) is None \
            or _HERE_WORDS.search(description, opened) or _portions_taken_in(description, opened):
        return None
    return opened


def _portions_taken_in(description: str, opened: int) -> bool:
    """The row names portions of a report that this one takes in, its bracket citing no
    filing ("Portions of the 1995 Annual Report to Shareholders (incorporated herein by
    reference)", Regulation S-K's exhibit 13): filed here, as the words unbracketed are."""
    return _PORTIONS.match(description) is not None \
        and _BARE_REFERENCE.match(description, opened + 1) is not None


def _less_citations(head: str) -> str:
    """`head` (a row's words before its closing citation) less each bracket in it that cites
    another filing (see _CITE_OPENS)."""
    if "(" not in head and "[" not in head:
        return head
    pieces, at = [], 0
    for opens in _CITE_OPENS.finditer(head):
        if opens.start() < at:  # (inside a bracket cut)
            continue
        close = _bracket_close(head, opens.start())
        if close is not None and not _HERE_WORDS.search(head, opens.end(), close):
            pieces.append(head[at : opens.start()].rstrip(" "))
            at = close + 1
    return "".join([*pieces, head[at:]]) if pieces else head


# Words after an unbracketed citation, a comma parting them, that tell how the exhibit was
# amended ("Rights Agreement, incorporated by reference to Exhibit 99 to Form 8-A, as amended
# by Amendment No. 1."): the exhibit's, kept (see _amended_after); not where they cite a filing
# themselves ("..., as amended by Amendment No. 1 to Form 8-A/A", "... by Post-Effective
# Amendment No. 1", "... by Amendment No. 1 thereto": the form's amendment; not "by the First
# Amendment thereto", see _OWN_THERETO). Words naming the exhibit's own papers are no
# citation: a form of document ("Form of Amendment"), a "Registration Rights Agreement", a
# "Commission Agreement", a "Statement of Work", a certificate "filed with the Secretary of
# State" (the lookaheads of _CITING_WORDS).
_AMENDED_AFTER = lazy(r",[ ](?:and[ ])?as[ ](?:further[ ])?"
                      r"(?:amended|supplemented|modified|restated)"
                      r"(?:[ ]and[ ](?:restated|supplemented|modified))?[ ]by[ ]")
# The participle citing where the amendment is filed, a comma before it or none ("..., as
# amended by Amendment No. 1 filed as Exhibit 4.2 to the Company's Form 8-K filed May 1,
# 2020"): the amendment's citation, cut from it to the row's end; the words "as amended by"
# names are part of what the exhibit is (see _amendment_filed, _amended_after).
_AMENDMENT_FILED = lazy(r",?[ ](?:previously[ ])?filed[ ]" + _FILED_AS)
_CITING_WORDS = lazy(
    r"(?i:\bforms?\b(?![ ]of\b)|\bfiled\b(?![ ]with[ ](?:the[ ])?(?:[\w.]+[ ]){0,4}?"
    r"(?:secretary|department|registrar|office|recorder|clerk)\b)"
    r"|\bregistration\b(?![ ]rights\b)|\breport\b|\bstatement\b(?![ ]of\b)"
    r"|\bcommission\b(?![ ](?-i:[A-Z]))|\bexhibit|\b(?:pre|post)-effective\b|\bthereto\b"
    r"|\bfile[ ]nos?\.)")


# An amendment named by its ordinal ("the First Amendment thereto", "the Second Supplemental
# Indenture thereto") is the agreement's own, as a form's never is ("Amendment No. 1 thereto"
# after "Form 8-A" is the form's): its "thereto" cites nothing (see _cites)
_OWN_THERETO = lazy(r"\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                    r"\s++(?:(?!thereto\b)[\w-]++\s++){1,3}+thereto\b")


def _cites(words: str) -> bool:
    """The words cite a filing (see _CITING_WORDS), an ordinal amendment's "thereto" passed
    over (see _OWN_THERETO)."""
    if "thereto" in words:
        words = _OWN_THERETO.sub("", words)
    return _CITING_WORDS.search(words) is not None


def _amended_after(description: str, end: int) -> str | None:
    """The words after a citation that ends before `end` telling how the exhibit was amended
    (see _AMENDED_AFTER), less citations of their own; None when there are none."""
    after = _AMENDED_AFTER.search(description, end)
    if after is None:
        return None
    tail = description[after.start():]
    if (again := _reference_to(tail)) is not None:  # ("..., as amended by ..., incorporated
        tail = again[0]  # by reference to ...": cut too)
    tail = _less_citations(tail)
    if "iled" in tail and (filed := _AMENDMENT_FILED.search(tail)) is not None:
        tail = _kept(tail, tail[: filed.start()], True, 1)[0]  # ("... No. 1 filed as ...")
    return None if _cites(tail) else tail


def _amendment_filed(description: str) -> tuple[str, bool] | None:
    """The row less the participle citing its amendment's filing (see _AMENDMENT_FILED):
    "Credit Agreement dated May 1, 2018, as amended by Amendment No. 1 filed as Exhibit 4.2 to
    the Company's Form 8-K filed May 1, 2020." -> "Credit Agreement dated May 1, 2018, as
    amended by Amendment No. 1.", filed elsewhere; the amendment cut with it where its own
    words cite a filing ("as amended by the Form 8-A/A filed as ..."). None when it has none."""
    if (after := _AMENDED_AFTER.search(description)) is None or (
            filed := _AMENDMENT_FILED.search(description, after.end())) is None:
        return None
    cites = _cites(description[after.start() : filed.start()])
    return _cut_citation(description, after.start() if cites else filed.start(), filed.end())


def _referred_first(description: str) -> bool:
    """The row's unbracketed participle of incorporation (see _REFERENCE_TO) comes before its
    "filed as" participle: the row is cut at the first (see _reference_to), what follows it
    read as its amendment (see _amended_after)."""
    if "eference" not in description or (referred := _REFERENCE_TO.search(description)) is None:
        return False
    clause = _PARTICIPLE.search(description, 0, referred.start())
    return clause is None and _reference_to(description) is not None


def _bracket_opened(head: str) -> int | None:
    """Where the one bracket still open at the end of `head` opens; None when none is, or
    more than one."""
    depth = 0
    for k in range(len(head) - 1, max(-1, len(head) - 1 - _BRACKET_CHARS), -1):
        char = head[k]
        depth += (char in ")]") - (char in "([")
        if depth < 0:
            rest = head[:k]
            return k if rest.count("(") == rest.count(")") \
                and rest.count("[") == rest.count("]") else None
    return None


def _cited_in_bracket(description: str, cited: re.Match[str]) -> tuple[str, bool] | None:
    """The row less a citation that closes a bracket opened by other words ("Rights Agreement
    (as amended, incorporated by reference to Exhibit 99 to Form 8-A)" -> "Rights Agreement
    (as amended)"), and its file number's bracket after it, filed elsewhere; the bracket
    whole where its words cite too ("(as amended by Amendment No. 1 thereto, incorporated by
    reference to ...)": the form's amendment, see _OWN_THERETO); None when the citation is
    this filing's."""
    head = description[: cited.start()]
    if (opened := _bracket_opened(head)) is None or not head[opened + 1 :].strip():
        return None
    close = _bracket_close(description, opened)
    if close is None or _HERE_WORDS.search(description, cited.end(), close) is not None:
        return None
    rest = description[close + 1 :]
    gap = len(rest) - len(rest.lstrip(" "))
    if rest[gap : gap + 1] == "(" and _FILE_NO.match(rest, gap + 1) is not None \
            and (own := _bracket_close(rest, gap)) is not None:
        rest = rest[own + 1 :]  # (the citation's file number: "(File No. 1-1234)")
    if _cites(head[opened:]):  # (an ordinal amendment's "thereto" cites nothing)
        return _kept(description, description[:opened].rstrip(" ,;:") + rest, True, 2)
    return head.rstrip(" ,;:") + description[close] + rest, True


def _reference_to(description: str) -> tuple[str, bool] | None:
    """The row less its unbracketed participle of incorporation (see _REFERENCE_TO), filed
    elsewhere; None when it has none."""
    cited = _REFERENCE_TO.search(description)
    if cited is None or _HERE_WORDS.search(description, cited.end()) is not None:
        return None
    head = description[: cited.start()]
    if head.count("(") != head.count(")") or head.count("[") != head.count("]"):
        return _cited_in_bracket(description, cited)  # (else: see _BRACKET_CITE)
    if head.endswith(_CLAUSE_OPENERS):
        return None  # (a clause's subject: "..., the terms of which are incorporated ...")
    kept, cited_away = _cut_citation(description, cited.start(), cited.end())
    if cited_away and (amended := _amended_after(description, cited.end())) is not None:
        kept = head + amended
    # (a citing bracket before it goes too: "Indenture (incorporated by reference to ...), as
    # supplemented by ..., incorporated by reference to ...")
    return (_less_citations(kept), True) if cited_away else None


def _cited_before_last(description: str) -> str | None:
    """The row less its citing brackets when a bracket that cites nothing closes it, after
    them ("Articles (incorporated by reference to Exhibit 3.1 to Form S-1, No. 33-1234) (as
    amended)" -> "Articles (as amended)"); None when no bracket before the last cites another
    filing, or the last says this filing holds the exhibit ("(filed herewith)")."""
    if (opened := _closing_bracket(description)) is None or _HERE_WORDS.search(
            description, opened) is not None or _BRACKET_CITE.match(description, opened + 1):
        return None
    head = description[:opened].rstrip(" ,;")
    if head[-1:] not in (")", "]"):
        return None  # (words between: "(incorporated ...), as amended by ... (Series A)")
    kept = _less_citations(head)
    return None if kept == head else kept + description[len(head):]


def _bracket_close(text: str, opened: int) -> int | None:
    """Where the bracket opening at text[opened] closes, within _BRACKET_CHARS; brackets
    inside it nest."""
    opener = text[opened]
    close = ")" if opener == "(" else "]"
    depth = 0
    for k in range(opened, min(len(text), opened + _BRACKET_CHARS)):
        depth += (text[k] == opener) - (text[k] == close)
        if not depth:
            return k
    return None


def _cited_before_told(description: str) -> tuple[str, bool]:
    """The row less a citing bracket that closes a sentence (see _BRACKET_STOP), and the
    citing brackets before it, but for the sentences after it that describe the exhibit."""
    for count, stop in enumerate(_BRACKET_STOP.finditer(description)):
        if count == _STOPS_TRIED:
            break
        if (opened := _closing_citation(description[: stop.start() + 1])) is not None:
            start = len(description[:opened].rstrip(" ,;"))
            kept, cited = _cut_citation(description, start, opened + 1)
            return _less_citations(kept), cited
    return description, False


def _cut_citation(description: str, start: int, end: int) -> tuple[str, bool]:
    """The description less its citation from `start` (its words from `end` on), but for the
    sentences after it that describe the exhibit; and whether it is filed elsewhere."""
    kept, cited = _kept(description, description[:start], True, 1)
    told = _described_after(description[end:]) if cited else []
    return _with_told(kept, told) if told else kept, cited


def _closes_before_told(description: str, at: int) -> bool:
    """The bracket a participle opens (see _PARTICIPLE) closes, within _BRACKET_CHARS of
    `at` (the reach of the row's other citing brackets), on a stop and a sentence (see
    _BRACKET_TOLD); a bracket of the citation's own, "(File No. 1-234)", nests."""
    depth = 1
    for k in range(at, min(len(description), at + _BRACKET_CHARS)):
        depth += (description[k] == "(") - (description[k] == ")")
        if not depth:
            return _BRACKET_TOLD.match(description, k) is not None
    return False


def _sentence_clause(sentence: str) -> tuple[str, bool]:
    """One sentence of a row (see _CLAUSE_STOP) less its filing clause."""
    if (end := _CLAUSE_END.search(sentence, max(0, len(sentence) - _CLAUSE_REACH))) is None \
            or (verb := _CLAUSE_VERB.search(sentence, 0, end.start())) is None:
        return sentence, False
    return _cut_clause(sentence, verb, end)


def _cut_clause(description: str, verb: re.Match[str], end: re.Match[str]) -> tuple[str, bool]:
    """The row less its clause from `verb` to `end` (and a "which" before it)."""
    kept = description[:verb.start()]
    for which in _CLAUSE_WHICH:
        if kept.endswith(which):
            kept = kept[:-len(which)]
            break
    return _kept(description, kept, end.group("ref") is not None, 2)


def _kept(description: str, kept: str, elsewhere: bool, words: int) -> tuple[str, bool]:
    """The subject `kept` of a row cut at its filing clause, with the row's stop (as in
    _unmarked), and `elsewhere`; the row whole if fewer than `words` words are left (a
    verb's subject of one word is a pronoun: "This was filed ...")."""
    if len(kept.split()) < words:
        return description, False
    stop = "." if description.endswith(".") and not kept.endswith(".") else ""
    return kept + stop, elsewhere


def _unmarked(description: str) -> str:
    """The description less a closing "(filed herewith)" (see _HEREWITH and _HERE_PLACED);
    its stop once, when the mark is a sentence of its own ("Press release dated May 1, 2012.
    Filed herewith.", "... 2012. Attached hereto.")."""
    if "erewith" in description and (mark := _HEREWITH.search(
            description, max(0, len(description) - 50))) is not None \
            and _LETTER.search(description, 0, mark.start()):
        kept = description[:mark.start()]
        return kept if kept.endswith(".") else kept + description[mark.end():]
    at = max(0, len(description) - _HERE_REACH)
    if any(words in description[at:] for words in _HERE_WORDS_AT_END) and (
            mark := _HERE_PLACED.search(description, at)) is not None \
            and _LETTER.search(description, 0, mark.start()):
        kept = description[:mark.start()]
        return kept if kept.endswith(".") else kept + description[mark.end():]
    return description


def _unspaced_note(spaced: str) -> bool:
    """Whether a note typed with no blank after its bracket ("(1)Previously filed ...", given
    back its blank) says what a note does (_NOTE_SENTENCE, _NOTE_WORDS): no part's name."""
    return _NOTE_SENTENCE.match(spaced) is not None or _NOTE_WORDS.match(spaced) is not None


def _has_footnote(text: str, ref: str, start: int) -> bool:
    """The list's footnote `ref` ("(1)") opens a line under the entry, a blank after it; a
    lettered one reads as a note (_NOTE_WORDS). (Its few occurrences are found by a substring
    search: a line-start pattern is tried at each character of a long report.)"""
    stop = start + _NOTES_CHARS
    at = text.find(ref, start, stop)
    while at >= 0:
        if _footnote_at(text, ref, at, stop):
            return True
        at = text.find(ref, at + len(ref), stop)
    return False


def _footnote_at(text: str, ref: str, at: int, stop: int) -> bool:
    """Whether the `ref` at text[at] opens a line as a footnote does (see _has_footnote)."""
    end = at + len(ref)
    lettered = ref[1:2].isalpha()
    line = text.rfind("\n", 0, at) + 1
    # (or a capital: "(1)Previously filed ...", typed with no blank after its bracket)
    return (text[end : end + 1] in (" ", "\t") or text[end : end + 1].isupper() and not lettered
            and _unspaced_note(f"{ref} {text[end : end + 80]}")) \
        and not text[line:at].strip() and (
            not lettered or _NOTE_WORDS.match(text, at, min(stop, at + 80)) is not None)


_WIDTH_CHARS = 3000  # how far around a line the lines measured for its margin reach


def _width(text: str, start: int, end: int) -> int:
    """The widest line around text[start:end], its own lines left out: the margin its lines
    wrap at, or wider (a table); 0 when no other line is there."""
    before = text[max(0, start - _WIDTH_CHARS) : start].split("\n")
    after = text[end : end + _WIDTH_CHARS].split("\n")[1:]
    return max(map(len, before + after), default=0)


# a line wrapped at the margin ends this close to the widest other line: the margin is
# known to within a few characters either way (a typist's margin is no hard stop)
_MARGIN_SLACK = 8
# A word no description ends on: the line above went on ("... announcing the results of
# the" / "Company for the fourth quarter ..."; "dated January 5," / "1998")
_LEADS_ON = lazy(r"(?:,|\b(?:the|of|and|or|a|an|to|for|in|on|with|by|from|between|among|"
                 r"dated|announcing|regarding|relating))$")


# A flush line under an entry that opens in lower case, a word or a bracket's ("Credit
# Agreement ... and Chase Manhattan Bank, N.A." over "as Administrative Agent.", "... Acme
# Corp." over "(as amended)": a table's next row, its number cell empty, or a flush-left typed
# line) goes on the description, a stop above it or none: no exhibit, note or sentence opens
# so (a note's "(a) Filed herewith" is no word; a roman "(ii)" neither)
_LOWER_WRAP = lazy(r"(?:\([a-z]{2,}+[ ,]|[a-z][a-z ])")


def _paragraph_wraps(text: str, at: int, above: str) -> bool:
    """Whether the paragraph at `at`, a blank line under a rendered row's last line `above`
    (no stop closing it), is the rest of its description, HTML printing each line in a
    paragraph of its own ("10.1<tab>Credit Agreement ... among the Company and" over a blank
    and "the Chase Manhattan Bank, as Administrative Agent."): it opens in lower case
    (_LOWER_WRAP), or with a capital or a figure where `above` ends in a word that leads on
    ("and", "of", "between")."""
    if _LOWER_WRAP.match(text, at) is not None:
        return True
    words = above[-16:].split()
    return bool(words) and words[-1].lower() in _RUNS_ON_WORDS and text[at : at + 1].isalnum()


def _figure_row(line: str) -> bool:
    """Whether a line under a rendered row ("99.1<tab>Press release announcing fourth quarter
    and") is the row's description wrapped into a row of its own, its number cell empty, that
    opens with a figure or an amount ("2006 results.", "4.875% Senior Notes due 2017.",
    "$500,000,000 5.30% Senior Notes due 2017."): one cell (an empty cell prints nothing)
    holding words, not a table's row of figures."""
    return "\t" not in line and _LETTER.search(line) is not None


def _wraps(text: str, line_start: int, eol: int, line: str, above: str) -> bool:
    """Whether `line` is the wrapped rest of a flush-left entry line (`above` the last of
    it): the next line's first word would not fit on the line above, at the margin the other
    lines around keep; a next line opening lower-case goes on the sentence; one opening with
    a capital or a digit does only when the line above leads on and ends at that margin
    (after a complete line it opens a sentence of its own: "... from its Chairman" / "All
    other items are not applicable.")."""
    lower = line[:1].islower()
    if not (lower or _LEADS_ON.search(above)):
        return False
    width = _width(text, line_start, eol + 1 + len(line))
    size = len(above)
    return (lower or abs(size - width) <= _MARGIN_SLACK) and (
        size + len(line.split(None, 1)[0]) >= width)


# a lettered line under an entry: "(a)  1991 Stock Option Plan" (see _lettered_lines)
_SUB_LINE = lazy(r"\(([a-z])\)[ \t]+(?=[A-Z\d\"\u201c])")


def _lettered_lines(desc: list[str]) -> list[tuple[str, list[str]]]:
    """The exhibits an entry's lines letter in turn, "(a)", "(b)", ... under its category
    ("10  Material contracts:" over "(a)  1991 Stock Option Plan." / "(b)  Employment
    Agreement ..."): each lettered part with its lines; [] unless two or more are."""
    parts: list[tuple[str, list[str]]] = []
    for line in desc[1:]:
        head = _SUB_LINE.match(line)
        if head is not None and ord(head.group(1)) == ord("a") + len(parts):
            parts.append((f"({head.group(1)})", [line[head.end():]]))
        elif parts:
            parts[-1][1].append(line)
    return parts if len(parts) > 1 else []


# A numbered line under an entry, indented at its description or deeper: "*10.5  Employment
# Contracts:" over "(1) Employment contract between Gregory L. Summe and the Company ..." and
# "(2) ...", as PerkinElmer's 10-Ks print them. The parts of one exhibit, read into its
# description (a number's bracketed figure is a footnote's, "3.1(1)": no exhibit number of
# its own); the first is none where it reads as a footnote (_NOTE_WORDS) or the list above
# refers to a "(1)". A line at their column after one that ends a sentence is a note under
# them ("Except for the name of the officer ..."), no part of the last.
# An HTML rendering prints them flush left under a flush row ("10.5<tab>Employment
# Contracts:" over "(1) Employment contract ...", a blank line apart where each is a
# paragraph; "<tab>(1) ..." where the row's number cell is empty): parts there under a line
# that leads to them, or where "(2)" follows "(1)" (a lone "(1)" at the margin may be the
# list's footnote).
_SUB_NUMBERED = lazy(r"[ \t]*+\((?P<n>\d{1,2})\)[ \t]++(?=[A-Z\"\u201c])")
# A part names a document; a footnote under the list says how one is filed or what its mark
# means, as a verb opening it ("(1) Furnished, not filed.", "(1) Indicates a management
# contract ...", "(1) To be filed by amendment.", "(1) Certain confidential portions of this
# Exhibit were omitted ...") or a sentence's verb after a short subject
# ("(1) This exhibit is a management contract ...", "(1) Confidential treatment has been
# requested ...", "(1) Portions of this exhibit have been omitted."): no part (and
# _NOTE_WORDS' notes neither)
_NOTE_SENTENCE = lazy(r"\(\d{1,2}\)[ \t]++(?:(?i:filed|furnished|included|submitted|previously"
                      r"|indicates|denotes|designates|identifies|represents|to[ ]be[ ]filed"
                      r"|certain[ ](?:confidential[ ])?(?:portions|schedules|exhibits))\b"
                      r"|(?:[\w'-]{1,24}+[ ]){1,4}?(?:is|are|was|were|has[ ]been|have[ ]been)"
                      r"[ ](?!dated\b))")
_SUB_REACH = 16  # how far into a line its "(1)" may open
_LEADS_TO_PARTS = (":", "as amended by")
_NEXT_PART_CHARS = 800  # how far under a flush "(1)" its "(2)" is looked for


def _first_sub(text: str, span: tuple[int, int], line: str, head: re.Match[str],
               column: int, above: str) -> bool:
    """Whether `line` (its "(1)" found by `head`) opens an entry's numbered parts: its "("
    at the entry's description's `column` or deeper (or at the margin under a flush row:
    `column` < 0), no note, and under a line that leads to parts (`above` ends "Contracts:",
    "as amended by") or with no "(1)" in the list from its first row to the line (`span`),
    a flush one with its "(2)" under it before the next row (see _SUB_NUMBERED)."""
    if column >= 0 and head.start("n") < column:
        return False
    if _NOTE_WORDS.match(line.lstrip()) is not None \
            or _NOTE_SENTENCE.match(line, head.start("n") - 1) is not None:
        return False
    if above.endswith(_LEADS_TO_PARTS):
        return True
    if text.find("(1)", *span) >= 0:
        return False
    if column >= 0:
        return True
    below = span[1] + len(line) + 1
    two = text.find("(2) ", below, below + _NEXT_PART_CHARS)
    return two >= 0 and not text[text.rfind("\n", 0, two) + 1 : two].strip("\t") \
        and _ENTRY.search(text, below, two) is None


def _rendered_part(line: str, head: re.Match[str], flush: bool, row: bool) -> bool:
    """Whether a numbered part's line (its "(1)" found by `head`) is as an HTML rendering
    prints it under a flush row: at the margin, or after empty cells (tabs) under a row of
    cells (`row`; see _SUB_NUMBERED)."""
    lead = line[: head.start("n") - 1]
    return flush and (not lead or row and not lead.strip("\t"))


def _next_part(text: str, at: int, number: int, column: int, parted: set[int]) -> bool:
    """Whether the row at `at`, bracketed "(10)" as 1990s exhibit numbers are, is part
    `number` of the entry above, at its parts' `column` (see _SUB_NUMBERED); added to
    `parted` so."""
    end = text.find("\n", at)
    part = _SUB_NUMBERED.match(text, at, len(text) if end < 0 else end)
    if part is None or int(part.group("n")) != number or part.start("n") - 1 - at != column:
        return False
    parted.add(at)
    return True


def _sub_clauses(description: str, openings: list[str]) -> tuple[str, bool]:
    """The description of an entry with numbered parts (`openings`: the first words of each),
    each part less its own filing clause (see _filing_clause); whether the entry's own words,
    before its parts, say it is filed elsewhere (its parts may be filed in several places)."""
    cuts, at = [], 0
    for opening in openings:
        at = description.find(opening, at)
        if at < 0:
            return _filing_clause(description)
        cuts.append(at)
    head, cited = _filing_clause(description[:cuts[0]].rstrip())
    parts = [_filing_clause(description[a:b].rstrip())[0]
             for a, b in pairwise([*cuts, len(description)])]
    return " ".join([head, *parts]), cited


# Regulation S-K's titles for the groups of its exhibit table, typed over the entries of a
# group ("(10) Material Contracts" over "10.1 Credit Agreement ..."): a caption, no exhibit nor
# part of one; those an exhibit may bear alone ("Subsidiaries of the registrant", "Power of
# attorney") are left out. Compared letters only, in lower case ("By-Laws", "(3)" aside).
_GROUP_CAPTIONS = frozenset((
    "planofacquisitionreorganizationarrangementliquidationorsuccession",
    "articlesofincorporationandbylaws", "certificateofincorporationandbylaws",
    "instrumentsdefiningtherightsofsecurityholdersincludingindentures",
    "instrumentsdefiningtherightsofsecurityholders", "materialcontracts",
    "otherdocumentsorstatementstosecurityholders", "consentsofexpertsandcounsel",
    "additionalexhibits",
))
_CAPTION_CHARS = 90  # the longest title above, its group's number and blanks around it
# the last letters of those titles: a line that ends otherwise is no caption (most are not)
_CAPTION_ENDS = ("sion", "laws", "ures", "ders", "acts", "nsel", "bits")
# what the comparison leaves out: blanks, punctuation and the group's number ("(10)")
_NOT_LETTERS = str.maketrans("", "", " \t-.,:;()&'0123456789")


def _is_caption(line: str) -> bool:
    """Whether a line is a group's caption (see _GROUP_CAPTIONS), numbered or not."""
    if len(line) > _CAPTION_CHARS or not line.rstrip(" \t.:")[-4:].lower().endswith(
            _CAPTION_ENDS):
        return False
    return line.lower().translate(_NOT_LETTERS) in _GROUP_CAPTIONS


_NO_LOOKBACK = 4  # lines looked up for the row or the column head over a "No. 99.1" row


def _indent(text: str, match: re.Match[str]) -> int:
    return _line_indent(text[_ENTRY.line_start(match) : match.end()])


def _numbered_no(text: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The matches less the "No. 12 ..." lines that are no rows: a wrapped description goes
    on so ("..., as amended by Amendment" over "No. 1 To Rights Agreement dated ..."). A
    "No." row is one under a column head that says "No." ("Exhibit No.   Description"), or
    after a complete row ("... dated May 1, 2008." or a "No." row) at the indent of
    another row's number."""
    indents = [_indent(text, m) for m in matches]
    shared = Counter(indents)
    kept: list[re.Match[str]] = []
    no_rows: set[int] = set()  # the line starts of the "No." rows kept
    for match, indent in zip(matches, indents, strict=True):
        if not match.group("no"):
            kept.append(match)
            continue
        above, start = line_above(text, _ENTRY.line_start(match), _NO_LOOKBACK, " \t-_=")
        if "no." in above.lower().split() and _header_row(above) or shared[indent] > 1 and (
                above.rstrip().endswith(_DESC_ENDS) or start in no_rows):
            kept.append(match)
            no_rows.add(_ENTRY.line_start(match))
    return kept


_YEAR_OPENS = lazy(r"(?:19|20)\d\d[ ]")
# The last words of a description that runs on to the next line ("... relating to the" over
# "9 Percent Senior Notes due 2006", "... the shareholders of" over "7 Hills Corp."): a figure
# opening that line reads as no entry of its own for _between and the year rule
_RUNS_ON_WORDS = frozenset(
    "a an the of to for in on at by with between among and or nor from under into upon "
    "re relating regarding concerning including".split())
_TOP_NUMBER = 110  # Regulation S-K numbers its exhibits up to 107 (the filing fee table)


_ONE_DIGIT_LETTERED = lazy(r"\d(?:\([a-zA-Z]{1,4}\)){1,2}")


def _no_entry(match: re.Match[str]) -> bool:
    """Whether an entry line is no exhibit: a number above any exhibit's ("401(k) Savings
    Plan." wrapped under a description); and where one space parts the number from its
    words, one digit ("3 Months Ended"; not "3(i) Restated ..."), a day before a month and
    year ("15 March 2007": a date wrapped under a description), or a whole number before a
    year, a rate or an amount."""
    num = match.group("num")
    if num[:3].isdigit() and int(num[:3]) > _TOP_NUMBER:
        return True
    if not match.group("single") or "." in num or num[0] == "(" \
            or match.groupdict().get("sub"):
        return False
    if _figures_after(match.group("desc")):
        return True  # (a plan's year, a rate or an amount after one space only with a decimal
        # point: "10.1 2015 ...", "4.1 4.875% Senior Notes"; "15 12% Increase" is a table's)
    if _ONE_DIGIT_LETTERED.fullmatch(num):
        return False  # (Regulation S-K's "3(i) Restated Certificate ...", "4(a) Indenture")
    return not num[1:2].isdigit() or (
        num.isdigit() and 1 <= int(num) <= 31 and _DAY_MONTH.match(match.group("desc")) is not None)


def _figures_after(desc: str) -> bool:
    """A whole number's words open with a year, a rate or an amount (see _no_entry)."""
    return desc[:1] == "$" or desc[:1].isdigit() and (
        _YEAR_OPENS.match(desc) is not None or "%" in desc[:8])


# A description opening in lower case after one space ("99.1 press release dated May 1,
# 2024", as a rendered paragraph prints it) after a decimal number: none of the words a
# figure or a reference wrapped onto a line of its own leads to ("3.5 million shares", "2.1
# of the Agreement", "10.1 hereto"), on a line that no text runs onto
_LOWER_STOPS = frozenset(
    "a an the of to and or nor in on at by for from with as into under upon per than that "
    "which is are was were be been has have had will shall may percent pct million millions "
    "billion billions thousand trillion times shares share years year months month days day "
    "weeks hours x mg kg lbs acres feet sq hereto thereto hereof thereof herein hereunder "
    "through thru thereunder below above respectively".split())


def _lower_row(text: str, match: re.Match[str], entry: LinePattern,
               kept: list[re.Match[str]]) -> bool:
    """Whether an entry line whose description opens in lower case after one space is a row
    (see _LOWER_STOPS): the line right above it blank, the last entry's, a header row or a
    lead-in ending in a colon; or a line in line with the last entry under a line that does
    not run on (_runs_on)."""
    num, first = match.group("num"), match.group("desc").split(None, 1)[0].rstrip(".,;:")
    if "." not in num and not (len(num) == 3 and num.isdigit()) or num[0] == "(" \
            or not first.isalpha() or first in _LOWER_STOPS:
        return False
    line = entry.line_start(match)
    above, start = line_above(text, line, 1)
    if start < 0 or above.rstrip().endswith(":") or _header_row(above):
        return True
    if not kept:
        return False
    last = entry.line_start(kept[-1])
    return start == last or _line_indent(text[last : kept[-1].end()]) == _line_indent(
        text[line : match.end()]) and not _runs_on(text, match, entry)


def _in_line(match: re.Match[str]) -> bool:
    """Whether a line _no_entry rejects still ends the description above when it stands in
    line with the entries around it: one digit and one space ("    4 Specimen Common Stock
    Certificate" among "    3.1 Restated ...", "    10.1 ..."; or "3 Months Ended"), not a
    wrapped date ("1 January 2007.") nor a number above any exhibit's ("401(k) ...")."""
    num = match.group("num")
    return match.group("single") is not None and not num[1:2].isdigit() \
        and _DAY_MONTH.match(match.group("desc")) is None


def _runs_on(text: str, match: re.Match[str], entry: LinePattern) -> bool:
    """The line right above the match's ends open: a comma, an article, a preposition or a
    conjunction, so the match's line goes on its description."""
    return _open_end(line_above(text, entry.line_start(match), 1)[0].rstrip())


def _open_end(line: str) -> bool:
    """`line` ends open (see _runs_on)."""
    if line.endswith(","):
        return True
    words = line[-16:].split()
    return bool(words) and words[-1].lower() in _RUNS_ON_WORDS


def _year_single(match: re.Match[str]) -> bool:
    """A decimal number with one space before a year ("10.1 1995 Stock Option Plan")."""
    return match.groupdict().get("single") is not None \
        and _YEAR_OPENS.match(match.group("desc")) is not None


def _major(match: re.Match[str]) -> int | None:
    """The whole number an entry's number opens with ("10" of "10.1(a)", "3" of "(3)(i)")."""
    num = match.group("num").lstrip("(")
    digits = num[: len(num) - len(num.lstrip("0123456789"))]
    return int(digits) if digits else None


def _between(above: re.Match[str], waiting: list[re.Match[str]], below: re.Match[str],
             column: int, indent: Any,
             runs_on: Callable[[re.Match[str]], bool]) -> list[re.Match[str]]:
    """The one-digit lines of _in_line that are entries themselves: typed at the column of
    the entries above and under them, their numbers rising between those entries' ("3.2
    Bylaws", "4 Specimen Common Stock Certificate", "10.1 1995 Stock Option Plan": one
    space after the number, as a list typed so prints each row); none under a line that
    runs on (`runs_on`: "... relating to the" over "9 Percent Senior Notes due 2006")."""
    low, high = _major(above), _major(below)
    if low is None or high is None:
        return []
    between: list[re.Match[str]] = []
    for match in waiting:
        number = _major(match)  # ("3-1", "3(i)": their whole number)
        if number is None or indent(match) != column or not low < number <= high \
                or runs_on(match):
            return []
        between.append(match)
        low = number
    return between


def _leading(text: str, waiting: list[re.Match[str]], below: re.Match[str], column: int,
             indent: Callable[[re.Match[str]], int],
             runs_on: Callable[[re.Match[str]], bool]) -> list[re.Match[str]]:
    """The one-digit lines of _in_line over a list's first entry that are entries: each
    number typed with a point, rising to the entry's at its column ("3. Articles of
    Incorporation", "4. Instruments defining ..." over "10. Material contracts": Word's
    numbered paragraphs, rendered with one space after the point). Over a decimal entry
    ("99.1 Press release") a list of whole numbers is numbered paragraphs ("1. Press release
    dated ..." above the index), unless each line says "Exhibit"."""
    decimal = "." in below.group("num")
    for match in waiting:
        if text[match.end("num") : match.end("num") + 1] != "." or decimal \
                and "ex" not in text[_ENTRY.line_start(match) : match.start("num")].lower():
            return []
    high = _major(below)
    if high is None or below.group("num")[:1] == "(":
        return []
    low = 0
    for match in waiting:
        number = _major(match)
        if number is None or indent(match) != column or not low < number < high \
                or runs_on(match):
            return []
        low = number
    return list(waiting)


def _entry_lines(text: str, matches: list[re.Match[str]],
                 entry: LinePattern = _ENTRY) -> tuple[list[re.Match[str]], set[int]]:
    """The matches that are entries (see _no_entry), and the line starts of the others that
    end the description above all the same: those of _in_line at the indentation of the
    entry above or under them (a date wrapped under a description is indented deeper, or
    flush under a flush list's entry), and a row of figures in line with the entry above;
    neither under a line that runs on (its words go on: "... relating to the" over "9 Percent
    Senior Notes due 2006"). A bracketed number after a rendered row's empty first cell,
    under a list whose last entry's number is not bracketed ("10.1<tab>Employment Agreement"
    over "<tab>(10)<tab>Confidential treatment ..." or "<tab>(10) Employment contract ..."),
    is a footnote's mark or a part of the entry above (_SUB_NUMBERED), no exhibit 10 (a 1990s
    list typed with tabs brackets all its numbers)."""
    def indent(match: re.Match[str]) -> int:
        line = text[entry.line_start(match) : match.end()]
        return len(line) - len(line.lstrip(" \t"))

    kept: list[re.Match[str]] = []
    waiting: list[re.Match[str]] = []  # the rejected lines since the last entry
    ends: set[int] = set()
    def runs_on(match: re.Match[str]) -> bool:
        return _runs_on(text, match, entry)

    for match in matches:
        if match.group("single") and match.group("desc")[:1].islower() and not _lower_row(
                text, match, entry, kept):
            continue
        if entry is _ENTRY and match.group("br") and kept and not kept[-1].group("br") \
                and "\t" in text[match.start() : match.start("br")]:
            continue  # (a note's mark or a part after an empty cell, as the docstring says)
        if _no_entry(match):
            if _in_line(match):
                waiting.append(match)
            elif kept and match.group("single") and indent(match) == indent(kept[-1]) \
                    and _figures_after(match.group("desc")) and not runs_on(match):
                # (a table's row of figures in line with the entry above, "15 12% Increase"
                # under a complete description: no words of it)
                ends.add(entry.line_start(match))
            continue
        if _year_single(match) and runs_on(match):
            continue  # "... relating to the" over "5.5 2006 Senior Notes": the words go on
        here = indent(match)
        above = indent(kept[-1]) if kept else None
        ends.update(entry.line_start(m) for m in waiting
                    if indent(m) in (here, above) and not runs_on(m))
        if waiting and here == above:
            kept.extend(_between(kept[-1], waiting, match, here, indent, runs_on))
        elif waiting and not kept and entry is _ENTRY:
            kept.extend(_leading(text, waiting, match, here, indent, runs_on))
        waiting = []
        kept.append(match)
    if kept:
        last = indent(kept[-1])
        ends.update(entry.line_start(m) for m in waiting if indent(m) == last and not runs_on(m))
    return kept, ends


# The marks a list sets by its entries ("10.1*", "10.2+", "(*)10.3", "... Plan (#)") and the
# legend that explains each, under the list or over it ("*  Filed herewith", "(+) Management
# contract or compensatory plan", "#<tab>Previously filed"): a mark a legend explains is no
# part of the description (bare "*", "\u2020", "\u2021" closing one never are); one whose
# legend says the exhibit is filed elsewhere ("Previously filed", "Incorporated by reference")
# tells that no document of this filing holds it, as an index's Form or "Incorporated by
# Reference" column does.
_LEGEND = LinePattern(
    r"[ \t]*+(?:\((?P<b>[*\u2020\u2021#+]{1,3})\)|(?P<m>[*\u2020\u2021#+]{1,3}))"
    r"[ \t]*+(?:(?:--|[-\u2013\u2014:=])[ \t]*+)?(?P<says>[A-Za-z][^\n]{0,120})")
# (the first of these words decides: "Filed herewith; all others incorporated by reference";
# "Filed as an exhibit to the Company's Annual Report on Form 10-K ...", "Filed as Exhibit
# 10.3 to ..." name another filing, "filed as an exhibit to this report" or "... pursuant to
# Item 14(c)" none: _FILED_AS_EXHIBIT_TO; "to be filed" tells an exhibit not yet filed, not
# the management contracts "required to be filed as an exhibit to this report")
# ("Filed as Exhibits 10.1 and 10.2 to ...", "... Exhibits 3.1, 3.2 and 4.1 to ...": a list)
_FILED_AS_EXHIBIT_TO = (r"(?:filed|furnished|included)[ ]as[ ](?:an[ ])?exhibits?"
                        r"(?:[ ](?:nos?\.[ ]?)?\d[\w.()-]{0,12}+"
                        r"(?:,?[ ](?:and[ ])?\d[\w.()-]{0,12}+){0,8}+)?[ ]to[ ](?!this\b|these\b)")
_ELSEWHERE = lazy(r"(?i:(?P<here>herewith|attached|(?:filed|furnished|included)[ ]with[ ]this)"
                  r"|not[ ]filed[ ]herewith|previously[ ](?:filed|furnished)"
                  r"|(?:filed|furnished)[ ]previously|(?<!required[ ])to[ ]be[ ]filed\b|"
                  + _FILED_AS_EXHIBIT_TO
                  + r"|incorporated[ ](?:herein[ ])?by[ ]reference(?!" + _TAKEN_IN + "))")
_LEGEND_REACH = 2000  # how far above a list's first entry its legend may stand
_MARK_RUN = lazy(r"[*\u2020\u2021#+]{1,3}")
_CLOSING_MARKS = tuple("*\u2020\u2021#+")
_FOOTNOTE_CLOSERS = tuple(_FOOTNOTE_MARKS)  # (always dropped)
_OPENING_MARKS = tuple(f"({mark}" for mark in _CLOSING_MARKS)
# a mark closing the description ("... Plan (*)", "... Plan+"; not "(A+)") or opening it
_MARK_AT_END = lazy(r"[ \t]*+(?:\((?P<b>[*\u2020\u2021#+]{1,3})\)|(?<!\()(?P<m>[#+]{1,3}))$")
_MARK_AT_START = lazy(r"\((?P<b>[*\u2020\u2021#+]{1,3})\)[ \t]*+")


# ... or a sentence that names the mark in brackets ("Exhibits marked with an asterisk (*)
# are filed herewith", "An asterisk (*) indicates an exhibit previously filed")
_NAMED_MARK = lazy(r"\((?P<b>[*\u2020\u2021#+]{1,3})\)")
_NAMES_MARK = lazy(r"(?i:asterisk|dagger|marked|denote|designate|indicate|identified)")
_SENTENCE_CHARS = 300  # how far a legend's sentence runs from its mark either way
# A numbered or lettered note under the list that a row refers to by its number ("10.5(1)",
# "10.5 (1)") or at its description's end ("... dated May 1, 2000.(1)"): "(1) Previously
# filed as an exhibit to the Company's Form 10-Q ..." files that row elsewhere as a mark's
# legend does (the reference is no part of the number, see _ENTRY)
_NUMBERED_LEGEND = LinePattern(
    r"[ \t]*+\((?P<n>\d{1,2}|[a-z])\)(?:[ \t]++|(?=[A-Z]))(?P<says>[A-Za-z][^\n]{0,120})")
_NUMBER_REF = lazy(r"\((\d{1,2})\)")


def _legends(text: str, start: int, end: int, below: int) -> dict[str, bool]:
    """The marks the legends in text[start:end] explain, each True when its legend says the
    exhibit is filed elsewhere; numbered notes ("(1)") from `below` (the list's last row) on."""
    found: dict[str, bool] = {}
    for note in _NUMBERED_LEGEND.finditer(text, below, end):
        if (mark := f"({note.group('n')})") not in found:
            says = _ELSEWHERE.search(note.group("says"))
            found[mark] = says is not None and says.group("here") is None
    for legend in _LEGEND.finditer(text, start, end):
        mark = legend.group("b") or legend.group("m")
        if mark not in found:
            says = _ELSEWHERE.search(legend.group("says"))
            found[mark] = says is not None and says.group("here") is None
    for named in _NAMED_MARK.finditer(text, start, end):
        if named.group("b") in found:
            continue
        # (its line, when it is a sentence's: a long line is not sliced for each bracket)
        begin = text.rfind("\n", max(0, named.start() - _SENTENCE_CHARS), named.start())
        stop = text.find("\n", named.end(), named.end() + _SENTENCE_CHARS)
        stop = len(text) if stop < 0 and len(text) - named.end() <= _SENTENCE_CHARS else stop
        if (begin >= 0 or named.start() <= _SENTENCE_CHARS) and stop >= 0 \
                and _NAMES_MARK.search(line := text[begin + 1 : stop]):
            says = _ELSEWHERE.search(line)
            found[named.group("b")] = says is not None and says.group("here") is None
    return found


def _unmarked_ends(desc: str, legends: dict[str, bool], marks: list[str]) -> str:
    """The description less a mark opening or closing it that a legend explains (the marks
    found are added to `marks`)."""
    head = _MARK_AT_START.match(desc)
    if head is not None and head.group("b") in legends:
        marks.append(head.group("b"))
        desc = desc[head.end():]
    tail = _MARK_AT_END.search(desc, max(0, len(desc) - 12))
    if tail is not None and (tail.group("b") or tail.group("m")) in legends:
        marks.append(tail.group("b") or tail.group("m"))
        desc = desc[:tail.start()]
    return desc


def _lead_marks(text: str, line_start: int, match: re.Match[str]) -> list[str]:
    """The marks an entry's line sets by its number ("*10.1", "10.1(*)", "10.2 +"), a note's
    reference after it too ("10.5(1)": "(1)", see _NUMBERED_LEGEND; a whole or lettered
    number's figure is its own, read by _noted_wholes, see _printed_number)."""
    marks = _MARK_RUN.findall(text, line_start, match.start("desc"))
    if match.re is not _RANGE.first and match.re is not _RANGE.rest and (
            ref := _NUMBER_REF.search(text, _printed_number(match)[1], match.start("desc"))
            ) is not None:
        marks.append(ref.group())
    return marks


def _row_marks(text: str, line_start: int, match: re.Match[str]) -> list[str]:
    """The marks an entry's line sets by its number (_lead_marks) or in a cell of their own
    after its description ("10.1<tab>Stock Plan<tab>*")."""
    marks = _lead_marks(text, line_start, match)
    desc = match.group("desc")
    if "\t" in desc:
        marks += [cell.strip().strip("()") for cell in desc.split("\t")[1:]
                  if _MARK_RUN.fullmatch(cell.strip().strip("()"))]
    return marks


def _filed_elsewhere(cells: str, method: re.Match[str] | None) -> bool:
    """Whether a row's columns after its description say the exhibit is filed elsewhere: a
    cell of a rendered row that names the form it was filed with or says "Incorporated by
    reference" / "Previously filed" (`cells`: the row's text after the number), or such a
    plain-text column (`method`: _METHOD_COLUMN's match)."""
    if method is not None:
        return method.group("form") is not None or method.group("ref") is not None \
            or method.group("cell") is not None \
            or (method.group("cite") is not None or method.string[method.end()] in "IiPpT"
                and method.string[method.end() : method.end() + 8].lower() != "included") \
            and _TAKEN.match(method.string, method.end()) is None
    described, after = False, 0  # (the cells after the description)
    for cell in cells.split("\t"):
        if not described:
            described = _LETTER.search(cell) is not None
            continue
        after += 1
        if (citing := _CITING_CELL.fullmatch(cell)) is not None and (
                citing.group("date") is None or after > 1):
            return True  # (a file number, or a filing date after the form's cell)
        if _FORM_CELL.match(cell) or _CITE_CELL.match(cell) or (
                "ncorporated" in cell or "reviously" in cell or "o be filed" in cell) and (
                (says := _ELSEWHERE.search(cell)) is not None and says.group("here") is None):
            return True
    return False


def _method_told(lines: list[str], cells: bool) -> list[str]:
    """The sentences after the citation in a row's filing method column (its wrapped
    `lines`) or in a rendered row's cells after the description (`cells`: each cell apart)
    that describe the exhibit ("Incorporated by reference to Exhibit 3.1 to Form 8-K filed May
    1, 2001. The amendment restates Article IV.": see _described_after)."""
    if cells:  # (a cell that cites: see _filed_elsewhere)
        return [told for cell in lines if ". " in cell and (
            _CITE_CELL.match(cell) or _ELSEWHERE.search(cell)) is not None
            for told in _described_after(squash(cell))]
    return _described_after(squash(_join_wrapped([line for line in lines if line])))


# An exhibit's number on a line of its own, its description indented under it ("Exhibit 99.1"
# over "         Press release dated May 4, 2020."): read as one row. The number is a decimal
# one or follows "Exhibit" (a page number alone on a line is no exhibit), and the line under
# it opens with a capitalised word, indented deeper (a release under its heading, "EXHIBIT
# 99.1" over "FOR IMMEDIATE RELEASE", is not: no lower case). (Led by its newline, a literal
# the engine skips to, about 4x faster than a line anchor; the blanks are possessive.)
_NUMBER_ABOVE = lazy(
    r"\n(?P<indent>[ \t]*+)(?P<head>(?:(?:Exhibit|EXHIBIT|Ex\.|EX-)[ \t]*+"
    r"(?:No\.[ \t]*+)?\d{1,3}(?:\.\d{1,3})?|\d{1,3}\.\d{1,3})(?:\([a-zA-Z\d]{1,3}\))?)"
    r"\.?[ \t]*+\n(?P<under>[ \t]++)(?=[A-Z][a-z])")
_NUMBER_GAP = "    "  # (the gap the joined row is given: a typed column's)


def _numbers_above(text: str) -> str:
    """The text with each number on a line of its own joined to the description indented
    under it (see _NUMBER_ABOVE)."""
    if "\n " not in text and "\n\t" not in text:
        return text
    text = "\n" + text  # (the first line too: each is led by a newline)
    pieces, at = [], 1
    for above in _NUMBER_ABOVE.finditer(text):
        if len(above.group("under").expandtabs()) <= len(above.group("indent").expandtabs()):
            continue
        pieces += [text[at : above.end("head")], _NUMBER_GAP]
        at = above.end()
    return "".join([*pieces, text[at:]]) if pieces else text[1:]


# (a rendered row's description wrapped into the table's next row may open that row with an
# amount, "$1,000,000 Note", or a title's quote: "Press release dated July 10, 2019, titled"
# over "\u201cOracle Names Rona Fairhead to the Board\u201d")
_QUOTES = ("\"", "\u201c")
_ROW_WRAP_OPENS = ("$", *_QUOTES)


def _last_row_column(number: str, line: str, method: re.Match[str]) -> re.Match[str] | None:
    """The filing method column of the last of the rows typed on one line, each with its own
    cell ("99.1 Press release.    Filed herewith    99.2 Transcript.    Incorporated by
    reference to Form 8-K ..."): the cells before it stay in their rows, each read as its
    row's own (see _own_citations); None where the last row has no cell of its own."""
    if method.end() == len(line) or len(rows := _run_together(
            number.replace(" ", "").replace("\t", ""), line)) < 2:
        return method
    return _METHOD_COLUMN.search(line, len(line) - len(rows[-1][1]))


# A whole number's bracketed figure is a note's reference when the note is printed under the
# list ("24(1)  Power of Attorney." over "(1) Previously filed as ..."): exhibit 24, read
# against note (1) as "10.5(1)" is; a list that numbers its exhibits so ("10(1)", "10(2)": one
# number bracketed twice) or whose bracketed figure has no note keeps the number whole.
# A lettered number's trailing figure is read so too ("3(i)(1)  Restated Articles ..." over
# "(1) Incorporated by reference to ...": exhibit 3(i); "3(i)" alone stays). The note must
# say how exhibits are filed (_filing_note): a table's footnote "(1)" under a 1990s list
# numbering "10(1)" ("(1) Amounts in thousands.") leaves the number whole, and so does a
# list that also numbers the exhibit without the figure ("10(a)" over "10(a)(1)": a part).
_WHOLE_NOTED = lazy(r"(\d{1,3}(?:\([a-zA-Z]{1,3}\)){0,2}?)[ ]?\((\d{1,2})\)")
# (the figure printed after a bracketed number's letters or after a blank, "(3)(i)(1)", "3(i)
# (1)", "(24)(1)", which _ENTRY reads apart from the number: see _printed_number)
_FIGURE_AFTER = lazy(r"[ \t]?(\(\d{1,2}\))")
_NOTE_LINE_CHARS = 160  # how much of a note's line is read for its filing words


def _filing_note(text: str, ref: str, start: int) -> bool:
    """The list's footnote `ref` ("(1)") opens a line under the entry (_has_footnote) and says
    how an exhibit is filed ("Previously filed as ...", "Incorporated by reference to ...",
    "Filed herewith", _ELSEWHERE) or what it is ("Management contract ...", _NOTE_WORDS): a
    legend, not a table's footnote ("(1) Amounts in thousands.")."""
    stop = start + _NOTES_CHARS
    at = text.find(ref, start, stop)
    while at >= 0:
        end = at + len(ref)
        if _footnote_at(text, ref, at, stop):
            line_end = text.find("\n", end, end + _NOTE_LINE_CHARS)
            says = text[end : line_end if line_end >= 0 else end + _NOTE_LINE_CHARS]
            if _ELSEWHERE.search(says) is not None \
                    or _NOTE_WORDS.match(f"{ref} {says.lstrip()}") is not None:
                return True
        at = text.find(ref, end, stop)
    return False


def _printed_number(match: re.Match[str]) -> tuple[str, int]:
    """An _ENTRY match's number as printed, its bracketed letters and a whole or lettered
    number's trailing figure joined ("(3)(i)(1)": "3(i)(1)", "3(i) (1)": "3(i)(1)"; a decimal
    number's figure is a note's, "10.5 (1)": "10.5"), and where it ends in the text."""
    num, end = match.group("num"), match.end("num")
    if match.re is not _ENTRY.first and match.re is not _ENTRY.rest:
        return num, end
    if match.group("br"):
        num, end = num + match.group("sub"), match.end("sub")
    if "." not in num and (figure := _FIGURE_AFTER.match(
            match.string, end, match.start("desc"))) is not None:
        return num + figure.group(1), figure.end()
    return num, end


def _noted_wholes(text: str, matches: list[re.Match[str]]) -> dict[str, tuple[str, str]]:
    """{"24(1)": ("24", "(1)"), "3(i)(1)": ("3(i)", "(1)")} for the list's whole or lettered
    numbers whose last bracketed figure refers to a filing note (_filing_note); the figure
    printed after brackets or a blank too ("(3)(i)(1)", "3(i) (1)", _printed_number)."""
    printed = [_printed_number(m)[0] for m in matches]
    bracketed = [(num, whole) for m, num in zip(matches, printed, strict=True)
                 if m.re is _ENTRY.first or m.re is _ENTRY.rest
                 if (whole := _WHOLE_NOTED.fullmatch(num)) is not None]
    if not bracketed or len({whole.group(1) for _, whole in bracketed}) < len(bracketed):
        return {}
    numbers = set(printed)
    if any(whole.group(1) in numbers for _, whole in bracketed):
        return {}  # ("10(a)" over "10(a)(1)": the figure numbers a part of 10(a))
    below = matches[-1].end()
    if not all(_filing_note(text, f"({whole.group(2)})", below) for _, whole in bracketed):
        return {}
    return {num: (whole.group(1), f"({whole.group(2)})") for num, whole in bracketed}


def _item_heading(number: str, desc: str) -> bool:
    """Whether an entry's line is an 8-K item's heading left in the exhibits item's text
    ("2.02  RESULTS OF OPERATIONS AND FINANCIAL CONDITION", "8.01 Other Events."): its number
    is the item's and its words the catalogue's title for it (no exhibit is described so)."""
    if not desc[:1].isupper() or len(desc) > _ITEM_TITLE_CHARS:
        return False
    known = item_titles("8-K", number)
    return bool(known) and title_words(desc) in [title_words(title) for title in known]


_ITEM_TITLE_CHARS = 200  # (the longest 8-K item title, 5.02's, is 160 characters)


def read_entries(text: str, entry: LinePattern = _ENTRY,
                 elsewhere: set[str] | None = None) -> list[tuple[str, str]]:
    """(number, description) for each exhibit line of a list, continuation lines joined
    (`entry`: _LETTERED reads a tender offer schedule's lettered numbers); the numbers of
    those the list says are filed elsewhere are added to `elsewhere` (see _LEGEND)."""
    entries: list[tuple[str, str]] = []
    legends: dict[str, bool] | None = None  # (read once, for the first marked entry)
    notes: dict[str, bool] = {}  # whether the list has footnote "(1)", ...
    lettered: set[str] = set()  # the lettered footnotes found, "(a)": no entry's lines
    if entry is _ENTRY:
        text = _numbers_above(text)
    matches = list(entry.finditer(text))
    if entry is _ENTRY and (paired := _side_by_side(text, matches)) is not None:
        text = paired  # (an index laid out in two columns: a line per exhibit, in order)
        matches = list(entry.finditer(text))
    if entry is _ENTRY and any(m.group("no") for m in matches):
        matches = _numbered_no(text, matches)
    # (a line that makes no entry does not end the description above it either: "... dated"
    # over "1 January 2007." or "15 March 2007.", as 20-Fs date agreements, "... the Acme
    # Corporation" over "401(k) Savings Plan."; but for one in line with the entries)
    matches, ends = _entry_lines(text, matches, entry)
    lines = [(entry.line_start(m), m) for m in matches]
    starts = {start for start, _ in lines} | ends
    if entry is _ENTRY:  # (a run's row is no _ENTRY: a number follows its first number)
        # (looked for among the list's rows, or near the top of a text with none: a long
        # index region is not scanned twice)
        low = max(0, lines[0][0] - _RUN_REACH) if lines else 0
        high = lines[-1][1].end() + _RUN_REACH if lines else _RUN_REACH
        indents = {_indent(text, m) for _, m in lines}
        runs = [(at, m) for m in _RANGE.finditer(text, low, high)
                if _run_row(text, m, at := _RANGE.line_start(m), indents)]
        if runs:
            lines = sorted(lines + runs, key=lambda pair: pair[0])
            starts.update(start for start, _ in runs)
    size = len(text)
    reach = (lines[0][0], lines[-1][1].end()) if lines else (0, 0)  # (where legends are read)
    parted: set[int] = set()  # the "(10)" lines read as parts, no entries (see _next_part)
    noted = _noted_wholes(text, matches) if entry is _ENTRY and matches else {}
    for line_start, match in lines:  # only entry lines and those under them are looked at
        if line_start in parted:
            continue
        num = match.group("num")
        run = entry is _ENTRY and (match.re is _RANGE.first or match.re is _RANGE.rest)
        if entry is _ENTRY and not run:  # "(10)(a)": "10(a)"; "(3)(i)(1)": "3(i)(1)"
            num = _printed_number(match)[0]
        note_ref = noted.get(num) if noted and not run else None
        if note_ref is not None:  # ("24(1)" over a note "(1)": exhibit 24, see _noted_wholes)
            num = note_ref[0]
        cells = first = match.group("desc")
        if entry is _ENTRY and not run and _item_heading(num, cells):
            continue  # (an 8-K item's heading under the list: no row; it ends the one above)
        if entry is _ENTRY and not run and _CITED_ONLY.match(cells) is not None:
            number = num.replace(" ", "").replace("\t", "")
            entries.append((number, ""))  # (an empty description cell, see _CITED_ONLY)
            if elsewhere is not None:
                elsewhere.add(number)
            continue
        column, method, words_end = None, None, 0
        method_lines: list[str] = []  # (the method column's or cells' text: see _method_told)
        if "\t" in first:
            first = _first_cell(first)
            if ". " in cells:
                method_lines = cells[cells.find(first) + len(first):].split("\t")
        elif (method := _METHOD_COLUMN.search(first)) is not None and (
                entry is not _ENTRY or run
                or (method := _last_row_column(num, first, method)) is not None):
            # (the column opens where its text does: a wrapped line of the description may
            # run on past where the first line's words end)
            column = match.start("desc") - line_start + method.end()
            words_end = column - (method.end() - method.start())  # (where the gap opens)
            method_lines.append(first[method.end():])
            first = first[:method.start()]
        away = elsewhere is not None and (method is not None or "\t" in cells) \
            and _filed_elsewhere(cells, method)
        row_marks = _row_marks(text, line_start, match)
        if note_ref is not None:
            row_marks.append(note_ref[1])
        if (last := first.rstrip()[-1:]) and last in _FOOTNOTE_MARKS:  # (or a page column's)
            row_marks += _MARK_RUN.findall(first.rstrip(), len(first.rstrip().rstrip(last)))
        desc = [_drop_page_number(first)]
        eol = match.end()  # the description runs to the end of its line
        # a list typed flush left with one space wraps flush left: "10.17 Third Amended Loan
        # ... between the" over "Company and Israel Discount Bank of NY." (Asta Funding 2004);
        # with a wider gap too ("99.1  Press release ..., announcing the" over "Company's
        # results."), where the line above is full (see _wraps; a short "99.1  Press release"
        # or a complete line over a flush sentence ends the list)
        flush = text[line_start] not in " \t"
        single = flush and not run and match.group("single") is not None
        # (a rendered row, "99.1<tab>Press release issued by" over "Acme Corp.": a line typed
        # in columns with no-break spaces, its wrapped lines flush left; no margin to measure)
        row = flush and "\t" in text[line_start:eol]
        above = text[line_start:eol].rstrip()  # the line above the next one
        # (an entry whose lines letter its exhibits or their parts: "10  Material contracts:"
        # over "(a)  Management contract with ...", "..., as amended by" over "(a)  First
        # Amendment ..."; its "(a)" lines are no footnotes)
        sub_items = above.endswith((":", "as amended by"))
        subs: list[int] = []  # the lines of `desc` its numbered parts open (_SUB_NUMBERED)
        sub_column = 0
        wrapped = False  # (the next line goes on the description: see _paragraph_wraps)
        while eol < size and (eol + 1 not in starts or subs and _next_part(
                text, eol + 1, len(subs) + 1, max(sub_column, 0), parted)):
            nxt = text.find("\n", eol + 1)
            nxt = size if nxt < 0 else nxt
            line = text[eol + 1 : nxt]
            if lettered and line.lstrip()[:3] in lettered and not sub_items \
                    and _NOTE_WORDS.match(line.lstrip()) is not None:
                break  # (the list's lettered footnotes, indented under its last entry)
            if not line and (sub_column < 0 if subs else flush and above.endswith(
                    _LEADS_TO_PARTS)) \
                    and text.startswith(f"({len(subs) + 1}) ", nxt + 1):
                eol = nxt  # (a blank line between flush parts: paragraphs, rendered)
                continue
            if not line and row and not subs and nxt + 1 not in starts \
                    and not above.endswith(_DESC_ENDS) and _paragraph_wraps(text, nxt + 1, above):
                eol, wrapped = nxt, True  # (its rest in a paragraph of its own, rendered)
                continue
            numbered = rendered = False
            if line.find("(", 0, _SUB_REACH) >= 0 and (
                    head := _SUB_NUMBERED.match(line)) is not None \
                    and int(head.group("n")) == len(subs) + 1 and entry is _ENTRY:
                rendered = _rendered_part(line, head, flush, row)
                numbered = rendered == (sub_column < 0) if subs else _first_sub(
                    text, (reach[0], eol), line, head,
                    -1 if rendered else match.start("desc") - line_start, above)
            if numbered:
                subs.append(len(desc))
                sub_column = -1 if rendered else _line_indent(line)  # (-1: rendered)
            elif subs and (sub_column < 0 or _line_indent(line) <= sub_column) \
                    and desc[-1].endswith("."):
                break  # (a note under the parts, see _SUB_NUMBERED)
            if not wrapped and flush and _LOWER_WRAP.match(line) is not None:
                wrapped = True  # (a flush line opening in lower case goes on the description)
            if not numbered and not wrapped and not _CONTINUATION.match(line) and not (
                    flush and (line[:1].isalnum() or row and line[:1] in _ROW_WRAP_OPENS)
                    and not desc[-1].endswith(_DESC_ENDS)
                    and ((single or row) and line[:1].isalpha()
                         or row and line[:1] in _QUOTES
                         or row and _figure_row(line)
                         or _wraps(text, line_start, eol, line, above)
                         or line[:1].isdigit() and _open_end(above))) and not (
                    line[:1].islower() and above.endswith(_DANGLING)):
                if desc[-1].rstrip().endswith(_DESC_ENDS) or (
                        turn := _page_turn(text, eol, starts)) is None:
                    break
                eol = turn  # (its page's end: the description goes on under the heads)
                continue
            if _is_caption(line):
                break  # (the next group's caption: "Additional Exhibits" over "99.1 ...")
            wrapped = False
            above = line.rstrip()
            sub_items = sub_items or above.endswith((":", "as amended by"))
            eol = nxt
            if column is not None:  # the filing method column wraps too: not the description
                whole, line = line, line[:column]
                if (gap := _COLUMN_GAP.search(line.rstrip(), words_end)) is not None:
                    line = line[:gap.start()]  # (its text typed a little left of the column)
                method_lines.append(whole[len(line):].strip())
                if not line.strip():
                    continue
            desc.append(_drop_page_number(line))
        if len(desc) > 1 and desc[1][:1].isupper() and _is_caption(desc[0]):
            # (its group's caption over it: "20  Other Documents or Statements to Security
            # Holders" over "News Release dated April 19, 1994", Zurn 1994)
            del desc[0]
        # (a category over lettered lines, "10  Material contracts:" over "(a) 1991 Stock
        # Option Plan." and "(b) ...": exhibits 10(a) and 10(b); a category is a whole number
        # and a short caption closed by a colon, not "99.1 Pro forma financial information of
        # the Company:" nor "4  Rights Agreement" over the parts of one exhibit)
        parts: list[tuple[str, list[str]]] = [("", desc)]
        if not run and len(desc) > 2 and "(" not in num and "." not in num \
                and desc[0].rstrip().endswith(":") and len(desc[0].split()) <= 6 \
                and any(line[:3] == "(a)" for line in desc[1:]):
            parts = _lettered_lines(desc) or parts
        for letter, lines in parts:
            joined = " ".join(lines) if len(lines) == 1 else _join_wrapped(lines)
            if "--" in joined or "__" in joined or "==" in joined:
                joined = _RULE_WORD.sub(" ", joined)
            if "*" in joined or "\u2020" in joined or "\u2021" in joined:
                joined = _INLINE_NOTE.split(joined, 1)[0]
            number = (num + letter).replace(" ", "").replace("\t", "")
            if "l" in number:  # "3.l": a lower-case L typed for the digit one ("10(l)" is a letter)
                number = _TYPED_ONE.sub(lambda m: m.group().replace("l", "1"), number)
            desc_text, marks = squash(joined), list(row_marks)
            if desc_text[-1:] in _FOOTNOTE_CLOSERS:
                stripped = desc_text.rstrip(_FOOTNOTE_MARKS + " ")
                marks += _MARK_RUN.findall(desc_text, len(stripped))
                desc_text = stripped
            if desc_text[-1:] == ")" and (ref := _FOOTNOTE_REF.search(
                    desc_text, max(0, len(desc_text) - 6))) is not None and not (
                    ref.group(2) and _RULE_BEFORE.search(
                        desc_text[max(0, ref.start() - 16) : ref.start()])):
                note = ref.group(1) or ref.group(2)
                if note not in notes:
                    notes[note] = _has_footnote(text, f"({note})", match.end())
                    if notes[note] and note.isalpha():
                        lettered.add(f"({note})")
                if notes[note]:
                    desc_text = desc_text[:ref.start()].rstrip()
                    marks.append(f"({note})")  # (read against its note, _NUMBERED_LEGEND)
            if marks or desc_text[:2] in _OPENING_MARKS or desc_text[-1:] in ("+", "#") or (
                    desc_text[-1:] == ")" and desc_text[-2:-1] in _CLOSING_MARKS):
                if legends is None:
                    legends = _legends(text, max(0, reach[0] - _LEGEND_REACH),
                                       reach[1] + _NOTES_CHARS, reach[1])
                if legends:
                    desc_text = _unmarked_ends(desc_text, legends, marks)
            if not subs and not run and entry is _ENTRY and (
                    "." in number or number.isdigit()) and len(
                    shared := _joined_rows(number, desc_text)) > 1:
                # (rows an editor joined into one paragraph: each row's own citation and
                # marks read)
                own = _joined_marks(shared, _lead_marks(text, line_start, match), marks)
                if legends is None and any(own):
                    legends = _legends(text, max(0, reach[0] - _LEGEND_REACH),
                                       reach[1] + _NOTES_CHARS, reach[1])
                last = shared[-1][0] if method is not None else None  # (see _last_row_column)
                for (each, (each_text, each_cited)), each_marks in zip(
                        _each_clause(shared), own, strict=True):
                    entries.append((each, each_text))
                    if elsewhere is not None and (
                            away and last in (None, each) or each_cited or legends and any(
                            map(legends.get, each_marks))):
                        elsewhere.add(each)
                continue
            uncut = ""
            if subs and len(parts) == 1:
                desc_text, cited = _sub_clauses(desc_text, [desc[k][:20] for k in subs])
            else:
                uncut = desc_text  # (rows typed on one line read their own citations)
                desc_text, cited = _filing_clause(desc_text)
                if method_lines and (told := _method_told(method_lines, column is None)):
                    desc_text, uncut = _with_told(desc_text, told), ""
            line_away, away = away, away or cited
            numbers = _run_numbers(num) if run else [number]
            if run and len(numbers) > 1 and (each := _dated_each(desc_text, len(numbers))):
                entries.extend(zip(numbers, each, strict=True))
            elif not run and entry is _ENTRY and "." in number and len(
                    together := _run_together(number, desc_text)) > 1:
                # (each row typed on the line reads its own marks, see _joined_marks, and its
                # own citation, a typed method column's cell the last row's: _own_citations)
                each_cited = [False] * len(together)
                if uncut and (own_cited := _own_citations(number, uncut, together)):
                    together, each_cited, away = *own_cited, line_away
                    if method is not None:  # (a typed method column: the last row's cell)
                        each_cited[-1], away = each_cited[-1] or away, False
                own = _joined_marks(together, _lead_marks(text, line_start, match), marks)
                if legends is None and any(own):
                    legends = _legends(text, max(0, reach[0] - _LEGEND_REACH),
                                       reach[1] + _NOTES_CHARS, reach[1])
                for (each, each_text, _), each_marks, its_cited in zip(
                        together, own, each_cited, strict=True):
                    entries.append((each, each_text))
                    if elsewhere is not None and (away or its_cited or legends and any(
                            map(legends.get, each_marks))):
                        elsewhere.add(each)
                continue
            else:
                entries.extend((each, desc_text) for each in numbers)
            if elsewhere is not None and (away or legends and any(map(legends.get, marks))):
                elsewhere.update(numbers)
    return entries


# An index laid out side by side: two exhibit columns in one table row or one text line ("10.1
# Credit Agreement      10.3 Pledge Agreement" over "10.2 Security Agreement      10.4
# Guaranty"), the next column's row after a tab or a gap of three spaces or more (tried from
# a gap's first blank only, so a long run of blanks is not rescanned from each; a blank opens
# the pattern, for the engine to skip to): its number,
# then a gap, a dash or a colon, and a capital. (A cell of a form, a filing or a date after a
# number is an "Incorporated by Reference" column, see _side_rows.)
_SIDE_CELL = (r"(?P<cell>(?:[*\u2020\u2021#+]{1,2}[ ]?)?"
              r"(?P<num>\d{1,3}(?:\.\d{1,3}(?:\.\d{1,2})?|\.[A-Z]{3}|\([a-z]{1,3}\))?)"
              r"[*\u2020\u2021#+]{0,2}(?:\t[ \t]*+" + _SPACER
              + r"|[ ]{2,}+|[ ]?(?:--|[-\u2013\u2014:])[ ]?))"
              r"(?=[A-Z\"\u201c])")
_SIDE_HEAD = lazy(r"[ \t](?<![ \t]{2})(?:(?<=\t)|[ ]?+\t|[ ]{2})[ \t]*+" + _SIDE_CELL)
# (a typed column's row in line with the rows above or under it may follow a gap of two)
_SIDE_AT = lazy(r"(?<=\S)[ ]{2}" + _SIDE_CELL)
# (a second exhibit's own description may open "Form of Pledge Agreement", "Form T-1" or, in
# exhibit 13, "Annual Report to Shareholders": only a form an exhibit is filed with, or a report
# not addressed "to" holders, makes the column a reference)
# (nor, in an "Incorporated by Reference" table whose cited exhibit's column comes before the
# form's or the date's, "3.2<tab>S-1<tab>May 27, 2021<tab>333-256516", "3.2<tab>Feb. 28,
# 2023": a form alone in its cell or before the citation's columns, a filing date)
_NOT_SIDE = lazy(rf"(?:Form[ ]{_FORMS}(?![\w-])|(?:Annual|Quarterly|Current)[ ]Report(?![ ]to\b)"
                 r"|(?:Filed|Furnished|Incorporated|Previously|Included|Herewith|Page|Exhibit"
                 r"|Registration)\b)|" + _MONTH_DAY
                 + rf"|{_FORMS}[ ]*+(?![^\t\n])|{_CITED_COLUMNS}|{_FILING_DATE}")


def _side_heads(match: re.Match[str], found: Iterator[re.Match[str] | None] | None = None
                ) -> list[re.Match[str]]:
    """The heads of the rows typed beside an entry's on its line (see _SIDE_HEAD; or those
    `found` where the rows next to it have theirs)."""
    desc = match.group("desc")
    if found is None:
        if "\t" not in desc and "   " not in desc:
            return []
        found = _SIDE_HEAD.finditer(desc)
    heads: list[re.Match[str]] = []
    for head in found:
        if head is None or _LETTER.search(desc, heads[-1].end() if heads else 0,
                                          head.start()) is None:
            return []  # (a cell with no words before it: a number column, no description)
        if _FORM_CELL.match(desc, head.start("cell")) or _NOT_SIDE.match(desc, head.end()) \
                or _CITING_CELL.match(desc, head.start("num")):
            return []  # (a filing date's cell too: "17-May-23")
        heads.append(head)
    return heads


def _aligned(match: re.Match[str], near: re.Match[str],
             heads: list[re.Match[str]]) -> list[re.Match[str]]:
    """The heads of a typed row whose columns stand where those of the row `near` (`heads`)
    do, though a gap of two spaces parts them (see _SIDE_AT)."""
    desc = match.group("desc")
    base = match.start("desc") - _ENTRY.line_start(match)
    near_base = near.start("desc") - _ENTRY.line_start(near)
    if "  " not in desc or any("\t" in near.group("desc")[h.start() : h.start("cell")]
                               for h in heads):
        return []
    spots = [near_base + h.start("cell") - base - 2 for h in heads]
    return _side_heads(match, (_SIDE_AT.match(desc, at) if 0 < at < len(desc) else None
                               for at in spots))


def _side_rows(matches: list[re.Match[str]], heads: list[list[re.Match[str]]], k: int,
               rows: int) -> bool | None:
    """Whether rows k .. k+rows-1 read down each column (else across each row); None when
    neither reading goes up (a table of other columns: "10.1  Credit Agreement   10.1  ..."
    repeats a number)."""
    table = [[matches[j].group("num")] + [h.group("num") for h in heads[j]]
             for j in range(k, k + rows)]
    def up(numbers: list[str]) -> bool:
        keys = [exhibit_key(number) for number in numbers]
        return None not in keys and all(a < b for a, b in pairwise(map(_rank, numbers)))
    if up([number for row in table for number in row]):
        return False
    width = max(map(len, table))
    return True if up([row[c] for c in range(width) for row in table if c < len(row)]) else None


def _side_by_side(text: str, matches: list[re.Match[str]]) -> str | None:
    """The text with each row typed beside another on its own line, in the order the index
    numbers them: down the left column, then the next, where the numbers run down each column
    (a last left row with none beside it is the left column's); None when no line holds two
    rows. A text line's wrapped lines are cut where its columns part."""
    heads = [_side_heads(m) if "\t" in (desc := m.group("desc")) or "   " in desc else []
             for m in matches]
    if not any(heads):
        return None
    for k in range(len(matches)):  # (a row whose gap is narrower, in line with its neighbour's)
        if not heads[k]:
            near = k - 1 if k and heads[k - 1] else k + 1
            if near < len(matches) and heads[near]:
                heads[k] = _aligned(matches[k], matches[near], heads[near])
    edits: list[tuple[int, int, str]] = []
    k = 0
    while k < len(matches):
        if not heads[k]:
            k += 1
            continue
        rows = next((j for j in range(k, len(matches)) if not heads[j]), len(matches)) - k
        down = _side_rows(matches, heads, k, rows)
        if k + rows < len(matches) and _side_rows(matches, heads, k, rows + 1):
            rows, down = rows + 1, True  # (a last row alone on the left column)
        if down is not None:
            edits.append(_side_edit(text, matches, heads, k, rows, down))
        k += rows
    if not edits:
        return None
    for start, end, lines in reversed(edits):
        text = text[:start] + lines + text[end:]
    return text


def _side_edit(text: str, matches: list[re.Match[str]], heads: list[list[re.Match[str]]],
               k: int, rows: int, down: bool) -> tuple[int, int, str]:
    """(start, end, new lines) for rows k .. k+rows-1 of a side-by-side index."""
    start = _ENTRY.line_start(matches[k])
    columns: list[list[list[str]]] = []  # columns[c][row]: that cell's lines
    end = start
    for j in range(k, k + rows):
        match = matches[j]
        at = _ENTRY.line_start(match)
        line_end = match.end()
        stop = _ENTRY.line_start(matches[j + 1]) - 1 if j + 1 < len(matches) else len(text)
        lines = [text[at:line_end]]
        while line_end < stop:  # (its wrapped lines, up to a blank line or the next row)
            nxt = text.find("\n", line_end + 1)
            nxt = len(text) if nxt < 0 or nxt > stop else nxt
            line = text[line_end + 1 : nxt]
            if not line.strip() or line[:1] not in " \t":
                break
            lines.append(line)
            line_end = nxt
        end = line_end
        base = match.start("desc") - at
        cuts = [base + h.start() for h in heads[j]]
        cells = [base + h.start("cell") for h in heads[j]]
        indent = text[at : at + _indent(text, match)]
        tabbed = "\t" in lines[0][cuts[0] : cells[0]] if cuts else False
        for c in range(len(cuts) + 1):
            while len(columns) <= c:
                columns.append([[] for _ in range(rows)])
            left = cells[c - 1] if c else 0
            right = cuts[c] if c < len(cuts) else None
            cell = [lines[0][left:right].rstrip()]
            for line in lines[1:]:
                if tabbed:  # (a rendered row's wrapped lines stay the first cell's)
                    if c == 0:
                        cell.append(line)
                    continue
                part = line[left:right].rstrip() if len(line) > left else ""
                if part.strip():
                    cell.append(part)
            if c:
                cell[0] = indent + cell[0]
                cell[1:] = [indent + part for part in cell[1:]]
            columns[c][j - k] = cell
    order = ([columns[c][r] for c in range(len(columns)) for r in range(rows)] if down
             else [columns[c][r] for r in range(rows) for c in range(len(columns))])
    return start, end, "\n".join(line for cell in order for line in cell)


# A description wrapped over a page's end goes on under the heads the next page repeats
# ("EXHIBIT INDEX (continued)", "Exhibit" over "Number   Description", their rules; the page
# number and <PAGE> are gone from the text): none of them glues onto it.
_HEADS_CHARS = 400  # how far a page's repeated heads run
_CONTINUED = lazy(r"[ \t]*+(?:EXHIBIT[ ]INDEX|Exhibit[ ]Index|INDEX[ ]TO[ ]EXHIBITS"
                  r"|Index[ ]to[ ]Exhibits)(?:[ ]\((?i:continued)\))?[ \t]*+")


def _page_turn(text: str, eol: int, starts: set[int]) -> int | None:
    """The end of the heads (see _CONTINUED) after the line ending at `eol`, where an
    indented line that is no entry follows them; else None."""
    end = min(len(text), eol + _HEADS_CHARS)
    heads = False
    while eol < end:
        nxt = text.find("\n", eol + 1)
        if nxt < 0:
            return None
        line = text[eol + 1 : nxt]
        if not line.strip(" \t-_="):
            eol = nxt
        elif _header_row(line) or _CONTINUED.fullmatch(line):
            heads, eol = True, nxt
        else:
            return eol if heads and eol + 1 not in starts and _CONTINUATION.match(line) \
                else None
    return None


# Two rows typed on one line run together: "99.1 Press release  99.2 Investor presentation".
# The next exhibit's number opens a row inside the description (see _CELL_HEAD: a space and a
# capital after it, no word before it that leads to a number, "Exhibit 99.2 to the Form 8-K")
# only where it is the one the index numbers next: 99.2 after 99.1 ("99.2 Investor" after
# "99.1", never "10.2 Stock Plan" under "99.1"); a word leading on before it or its "Exhibit"
# makes it a reference ("filed as Exhibit 10.2 Amendment ...", "dated May 1 99.2": see
# _LEADS_TO_ROW).
# (its mark may stand before its number, "*99.2 Investor presentation", or after it)
_NEXT_MINOR = lazy(r"(\d{1,3})\.(\d{1,3})")
_TOGETHER_HEAD = lazy(r"(?<![^ ])(?P<lead>[*\u2020\u2021]{1,2})?(?:(?i:exhibit)[ ])?"
                      r"(?P<num>\d{1,3}\.\d{1,3}|1\d\d)(?P<mark>[*\u2020\u2021]{0,2})"
                      r"(?:[ ]?[-\u2013\u2014:])?[ ](?=[A-Z\"\u201c])")


def _run_together(number: str, desc: str) -> list[tuple[str, str, list[str]]]:
    """(number, description, the marks by its number) for the entry and each entry run into
    its description (the first entry's marks are its line's: none here)."""
    out, marks = [], []
    while (key := _NEXT_MINOR.fullmatch(number)) is not None:
        minor = key.group(2)
        following = f"{key.group(1)}.{int(minor) + 1:0{len(minor)}d}"
        if following not in desc:  # (a substring test first: nearly no row holds it)
            break
        head = next((m for m in _TOGETHER_HEAD.finditer(desc) if m.group("num") == following
                     and (before := desc[max(0, m.start() - 16) : m.start()].split())
                     and before[-1].lower() not in _LEADS_TO_ROW), None)
        if head is None:
            break
        out.append((number, desc[:head.start()].rstrip(), marks))
        number, desc = following, desc[head.end():]
        marks = _MARK_RUN.findall(head.group("lead") or "") + _MARK_RUN.findall(
            head.group("mark"))
    out.append((number, desc, marks))
    return out


# Rows an HTML editor joined into one paragraph, each after the sentence closing the row before
# ("*10.2 The Company's 1999 INCENTIVE PLAN was filed ... and is herein incorporated by
# reference. 10.3 $100,000,000 Competitive Advance ... is attached hereto as Exhibit 10.3. 10.4
# $300,000,000 ... *10.5 Employment Contracts: ...", PerkinElmer's 10-K405 as HTML): the next
# number of the list's run after a stop ("10.3" after "10.2", "10.5" where 10.4 is skipped; a
# higher group's first, "21" or "21.1", after "10.8"), its mark before it, an amount or a
# capital after it; no word before it that leads to a number ("filed as Exhibit 10.3. 10.4
# ..." parts at "10.4" only). Each row is split off before its citation is read, for a row's
# citation to be its own.
# (the stop opens the pattern, a set the engine skips to: 1.7x faster than a lookbehind)
# A row's own mark may close it after its stop ("Agreement.* 10.2 ...": the row before's,
# `after`), or stand bracketed by its number ("(*)10.5", "10.5(*)": that row's).
_JOINED_HEAD = lazy(r"[.)](?P<after>[*\u2020\u2021]{1,3})?+[ ]"
                    r"(?P<head>(?:\([*\u2020\u2021]{1,3}\)[ ]?+|[*\u2020\u2021]{0,2})"
                    r"(?P<num>\d{1,3}(?:\.\d{1,3})?)"
                    r"(?:\([*\u2020\u2021]{1,3}\)|[*\u2020\u2021]{0,2})[ ])(?=[A-Z\"\u201c$])")
# (substring tests first: a row holding no stop or mark before a space is no join)
_JOINED_MARKS = (". ", "* ", "\u2020 ", "\u2021 ")


def _next_in_run(number: str, head: str) -> bool:
    """`head` is a number a list prints after `number`: a higher minor of its group ("10.3"
    or, one skipped, "10.5" after "10.2"), or a higher group's first ("21", "21.1" after
    "10.8"), up to Regulation S-K's last."""
    was, now = exhibit_key(number), exhibit_key(head)
    if was is None or now is None or was[2] or now[0] > _TOP_NUMBER:
        return False
    if now[0] == was[0]:
        return was[1] is not None and now[1] is not None and now[1] > was[1]
    return now[0] > was[0] and now[1] in (None, 1)


def _joined_rows(number: str, desc: str) -> list[tuple[str, str, list[str]]]:
    """(number, description, the marks by its number or after its stop) for the row and each
    row joined after it in its paragraph (the first row's marks by its number are its line's:
    none here)."""
    if not any(joint in desc for joint in _JOINED_MARKS):
        return [(number, desc, [])]
    out: list[tuple[str, str, list[str]]] = []
    opened, marks = 0, []
    for head in _JOINED_HEAD.finditer(desc):
        at = head.start("head")
        if not _next_in_run(number, head.group("num")) or desc[
                max(0, at - 16) : at].split()[-1].lower() in _LEADS_TO_ROW:
            continue
        if head.group("after"):  # ("Agreement.* 10.2": the mark closes the row before)
            marks = marks + _MARK_RUN.findall(head.group("after"))
            at = head.start("after")
        out.append((number, desc[opened:at].rstrip(), marks))
        number, opened = head.group("num"), head.end()
        marks = _MARK_RUN.findall(head.group("head"))  # ("*10.5": this row's own mark)
    out.append((number, desc[opened:], marks))
    return out


def _own_citations(number: str, uncut: str, together: list[tuple[str, str, list[str]]]
                   ) -> tuple[list[tuple[str, str, list[str]]], list[bool]] | None:
    """Rows typed on one line ("99.1 Press release  99.2 Credit Agreement, incorporated by
    reference to Exhibit 10.1 to Form 8-K."), parted before their citations are read: each
    row less its own citation, and whether that citation files it elsewhere (not the
    line's); None where the line's uncut words part into other rows."""
    rows = _run_together(number, uncut)
    if [each for each, _, _ in rows] != [each for each, _, _ in together]:
        return None
    clauses = [_filing_clause(desc) for _, desc, _ in rows]
    return ([(each, desc, marks) for (each, _, marks), (desc, _) in zip(rows, clauses,
                                                                        strict=True)],
            [cited for _, cited in clauses])


def _joined_marks(shared: list[tuple[str, str, list[str]]], lead: list[str],
                  marks: list[str]) -> list[list[str]]:
    """Each joined row's own marks: the first row's by its number on the line (`lead`), each
    later row's by its number in the paragraph, and the last row's closing the paragraph too
    (`marks` less `lead`), for each row's legend to be read on its own."""
    own = [list(lead) + shared[0][2], *(list(row_marks) for _, _, row_marks in shared[1:])]
    own[-1] += marks[len(lead):]
    return own


def _each_clause(shared: list[tuple[str, str, list[str]]]
                 ) -> Iterator[tuple[str, tuple[str, bool]]]:
    """Each row split off a joined paragraph with its description less its citation, and
    whether that citation files it elsewhere (see _filing_clause)."""
    for number, desc, _ in shared:
        yield number, _filing_clause(desc)


# An exhibit named in a sentence of the exhibits item, where no list is typed: "(d) Exhibits.
# The following exhibit is furnished: Exhibit 99.1, press release dated May 1, 2008." The
# description runs to a semicolon, a blank line, a sentence's end, the next exhibit or the verb
# after an apposition ("Exhibit 16, the letter from Price Waterhouse LLP ..., is attached").
# (the text's lines are joined first: a sentence wraps)
_IN_PROSE = lazy(
    r"\bExhibit[ \t]+(?:No\.[ \t]*)?(?P<num>\d{1,3}(?:\.\d{1,3})?)(?![\d.]\d)"
    r"[ \t]*+(?:--|[,:\u2013\u2014-])?[ \t]*"
    r"(?!(?i:to|is|are|was|were|has|have|will|hereto|herewith|hereby|below|above|attached|filed"
    r"|furnished|included|incorporated|shall|which|that|and|in|as|of|for|with|by|from|under"
    r"|contains?|includes?|sets|consists|describes|provides|presents|reflects|also)\b)"
    r"(?P<desc>[A-Za-z\"\u201c][^;\n]{2,200}?)"
    r"(?=\.?[ \t]*(?:;|\n|$)|\.[ \t]+[A-Z(]|,?[ \t]+(?:and[ \t]+)?Exhibit[ \t]+\d"
    r"|,[ \t]+(?:is|are|was|were|has|have|will|which)\b)"
)
# A newline that is no blank line, with the blanks around it. (Matched from the first blank of
# a run only: tried from each blank of a long run, it rescanned the run from each one.)
_LINE_BREAK = lazy(r"(?<![ \t\n])[ \t]*\n[ \t]*(?!\n)")


_PROSE_CHARS = 4000  # such a sentence opens the item: a long item is not read through


# A sentence that names the exhibit before its number: "A copy of the press release is
# furnished as Exhibit 99.1 herewith.", "The press release, attached hereto as Exhibit 99.1 and
# incorporated herein by reference, ..."; the number ends the naming ("herewith", "hereto",
# "and incorporated", "to this report", a stop), not "as Exhibit 99.1 to the Form 10-Q of ..."
# (filed elsewhere). The description is the sentence's subject, up to its verb.
_AS_EXHIBIT = lazy(
    r"(?:,?[ ]++(?:(?:which|that)[ ]++)?(?:(?:is|are|has[ ]++been|have[ ]++been|will[ ]++be"
    r"|shall[ ]++be)[ ]++)?(?:(?:hereby|being)[ ]++)?)?"
    r"(?:filed|furnished|attached|included|submitted)(?:[ ]++(?:hereto|herewith))?"
    r"[ ]++as[ ]++Exhibit[ ]++(?:No\.[ ]?)?(?P<num>\d{1,3}(?:\.\d{1,3})?)(?![\d.]\d)"
    r"(?=[ ]*+(?:,[ ]*+)?(?:herewith|hereto|(?:and|is|are)[ ]++(?:is[ ]++)?incorporated"
    r"|(?:to|with)[ ]++this|\.(?:[ ]|$)|[,;]|$))")
_SUBJECT_CHARS = 200  # how far before its verb the sentence naming an exhibit opens
# where the sentence opens: a stop (after a word of four lower-case letters, a figure or a
# bracket: not "Corp." nor "Inc."), a colon or a blank line before it (or the last exhibit it
# named: "... as Exhibit 99.1 herewith and the slides ... as Exhibit 99.2"); then its label,
# "A copy of" and an article before a word in lower case ("the Company's" stays)
_SENTENCE_OPEN = lazy(r"(?s:.*)(?:(?:(?<=[a-z]{4})|(?<=[\d)]))\.[ ]++|[:;][ ]++"
                      r"|\n[ \t]*+\n[ \t]*+)")
_SUBJECT_LEAD = lazy(r"[ ,]*+(?i:(?:herewith|hereto)[ ,]*+)?(?:and[ ]++)?"
                     r"(?i:\(?[a-z]\)[ ]*+)?(?i:exhibits?[ ]*+[.:]?[ ]*+)?"
                     r"(?i:(?:a[ ]++)?cop(?:y|ies)[ ]++of[ ]++)?(?:(?i:the|a|an)[ ]++(?=[a-z]))?")
# (a clause, another filing's exhibit, a list's lead-in or an item named: no description)
_NOT_SUBJECT = lazy(r"(?i:\b(?:which|whom|previously|reference|on|in|pursuant|following"
                    r"|exhibits?|items?)\b)")


def _named_before(text: str) -> list[tuple[int, str, str]]:
    """(where, number, description) of the exhibits named as _AS_EXHIBIT reads them."""
    found: list[tuple[int, str, str]] = []
    last = 0
    for m in _AS_EXHIBIT.finditer(text):
        start, last = max(last, m.start() - _SUBJECT_CHARS), m.end()
        opening = _SENTENCE_OPEN.match(text, start, m.start())
        subject = text[opening.end() if opening else start : m.start()]
        subject = subject[_SUBJECT_LEAD.match(subject).end() :].strip(" ,")
        if len(subject) > 2 and subject[0].isalpha() and not _NOT_SUBJECT.search(subject):
            found.append((m.start(), m.group("num"), subject[0].upper() + subject[1:]))
    return found


def prose_entries(text: str) -> list[tuple[str, str]]:
    """(number, description) of the exhibits a sentence names (see _IN_PROSE)."""
    text = text[:_PROSE_CHARS]
    if "Exhibit" not in text:
        return []
    return [(m.group("num"), _as_printed(squash(m.group("desc")).rstrip(" ,")))
            for m in _IN_PROSE.finditer(_LINE_BREAK.sub(" ", text))]


def named_entries(text: str) -> list[tuple[str, str]]:
    """(number, description) of the exhibits a sentence names before their number (see
    _AS_EXHIBIT)."""
    text = text[:_PROSE_CHARS]
    if "as Exhibit" not in text:
        return []
    return [(number, description)
            for _, number, description in _named_before(_LINE_BREAK.sub(" ", text))]


# Where a description named in a sentence ends and the sentence goes on: its verb saying how
# the exhibit is filed ("... dated May 1, 2008 is furnished with this report", "..., which is
# attached hereto", "... has been filed herewith"), a relative clause (", which the Company
# issued today") or a participle saying so ("..., attached hereto and incorporated ...",
# "... furnished pursuant to Item 2.02 and not deemed filed ..."). A bracket's words stay
# ("(furnished herewith)": _unmarked's).
_PREDICATE = lazy(
    r",?[ ]++(?:(?i:which|that)[ ]++)?(?i:(?:is|are)(?:[ ]++(?:hereby|being|also))?"
    r"|(?:has|have)[ ]++been|(?:will|shall)[ ]++be)[ ]++(?i:filed|furnished|attached"
    r"|included|submitted|incorporated|provided|deemed)\b"
    r"|,[ ]++(?i:which)\b"
    r"|,?[ ]++(?i:filed|furnished|attached|submitted|provided)[ ]++(?i:herewith|hereto|pursuant"
    r"|with[ ]++this|as[ ]++part|and[ ]++(?:not|incorporated)|but[ ]++not|not[ ]++filed)\b")


def _as_printed(description: str) -> str:
    """A run-in or prose description up to where its sentence goes on (see _PREDICATE)."""
    cut = _PREDICATE.search(description)
    if cut is None or _LETTER.search(description, 0, cut.start()) is None:
        return description
    return description[: cut.start()].rstrip(" ,;")


# A list run into the paragraph of its label instead of one entry per line: "(d) Exhibits. 99.1
# Press release of Acme Corp. dated May 1, 2008. 99.2 Slides." or "(c) EXHIBITS: EXHIBIT 99.1 -
# PRESS RELEASE ...". Only a label makes numbers entries ("$99.1 million", "section 2.1 of"
# are prose): "Exhibits" opening a line or after its letters "(d)", "(a)(3)", not a sentence's
# "... among the exhibits.". The patterns part words by `\s`: the paragraph's lines wrap, and
# its blank line is the end the search is given.
# Two scans, each led by what opens its labels (one pattern led by lookbehinds is tried at
# every character, ~10x slower): a bracket not after a word, found by the engine's literal
# search, and a line start (linescan)
_RUN_LABEL_MARKS = lazy(r"\((?<!\S\()[A-Za-z\d]\)(?:\([A-Za-z\d]\))*+[ \t]*+(?i:exhibits?)\b")
_RUN_LABEL_LINE = LinePattern(r"[ \t]*+(?i:exhibits?)\b")
# an entry's head: "99.1 ", "Exhibit 99.1 - ", "EXHIBIT NO. 16: ", then a capital opens the
# description (the number stands alone: not "$99.1", "1.2.3" or the "008" of "2008")
_RUN_HEAD = (r"(?P<word>(?i:exhibit)\s++(?:(?i:no)\.\s*+)?)?(?<![\w$.,/])"
             r"(?P<num>\d{1,3}(?:\.\d{1,2})?)"
             r"(?:\s*+(?:--|[\u2013\u2014:-])\s*+|\s++)"
             r"(?=[A-Z\"\u201c]|(?<=\.\d[ ]|\d\d[ ])[a-z]{2})")
# the first head follows the label's stop and an optional sentence that introduces the list
# ("The following exhibits are filed herewith:", one clause up to its colon)
_RUN_FIRST = lazy(r"\s*+(?:--|[.:\u2013\u2014-])?\s*+(?:[A-Z][^:]{0,160}+:\s*+)?" + _RUN_HEAD)
# a later head follows the description's stop: a bare number needs a period or semicolon before
# it ("dated May 1, 2008. 99.2 Slides"), "Exhibit N" a space or comma ("..., and Exhibit 99.2")
# (`(?<!\s)`: a run of spaces is tried from its first only, not again from each space)
_RUN_NEXT = lazy(r"(?:(?P<stop>[.;])\s++|(?<!\s),?\s++(?=(?:and\s++)?(?i:exhibit)\s))"
                 r"(?:and\s++)?" + _RUN_HEAD)
_BLANK_LINE = lazy(r"\n[ \t]*+\n")
# the sentence after the list ends it: a period, then a capitalised word and a lower-case one
# ("2008. The information in this Item ..."); an initial ("J. Smith and", "L.P.") ends none,
# and neither does a head ("2008. Exhibit 99.2 Slides") or a name ("Acme Corp. Announces");
# a sentence opening on a determiner does ("(the "Release"). The Release is furnished ...")
_RUN_END = lazy(r"(?<![\s.][A-Z])\.(?=\s++(?:[A-Z][a-z]*+\s++[a-z]|(?:The|This|These|Such)\s))")


def _standalone(head: re.Match[str]) -> bool:
    """A bare number needs two digits or a decimal point ("1 Press" is no entry), as
    read_entries asks of entries parted by one space; "Exhibit 1 Underwriting ..." is one.
    A description in lower case follows a bare decimal number only, and opens with none of
    _LOWER_STOPS ("99.1 press release dated ..."; not "Exhibit 99.1 contains", "99.1 and")."""
    num = head.group("num")
    if head.string[head.end() : head.end() + 1].islower():
        first = head.string[head.end() : head.end() + 20].split(None, 1)[0].rstrip(".,;:")
        return head.group("word") is None and "." in num and first.isalpha() \
            and first not in _LOWER_STOPS
    return head.group("word") is not None or num[1:2].isdigit() or "." in num


def _run_labels(text: str) -> Iterator[int]:
    """Where each label ends, in order (the two scans' labels never overlap: a line's has no
    bracket, a bracketed one no line start inside)."""
    return merge((m.end() for m in _RUN_LABEL_MARKS.finditer(text)),
                 (m.end() for m in _RUN_LABEL_LINE.finditer(text)))


def run_in_entries(text: str) -> list[tuple[str, str]]:
    """(number, description) of a list run into its label's paragraph (see _RUN_LABEL_MARKS).

    Each description runs to the next head, the last to the paragraph's or its sentence's end;
    a description keeps the period it is printed with, as a line entry does."""
    text = text[:_PROSE_CHARS]
    para_end = -1  # where the paragraph of the label ends (labels of one paragraph share it)
    for label_end in _run_labels(text):
        if para_end < label_end:
            blank = _BLANK_LINE.search(text, label_end)
            para_end = blank.start() if blank else len(text)
        head = _RUN_FIRST.match(text, label_end, para_end)
        if head is None or not _standalone(head):
            continue
        end = _RUN_END.search(text, head.end(), para_end)
        stop = end.end() if end else para_end
        entries: list[tuple[str, str]] = []
        num, start = head.group("num"), head.end()
        for nxt in _RUN_NEXT.finditer(text, start, stop):
            if not _standalone(nxt):
                continue  # "2008. 3 Months Ended": one digit, part of the description
            # a period that parts entries also ends the description, as printed on a line
            desc = text[start : nxt.start()] + ("." if nxt.group("stop") == "." else "")
            entries.append((num, _as_printed(squash(desc).rstrip(" ,;"))))
            num, start = nxt.group("num"), nxt.end()
        entries.append((num, _as_printed(squash(text[start:stop]).rstrip(" ,;"))))
        return entries
    return []


# a numbered entry over a lettered line: "2. Merger Agreement, dated ..., including" over
# "Exhibit A - Form of Voting Agreement" (the agreement's own exhibit)
_NUMBERED_LINE = LinePattern(
    r"[ \t]*+(?:(?i:exhibit)[ \t]++)?\d{1,3}(?:\.\d{1,2})?[.)]?[ \t]+[A-Z]")


def _lettered_entries(region: str) -> list[tuple[str, str]]:
    """A schedule's "Exhibit A - ..." entries, none when a numbered line stands above them."""
    first = _EXHIBIT_LETTER.search(region)
    if first is None or _NUMBERED_LINE.search(region, 0, _EXHIBIT_LETTER.line_start(first)):
        return []
    return read_entries(region, _EXHIBIT_LETTER)


def _numbered_documents(ctx: Context) -> bool:
    """Whether an exhibit document of the submission is typed by a number other than 99
    ("EX-1", "EX-2"): the filer numbered the schedule's exhibits, so an "Exhibit A" line is
    some other paper's (EX-99, EX-99.A, EX-99.1 carry a schedule's lettered exhibits)."""
    if ctx.envelope is None:
        return False
    for doc in ctx.envelope.documents:
        key = exhibit_key(doc.type) if doc.type and doc.type.upper().startswith("EX-") \
            else None
        if key is not None and key[0] != 99:
            return True
    return False


# A table row whose cells stack several exhibits with <br>s renders as one line, the breaks
# as spaces: the number cell "99.1<br>99.2" by the description cell "Press release ...<br>
# Investor presentation" ("99.1 99.2<tab>Press release dated May 1, 2024 Investor
# presentation"), or, after a bullet or a label cell, one cell of whole rows ("(d)<tab>
# Exhibits<br>99.1 Press release ...<br>99.2 Investor presentation"). _unstacked gives each
# exhibit its own line back. (The numbers go up, none above _TOP_NUMBER: no row of figures.)
_STACK_NUM = r"\d{1,3}(?:\.\d{1,3}(?:\.\d{1,2})?|\.[A-Z]{3})?[*\u2020\u2021]{0,2}"
# One scan of the region's lines finds both (two scans, of each line start and of each tab,
# cost half as much again): a line opening with the stacked numbers, or a line whose first or
# second cell opens with a row ("99.1 Press release", "Exhibits 99.1 Press release", "Exhibit
# 99.1 - Press release"; the cell before it a bullet or a label of up to 12 characters,
# "(d)", "\u2022"). (The lookaheads, possessive, fail a line that holds no second number or
# no row at once.)
_STACKED_ROW = LinePattern(
    r"(?:[ \t]*+(?=(?:Exhibit[ ]++)?\d[\d.A-Z*\u2020\u2021]{0,12}+[ ]++(?:Exhibit[ ]|\d))"
    rf"(?P<nums>(?:Exhibit[ ]++)?{_STACK_NUM}"
    rf"(?:[ ]++(?:Exhibit[ ]++)?{_STACK_NUM}){{1,19}}+)[ ]*+\t[ \t]*+{_SPACER}(?P<desc>[^\t\n]++)"
    r"|[^\t\n]{0,12}+\t[ \t]{0,8}+(?=[\dEe])(?:(?:EXHIBITS?|Exhibits?)[.:]?[ ]{1,8}+)?"
    r"(?=(?:(?i:exhibit)[ ])?\d{1,3}+\.?+\d{0,3}+[*\u2020\u2021]{0,2}+"
    r"(?:[ ]?[-\u2013\u2014:])?[ ][A-Z\"\u201c]))")
_STACK_NUMBER = lazy(r"\d{1,3}(?:\.\d{1,3}(?:\.\d{1,2})?|\.[A-Z]{3})?")
# a row's head inside such a cell: its number (a point in it, or three digits),
# a space and a capital; not a number a word leads to ("Item 2.02 Results", "Section 2.1")
_CELL_HEAD = lazy(r"(?<![^ ])(?:(?i:exhibit)[ ])?(?P<num>\d{1,3}\.\d{1,3}|1\d\d)"
                  r"[*\u2020\u2021]{0,2}(?:[ ]?[-\u2013\u2014:])?[ ](?=[A-Z\"\u201c])")
_HEAD_AFTER = frozenset("item items section sections rule rules form no. nos. exhibit exhibits "
                        "article note schedule annex appendix part and or to of in under "
                        "per see".split())
# the words after which a description goes on (a cut there is no row's end)
_CUT_LEADS_ON = _RUNS_ON_WORDS | frozenset(
    "dated issued entitled titled named made filed furnished & - \u2013 \u2014 no.".split())
_LEADS_TO_ROW = _HEAD_AFTER | _CUT_LEADS_ON | {"as"}  # (see _run_together)


def _rising(numbers: list[str]) -> bool:
    """Exhibit numbers that go up, each with a point or of three digits ("99.1", "104"):
    no figures ("10 Main Street", "12 15")."""
    keys = [exhibit_key(number) for number in numbers]
    if any(key is None or key[0] > _TOP_NUMBER or "." not in number and key[0] < 100
           for key, number in zip(keys, numbers, strict=True)):
        return False
    return all(a < b for a, b in pairwise(map(_rank, numbers)))


def _cut_score(before: str, word: str, after: str) -> int:
    """How surely a description cell's words part two exhibits between `before` and `word`
    (a capital opens `word`): after a stop, a bracket or a year, 3 (4 before Regulation
    S-K's "Cover Page" of exhibit 104); after a lower-case word that leads on to nothing
    ("Press release Investor presentation"), 2; after a capitalised word ("Inc. Data
    sheet", title case), 1; 0 where the words go on ("dated May", "of Acme", "J. Smith")."""
    if word[:1] not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ\"\u201c" or word.lower() in _CUT_LEADS_ON:
        return 0  # (nor does a description open "Dated ..." or "By ...")
    if word == "Cover" and after.lower() == "page":
        return 4
    low = before.lower()
    if low in _CUT_LEADS_ON or before[-1:] == "," or len(before) == 2 and before[1] == ".":
        return 0
    if before[-1] in ".);" or before.isdigit():
        return 3
    return 1 if before[0].isupper() else 2


_SURE_CUT = 2  # a cut between two capitalised words is no sure one ("Forms of Employment
# Agreement" for "10.1 10.2", two exhibits of one description, is not cut)


def _split_description(desc: str, parts: int) -> list[str] | None:
    """A stacked description cell cut into `parts` descriptions at its surest cuts; None
    when one of them is not sure or not told apart (the next best ties the last taken)."""
    words = desc.split()
    scored = sorted(((_cut_score(words[k - 1], words[k], words[k + 1:k + 2] and words[k + 1]
                                 or ""), k) for k in range(1, len(words))),
                    key=lambda pair: -pair[0])
    need = parts - 1
    if len(scored) < need or scored[need - 1][0] < _SURE_CUT or (
            len(scored) > need and scored[need][0] == scored[need - 1][0]):
        return None
    cuts = sorted(k for _, k in scored[:need])
    return [" ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)]


def _unstacked_cell(line: str, at: int) -> list[str] | None:
    """The lines of a cell that stacks whole rows, its first number at `at` (see
    _STACKED_ROW): the cells before it on a line of their own, then a line for each row;
    None for a cell of one row."""
    end = line.find("\t", at)
    text = line[at : len(line) if end < 0 else end]
    heads = [m for m in _CELL_HEAD.finditer(text) if m.start() == 0 or (
        text[:m.start()].split()[-1].lower() not in _HEAD_AFTER)]
    while len(heads) > 1 and not _rising([m.group("num") for m in heads]):
        heads.pop()  # (a later number that does not rise is the description's)
    if len(heads) < 2 or heads[0].start() != 0:
        return None
    lead = line[:at].rstrip(" \t")
    rows = [f"{a.group('num')}\t{text[a.end() : b.start() if b else len(text)].strip()}"
            for a, b in zip(heads, [*heads[1:], None], strict=True)]
    return ([lead] if lead.strip() else []) + rows


def _unstacked(region: str) -> str:
    """The region with each stacked row (see _STACKED_ROW) given back a line per exhibit."""
    edits: list[tuple[int, int, str]] = []  # (line start, end, the lines for it)
    for row in _STACKED_ROW.finditer(region):
        start = _STACKED_ROW.line_start(row)
        if row.group("nums") is None:  # (a cell of whole rows)
            end = region.find("\n", row.end())
            end = len(region) if end < 0 else end
            if lines := _unstacked_cell(region[start:end], row.end() - start):
                edits.append((start, end, "\n".join(lines)))
            continue
        numbers = _STACK_NUMBER.findall(row.group("nums"))
        if not _rising(numbers):
            continue
        descs = _split_description(row.group("desc"), len(numbers))
        if descs is not None:
            edits.append((start, row.end(), "\n".join(
                f"{number}\t{desc}" for number, desc in zip(numbers, descs, strict=True))))
    if not edits:
        return region
    pieces, at = [], 0
    for start, end, lines in edits:  # (in the order of their lines)
        pieces += [region[at:start], lines]
        at = end
    return "".join(pieces) + region[at:]


def _lists_exhibits(item: Any) -> bool:
    """The exhibits item by number (8-K 7 / 9.01, 10-K 14 / 15, 20-F 19), or any item whose
    title names exhibits (a 10-Q's Part II "Item 6. Exhibits")."""
    return item.number in EXHIBIT_ITEMS or "exhibit" in (item.title or "").lower()


def _entries(ctx: Context, elsewhere: set[str]) -> list[list[tuple[str, str]]]:
    """The entries of each region that lists exhibits; an exhibits item that lists none on
    lines may run its list into its label's paragraph, or name them in a sentence (the
    numbers of those a list says are filed elsewhere are added to `elsewhere`)."""
    regions = _regions(ctx)
    # _regions puts the exhibits items' texts first: that many regions are items
    listing = [item for item in ctx.items if item.text and _lists_exhibits(item)]
    items = len(listing)
    form = (ctx.form_type or "").upper()
    lettered = form.startswith(_LETTERED_FORMS)
    letters = form.startswith(_EXHIBIT_LETTER_FORMS) and not _numbered_documents(ctx)
    out = []
    for k, region in enumerate(regions):
        if "\xa0" in region:  # a plain-text list spaced with NBSP (cp1252 A0): blanks
            region = region.replace("\xa0", " ")
        if "\t" in region:  # (a row whose cells stack exhibits with <br>s)
            region = _unstacked(region)
        if k < items and listing[k].number in _REPORT_ITEMS and form.startswith("8-K"):
            region = _from_exhibits_label(region)
        entries = read_entries(region, elsewhere=elsewhere)
        # a schedule's other items are lettered too (Item 13's "(a) Purposes."): only an item
        # titled exhibits, or an index, holds lettered exhibits; they precede "107" (the fee
        # table), as apply wants numbers going up
        if lettered and (k >= items or "exhibit" in (listing[k].title or "").lower()):
            entries = [(number, description)
                       for number, description in read_entries(region, _LETTERED, elsewhere)
                       if not _NOT_APPLICABLE.fullmatch(description)] + entries
        # (only where the list is lettered: under a numbered "Exhibit 1  Stock Purchase
        # Agreement", "Exhibit A - Form of Warrant" is the agreement's own exhibit)
        if letters and not entries and (
                k >= items or "exhibit" in (listing[k].title or "").lower()):
            entries = _lettered_entries(region)
        if not entries and k < items:
            # the run-in reader first: its label makes it the surer reading of one text
            entries = run_in_entries(region) or prose_entries(region) \
                or named_entries(region)
        if not entries:  # (the weakest reading, last: a page number may stand alone too)
            entries = _split_entries(region)
        out.append(entries)
    return out


# A number alone on its line, its description on the next (after a blank line or not): HTML
# that prints each in a paragraph, a <div> or a table row of its own ("99.1" / "Press release
# issued May 1, 2012"); a heading ("Item 9.01", "PART IV", "SIGNATURES") is no description.
# A lone one-digit integer is none (a page number, a list's count). The number may follow
# "Exhibit" ("Exhibit 99.1" / "Press release dated March 3, 2025", each its own paragraph, the
# description's indent lost), its description then opening with a capital over lower case (a
# heading over a release, "EXHIBIT 99.1" / "FOR IMMEDIATE RELEASE", is none).
_LONE_NUMBER = LinePattern(
    r"([ \t]*+(?P<word>(?:Exhibit|EXHIBIT|Ex\.|EX-)[ \t]*+(?:No\.[ \t]*+)?)?"
    r"(?:\d{2,3}(?:\.\d{1,3})?|\d\.\d{1,3})(?:\([a-z]\))?[*\u2020\u2021]{0,2})"
    r"[ \t]*+\n(?:[ \t]*+\n){0,2}+[ \t]*+"
    r"(?=(?!(?i:item|part|signatures?|exhibits?|page)\b)[A-Z\"\u201c])"
    r"(?=(?(word)[\"\u201c]?[A-Z][a-z]))")
_DECIMAL = lazy(r"\d\.\d")


# The label right over such a list: "(d) Exhibits.", "Exhibits:", "Exhibit Index" (a sentence
# naming exhibits is none: "(a) Exhibits: see the Exhibit Index following the signature page.")
_SPLIT_LABEL = lazy(r"[ \t]*+(?:\([a-z]\)[ \t]*+)?(?:(?:list|index)[ \t]++(?:of|to)[ \t]++)?"
                    r"exhibits?(?:[ \t]++index)?[ \t.:\-\u2013\u2014]*+", re.I)
_SPLIT_INTRO_CHARS = 200  # a longer lead-in ending in a colon is a paragraph, no label
_PAGE_INDENT = 20  # a lone number indented deeper is a centred page number
_SPLIT_GAP = 1000  # how near a list's next lone number stands


def _split_label(above: str) -> bool:
    """The line over a list's first lone number is its label, a lead-in ending in a colon
    ("The following exhibits are furnished herewith:") or its column head."""
    return _SPLIT_LABEL.fullmatch(above) is not None or _header_row(above) or (
        above.endswith(":") and len(above) <= _SPLIT_INTRO_CHARS and "xhibit" in above.lower())


def _split_entries(region: str) -> list[tuple[str, str]]:
    """A list whose numbers stand on lines of their own over their descriptions, read with
    each number joined to its description's line; only right under the list's label or column
    head ("(d) Exhibits", "Exhibit No." / "Description"), at the list's margin (not centred:
    page numbers over the titles of the financial statements, or after "see the Exhibit
    Index.", are none), and with a number shaped as an exhibit's ("99.1") or a second lone
    number near, unless a column head names them numbers."""
    lone = list(_LONE_NUMBER.finditer(region))
    decimal_from = len(lone)  # the first of the lone numbers from which on one is a decimal
    for k in range(len(lone) - 1, -1, -1):
        if _DECIMAL.search(lone[k].group(1)) is not None:  # (not "Ex. 104")
            decimal_from = k
    for k, first in enumerate(lone):
        at = _LONE_NUMBER.line_start(first)
        if _line_indent(first.group(1)) > _PAGE_INDENT:
            continue
        above = region[max(0, at - 200) : at].rstrip()
        above = above[above.rfind("\n") + 1 :].strip()
        if not _split_label(above):
            continue
        if not _header_row(above) and decimal_from > k and not (
                k + 1 < len(lone) and lone[k + 1].start() - first.end() <= _SPLIT_GAP):
            continue  # "(d) Exhibits." over "12" / "Report of Independent Accountants"
        joined = _LONE_NUMBER.rest.sub("\n\\1\t", "\n" + region[at:])
        return read_entries(region[:at] + joined[1:])
    return []


# An 8-K's exhibits item parts its text by letters: "(a) Financial Statements of Businesses
# Acquired", "(b) Pro Forma Financial Information", then "(c) Exhibits" ("(d)" from 2004). The
# statements listed under (a) and (b) ("1.  Report of Independent Accountants.", "2.  Balance
# Sheets as of ...") are no exhibits: the list opens at the label of its part.
_REPORT_ITEMS = ("7", "9.01")
# (the label is found by its bracket, a literal the engine skips to, then checked to open its
# line: a line-start pattern is tried at each character, several times slower)
_EXHIBITS_PART = lazy(r"\([a-dA-D]\)[ \t]*+(?i:exhibits?)\b")


# What a label that heads its part may have after it on its line: nothing, a stop, an entry
# ("(c) Exhibits.  99.1  Press release"), a short answer ("None.", "Not applicable."), or
# words leading to the list below ("(c) Exhibits. The following exhibits are filed
# herewith:"); "(c) Exhibits required by Item 601 ... are listed above." is a sentence about
# a list elsewhere
_LABEL_REST = lazy(
    r"[ \t.:\-\u2013\u2014]*+(?:$|\d|[^\n]{0,30}\.[ \t]*$|[^\n]{0,200}:[ \t]*$)", re.M)


def _from_exhibits_label(text: str) -> str:
    for label in _EXHIBITS_PART.finditer(text):
        line = text.rfind("\n", 0, label.start()) + 1
        if not text[line : label.start()].strip() and _LABEL_REST.match(text, label.end()):
            return text[line:]
    return text


# An index run onto its next page prints its heading again ("EXHIBIT INDEX" over the
# column heads): the list opens under the heading of its first page where the text above
# the repeated one ends with an entry, then only page furniture (a page number "2", "-2-",
# "Page 2 of 3", "E-2", a rule, a form feed).
_PAGE_BACK = 20_000  # how far above a repeated heading the one of the page before stands
_FURNITURE = lazy(r"[ \t\f]*+(?:(?:(?i:page)[ ])?[-\u2013\u2014]?[ ]?(?:\d{1,3}|E-\d{1,3}"
                  r"|(?-i:[ivx]{1,5}))[ ]?[-\u2013\u2014]?(?:[ ](?i:of)[ ]\d{1,3})?"
                  r"|<PAGE>|[-_=]{3,}+)?[ \t\f]*+")


def _index_start(text: str, last: re.Match[str]) -> int:
    """Where the index under its last heading `last` opens: under that heading, or under the
    heading of the page it runs on from (see _PAGE_BACK)."""
    while True:
        low = max(0, last.start() - _PAGE_BACK)
        if text.rfind(last.group().strip(), low, last.start()) < 0:
            return last.end()  # (the same heading printed above: a substring test first)
        above = deque(_INDEX_HEADING.finditer(text, low, last.start()), maxlen=1)
        rows = deque(_ENTRY.finditer(text, above[0].end(), last.start()), maxlen=1) \
            if above else None
        if not rows:
            return last.end()
        lines = text[rows[0].end() : last.start()].split("\n")
        wrapped = next((k for k, line in enumerate(lines[1:], 1) if not line.strip()), 1)
        if not all(_FURNITURE.fullmatch(line) for line in lines[wrapped:]):
            return last.end()  # (the entry's wrapped lines, then only the page's furniture)
        last = above[0]


def _regions(ctx: Context) -> list[str]:
    """The texts that may list exhibits: the exhibits items first, then an index."""
    regions = [item.text for item in ctx.items if item.text and _lists_exhibits(item)]
    if ctx.primary is not None and ctx.primary.readable:
        text = ctx.primary.text
        last = _INDEX_HEADING.last(text)  # (an index is printed last: read from the end)
        if last is not None:
            regions.append(text[_index_start(text, last):])
        # (a report with no items, a 6-K above all, lists its exhibits under a bare heading
        # too; an exhibit saved on its own, "EX-10.1", is none: its "EXHIBITS" lists its own)
        if not regions and (ctx.items or not (ctx.form_type or "").upper().startswith("EX-")):
            regions.extend(_under_bare_heading(text) or (
                _under_header_row(text) if (ctx.form_type or "").upper().startswith("6-K")
                else []))
    assert ctx.envelope is not None
    for doc in ctx.envelope.documents:
        if doc is not ctx.primary and doc.readable and not doc.type and doc.bytes < 50_000:
            regions.append(doc.text)  # an exhibit index filed as a document of its own
    return regions


# A report without an exhibits item may still list them under a bare heading inside another
# item (Southern Company 2007: Item 2.02 ends "Exhibits" over "Exhibit 99.01<tab>Press
# Release."); a sentence or two may come between, so the list opens near the heading.
_BARE_HEADING = LinePattern(r"[ \t]*+(?:EXHIBITS|Exhibits)[ \t]*+[.:]?[ \t]*$")
_BARE_LEAD = 1500  # how far under the heading its list opens
_BARE_CHARS = 20_000
# ... and what such a sentence speaks of ("The following exhibits relate to ...", "The
# following documents are included in this report:"), or a header row over the list
# ("Exhibit Number   Description", "No.     Description"); a press release's "Exhibits"
# section of trade shows ("Acme will exhibit at the following trade shows:") has neither,
# and a date opens none of its lines ("26 February 2024  MWC Barcelona"), though an
# exhibit's title may open with one ("99.1   May 2024 Investor Presentation")
_BARE_INTRO = lazy(r"(?i:exhibits\b|exhibit[ ](?:is|no|\d)|following[ ](?:exhibits?|documents?"
                   r"|items?|materials?|information|are|is|has|have)\b|included[ ](?:herein"
                   r"|herewith|in|as|with)\b|furnished|filed|attached|herewith)")
_COLUMN_WORDS = frozenset(("exhibit", "exhibits", "ex", "exh", "number", "numbers", "no", "nos",
                           "#", "description", "descriptions", "document", "documents", "item",
                           "items", "index", "of", "the", "title", "name", "page", "sequential",
                           "sequentially", "numbered", "method", "filing", "location",
                           "incorporated", "by", "reference"))
_DAY_MONTH = lazy(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ ]"
                  r"(?:19|20)\d\d\b")


def _header_row(line: str) -> bool:
    """A list's column header ("Exhibit No.   Description of Exhibit"), rules between its
    words aside; a rule line alone is none (it may underline the heading over prose)."""
    words = [word for word in line.lower().split() if word.strip("-_=")]
    return 0 < len(words) <= 8 and all(word.strip(".:") in _COLUMN_WORDS for word in words)


def _under_bare_heading(text: str) -> list[str]:
    last = _BARE_HEADING.last(text)
    if last is None:
        return []
    start = last.end()
    first = _ENTRY.search(text, start, start + _BARE_CHARS)
    if first is None or (line := _ENTRY.line_start(first)) - start > _BARE_LEAD:
        return []
    intro = text[start:line]
    if intro.strip(" \t\n-_=") and not _BARE_INTRO.search(intro) \
            and not any(map(_header_row, intro.splitlines())):
        return []  # (a rule line underlining the heading is no intro)
    num = first.group("num")
    if num.isdigit() and 1 <= int(num) <= 31 and _DAY_MONTH.match(first.group("desc")):
        return []  # ("26 February 2024": a day, its month and year)
    return [text[line : start + _BARE_CHARS]]


# A list with no heading at all, under its column head alone ("This report contains the
# following:" over "Exhibit No.     Description"; a 6-K's "Exhibit No.  Document"): a row
# that names the exhibit column and the description's, the first entry right under it
_HEAD_ROW = LinePattern(r"[ \t]*+(?:EXHIBIT|Exhibit|EXH?\.|Exh?\.)[ \t][^\n]{0,80}$")
_DESCRIPTION_WORDS = frozenset(("description", "descriptions", "document", "documents", "title"))
_HEAD_ROW_LEAD = 300  # how far under its head row the first entry opens (a rule between)
# A 6-K's list follows its cover, above its signature: a head row further down is an
# included agreement's table ("Exhibit No.  Description" over "1  Form of Revolving Note"),
# as it is in any 8-K
_HEAD_ROW_WITHIN = 12_000


def _under_header_row(text: str) -> list[str]:
    """The list under the first such head row near the top of a 6-K, as _under_bare_heading
    gives it."""
    signed = SIGNATURE_LINES.search(text, 0, _HEAD_ROW_WITHIN)  # (the report ends there)
    within = _HEAD_ROW_WITHIN if signed is None else signed.start()
    for row in _HEAD_ROW.finditer(text):
        if row.start() >= within:
            break
        line = row.group().strip().lower()
        if not _header_row(line) or _DESCRIPTION_WORDS.isdisjoint(
                word.strip(".:") for word in line.split()):
            continue
        first = _ENTRY.search(text, row.end(), row.end() + _HEAD_ROW_LEAD)
        if first is not None and not text[row.end() : _ENTRY.line_start(first)].strip(" \t\n-_="):
            return [text[_ENTRY.line_start(first) : row.end() + _BARE_CHARS]]
    return []


def _exhibit_documents(documents: list[Document]) -> tuple[dict[tuple, Document],
                                                             list[Document]]:
    """The exhibit documents by the key of their <TYPE>, and those whose <TYPE> an earlier
    one has (two "EX-99" headed "EXHIBIT 99.1" and "EXHIBIT 99.2")."""
    found: dict[tuple, Document] = {}
    again: list[Document] = []
    for doc in documents:
        if doc.type and doc.type.upper().startswith("EX-"):
            key = exhibit_key(doc.type)
            if key is not None:
                if key in found:
                    again.append(doc)
                else:
                    found[key] = doc
    return found, again


def _sibling(key: tuple[int, int | None, str]) -> tuple[int, int | None, str]:
    """Lists say "99" for the document typed "EX-99.1", and the other way round."""
    major, minor, suffix = key
    return (major, 1, suffix) if minor is None else (major, None, suffix)


def _agree(one: tuple, other: tuple) -> bool:
    """Two keys that may name one exhibit: the same number, one less precise than the other
    ("99" and "99.2", "99" and "99(a)", "99.(A)(5)" and "(a)(5)(C)"), or a letter for a
    number ("99-A" and "99.1")."""
    return one[0] == other[0] and (one[1] is None or other[1] is None or one[1] == other[1]) \
        and (not one[2] or not other[2] or one[2] == other[2]
             or other[2].startswith(one[2] + "(") or one[2].startswith(other[2] + "("))


# A document's own heading, one of its first lines: "EXHIBIT 24(D)", "Exhibit 99.1",
# "Exhibit No. 10.2", the number typed with a dash or a letter ("EXHIBIT 99-1", "Exhibit
# 99-A", "Exhibit 99.B"), or the <TYPE> printed atop it ("EX-99.1"; a bare "EX-99" adds
# nothing to the <TYPE>), also with a space or a point for its hyphen ("EX 99.1", "Ex. 99.1",
# as lists type them); the number as exhibit_key reads it
_OWN_HEADING = lazy(r"(?:(?i:exhibit)[ \t]+(?:(?i:no)\.?[ \t]*)?"
                    r"|(?i:ex)(?:-|\.?[ ]?)(?=\d{1,3}[.-]))"
                    r"(?P<num>\d{1,3}(?:[.-]\d{1,3}|[.-]?[A-Za-z](?![A-Za-z]))?"
                    r"(?:\.?[ \t]?\([A-Za-z0-9]{1,3}\))?)\.?")
# the title typed after the heading on its line: "Exhibit 99.1 - Press Release", "EXHIBIT
# 99.1: PRESS RELEASE", "Exhibit 99.1 Letter to Shareholders" (or "Exhibit 99.1 to Form 8-K")
_HEAD_THEN_TITLE = lazy(r"[ \t]*(?:--|[-:\u2013\u2014])[ \t]*|[ \t]+")
# lines over a document's title that are not it
_OVER_TITLE = lazy(r"(?i:(?:execution|conformed)[ ](?:copy|version)|for[ ]immediate[ ]release"
                   r"|confidential|ex-\S+)")
_OPENING_BYTES = 12_000  # a long document's heading and title: only its start is rendered
_OPENING_CHARS = 3000
_OPENING_LINES = 6
_WORD = lazy(r"[a-z0-9]+")
# a listed exhibit that is not attached here: no document is linked to it by heading or title
# (not "... the Underwriting Agreement Basic Provisions dated June 30, 1993 incorporated by
# reference therein": another document's own incorporation, Turner 1994; nor one taken into
# this report, see _TAKEN_IN)
_NOT_ATTACHED = lazy(r"(?i:incorporated[ ]+(?:herein[ ]+)?by[ ]+reference(?![ ]+there)(?!"
                     + _TAKEN_IN + r")|previously[ ]+filed)")
# (the reference names a source: "... incorporated by reference to Exhibit 13 to ...")
_CITES_SOURCE = lazy(r"[ ]+(?i:to|from)\b")


def _not_attached(description: str | None) -> bool:
    """The entry says it is not attached here (see _NOT_ATTACHED); not a row naming portions
    of a report whose incorporation names no source ("Portions of the Annual Report to
    Stockholders ... incorporated herein by reference": this report takes them in, its EX-13
    holds them; see _portions_taken_in)."""
    if not description or (cited := _NOT_ATTACHED.search(description)) is None:
        return False
    return _PORTIONS.match(description) is None \
        or _CITES_SOURCE.match(description, cited.end()) is not None


def _opening(doc: Document) -> tuple[str | None, list[str]]:
    """A document's own exhibit number, from its heading, and the titles it goes by: its
    description, its first line and its first two lines below the heading. (A 300 KB
    contract is not rendered whole to read them: the start of its body is, and a plain text
    body is read as it stands, less its "<PAGE>" tags.)"""
    if not doc.readable:  # XBRL, PDF, graphics: no heading to read
        return None, [doc.description or ""]
    if doc.format != HTML:
        text = doc.body[:_OPENING_CHARS]
        if "\xa0" in text:  # (a cp1252 no-break space: "Exhibit\xa023(b)")
            text = text.replace("\xa0", " ")
    elif doc.bytes <= _OPENING_BYTES:
        text = doc.text[:_OPENING_CHARS]
    else:
        text = html_to_text(doc.body[:_OPENING_BYTES])[:_OPENING_CHARS]
    lines = [line for line in (line.strip() for line in text.split("\n"))
             if line and line[0] != "<"]
    own, title = None, []
    for line in lines[:_OPENING_LINES]:
        head = _OWN_HEADING.match(line) if line[0] in "Ee" else None
        rest = ""
        if head is not None and head.end() < len(line):
            after = _HEAD_THEN_TITLE.match(line, head.end())
            head, rest = (head, line[after.end() :]) if after else (None, "")
        if head is None:
            if title or not _OVER_TITLE.fullmatch(line):
                title.append(line)
            continue
        own = own or head.group("num")
        if rest:
            title.append(rest)
    if own is None and doc.description:  # <DESCRIPTION>EXHIBIT 99.2 (Entrada 2001)
        head = _OWN_HEADING.fullmatch(doc.description.strip())
        own = head.group("num") if head else None
    return own, [doc.description or "", *title[:1], " ".join(title[:2])]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())[:12]


def _by_title(titles: list[str], listed: dict[str, list[tuple[tuple, list[str]]]],
              unlinked: dict[tuple, dict[str, Any]]) -> set[tuple]:
    """The keys of the unlinked entries whose description one of the document's titles is, or
    opens: "AGREEMENT AND PLAN OF REORGANIZATION" over "AND MERGER" for "1. Agreement and Plan
    of Reorganization and Merger, dated as of ..." (`listed`: their words by the first)."""
    fits = set()
    for title in titles:
        words = _words(title)
        if len(words) < 2 or words[0] in ("exhibit", "ex"):
            continue
        for key, entry in listed.get(words[0], ()):
            short = min(len(words), len(entry))
            if short >= 2 and key in unlinked and words[:short] == entry[:short]:
                fits.add(key)
    return fits


# A generic <TYPE>'s number in its file's name: "dex992.htm" (Donnelley), "ex99-2.txt",
# "exhibit99_2.htm", "exv99w2.htm" (Bowne), "ex99d2.htm", "a8-kex992q4.htm": "ex", the
# digits, then a minor number after a separator or run on ("992" under an EX-99 is 99.2)
_FILE_NUMBER = lazy(r"ex(?:h(?:ibit)?)?[-_]?v?(\d{1,5})(?:[-_.dw](\d{1,3}))?(?!\d)")


def _filed_as(filename: str | None, type_key: tuple | None) -> tuple | None:
    """The key of the exhibit the file's name numbers, under a <TYPE> with no minor number
    ("EX-99", "EX-10"): the name's digits open with the type's ("ex10-2" for EX-10)."""
    if not filename or type_key is None or type_key[1] is not None or type_key[2]:
        return None
    major = str(type_key[0])
    for match in _FILE_NUMBER.finditer(filename.lower().rsplit("/", 1)[-1]):
        digits, minor = match.groups()
        if minor is None and digits.startswith(major):
            minor = digits[len(major):]  # "992": 99, then 2
        elif digits != major:
            continue
        if minor and len(minor) <= 2 and int(minor):
            return type_key[0], int(minor), ""
    return None


def _sharper(own: tuple | None, named: tuple | None) -> tuple | None:
    """The heading's key, or the file's where the heading gives none or only the type's
    major number ("EXHIBIT 99" atop "dex992.htm")."""
    if named is None or own is not None and (own[1] is not None or own[2]
                                             or not _agree(own, named)):
        return own
    return named


def _place(docs: list[Document], unlinked: dict[tuple, dict[str, Any]],
           exhibits: list[dict[str, Any]], seen: set[tuple], away: set[tuple]) -> None:
    """Documents no listed number names by their <TYPE> ("EX-23.(D)" under "24(d) Consent of
    Price Waterhouse", "EX-99" under "10.1 Agreement and Plan of Merger", "EX-99" under
    "99.1"), in the order of the surer signs: the number its own heading gives ("EXHIBIT
    24(D)", "EXHIBIT 99-1"), or that number's sibling; a title that opens one entry only; its
    <TYPE>'s sibling (a list says "99.1" for the document typed "EX-99", or "99" for the
    "EX-99.1"); then the order they are filed in (_by_order). The others are added, numbered
    as their heading says ("EXHIBIT 99.1" atop an "EX-99"), also a number the list says is
    filed elsewhere (`away`) when the <TYPE> agrees ("EXHIBIT 10.1" atop an "EX-10" where
    "10.1 ... (incorporated by reference ...)": that document is no exhibit "10")."""
    # (an entry the list says is filed elsewhere is none of them)
    unlinked = {key: entry for key, entry in unlinked.items()
                if not _not_attached(entry["description"])}
    openings = [_opening(doc) for doc in docs]
    placed = [False] * len(docs)
    owns = [exhibit_key(own) if own else None for own, _ in openings]
    typed = [exhibit_key(doc.type or "") for doc in docs]
    # the links' signs: the heading's number, or the file's where it says more
    signs = [_sharper(own, _filed_as(doc.filename, type_key))
             for own, type_key, doc in zip(owns, typed, docs, strict=True)]

    def link(keys: list[tuple | None], near: Any) -> None:
        for k, key in enumerate(keys):
            if key is not None and not placed[k]:
                entry = unlinked.pop(near(key), None)
                if entry is not None:
                    entry["document"], placed[k] = docs[k].sequence, True

    # (each sign for all documents before the next: a sibling takes no number another
    # document's heading names)
    link(signs, lambda key: key)
    link(signs, _sibling)
    listed: dict[str, list[tuple[tuple, list[str]]]] = {}
    for key, entry in unlinked.items():
        words = _words(entry["description"] or "")
        if words:
            listed.setdefault(words[0], []).append((key, words))
    for k, (_, titles) in enumerate(openings):  # then by title, if it fits one entry only
        if placed[k] or not listed:
            continue
        fits = _by_title(titles, listed, unlinked)
        if len(fits) == 1:
            unlinked.pop(fits.pop())["document"], placed[k] = docs[k].sequence, True
    # a heading that names another number ("EXHIBIT 99.3" atop an EX-99) is no sibling's
    link([t if o is None or o == t else None for o, t in zip(signs, typed, strict=True)],
         _sibling)
    if unlinked:
        _by_order(docs, [o or t for o, t in zip(signs, typed, strict=True)], placed, unlinked)
    for k, doc in enumerate(docs):
        if placed[k]:
            continue
        number, own = (doc.type or "").upper().removeprefix("EX-"), openings[k][0]
        number = _NAMED_TYPES.get(number, number)
        own_key = owns[k]
        # (a heading that says less than the <TYPE>, "EXHIBIT 99" atop an "EX-99.1", keeps it)
        if own and own_key is not None and own_key[0] \
                and _sharper(own_key, typed[k]) == own_key and (
                    own_key not in seen
                    or own_key in away and typed[k] is not None and _agree(own_key, typed[k])):
            number = own
            seen.add(own_key)
            away.discard(own_key)
        exhibits.append({"number": number,
                         "description": _described(doc.description, number, doc.type),
                         "document": doc.sequence})


# A <DESCRIPTION> that only names the exhibit ("EX-99.1", "EXHIBIT 99.1", "Ex. 99.(A)(5)(C)"),
# or repeats its <TYPE> ("EX-10" atop a document headed "EXHIBIT 10.1"), describes nothing
# (the filing agent's default).
_NAMES_ONLY = lazy(r"[ \t]*+(?i:ex(?:hibit|h)?\.?)[- \t]*+(?i:no\.[ ]?)?(?P<num>[\w.()-]{1,24})"
                   r"[ \t]*+")


def _described(description: str | None, number: str, doc_type: str | None) -> str | None:
    """A document's description as an unlisted exhibit's (see _NAMES_ONLY)."""
    if not description:
        return description
    if doc_type and description.strip().upper() == doc_type.upper():
        return None
    named = _NAMES_ONLY.fullmatch(description)
    return None if named and exhibit_key(named.group("num")) == exhibit_key(number) \
        else description


def _by_order(docs: list[Document], keys: list[tuple | None], placed: list[bool],
              unlinked: dict[tuple, dict[str, Any]]) -> None:
    """The documents left of one exhibit number ("EX-99", "EX-99") and the entries left under
    it ("99.2", "99.3"), as many of each: filers attach exhibits in the order they list them,
    so each goes to its entry in turn, where no number of one contradicts the other's. (With
    more entries than documents, which one has none is not known: none is linked.)"""
    groups: dict[int, list[tuple[int, tuple]]] = {}
    for k, key in enumerate(keys):
        if not placed[k] and key is not None:
            groups.setdefault(key[0], []).append((k, key))
    for major, group in groups.items():
        entries = [(key, entry) for key, entry in unlinked.items() if key[0] == major]
        if len(entries) == len(group) and all(
                _agree(key, doc_key)
                for (key, _), (_, doc_key) in zip(entries, group, strict=True)):
            for (key, entry), (k, _) in zip(entries, group, strict=True):
                entry["document"], placed[k] = docs[k].sequence, True
                del unlinked[key]


_MISPLACED_RUN = 3  # rows out of order in a row: more are a table or contents past the list


def _misplaced(keys: list[tuple[int, int | None, str] | None]) -> set[int]:
    """The rows numbered with a point below an earlier row ("10.1  Credit Agreement" after
    "99.1  Press release": an HTML table that lists the release first) in a run of at most
    _MISPLACED_RUN such rows; footnotes ("(1)") and a table's figures are whole numbers, and
    a longer run under the list is an agreement's contents ("1.1  Definitions")."""
    top, kept = 0, set()
    run: list[tuple[int, bool]] = []  # (row, numbered with a point)
    for k, key in enumerate([*keys, None]):
        if key is not None and key[0] < top:
            run.append((k, key[1] is not None))
            continue
        if len(run) <= _MISPLACED_RUN:
            kept.update(at for at, pointed in run if pointed)
        run = []
        if key is not None:
            top = max(top, key[0])
    return kept


def apply(ctx: Context) -> None:
    assert ctx.envelope is not None
    by_key, again = _exhibit_documents(ctx.envelope.documents)
    exhibits: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    unlinked: dict[tuple, dict[str, Any]] = {}  # listed exhibits no <TYPE> names
    listed: dict[tuple, dict[str, Any]] = {}
    elsewhere: set[str] = set()  # the numbers a list says are filed elsewhere
    for entries in _entries(ctx, elsewhere):
        last = 0  # the list's numbers go up: a lower one is a footnote or a table row ...
        keys = [exhibit_key(number) for number, _ in entries]
        misplaced = _misplaced(keys)
        after = None  # the entry this list printed last that the record holds
        shared = not seen.isdisjoint(keys)  # (it repeats entries an earlier list printed)
        for k, (number, description) in enumerate(entries):
            key = keys[k]
            if key is not None and key in seen:  # (an index repeating the item's list: its
                last = max(last, key[0])  # rows set the mark the rows under them must pass)
                after = listed.get(key, after)
                continue
            if key is None or key[0] == 0 or _LETTER.search(description) is None and (
                    description or number not in elsewhere) or _is_part(key, description):
                continue  # (an empty description is a cited row's, see _CITED_ONLY)
            doc = by_key.get(key)
            if key[0] < last and k not in misplaced and (
                    doc is None and _sibling(key) not in by_key
                    or (key[1] is None and key[0] < 10)):
                continue  # ... unless it names an attached exhibit ("99.1", then "10.1")
            last = max(last, key[0])
            seen.add(key)
            entry = {"number": number, "description": _unmarked(description) or None,
                     "document": doc.sequence if doc else None}
            _insert_after(exhibits, after, entry, shared)
            listed[key] = after = entry
            # (a sibling's <TYPE>, "EX-99" for "99.1", is for _place; no document here holds
            # an exhibit filed elsewhere)
            if doc is None and number not in elsewhere:
                unlinked[key] = entry
    # the documents no listed number names, and those that share another's <TYPE>, in the
    # order they are filed
    rest = [doc for key, doc in by_key.items() if key not in seen] + again
    if again:
        rest.sort(key=lambda doc: doc.sequence or 0)
    seen.update(by_key)
    if rest:
        # (the listed numbers no document holds that the list says are filed elsewhere)
        away = {key for key, entry in listed.items() if entry["document"] is None and (
            entry["number"] in elsewhere or _not_attached(entry["description"]))}
        _place(rest, unlinked, exhibits, seen, away)
    if any(entry["document"] is None for entry in unlinked.values()):
        _link_inline(ctx, unlinked, {key[0] for key in by_key})
    ctx.record["exhibits"] = _less_group_heads(exhibits)


def _rank(number: str) -> tuple[int, int, str]:
    key = exhibit_key(number)
    return (key[0], key[1] or 0, key[2]) if key else (0, 0, "")


def _insert_after(exhibits: list[dict[str, Any]], after: dict[str, Any] | None,
                  entry: dict[str, Any], shared: bool) -> None:
    """Put an entry a later list adds (an index after the item's list) where that list prints
    it: after the entry it prints above it, or at the top when it prints none above it but
    repeats some of the earlier list's below it (`shared`), and after the lower numbers only
    the earlier list holds, as the filing orders them; else last (a list that repeats none of
    the earlier one's entries tells no place among them)."""
    if not exhibits or after is exhibits[-1] or after is None and not shared:
        exhibits.append(entry)
        return
    at = 0 if after is None else next(k for k, held in enumerate(exhibits) if held is after) + 1
    rank = _rank(entry["number"])
    while at < len(exhibits) and _rank(exhibits[at]["number"]) < rank:
        at += 1
    exhibits.insert(at, entry)


_HEAD_WORDS = 6  # a group's own caption is short: "Employment Contracts:"


def _heads_group(description: str) -> bool:
    """A group's caption: Regulation S-K's title for it, or a few words and a colon (over
    the numbered parts read into it, "Employment Contracts: (1) ...", see _SUB_NUMBERED)."""
    if " (1) " in description:
        description = description[:description.index(" (1) ")]
    return _is_caption(description) or (
        description[-1:] == ":" and len(description.split()) <= _HEAD_WORDS)


def _less_group_heads(exhibits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The exhibits less a group's caption over its own parts ("(10)  Material Contracts" over
    "10.1 ...", "10.5  Employment Contracts:" over its (1) ... (8) where the index lists
    10.5(a) and 10.5(b)): no exhibit, when no document holds it and the parts are listed."""
    captions = [entry for entry in exhibits
                if entry["document"] is None and _heads_group(entry["description"] or "")]
    if not captions:  # (most lists: their keys are not read again)
        return exhibits
    keys = {key for entry in exhibits if (key := exhibit_key(entry["number"])) is not None}
    heads: set[str] = set()
    for entry in captions:
        key = exhibit_key(entry["number"])
        if key is not None and not key[2] and any(
                other[0] == key[0] and other != key
                and (key[1] is None or other[1] == key[1] and other[2]) for other in keys):
            heads.add(entry["number"])
    return [entry for entry in exhibits if entry["number"] not in heads] if heads else exhibits


# what a press release is filed as: 99, and 20 ("Other documents or statements to security
# holders") or 28 ("Additional exhibits") in Regulation S-K's numbering of the early 1990s
_RELEASE_NUMBERS = (20, 28, 99)
_NAMES_RELEASE = lazy(r"(?i:(?:press|news|earnings)\s+release)")


def _link_inline(ctx: Context, unlinked: dict[tuple, dict[str, Any]], filed: set[int]) -> None:
    """Listed exhibits no <DOCUMENT> holds that the primary document prints after its items
    (see exhibit_inline): under a heading of their own ("Exhibit 99.1" over the release), or,
    where it prints no such heading, the one press release listed when the report's tail
    holds a release and no document is filed under that number (`filed`: the numbers of
    the exhibit documents)."""
    primary = ctx.primary
    if primary is None or primary.sequence is None or not primary.readable or not ctx.items:
        return
    text, start = primary.text, ctx.items[-1].end
    open_ = {key: entry for key, entry in unlinked.items() if entry["document"] is None}
    headed = headed_exhibits(text, start,
                             (ctx.form_type or "").upper().startswith(_EXHIBIT_LETTER_FORMS))
    for number in headed:
        key = exhibit_key(number)
        entry = open_.pop(key, None) or open_.pop(_sibling(key), None) if key else None
        # (an entry the list says is filed elsewhere is not here)
        if entry is not None and not _not_attached(entry["description"]):
            entry["document"] = primary.sequence
    if headed or not (ctx.form_type or "").upper().startswith(("8-K", "6-K")):
        return
    releases = [entry for key, entry in open_.items() if key[0] in _RELEASE_NUMBERS
                and key[0] not in filed and _NAMES_RELEASE.search(entry["description"] or "")
                and not _not_attached(entry["description"])]
    if len(releases) == 1 and holds_release(text, start):
        releases[0]["document"] = primary.sequence
