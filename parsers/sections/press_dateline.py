"""The dateline of a press release: where it is, and its {city, state, date}.

    "WALTHAM, Mass., Aug. 2, 2000 /PRNewswire/ --"  ->  {"city": "WALTHAM", "state": "Mass",
                                                          "date": "2000-08-02"}

The patterns are press_patterns.DATELINES, tried in order on the lines a whole-text hint
picks, then a few spellings it lacks (a wire's credit in brackets with no dash before it, a
state with no comma before the date, the date in brackets before the place, the time of
release after the date); a dateline wrapped over two lines, or cut at its wire's credit or
date with the rest in the next paragraph (HTML's "<p>NEW YORK--(BUSINESS WIRE)--</p><p>March
3, 2025--Acme"), or its time of release typed on the next line, a release label run into
it, a date-less one (which must open an announcement; a place and a wire's credit alone,
"SAN JOSE, Calif. (BUSINESS WIRE)", is one) and one that opens with its date are read here
too (its place after a dash, "June 3, 2024 -- NEW YORK --", or after a comma, when it reads
as a place, "June 3, 2024, Austin, TX --"; else the date alone, "June 3, 2024 -- The Company
--", "June 3, 2024 -- ACME CORP. --"; or in brackets, "June 3, 2024 (AUSTIN, TX) --"; the
date in figures, "06/03/2024 -- AUSTIN, TX --", "06/03/24 --", "2024-06-03 --"; a mixed-case
city no list holds, "June 3, 2024 -- Bellingham --", "June 3, 2024, Bellingham --", when the
text prints it elsewhere before a known state, see _place_named_elsewhere and
_comma_place_elsewhere; words in capitals no list holds, "June 3, 2024 -- ACME WIDGETS --",
are the filer's name, the date alone (after a comma, no dateline), when the first sentence
names them, the text prints them before a legal form or the 8-K's cover names its registrant
so, see _capitals_filer), and one whose place in brackets opens it, "(AUSTIN, TX) June 3,
2024 --". A postcode may follow the state:
"AUSTIN, TX 78701, June 3, 2024 --", "TORONTO, ON M5H 2Y4, June 3, 2024 --", "NEW YORK, NY,
10001 --". A dateline alone in its HTML paragraph ("<p>NEW YORK, March 3, 2025 /PRNewswire/
--</p><p>Acme today ...</p>") takes the paragraph under it on to its line, so that the body
opens with one paragraph. A wire's credit may open the line, the place after it
("(BUSINESS WIRE)--AURORA, Ill., Dec. 13, 1999--Acme", "/PRNewswire/ -- AURORA, Ill., ...":
see _place_after_credit), or the date and then the place, the year maybe left out and the
credit's dash too ("/PRNewswire/ -- March 3 -- BOSTON --", "(BUSINESS WIRE) March 3, 2024 --
BOSTON --"); a wire's name with no brackets reads so too ("BUSINESS WIRE -- March 3, 2024 --
BOSTON --": see _wire_as_place). The date after a credit may be in figures or the day first
("/PRNewswire/ -- 07/22/2004 -- BOSTON --", "BUSINESS WIRE -- 22 July 2004 -- BOSTON --",
"--(BUSINESS WIRE)--07/22/2004--Acme": see _CREDIT_LED, _LED_DATE, _date_start), or dotted,
the day first ("/PRNewswire/ -- 22.07.2004 -- BOSTON --", and so after a place, "BOSTON,
Mass., 22.07.2004 --": see press_patterns.DOTTED_DATE, _figures_date).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, count
from typing import Any

from ..lazy_re import lazy
from ..linescan import LinePattern
from ..places import CITIES
from ..values import state_code
from .person_names import person_name
from .press_patterns import (
    ANY_DATELINE,
    CAPITALS,
    CREDIT,
    DATE_FIRST,
    DATE_FIRST_BEFORE_CAPS,
    DATE_FIRST_UNPLACED,
    DATE_PAREN_PLACE,
    DATELINES,
    DOTTED_DATE,
    LETTERS,
    MONTH,
    PLACE_PARTICLE,
    RELEASE_MARKER,
    US_STATES,
    WEEKDAY,
    ZIP,
)
from .press_text import (
    TIME_OF_DAY,
    infer_year,
    iso_date,
    more_words,
    normalise,
    year_from_filing,
)

# The dateline is looked for this far into the text (an 8-K body can precede the release).
DATELINE_SEARCH_CHARS = 200_000
Dateline = tuple[str, re.Match[str]]  # a dateline spelling's name and its match
# Words that never start a city: "On August 2, 2000, the Registrant ..."
# (compared capitalised: "FOR IMMEDIATE RELEASE -- March 3" is a label, not a place)
_NOT_CITY = frozenset(
    "On In As At By For From The Dated Date Since During Effective Between Beginning "
    "Through Until Upon Before After Each News Press".split()
)
# Words that end a label, never a place: "Record Date, March 15, 2021 --", "Ex-Dividend",
# "Conference Call", "Webcast", "Annual Meeting", "Investor Day", "Dividend Payable" (a
# dividend's schedule or an event's line, set out as a dateline is); compared lower-cased,
# after a hyphen. Alone, some are places ("CALL, Texas", "DAY, Fla."): of a one-word "city"
# only those in _LABEL_WORDS are labels
_LABEL_ENDS = frozenset(
    "date dates deadline call webcast meeting release replay time period dividend payable "
    "day".split()
)
_LABEL_WORDS = frozenset("deadline webcast meeting release replay dividend payable".split())
# Places whose name opens with "The": "THE WOODLANDS, Texas", "THE HAGUE, the Netherlands"
_THE_CITIES = frozenset("woodlands hague colony villages dalles".split())
# What follows a dateline: the company name, a quote, a parenthesis, or the line end.
_AFTER_DATELINE = lazy(r"[ \t.,:;/\u2013\u2014-]*(?:[A-Za-z\"\u201c(\[]|$)")
# A release's announcing sentence, in prose (lower case: "Today Announced" is a headline's)
_ANNOUNCEMENT = lazy(
    r"\b(?:today|yesterday)[ \t]+(?:announced|reported|said|released|unveiled|introduced"
    r"|declared|named|completed|launched)\b|\b(?:announced|reported|declared)[ \t]+today\b"
)
_ANNOUNCEMENT_LINES = 120
_NO_PLACE = lazy(r"")
_WEEKDAY = lazy(WEEKDAY)
_MONTH_PREFIXES = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_WEEKDAY_PREFIXES = frozenset("mon tue wed thu fri sat sun".split())
_DATE_STARTS = _MONTH_PREFIXES | _WEEKDAY_PREFIXES
# a weekday and a date ("Wednesday, March 5"; not the town "FRIDAY HARBOR, Wash.")
_WEEKDAY_OPENS = lazy(rf"{WEEKDAY},?[ \t]+(?:{MONTH}|[0-3]?\d[ \t])")
_ANNOUNCING = lazy(r"(?i:\btoday\b|\bannounc|\breport|\bsaid\b|\bintroduc|\bunveil)")
# ... and the stricter one that spellings a dated caption or schedule line reads alike need
# (see _strict): "today", or an announcing word in the past ("Acme reported"; not "will
# report", "announce the results" or a caption's "as reported")
_PAST_VERB = (
    r"(?:announced|reported|said|released|unveiled|introduced|declared|named|completed"
    r"|launched)"
)
_PAST_ANNOUNCING = lazy(rf"(?i:\b(?:to|yester)day\b)|(?<!\bas )\b{_PAST_VERB}\b")
# After a date-first dateline's colon or bracket, a company's name: capitalised words (a
# particle, "&" or a comma between; a legal form in lower case, "Acme plc"), a listing in
# brackets, then "today", an announcing word, an appositive or the line's end: "March 3,
# 2015: Acme Corp. (NYSE: ACM) today reported",
# "(March 3, 2015) - Acme Corporation (NASDAQ: ACME), a leading ...". A schedule's entry has
# none: "March 3, 2015: Board declares dividend", "March 3, 2015: Record date for ...",
# "(March 3, 2015) - Shareholders meeting; ..."
_SUBJECT_WORD = r"[A-Z0-9][^\s(),;:]{0,40}"
_SUBJECT = lazy(
    rf"{_SUBJECT_WORD}(?:,?[ \t]+(?:(?:of|and|de|the|&)[ \t]+)?{_SUBJECT_WORD}){{0,8}}"
    r"(?:,?[ \t]+(?:plc|p\.l\.c\.|inc\.|ltd\.|llc|ag|se|nv|sa)(?![\w.]))?"
    r"[ \t]*(?:\([^()\n]{0,60}(?:\)[ \t]*|$))?"
    rf"(?:,[ \t]*(?:[a-z]|$)|$|(?i:to|yester)day\b|(?:(?:has|have)[ \t]+)?{_PAST_VERB}\b)"
)

# Spellings press_patterns.DATELINES lacks, tried after it (see _more_dateline). A place, as
# DATELINES reads it:
_PLACE_WORD = rf"[{CAPITALS}][{LETTERS}.'\u2019]*(?:-[{LETTERS}.'\u2019]+)*"
_PLACE_CITY = rf"(?P<city>{_PLACE_WORD}(?:[ \t]+{PLACE_PARTICLE}?{_PLACE_WORD}){{0,3}})"
_PLACE_STATE = rf"(?P<state>[{CAPITALS}][{LETTERS}.]*(?:[ \t]+[{CAPITALS}][{LETTERS}.]*){{0,2}})"
_PLACE = rf"{_PLACE_CITY}(?:,[ \t]*{_PLACE_STATE}{ZIP}?)?"  # (a postcode may follow: ZIP)
_PLACE_CHARS = 60  # a place's comma, or the bracket after it, lies this near the line start
_DASH = r"(?:-{1,4}|\u2013|\u2014|\u2015)"
_FULL_DATE = (
    rf"(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?[ \t]*"
    r"(?P<year>(?:19|20)\d\d)\b"
)
# a wire's name in brackets: "(BUSINESS WIRE)", "(Marketwire)", "(GLOBE NEWSWIRE)", "(PRWEB)"
_PAREN_WIRE = (
    r"\([ \t]?(?i:[a-z][a-z. -]{0,20}?(?:wire|news)[a-z.-]{0,10}|prweb)[ \t]?\)"
)
# a wire's credit between slashes: "/PRNewswire-FirstCall/"
_SLASH_CREDIT = r"/[ \t]?[A-Za-z][A-Za-z. -]{1,40}/"
# "DALLAS, TX (BUSINESS WIRE) March 3, 2014 --", "NEW YORK (BUSINESS WIRE) -- March 3,
# 2014 --", "NEW YORK, NY (MARKET WIRE) -- 03/03/2007 --": the wire's credit with no dash
# before it (wire_first wants "--(BUSINESS WIRE)--"); PRWeb's "Austin, TX (PRWEB) March
# 03, 2014 Acme ..." prints no mark after the date; the date beside it, a credit of any name
# will do ("NEW YORK (Benzinga) -- March 3, 2014 --", see press_patterns.CREDIT)
_WIRE_PAREN = lazy(
    rf"{_PLACE}[ \t]*(?:{_PAREN_WIRE}|{CREDIT})[ \t]*(?:{_DASH}[ \t]*)?"
    rf"(?:{_FULL_DATE}|(?P<numdate>[01]?\d/[0-3]?\d/(?:19|20)?\d\d)\b)"
    rf"[ \t]*(?:{_DASH}|:|/|(?=[A-Z\"\u201c]|$))"
)
# "SAN FRANCISCO, CA / 3BL Media / March 3, 2021 / Acme", "LOS ANGELES, CA / Send2Press
# Newswire / March 3, 2014 / Acme": a wire's name holding a figure between slashes (the
# slash_wire of DATELINES takes letters only)
_SLASH_FIGURE_WIRE = lazy(
    rf"{_PLACE}[ \t]*/[ \t]*(?=[A-Za-z]{{0,10}}\d)[A-Za-z0-9][A-Za-z0-9 .-]{{1,30}}?[ \t]*/[ \t]*"
    rf"{_FULL_DATE}[ \t]*/"
)
# "WASHINGTON, D.C./July 22, 2004/PRNewswire/ --", "HOUSTON, Texas /July 22/ --": PR
# Newswire's 1990s date framed by slashes, its credit after it (a dash or colon must close it,
# or the credit be a wire's, "/ July 22, 2004 / PRNewswire / Acme", as filers' HTML prints it)
_SLASH_DATE = lazy(
    rf"{_PLACE}[ \t]*+/[ \t]*+(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:,?[ \t]*(?P<year>(?:19|20)\d\d))?[ \t]*+/[ \t]*+(?:(?:[A-Za-z][A-Za-z. -]{0,30}/[ \t]*+)?"
    rf"(?:{_DASH}|:)|(?i:[a-z][a-z. -]{{0,20}}?wire[a-z-]{{0,12}}+)[ \t]*+/[ \t]*+"
    r"(?=[A-Z\"\u201c]))"
)
# "Hoffman Estates, Ill. / July 22, 2004 / Acme": the date framed by slashes and no wire's
# credit after it (the year and a known state required, see _known_place, or with no state a
# known city or one in capitals, "CHICAGO / July 22, 2004 / Acme", see _city_alone; an
# announcement must follow, as for date_first; "/ Acme /", a name framed as a credit, is no
# wire's); or a comma before the date, "CHICAGO, July 22, 2004 / Acme"; or pipes for the
# slashes, "CHICAGO | July 22, 2004 | Acme", "CHICAGO, July 22, 2004 | Acme", or bullets,
# "HOFFMAN ESTATES, Ill. \u2022 July 22, 2004 \u2022", the line maybe ending after the last one
_SLASH_YEAR = lazy(
    rf"{_PLACE}(?:[ \t]*+(?P<frame>[/|\u2022])|,)[ \t]*+{_FULL_DATE}[ \t]*+"
    r"(?(frame)(?P=frame)|[/|\u2022])(?:[ \t]*+(?=[A-Z\"\u201c])"
    r"(?![A-Za-z][A-Za-z .-]{0,30}[/|\u2022])|(?<=[|\u2022])[ \t]*+$)"
)
# "CHICAGO | July 22, 2004 | PRNewswire | Acme", "CHICAGO, Ill., July 22, 2004 | PR Newswire
# |", "PRNewswire | CHICAGO | July 22, 2004 | Acme", "CHICAGO | PRNewswire | July 22, 2004 |":
# a wire's credit between pipes, after the date, before the place or before the date (one of
# the w groups); the place as for _SLASH_YEAR. A wire's name: one word ending in "wire"
# ("PRNewswire-FirstCall", "ACCESSWIRE", "Marketwired"), or "... Newswire", "Business Wire",
# "PRWeb" ("Acme Wire", a firm's name framed as a credit, is none)
_PIPE_WIRE_NAME = (
    r"(?i:[a-z][a-z0-9.-]{0,20}?wired?(?:-[a-z]{1,12})?|[a-z][a-z0-9.]{0,20}[ \t]newswire"
    r"|business[ \t]wire|prweb)(?![A-Za-z])"
)
_PIPE_WIRE = lazy(
    rf"(?:(?P<w1>{_PIPE_WIRE_NAME})[ \t]*+\|[ \t]*+)?{_PLACE}[ \t]*+[|,][ \t]*+"
    rf"(?:(?P<w2>{_PIPE_WIRE_NAME})[ \t]*+\|[ \t]*+)?{_FULL_DATE}[ \t]*+\|"
    rf"(?:[ \t]*+(?P<w3>{_PIPE_WIRE_NAME})[ \t]*+\|)?[ \t]*+(?:(?=[A-Z\"\u201c])|$)"
)
_WIRE_WORDS = ("wire", "prweb")  # (one in a pipe's line, lower-cased: a cheap test)
# "HOFFMAN ESTATES, Ill.: July 22, 2004 --", "HOFFMAN ESTATES, Ill.: July 22 /PRNewswire/ --":
# a colon after the state (a known one, see _known_place; an announcement must follow, as
# for date_first: a property's lease, "Chicago, Ill.: July 1, 2004 - June 30, 2009", reads
# alike)
_STATE_COLON = lazy(
    rf"{_PLACE_CITY},[ \t]*+{_PLACE_STATE}:[ \t]*+(?P<month>{MONTH})\.?[ \t]+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?[ \t]*(?P<year>(?:19|20)\d\d))?\b[ \t]*+"
    rf"(?:(?:{_SLASH_CREDIT}|{_PAREN_WIRE})[ \t]*+)?(?:{_DASH}|:)"
)
# "Hoffman Estates (Illinois), July 22, 2004 - Acme": the state in brackets after the city
# (a known state, province or country; an announcement must follow, as for date_first)
_PAREN_STATE = lazy(
    rf"{_PLACE_CITY}[ \t]*+\([ \t]*+{_PLACE_STATE}[ \t]*+\),?[ \t]*+(?:{_DASH}[ \t]*+)?"
    rf"{_FULL_DATE}[ \t]*+(?:,[ \t]*+)?(?:{_DASH}|:)"
)
# "TORONTO, ON / EQS-News / Acme Corp. today announced": a wire's name (holding "wire" or
# "news") between slashes and no date, the date printed over the headline (an announcement
# must follow, as for no_date)
_SLASH_NEWS = lazy(
    rf"{_PLACE}[ \t]*/[ \t]*(?i:[a-z][a-z -]{{0,20}}?(?:wire|news)[a-z-]{{0,10}}+)[ \t]*/[ \t]*"
    r"(?=[A-Z\"\u201c])"
)
# "HOFFMAN ESTATES, Ill. /PRNewswire/ -- July 22, 2004 -- Acme", "HOFFMAN ESTATES, Ill.
# /PRNewswire/ -- Acme": PR Newswire's credit after the place, the date after it or none (a
# known place, see _known_place and _city_alone; with no date an announcement must follow,
# as for no_date); a wrap may leave the place over "/PRNewswire/ --" (see _place_above)
_PLACE_SLASH_WIRE = lazy(
    rf"{_PLACE}[ \t]*+/[ \t]?(?i:[a-z][a-z. -]{{0,20}}?(?:wire|news)[a-z.-]{{0,14}}+)[ \t]?/"
    rf"[ \t]*+{_DASH}[ \t]*+(?:{_FULL_DATE}[ \t]*+{_DASH}[ \t]*+)?(?=[A-Z\"\u201c])"
)
# "SAN JOSE, Calif. (BUSINESS WIRE)", "SAN JOSE, Calif.--(BUSINESS WIRE)", "TORONTO
# /CNW/": a wire's credit after the place and no date, the line ending there or after a
# dash (HTML's paragraph of its own; the date printed over the headline) or the company's
# name following (a known place, see _known_place and _city_alone; an announcement must
# follow, as for no_date)
_WIRE_ALONE = lazy(
    rf"{_PLACE}[ \t]*+(?:{_DASH}[ \t]*+)?(?:{_PAREN_WIRE}|/[ \t]?(?i:(?:[a-z][a-z. -]{{0,20}}?)?"
    rf"(?:wire|news|cnw)[a-z.-]{{0,14}}+)[ \t]?/)[ \t]*+(?:{_DASH}[ \t]*+)?"
    r"(?:(?=[A-Z\"\u201c])|$)"
)
# "CLEVELAND, OHIO, April 21, 1995 . . . Acme": the 1990s ellipsis typed with blanks
# (DATELINES' ellipsis_after wants "...")
_SPACED_ELLIPSIS = lazy(rf"{_PLACE},[ \t]*{_FULL_DATE}[ \t]*\.[ \t]\.[ \t]\.")
# "Houston, Texas March 3, 2014 \u2013", "NEW YORK, NY March 3, 2014 -": no comma between
# the state and the date (the state must be a known name, see US_STATES); the date may be in
# figures, "AUSTIN, TX 06/03/2024 --" (the year in full)
_STATE_DATE = lazy(
    rf"{_PLACE}[ \t]+(?:{_FULL_DATE}|(?P<numdate>[0-3]?\d/[0-3]?\d/(?:19|20)\d\d)(?![\d/]))"
    rf"[ \t]*(?:{_DASH}|:)"
)
# "SAN DIEGO, CA, USA, Jan. 5, 2021 /PRNewswire/ --", "AUSTIN, TEXAS, UNITED STATES, January
# 5, 2021 /EINPresswire.com/ --", "Vancouver, British Columbia, Canada, March 3, 2014 (GLOBE
# NEWSWIRE) --": a country after the state (DATELINES read two parts); the state is kept.
# A dash may stand for the country's comma, as Canadian juniors print it ("Vancouver,
# British Columbia, Canada – March 3, 2014 – Acme"), or a bracket hold the date
# ("Vancouver, BC, Canada (March 3, 2014) – Acme", "Irvine, CA, USA (March 3, 2014) –")
_COUNTRY_DATE = lazy(
    rf"{_PLACE},[ \t]*"
    rf"(?P<country>[{CAPITALS}][{LETTERS}.]*(?:[ \t]+[{CAPITALS}][{LETTERS}.]*){{0,2}})"
    rf"(?:,[ \t]*|[ \t]*(?P<country_dash>{_DASH})[ \t]*"
    rf"|[ \t]*(?:{_DASH}[ \t]*)?(?P<paren>\([ \t]*))"
    rf"{_FULL_DATE}(?(paren)[ \t]*\))"
    rf"[ \t]*(?:(?:/[ \t]?[A-Za-z][A-Za-z. -]{{1,40}}/|{_PAREN_WIRE})[ \t]*)?"
    rf"(?:{_DASH}|:)"
)
# "CHICAGO, Ill., 7/22/2004 --", "NEW YORK -- 07/22/04 --", "DALLAS, TX, 2004-07-22 /": a
# date in figures, month first or ISO, or dotted, day first ("BOSTON, 22.07.2004 --"), and
# no wire's credit (an announcement must follow, as for date_first)
_FIGURE_DATE = lazy(
    rf"{_PLACE}[ \t]*+(?:,[ \t]*+(?:{_DASH}[ \t]*+)?|{_DASH}[ \t]*+)"
    r"(?P<numdate>[01]?\d/[0-3]?\d/(?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d"
    rf"|{DOTTED_DATE})(?![\d/-])"
    rf"[ \t]*+(?:{_DASH}|/|:)"
)
# "WALTHAM, Mass., Aug. 2, 2000, 8:00 a.m. EDT -- CTC", "CHICAGO, July 22, 2004 (8:00 a.m.
# CDT) --", "DALLAS, July 22 /PRNewswire/ -- 7:00 a.m. CT --", "..., July 22, 2004, at 8:00
# a.m. --", "DALLAS--(BUSINESS WIRE)--July 22, 2004--8:00 a.m. CT--": the time of release
# after the date (or the wire's credit after it), a dash, colon or wire's credit closing it
# (an announcement must follow, as for date_first)
_TIMED_DATE = lazy(
    rf"{_PLACE}[ \t]*+(?:,[ \t]*+(?:{_DASH}[ \t]*+)?|{_DASH}[ \t]*+(?:{_PAREN_WIRE}[ \t]*+"
    rf"{_DASH}[ \t]*+)?)"
    rf"(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:,?[ \t]*(?P<year>(?:19|20)\d\d))?\b"
    rf"(?:[ \t]*+(?:{_SLASH_CREDIT}|{_PAREN_WIRE})[ \t]*+(?:{_DASH}[ \t]*+)?)?"
    rf"[ \t]*+(?:(?:,|{_DASH})[ \t]*+)?(?:(?i:at)[ \t]++)?\(?{TIME_OF_DAY}\)?[ \t]*+"
    rf"(?:{_DASH}|:|{_SLASH_CREDIT}[ \t]*+(?:{_DASH})?)"
)
# a time's mark, sought in a line's head before _TIMED_DATE: "8:00", "8 a.m.", "4 PM"
_TIME_GATE = lazy(r"\d:\d\d|\d[ \t]?(?i:[ap]\.?[ \t]?m\b)")
_TIME_CHARS = 120  # a dateline's time lies this near the line's start
# What _COUNTRY_DATE takes for a country (compared as US_STATES: lower case, no periods), and
# for a state before it with the US's names; a name ending in a legal form is no place ("Acme
# Corp., Houston, Texas, March 3, 2005 --", "Acme Corp., Beta Inc., Gamma LLC, March 3")
_US_NAMES = frozenset(("usa", "us", "united states", "united states of america"))
_COUNTRIES = _US_NAMES | frozenset((
    "canada", "mexico", "brazil", "argentina", "chile", "colombia", "peru", "uk",
    "united kingdom", "england", "scotland", "wales", "ireland", "france", "germany", "italy",
    "spain", "portugal", "netherlands", "the netherlands", "belgium", "luxembourg",
    "switzerland", "austria", "sweden", "norway", "denmark", "finland", "iceland", "poland",
    "greece", "cyprus", "israel", "turkey", "india", "china", "prc", "pr china",
    "hong kong", "taiwan", "japan", "korea", "south korea",
    "singapore", "malaysia", "thailand", "indonesia", "philippines", "vietnam", "australia",
    "new zealand", "south africa", "bermuda", "cayman islands", "europe", "asia",
))
_US_PLACES = US_STATES | frozenset(("puerto rico", "pr", "guam", "district of columbia"))
_PROVINCES = frozenset((
    "manitoba", "saskatchewan", "nova scotia", "new brunswick", "newfoundland",
    "prince edward island", "bc", "ab", "on", "ont", "qc", "que", "sk", "mb", "ns", "nb",
))
# The regions a dash-led country's state slot must name, by country (compared as above):
# "Kamloops, British Columbia, Canada \u2013", "Perth, Western Australia, Australia \u2013";
# a city there is a letterhead's ("Acme Gold, Vancouver, Canada \u2013 March 3, 2015 \u2013
# Acme Gold Corp.": the firm in the city slot)
_CA_REGIONS = _PROVINCES | frozenset((
    "british columbia", "alberta", "ontario", "quebec", "yukon", "nunavut",
    "northwest territories", "alta", "pq", "sask", "nl", "nfld", "pe", "pei", "yt", "nwt",
))
_AU_REGIONS = frozenset((
    "western australia", "new south wales", "queensland", "victoria", "south australia",
    "tasmania", "northern territory", "australian capital territory", "wa", "nsw", "qld",
    "vic", "sa", "tas", "nt", "act",
))
_UK_REGIONS = frozenset(("england", "scotland", "wales", "northern ireland"))
_DASH_REGIONS = {"canada": _CA_REGIONS, "australia": _AU_REGIONS, "uk": _UK_REGIONS,
                 "united kingdom": _UK_REGIONS, "great britain": _UK_REGIONS}
# What the dash form's closing mark must be followed by: a company's name, capitalised
# ("\u2013 March 10, 2015 \u2013 drilling resumed at ..." is a schedule's line)
_CAPITAL_AFTER = lazy(rf"[ \t]*[{CAPITALS}]")
_LEGAL_FORMS = frozenset(
    "inc corp corporation co company llc ltd limited plc lp llp nv sa ag gmbh holdings".split()
)


def _place_key(name: str) -> str:
    return name.lower().replace(".", "").strip()


def is_firm(name: str) -> bool:
    """Whether a name ends in a legal form: "Acme Corp.", "Beta Inc", "Gamma LLC"."""
    return _place_key(name).rsplit(" ", 1)[-1] in _LEGAL_FORMS


def firm_stem(words: list[str]) -> list[str]:
    """A firm's name (lower-case words) less the legal forms closing it: ["acme", "widgets"]
    of "acme widgets holdings inc"."""
    end = len(words)
    while end > 1 and words[end - 1] in _LEGAL_FORMS:
        end -= 1
    return words[:end]


def _country_place(m: re.Match[str]) -> bool:
    """Whether a _COUNTRY_DATE match reads city, state, country: a known country last; a US
    one after a US state ("Houston, Texas, USA", "San Juan, Puerto Rico, U.S."), any other
    after a known state, province or country, or a region no firm names ("Sao Paulo, SP,
    Brazil"); no legal form closing the city."""
    country = _place_key(m.group("country"))
    state = _place_key(m.group("state") or "")
    if country not in _COUNTRIES or not state or is_firm(m.group("city")):
        return False
    if country in _US_NAMES:
        return state in _US_PLACES
    if m.group("country_dash"):
        return state in _DASH_REGIONS.get(country, ())
    return state in US_STATES or state in _PROVINCES or state in _COUNTRIES \
        or not is_firm(state)


def _dash_led(m: re.Match[str], text: str) -> bool:
    """Whether a _COUNTRY_DATE match with a dash before its date opens a release: a
    capitalised name after it that is not the "city" again (a letterhead's firm)."""
    if _CAPITAL_AFTER.match(text, m.end()) is None:
        return False
    city = m.group("city")
    after = text[m.end() : m.end() + len(city) + 8].lstrip(" \t")
    return not (after.startswith(city) and after[len(city) : len(city) + 1] in ("", " "))


# A news agency's or a wire's credit after the place and no date: "CHICAGO (AP) -- Acme",
# "NEW YORK (Reuters) - Acme", "WINSTON-SALEM, N.C. (BUSINESS WIRE) -- Acme" (the date
# stands above the headline, if anywhere; with a date, DATELINES and _WIRE_PAREN read it)
_AGENCIES = r"AP|Reuters|REUTERS|Dow[ \t]Jones|DOW[ \t]JONES|Bloomberg|BLOOMBERG"
_AGENCY = lazy(
    rf"{_PLACE}[ \t]*(?:\([ \t]?(?:{_AGENCIES})[ \t]?\)|{_PAREN_WIRE})[ \t]*{_DASH}[ \t]*"
    rf"(?=[A-Z\"\u201c])"
)
# A wire's credit with no place before it: "--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME)
# today ...", "-- (GLOBE NEWSWIRE) -- March 3, 2015 -- Acme" (the city left out; the empty
# city group keeps the fields a dateline gives); the date may be in figures, "--(BUSINESS
# WIRE)--07/22/2004--Acme" (_LED_DATE)
_LED_DATE = (
    rf"(?:(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:,?[ \t]*(?P<year>(?:19|20)\d\d))?\b"
    rf"|(?P<numdate>[01]?\d/[0-3]?\d/(?:19|20)?\d\d(?![\d/])|{DOTTED_DATE}))"
)
_WIRE_LED = lazy(
    rf"(?P<city>){_DASH}[ \t]*{_PAREN_WIRE}[ \t]*{_DASH}[ \t]*"
    rf"(?:{_LED_DATE}[ \t]*{_DASH}[ \t]*)?(?=[A-Z\"\u201c])"
)
# ... or PR Newswire's credit between slashes, "/PRNewswire-FirstCall/ -- March 3, 2005 --
# Acme", "/PRNewswire/ -- 07/22/2004 -- Acme", "/PRNewswire/ -- Acme" (a wire's name: "/s/
# Jane Roe" is a signature)
_SLASH_LED = lazy(
    r"(?P<city>)/[ \t]?(?i:[a-z][a-z. -]{0,20}?(?:wire|news)[a-z.-]{0,14}+)[ \t]?/[ \t]*"
    rf"{_DASH}[ \t]*(?:{_LED_DATE}[ \t]*{_DASH}[ \t]*)?(?=[A-Z\"\u201c])"
)
_DASHES = frozenset("-\u2013\u2014\u2015")
# A wire's credit before the place, "(BUSINESS WIRE)--AURORA, Ill., Dec. 13, 1999--Acme",
# "--(BUSINESS WIRE)--AURORA, Ill., ...", "/PRNewswire/ -- AURORA, Ill., ...": the place
# after it is the dateline's (see _place_after_credit)
# (the credit's dash may be left out before a date: "(BUSINESS WIRE) July 22, 2004 --
# BOSTON --", "/PRNewswire/ March 3, 2024 -- BOSTON --"; the date may be in figures or
# the day first, "/PRNewswire/ -- 07/22/2004 -- BOSTON --", "... -- 22 July 2004 -- BOSTON
# --": DATE_FIRST reads the rest)
_CREDIT_LED = lazy(
    rf"(?:{_DASH}[ \t]*+)?(?:{_PAREN_WIRE}|/[ \t]?(?i:[a-z][a-z. -]{{0,20}}?(?:wire|news)"
    rf"[a-z.-]{{0,14}}+)[ \t]?/)[ \t]*+"
    rf"(?:{_DASH}[ \t]*+|(?={MONTH}\.?[ \t]+\d|[01]?\d/[0-3]?\d/))(?=[A-Z0-9])"
)
# ... the date after the credit with no year, then the place between dashes: "/PRNewswire/
# -- March 3 -- BOSTON -- Acme" (the credit tells a dateline: no year needed, as the
# place-first spelling "BOSTON, March 3 /PRNewswire/ --" needs none)
_YEARLESS_PLACE = lazy(
    rf"(?P<month>{MONTH})\.?[ \t]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?P<year>)\b[ \t]*+{_DASH}"
    rf"[ \t]*+{_PLACE}[ \t]*+{_DASH}[ \t]*+(?=[A-Z\"\u201c])"
)
_CREDIT_FIRSTS = frozenset("(/") | _DASHES  # (how a line led by a wire's credit opens)
# ... and one that opens with the wire's bracket, the date inside it or after it: Marketwire's
# "(Marketwire - March 3, 2025) - Acme", CCNMatthews' "(CCNMatthews - March 3, 2005) -",
# Market Wire's "(MARKET WIRE) -- March 3, 2005 -- Acme" (the city left out; the year is
# required, and a dash or colon must close it)
_WIRE_OPEN = lazy(
    r"(?P<city>)\([ \t]?+(?i:[a-z][a-z. ]{0,20}?(?:wire|news)[a-z.]{0,10}|ccn[ \t]?matthews)"
    rf"(?:[ \t]*+(?P<inside>{_DASH}))?[ \t]*+(?(inside)|\)[ \t]*+{_DASH}[ \t]*+)"
    rf"(?:{_FULL_DATE}|(?P<numdate>[01]?\d/[0-3]?\d/(?:19|20)\d\d)\b)"
    rf"[ \t]*+(?(inside)\)[ \t]*+)(?:{_DASH}|:)[ \t]*+(?=[A-Z\"\u201c])"
)
_WIRE_OPEN_WORDS = ("wire", "news", "ccn")  # (one of them in its bracket: a cheap test first)


# "(March 3, 2014) NEW YORK \u2013 Acme": the date in brackets before the place (an
# announcement must follow, as for DATE_FIRST)
_PAREN_FIRST = lazy(rf"\([ \t]*{_FULL_DATE}[ \t]*\)[ \t]*(?:{_DASH}[ \t]*)?{_PLACE}[ \t]*{_DASH}")
# "(AUSTIN, TX) June 3, 2024 -- Acme", "(Chicago) 06/03/2024 - Acme": the place in brackets
# before the date (a known state, province or country in them, or a known city alone, see
# _bracket_place; an announcement must follow, as for DATE_FIRST)
_PAREN_PLACE_FIRST = lazy(
    rf"\([ \t]*+{_PLACE}[ \t]*+\)[ \t]*+(?:{_DASH}[ \t]*+)?"
    rf"(?:{_FULL_DATE}|(?P<numdate>[0-3]?\d/[0-3]?\d/(?:19|20)\d\d)(?![\d/]))[ \t]*+"
    rf"(?:(?:{_SLASH_CREDIT}|{_PAREN_WIRE})[ \t]*+)?(?:{_DASH}|:)[ \t]*+(?=[A-Z\"\u201c])"
)


# A table row with leader dots, "Diluted.........   $ 2.08", "INDEPENDENT AUDITORS
# REPORT.......... 4": words and blanks, four dots, then no letter, quote, "&" or non-ASCII
# character. No dateline spelling matches one: after its place each needs a mark that only
# the tail holds (a comma, dash, bracket or slash), then a month, a wire's name, a capital
# or a quote; or "..." then the same. Yet a place's words take dots, and every spelling
# tried gives them back one at a time (40 us a row, thousands of rows in old statements).
_LEADER_ROW = lazy(r"[A-Za-z ]++\.{4}[^A-Za-z\"'&\u0080-\U0010ffff]*+")
# A statement's figure row with a date in its label, "Balance, December 31, 1997....   5,955
# 119", "Balance, December 31, 1998          5,483      $110": words, the day and year,
# then a column gap (leader dots, two blanks or a tab) and figures only to the line's end.
# A dateline's date is followed by a mark, a name or nothing; every spelling tried on such
# a row fails late (40 us a row, in 10-K and 10-Q statements filed as exhibits).
_FIGURE_ROW = lazy(
    r"[^\d\n]{1,60}?[0-3]?\d,?[ \t]+(?:19|20)\d\d(?>[ \t]*+\.{2,}+|[ \t]{2,}+|\t)"
    r"[ \t.,$()%-]*+\d[\d \t.,$()%-]*+"
)
_FIGURE_ENDS = frozenset("0123456789)%")  # how a figure row ends
_FIGURE_WIDTH = 300  # a figure row is no longer than this (a wider line is not tried)


def _figure_row(text: str) -> bool:
    """Whether a (left-stripped) line is a figure row with a dated label (see _FIGURE_ROW);
    its last character and a column gap are tested first."""
    return text[-1:] in _FIGURE_ENDS and len(text) <= _FIGURE_WIDTH \
        and ("  " in text or "\t" in text or ".." in text) \
        and _FIGURE_ROW.fullmatch(text) is not None


# What every ANY_DATELINE match holds after its place: one of these (its lookahead takes
# "and" or "&" too, but each spelling goes on to a comma, dash, bracket, slash or stop)
_AFTER_PLACE = frozenset("-,.(/&\u2013\u2014\u2015")


# ---- dateline ------------------------------------------------------------------------------


def match_dateline(line: str) -> tuple[str, re.Match[str]] | None:
    """The named dateline pattern that matches this line, if any (engine of DATELINES)."""
    text = line.lstrip(" \t")
    first = text[:1]
    if first in _CREDIT_FIRSTS:
        found = _place_after_credit(text)
        if found is not None:
            return found
    if "0" <= first <= "9":  # only a date opens with a digit: "3 March 2015 \u2013 Acme"
        return _date_first(text)
    if first == "(":  # "(March 3, 2014) NEW YORK \u2013 Acme"
        m = _PAREN_FIRST.match(text)
        if m is not None and _accepted("paren_first", m, text):
            return "paren_first", m
        m = _PAREN_PLACE_FIRST.match(text)
        if m is not None and _bracket_place(m) and _accepted("paren_place", m, text):
            return "paren_place", m
        found = _date_first(text)  # "(March 3, 2015) - Acme": no place
        if found is None and any(map(text[:32].lower().__contains__, _WIRE_OPEN_WORDS)):
            m = _WIRE_OPEN.match(text)
            return ("wire_led", m) if m else None
        return found
    if first in _DASHES:  # "--(BUSINESS WIRE)--Acme"
        m = _WIRE_LED.match(text) if "(" in text[:8] else None
        return ("wire_led", m) if m else None
    if first == "/":  # "/PRNewswire/ -- Acme"
        m = _SLASH_LED.match(text)
        return ("wire_led", m) if m else None
    if not first.isupper():
        return None
    if text[:3].lower() in _WEEKDAY_PREFIXES and _WEEKDAY_OPENS.match(text):
        # a weekday is no place: "Wednesday, March 5, 2025 -- Acme" opens with its date
        # (and "Wednesday, March 5, 2025" alone is a date line, no dateline)
        return _date_first(text)
    if "...." in text and _LEADER_ROW.fullmatch(text):
        return None  # (see _LEADER_ROW: no pattern's backtracking over the dots)
    if _figure_row(text):
        return None  # (see _FIGURE_ROW)
    # (one regex call rules out most lines; a line with no mark a place may be followed by,
    # a name or a title in a contact block ("EVP and Chief Financial Officer"), none: every
    # spelling needs one after the place, after a second place joined by "and" too)
    if _AFTER_PLACE.isdisjoint(text) or not _may_hold_dateline(text) \
            or ANY_DATELINE.match(text) is None:
        found = _date_first(text) if text[:3].lower() in _MONTH_PREFIXES else None
        return found or _more_dateline(text)
    digit = None  # (read once, for the first spelling that needs a date)
    for name, pattern in DATELINES:
        needs_date, marks = _SPELLING_NEEDS[name]
        if marks and not any(map(text.__contains__, marks)):
            continue
        if needs_date:
            if digit is None:
                digit = _DIGIT.search(text) is not None
            if not digit:
                continue
        m = pattern.match(text)
        if m is not None and _accepted(name, m, text):
            return _wire_as_place(name, m, text) or (name, m)
    return _more_dateline(text)


def _place_after_credit(text: str) -> tuple[str, re.Match[str]] | None:
    """The dateline after a wire's credit that opens the line ("(BUSINESS WIRE)--AURORA,
    Ill., Dec. 13, 1999--Acme"): a spelling with a place that matches the rest (its match
    is over the rest; the sentence after it is its string's tail, as for any dateline).
    With no place after the credit, None: wire_led reads "--(BUSINESS WIRE)--Acme"."""
    m = _CREDIT_LED.match(text)
    if m is None:
        return None
    return _place_after(text[m.end() :])


def _place_after(rest: str) -> tuple[str, re.Match[str]] | None:
    """The dateline with a place that opens ``rest``, the text after a wire's credit: any
    spelling, or a date with no year then the place ("March 3 -- BOSTON --", see
    _YEARLESS_PLACE; its place must read as one, see _place_after_date)."""
    found = match_dateline(rest)
    if found is not None and "city" in found[1].re.groupindex and found[1].group("city"):
        return found
    m = _YEARLESS_PLACE.match(rest)
    if m is not None and _place_after_date(m):
        return "wire_led", m  # (the credit's: no announcement needed, as for "/PRNewswire/ --")
    return None


def _wire_as_place(name: str, m: re.Match[str], text: str) -> tuple[str, re.Match[str]] | None:
    """A dateline whose place is a wire's name with no mark around it, the date and then the
    place after it ("BUSINESS WIRE -- July 22, 2004 -- BOSTON -- Acme", "GLOBE NEWSWIRE --
    ..."): the place after the date, as after a bracketed credit (see _place_after); the
    date may be the day first or in figures ("BUSINESS WIRE -- 22 July 2004 -- BOSTON --",
    "BUSINESS WIRE -- 07/22/2004 -- BOSTON --")."""
    if name not in _WIRE_PLACED or not _wire_named(m.group("city")):
        return None
    at = _date_start(m)
    return _place_after(text[at:]) if at >= 0 else None


_WIRE_PLACED = frozenset(("date_dash", "figure_date"))  # (spellings a wire's name may open)
_DATE_GROUPS = ("month", "dday", "numdate")  # (where a match's date may start)


def _date_start(m: re.Match[str]) -> int:
    """Where a dateline match's date starts in its string (month first, day first or in
    figures), -1 if it holds none."""
    groups = m.re.groupindex
    return min((m.start(g) for g in _DATE_GROUPS if g in groups and m.group(g)), default=-1)


# What each DATELINES spelling holds besides its place, tested before its regex: a date (a
# digit: its day), and one of these marks (a wire's slash or bracket, an ellipsis, a dash)
_SPELLING_NEEDS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "wire_first": (False, ("/", "(")),
    "date_wire": (True, ("/", "(")),
    "date_dash": (True, ()),
    "paren_date": (True, ("(",)),
    "wire_date_paren": (True, ("(",)),
    "slash_wire": (True, ("/",)),
    "ellipsis": (True, ("...",)),
    "ellipsis_after": (True, ("...",)),
    "date_comma": (True, ()),
    "no_date": (False, ()),
    "no_date_ellipsis": (False, ("...",)),
    "city_dash": (False, ("\u2013", "\u2014", "--")),
    "date_alone": (True, ()),
}
_DIGIT = lazy(r"\d")  # (a date's day, as the patterns read it: any decimal digit)
# What every spelling of DATELINES needs after its place, one of: a dash (wire_first,
# wire_date_paren, no_date, city_dash; _DASH's and no_date's characters), an ellipsis
# (no_date_ellipsis), or a date (all the others: DATE, DAY_DATE and _YEAR_DATE each hold a
# month, which opens with one of these after a blank, a comma, a bracket, a dash, a slash
# or a period, never after a letter or digit, and a digit)
_DASH_OR_DOTS = lazy(r"[\u2013\u2014\u2015-]|\.\.\.")
_MONTH_OPENING = lazy(r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _may_hold_dateline(text: str) -> bool:
    """False when no DATELINES spelling (nor so ANY_DATELINE) can match ``text``: it holds
    no dash, no ellipsis, and no month with a digit (see _DASH_OR_DOTS). Two C-level scans
    of a line instead of ANY_DATELINE's backtracking over each split of its capitalised
    words into a place and a joined one ("Technologies, Inc. and Castle Creek Technology
    Partners LLC", a contact's "Kurt M. Swenson, Chairman and Chief Executive Officer")."""
    return _DASH_OR_DOTS.search(text) is not None or (
        _DIGIT.search(text) is not None and _MONTH_OPENING.search(text) is not None)


def _date_first(text: str) -> tuple[str, re.Match[str]] | None:
    """DATE_FIRST's match on the (left-stripped) line: one with a colon or in brackets only
    before a company's name (see _SUBJECT); or DATE_PAREN_PLACE's, its place in brackets."""
    if text.find("(", 0, _PLACE_CHARS) >= 0:
        m = DATE_PAREN_PLACE.match(text)
        if m is not None and _bracket_place(m):
            return "paren_place", m
    m = DATE_FIRST.match(text)
    if m is None or (_marked(m) and _SUBJECT.match(text, m.end()) is None):
        return None
    city = m.group("city")
    if city and not _place_after_date(m):
        if m.group("comma"):
            # a comma, no dash, after the date: its place must read as one ("June 3, 2024,
            # Austin, TX --", "June 3, 2024, NEW YORK --"; not "June 3, 2024, The Company --")
            return None
        # a dash's words that do not read as a place: the date alone is the dateline
        # ("June 3, 2024 -- The Company -- Acme ...", "June 3, 2024 -- ACME CORP. -- Acme")
        m = DATE_FIRST_UNPLACED.match(text)
        if m is None and is_firm(city):
            m = DATE_FIRST_BEFORE_CAPS.match(text)
        if m is None or (_marked(m) and _SUBJECT.match(text, m.end()) is None):
            return None
    return "date_first", m


def _place_after_date(m: re.Match[str]) -> bool:
    """Whether a date-first dateline's words after its comma or dash read as a place (see
    _named_place: a known state after them, or capitals), or a known city ("Chicago"); no
    firm's name ("ACME CORP.")."""
    city = m.group("city")
    return not is_firm(city) and (_named_place(m, city.split()) or city.lower() in CITIES)


def _bracket_place(m: re.Match[str]) -> bool:
    """Whether DATE_PAREN_PLACE's bracket holds a place: a known state, province or country
    after the city ("(AUSTIN, TX)"), or a known city alone ("(Chicago)"); a firm's name or a
    wire's credit ("(Benzinga)") is none."""
    city = m.group("city")
    if is_firm(city):
        return False
    if m.group("state") is None:
        return city.lower() in CITIES
    state = _place_key(m.group("state"))
    return state in _US_PLACES or state in _PROVINCES or state in _COUNTRIES


def _marked(m: re.Match[str]) -> bool:
    """Whether a DATE_FIRST match's date ends in a colon or stands in brackets (not a dash's
    or a wire's mark, the spelling older releases print)."""
    return bool(m.group("open")) or ":" in m.group(0)


# Spellings with no dash, wire or bracket after the date, which a caption or a name reads
# alike ("Consolidated Statements of Operations, December 31, 2014", "Board of Directors,
# March 3, 2015, Minutes", "Bank of America, March 3, 2015, The Company"): date_comma's
# place, and date_alone's with a lower-case particle, must name a known state or country or
# be typed in capitals (see _named_place)
_UNMARKED = frozenset(("date_comma", "date_alone"))


def _named_place(m: re.Match[str], words: list[str]) -> bool:
    """Whether a match's place reads as one on its own: a known state, province or country
    after the city ("King of Prussia, PA", "LONDON, England"), or the city in capitals
    ("HOUSTON", "RIO de JANEIRO")."""
    state = _place_key(m.group("state") or "")
    if state in US_STATES or state in _PROVINCES or state in _COUNTRIES:
        return True
    return all(w.isupper() or w[:1].islower() for w in words)


def _accepted(name: str, m: re.Match[str], text: str) -> bool:
    """Whether a pattern's match on the (left-stripped) line is a dateline."""
    words = m.group("city").split()
    if name in _UNMARKED and (name == "date_comma" or not all(w[:1].isupper() for w in words)) \
            and not _named_place(m, words):
        return False
    head, _, last = words[-1].lower().rpartition("-")
    if last in (_LABEL_ENDS if len(words) > 1 or head else _LABEL_WORDS):
        return False
    if words[0].capitalize() in _NOT_CITY and not (
        words[0].capitalize() == "The" and len(words) > 1 and words[1].lower() in _THE_CITIES
    ):
        return False
    if name.startswith("no_date") or name == "state_date":
        state = (m.group("state") or "").lower().replace(".", "").strip()
        if state not in US_STATES:
            return False
        if name == "no_date" and _DATE_NEXT.match(text, m.end()):
            return False  # "WALTHAM, Mass. - Aug. 2, 2000 - 8:00 a.m. EDT -": a date follows
    if not _AFTER_DATELINE.match(text, m.end()):
        return False  # "Balance, January 1, 1990 $62,483" is a table row
    # "Acme Corp. March 3, 2015 -": only a state's period parts a date
    return not (name == "date_dash" and m.group("stop") and not m.group("state"))


_DATE_NEXT = lazy(rf"{MONTH}\.?[ \t]+[0-3]?\d\b")


def _more_dateline(text: str) -> tuple[str, re.Match[str]] | None:
    """The spellings DATELINES lacks (_WIRE_PAREN, _SLASH_FIGURE_WIRE, _STATE_DATE,
    _COUNTRY_DATE, _SPACED_ELLIPSIS), tried on a line none of them matches.
    (Substring tests first: most lines tried hold no bracket, or no comma and year, where
    a place, four words and a state at most, would put them.)"""
    if text.find("(", 0, _PLACE_CHARS) >= 0:
        # (a known state in the bracket first: _WIRE_PAREN reads any name there as a credit)
        m = _PAREN_STATE.match(text)
        if m is not None and _known_place(m) and _accepted("paren_state", m, text):
            return "paren_state", m
        m = _WIRE_PAREN.match(text)
        if m is not None and _accepted("wire_paren", m, text):
            return "wire_paren", m
        m = _AGENCY.match(text)
        if m is not None and _accepted("agency", m, text):
            return "agency", m
    slash = text.find("/", 0, _PLACE_CHARS) >= 0
    if slash:
        m = _SLASH_FIGURE_WIRE.match(text)
        if m is not None and _accepted("slash_wire", m, text):
            return "slash_figure_wire", m
        m = _SLASH_NEWS.match(text)
        if m is not None and _accepted("slash_news", m, text):
            return "slash_news", m
        m = _SLASH_DATE.match(text)
        if m is not None and _accepted("slash_date", m, text):
            return "slash_date", m
        m = _PLACE_SLASH_WIRE.match(text)
        if m is not None and (_known_place(m) if m.group("state") else _city_alone(m, text)) \
                and _accepted("slash_wire", m, text):
            return ("slash_wire" if m.group("month") else "slash_news"), m
    if slash or text.find("|", 0, _PLACE_CHARS) >= 0 or text.find("\u2022", 0, _PLACE_CHARS) >= 0:
        # (only _SLASH_YEAR reads pipes and bullets)
        m = _SLASH_YEAR.match(text)
        if m is not None and (_known_place(m) if m.group("state") else _city_alone(m, text)) \
                and _accepted("slash_year", m, text):
            return "slash_year", m
        m = _PIPE_WIRE.match(text) if "|" in text and any(
            map(text[: _PLACE_CHARS * 2].lower().__contains__, _WIRE_WORDS)) else None
        if m is not None and (m.group("w1") or m.group("w2") or m.group("w3")) \
                and (_known_place(m) if m.group("state") else _city_alone(m, text)) \
                and _accepted("pipe_wire", m, text):
            return "pipe_wire", m
    if text.find(":", 0, _PLACE_CHARS) >= 0 and text.find(",", 0, _PLACE_CHARS) >= 0:
        m = _STATE_COLON.match(text)
        if m is not None and _known_place(m) and _accepted("state_colon", m, text):
            return "state_colon", m
    if _TIME_GATE.search(text, 0, _TIME_CHARS) is not None:
        m = _TIMED_DATE.match(text)
        if m is not None and _accepted("timed_date", m, text):
            return "timed_date", m
    if _FIGURES_GATE.search(text, 0, _PLACE_CHARS + 12) is not None:
        m = _FIGURE_DATE.match(text)
        if m is not None and _accepted("figure_date", m, text):
            return _wire_as_place("figure_date", m, text) or ("figure_date", m)
    if text.find(",", 0, _PLACE_CHARS) >= 0 and ("19" in text or "20" in text):
        m = _STATE_DATE.match(text)
        if m is not None and _accepted("state_date", m, text):
            return "state_date", m
        m = _COUNTRY_DATE.match(text) if text.count(",", 0, _PLACE_CHARS) > 2 else None
        if m is not None and _country_place(m) and _accepted("country_date", m, text) \
                and (not m.group("country_dash") or _dash_led(m, text)):
            return "country_date", m
        m = _SPACED_ELLIPSIS.match(text) if ". . ." in text else None
        if m is not None and _accepted("ellipsis_after", m, text):
            return "spaced_ellipsis", m
    if slash or text.find("(", 0, _PLACE_CHARS) >= 0:
        return _wire_alone(text)  # (last: a dated spelling first)
    return None


def _wire_alone(text: str) -> tuple[str, re.Match[str]] | None:
    """_WIRE_ALONE's match, a known place's (see _known_place, _city_alone) with no date
    after it, as a date-less "wire_alone" dateline (its caller wants an announcement after
    it)."""
    m = _WIRE_ALONE.match(text)
    if m is None or _DATE_NEXT.match(text, m.end()) or text[m.end() : m.end() + 1].isdigit() \
            or not (_known_place(m) if m.group("state") else _city_alone(m, text)) \
            or not _accepted("wire_alone", m, text):
        return None
    return "wire_alone", m


def _known_place(m: re.Match[str]) -> bool:
    """Whether a _PAREN_STATE or _SLASH_YEAR match's state is a known state, province or
    country, after a city that is no firm's name ("Acme Corp. (Europe), March 3, 2015 -")."""
    state = _place_key(m.group("state"))
    return (state in _US_PLACES or state in _PROVINCES or state in _COUNTRIES) \
        and not is_firm(m.group("city"))


def _city_alone(m: re.Match[str], text: str) -> bool:
    """Whether a match's city with no state after it reads as a place on its own: a known
    city ("Chicago"), or one typed in capitals ("CHICAGO", "WALTHAM"); not a firm's name,
    nor the name that opens the text after the match ("PERICOM / April 21, 2005 / Pericom
    Semiconductor Corporation today ...": a letterhead's firm)."""
    city = m.group("city")
    if is_firm(city) or text[m.end() : m.end() + len(city)].lower() == city.lower():
        return False
    return city.lower() in CITIES or _named_place(m, city.split())


# A wire's name where a dateline's place stands, the place left out: "BUSINESS WIRE--March 3,
# 2005--", "PR Newswire - March 3, 2005 -", "Marketwire", "PRNewswire-FirstCall", "GLOBE
# NEWSWIRE", "MARKET WIRE", "PRWeb" (compared lower-cased; no place's name ends in "wire")
_WIRE_CITY = lazy(
    r"[a-z][a-z0-9.-]{0,20}?wired?(?:-[a-z]{1,12})?|(?:[a-z][a-z0-9.]{0,20}[ \t])?newswire"
    r"|(?:business|market)[ \t]wire|prweb"
)


def _wire_named(city: str) -> bool:
    """Whether a dateline's "city" is a wire's name (see _WIRE_CITY)."""
    low = city.lower()
    return ("wire" in low or "prweb" in low) and _WIRE_CITY.fullmatch(low.strip()) is not None


# a figure date's first mark, "7/22" or "2004-07" (see _FIGURE_DATE), sought before the regex
_FIGURES_GATE = lazy(r"\d/\d|\d\d-\d|\d\.\d")


def dateline_fields(m: re.Match[str], context: str | Callable[[], str],
                    filed: str | None = None) -> dict[str, Any]:
    """{city, state, date} from a dateline match; a year missing from it is taken from the
    filing's date `filed` when given, else inferred from the dates in `context` (a text, or
    a call that makes it: most datelines print their year, and the text is not needed)."""
    groups = m.groupdict()
    when = None
    # a date printed month first ("month") or day first ("dmonth")
    month, day, year = (groups.get("month"), groups.get("day"), groups.get("year")) \
        if groups.get("month") else (groups.get("dmonth"), groups.get("dday"), groups.get("dyear"))
    if groups.get("numdate"):  # "03/08/2007", month first; "08.03.2007", day first
        when = _figures_date(groups["numdate"])
    elif month:
        if not year:
            year = year_from_filing(month, day, filed) or infer_year(
                month, day, context if isinstance(context, str) else context())
        if year:
            when = iso_date(f"{month.rstrip('.')} {day} {year}")
    state = groups.get("state")
    if state and _WEEKDAY.fullmatch(state):
        state = None  # "NEW YORK, Wednesday, May 1, 2019": a weekday, not a state
    city = groups.get("city")
    if city and _wire_named(city):
        city = state = None  # "BUSINESS WIRE--March 3, 2005--Acme": the wire, no place
    return {
        "city": normalise(city).rstrip(",") if city else None,
        "state": normalise(state) if state else None,
        "date": when,
    }


def _figures_date(numdate: str) -> str | None:
    """ISO of a dateline's date in figures: "03/08/2007" month first (day first where the
    first is over 12, "29/01/2009"), "2007-03-08"; dotted, "08.03.2007", day first, as
    Europe prints it (month first only where the second is over 12, "03.28.2007")."""
    if "." not in numdate:
        return iso_date(numdate)
    day, month, year = numdate.split(".")
    if int(month) > 12:
        day, month = month, day
    return iso_date(f"{month}/{day}/{year}")


# What every DATELINES pattern starts with: a city of up to four capitalised words, then the
# first mark of a state, a date, a wire or a second place after a comma, a dash, an ellipsis
# or "and". Searched over the whole text at once, it picks the few lines worth the full
# per-line test (prose such as "Selling, general and" fails at the mark). Any line a DATELINES
# pattern matches is picked; a few more are, and fail the full test.
_MONTH_START = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_CITY_WORD = rf"[{LETTERS}.'\u2019-]*+"  # (after its capital)
# The start of a city word without "-" or "...": a mark may follow a city inside a word
# ("Waltham-August 2"), where the possessive _CITY_WORD does not stop.
_WORD_START = rf"[{LETTERS}'\u2019]*+(?:\.(?!\.\.)[{LETTERS}'\u2019]*+)*+"
# A dateline with no place opens with its date, "March 4, 2024 \u2013" (see DATE_FIRST): the
# month is the first "city" word, and this mark is tried after that word only.
# (after the year: a dash, a wire's mark, a colon, "March 3, 2015: Acme", or a comma before a
# place, "June 3, 2024, New York, NY --")
_YEAR_MARK = r"(?:19|20)\d\d[ \t]*(?:-|\u2013|\u2014|\u2015|\(|/|:|,)"
_DATE_FIRST_MARK = rf"[ \t]+[0-3]?\d(?:st|nd|rd|th)?,?[ \t]*{_YEAR_MARK}"
# ... or the day first, "3 March 2015 \u2013"
_DAY_FIRST = rf"[0-3]?\d(?:st|nd|rd|th)?[ \t]+{_MONTH_START}[A-Za-z]*\.?,?[ \t]+{_YEAR_MARK}"
_DAY_START = r"[0-3]?\d(?:st|nd|rd|th)?[ \t]+" + _MONTH_START  # a day-first date's start
# ... or in figures, "06/03/2024 -- AUSTIN, TX --" (DATE_FIRST's numdate)
# ... or a place in brackets before it, "(AUSTIN, TX) June 3, 2024 --" (_PAREN_PLACE_FIRST's)
_PLACE_IN_BRACKETS = (
    rf"\([ \t]*[{CAPITALS}][{LETTERS}.,'\u2019 -]{{0,40}}\)[ \t]*"
    rf"(?:[-\u2013\u2014\u2015]{{1,4}}[ \t]*)?(?:{_MONTH_START}|[0-3]?\d/)"
)
_FIGURES_FIRST = (
    rf"(?:[0-3]?\d/[0-3]?\d/(?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d-[01]\d-[0-3]\d|{DOTTED_DATE})"
    r"[ \t]*(?:-|\u2013|\u2014|\u2015|\(|/|:|,)"
)
# a date in figures (see _FIGURE_DATE)
_FIGURES_START = r"[01]?\d/|(?:19|20)\d\d-|[0-3]?\d\.[0-3]?\d\.(?:19|20)"
_DATELINE_HINT = LinePattern(
    # Possessive words: giving a word back a character at a time, each end tried against the
    # marks, was most of the cost (the second branch finds a mark inside a word).
    # (possessive blanks too, before a capital or a particle: giving a line's indent back a
    # blank at a time, each shorter one failing at once, cost a quarter of the scan)
    # (the lookahead: every branch's first character, one test at most line starts; the
    # last branch is _WIRE_LED's, a dash and a bracket: "--(BUSINESS WIRE)--", indented as
    # the text's paragraphs may be, "    -- (BUSINESS WIRE) -- March 3, 2005 --", or a wire's
    # name between slashes, "/PRNewswire/ --" (_SLASH_LED's); a slash (or a
    # pipe, a bullet) and a month after the city is _SLASH_DATE's, "CHICAGO/July 22,
    # 2004/PRNewswire/ --", or _SLASH_YEAR's, "CHICAGO | July 22, 2004 | Acme"; a pipe and
    # a capital, _PIPE_WIRE's "PRNewswire | CHICAGO |", "CHICAGO | PRNewswire |")
    rf"(?=[ \t]*+[{CAPITALS}0-9(/\-\u2013\u2014\u2015])"
    rf"(?:[ \t]*+(?:[{CAPITALS}](?:{_CITY_WORD}(?:{_DATE_FIRST_MARK}|"
    rf"(?:(?:[ \t]++{PLACE_PARTICLE}?|/)[{CAPITALS}&]{_CITY_WORD}){{0,4}}"
    rf"(?:,[ \t]*(?:[{CAPITALS}]|and[ \t]|the[ \t]|{_MONTH_START}|{_DAY_START}|{_FIGURES_START})"
    # (one possessive run of blanks before the marks that may follow them: no mark is one)
    rf"|[ \t]*+(?:(?:-{{1,4}}|\u2013|\u2014|\u2015)[ \t]*"
    rf"(?:[A-Z\"\u201c/(]|{_MONTH_START}|{_DAY_START}|{_FIGURES_START})"
    rf"|\([ \t]*(?:{_MONTH_START}|{_DAY_START}|(?i:[a-z. ]{{0,12}}(?:wire|news)|prweb)"
    rf"|{_AGENCIES}"
    rf"|[{CAPITALS}][{LETTERS}. ]{{0,30}}\)[ \t]*[-,\u2013\u2014\u2015])"  # (_PAREN_STATE's)
    rf"|\.\.\.|[/|\u2022][ \t]*{_MONTH_START}|\|[ \t]*[{CAPITALS}]"
    # (_WIRE_ALONE's, a wire's name between slashes: "TORONTO /CNW/")
    rf"|/[ \t]?(?i:(?:[a-z][a-z. -]{{0,20}}?)?(?:wire|news|cnw)))"
    rf"|[ \t]+and[ \t]+[{CAPITALS}]))"
    rf"|{_WORD_START}(?:[ \t]+[{CAPITALS}&]{_WORD_START}){{0,4}}+(?:-|\.\.\.))"
    rf"|{_DAY_FIRST}|{_FIGURES_FIRST}|{_PLACE_IN_BRACKETS}"
    rf"|\([ \t]*{_MONTH_START}[A-Za-z]*\.?[ \t]+[0-3]?\d,?[ \t]*(?:19|20)\d\d[ \t]*\)"
    # (_WIRE_OPEN's: "(Marketwire - March 3, 2025) -", "(MARKET WIRE) --")
    rf"|\([ \t]?(?i:[a-z][a-z. ]{{0,20}}?(?:wire|news)|ccn))"
    rf"|[ \t]*+(?:[-\u2013\u2014\u2015]{{1,4}}[ \t]*\([A-Za-z]"
    rf"|/[ \t]?(?i:[a-z][a-z. -]{{0,20}}?(?:wire|news))))"  # (_SLASH_LED's)
)
# The looser hint used before, kept for lists whose items hold newlines: line numbers read
# off the joined text are shifted there, and results stay what they were.
_LOOSE_HINT = LinePattern(
    rf"[ \t]*(?:[{CAPITALS}][{LETTERS}.'\u2019-]*(?:{_DATE_FIRST_MARK}|"
    rf"(?:[ \t]+(?:&[ \t]+)?[{CAPITALS}][{LETTERS}.'\u2019-]*){{0,3}}"
    rf"(?:,|[ \t]*(?:-|\u2013|\u2014|\u2015|\.\.\.)|[ \t]+and[ \t]))|{_DAY_FIRST}|{_FIGURES_FIRST})"
)


def _lines_within(lines: list[str], limit: int) -> int:
    """How many leading lines fit in ``limit`` characters, each with its newline."""
    if len(lines) <= limit and sum(map(len, lines)) + len(lines) <= limit:
        return len(lines)  # the usual case: the whole text
    # C-level iterators: the first line past the limit stops the count
    ends = accumulate(map((1).__add__, map(len, lines)))
    return next(compress(count(), map(limit.__lt__, ends)), len(lines))


# A release label run into the dateline's line: "For Immediate Release - NEW YORK, March 3,
# 2015 - Acme", "NEWS RELEASE: DALLAS, Texas, ..." (the label alone is furniture)
# (matched at the line start of each "elease": a search of the text for it, tried at every
# line start, cost six times as much)
_LABEL_RUN_IN = lazy(
    r"[ \t]*(?P<label>(?i:for[ \t]+immediate[ \t]+release|news[ \t]+release|press[ \t]+release))"
    r"[ \t]*(?::|-{1,2}|\u2013|\u2014)[ \t]*(?=[A-Z])"
)


_LABEL_REACH = 40  # "elease" lies this near its line's start in a label (an indent allowed)
_LABEL_CHARS = 20_000  # a label run into the dateline opens the release: near the text's top


def _label_run_in(text: str, end: int | None = None) -> tuple[int, re.Match[str]] | None:
    """(line start, match) of the first line that opens with a release label and goes on
    (one that holds its "elease" before ``end``)."""
    found: list[tuple[int, re.Match[str]]] = []
    for needle in ("elease", "ELEASE"):
        at = text.find(needle, 0, end)
        while at >= 0:
            start = text.rfind("\n", max(0, at - _LABEL_REACH), at) + 1
            m = _LABEL_RUN_IN.match(text, start) if start or at < _LABEL_REACH else None
            if m is not None:
                found.append((start, m))
                break
            at = text.find(needle, at + 6, end)
    return min(found, key=lambda f: f[0]) if found else None


def _split_run_in_label(lines: list[str], text: str) -> bool:
    """Put a release label that runs into a dateline on a line of its own (``lines`` is
    changed in place; ``text`` is its head joined), so that the head above and the body
    below read as usual. Whether it did."""
    found = _label_run_in(text)
    if found is None:
        return False
    start, m = found
    i = text.count("\n", 0, start)
    line = lines[i]
    rest = line[m.end() - start :]
    if match_dateline(rest) is None:
        return False
    lines[i : i + 1] = [line[: m.end("label") - start], rest]
    return True


# What every line match_dateline or _comma_words takes holds: a digit (a date's day, a
# year), a dash, a bracket, a slash, a pipe, a bullet or a colon (see _unmarked)
_DATELINE_MARKS = frozenset("0123456789-\u2013\u2014\u2015(/|\u2022:")


def _unmarked(line: str) -> bool:
    """Whether ``line`` holds none of _DATELINE_MARKS and no ellipsis, so that neither
    match_dateline nor _comma_words can take it: every DATELINES spelling and every one
    _more_dateline tries needs a date (a digit), a dash, an ellipsis, or a wire's slash,
    bracket, pipe or bullet, or a colon; a date-first line, a digit. One C-level test of a
    hint line (most are a name and a title, "Kurt M. Swenson, Chairman and Chief Executive
    Officer", or a firm's, "ASTA FUNDING, INC.") instead of a dozen in match_dateline."""
    return _DATELINE_MARKS.isdisjoint(line) and "..." not in line


def first_live_hint(text: str) -> tuple[int, Dateline | None]:
    """Where the first line that may open a dateline starts in the normalised text
    (``normalised_text``), and its match_dateline; 0 when a release label runs into a line
    above it (the search is made again from the top); -1 when there is none, so that
    ``locate_dateline(lines_of(text), labels=True)`` surely finds nothing (most texts an
    8-K's items hold are no release). A hint line is dead when its dateline test fails
    and it opens no wrapped dateline: _first_dateline passes over it, as its ``first``
    may. (The lines locate_dateline reads are these, right-stripped, some blank ones
    dropped: no dateline there that is not here.)"""
    for hint in _DATELINE_HINT.finditer(text):
        start = _DATELINE_HINT.line_start(hint)
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)].rstrip()
        # ("President, Chief Executive Officer": no dateline's marks, no test of them)
        unmarked = _unmarked(line)
        found = None if unmarked else match_dateline(line)
        if found is not None or _may_wrap(line) or (
                not unmarked and _comma_words(line) is not None):
            return (0, None) if start and _label_run_in(text, start) is not None \
                else (start, found)
    return (0, None) if _label_run_in(text) is not None else (-1, None)


def locate_dateline(lines: list[str], labels: bool = False, start: int = 0,
                    known: Dateline | None = None, filers: Sequence[str] = ()
                    ) -> tuple[int, str, re.Match[str]] | None:
    """Index, pattern name and match of the first dateline line. `labels`: a release label
    run into a dateline's line above the one found (or anywhere near the top, if none is)
    is put on a line of its own (``lines`` changes) and the search is made again. `start`:
    the search opens at this line (those above are known to hold no dateline's start; see
    first_live_hint), whose match_dateline is `known`, if given. `filers`: the names the
    filing's cover gives its registrants (see _capitals_filer)."""
    n = _lines_within(lines, DATELINE_SEARCH_CHARS)
    text = "\n".join(lines[:n])
    found, at = _first_dateline(lines, n, text, min(start, n),
                                (start, known) if start and start < n else None, filers)
    if labels and _split_run_in_label(lines, text[: min(at, _LABEL_CHARS)]):
        found = locate_dateline(lines, filers=filers)
    if labels and found is not None and _split_dated_label(lines, found[0]):
        found = (found[0] + 1, found[1], found[2])  # (one line more above it)
    if labels and found is not None:
        found = _join_paragraph_below(lines, found)
    return found


_ALONE_WIDTH = 120  # a dateline alone on its line is no longer than this
_PROSE_WORDS = 5  # the paragraph under it holds more words than this (a sentence)
# what opens the announcement under it: a capital, a quote or a bracket
_OPENS_PROSE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"\u201c(")


def _join_paragraph_below(lines: list[str], found: tuple[int, str, re.Match[str]]
                          ) -> tuple[int, str, re.Match[str]]:
    """A dateline alone on its line over a blank one, as HTML sets it in a paragraph of its
    own ("<p>NEW YORK, March 3, 2025 /PRNewswire/ --</p><p>Acme today announced ...</p>"):
    the paragraph's first line is run into it (``lines`` changes), so that the body opens
    with one paragraph, as the wire prints it; the match is made again on the joined line
    (cut at the dateline's old end, so that it reads the same)."""
    i, name, m = found
    line = lines[i]
    if m.end() < len(m.string.rstrip()) or len(line) > _ALONE_WIDTH or i + 2 >= len(lines) \
            or lines[i + 1].strip():
        return found
    below = lines[i + 2].strip()
    text = m.string.rstrip()
    if below[:1] not in _OPENS_PROSE or text != line.strip(" \t") \
            or not more_words(below, _PROSE_WORDS):
        return found  # (a match made on the line itself only; a heading, "Highlights", stays)
    joined = text + " " + below
    again = m.re.match(joined, m.pos, len(text))
    if again is None or again.end() != m.end():
        return found
    lines[i : i + 3] = [line[: len(line) - len(line.lstrip(" \t"))] + joined]
    return i, name, again


# A date line run into a label or the headline over a dateline: "Tuesday, March 4, 1997 --
# For Immediate Release", "March 4, 1997 - Page 1 of 3", "4 March 1997 \u2013 Embargoed
# until 4:00 p.m." (no dateline: no announcement follows it); the date in figures too,
# "03/04/1997 -- FOR IMMEDIATE RELEASE" (as press_patterns.DATE_LINE reads one)
_DATED_LABEL = lazy(
    rf"[ \t]*(?:{WEEKDAY},?[ \t]+)?(?:{MONTH}\.?[ \t]+[0-3]?\d,?[ \t]+(?:19|20)\d\d"
    rf"|[0-3]?\d(?:st|nd|rd|th)?[ \t]+{MONTH}\.?,?[ \t]+(?:19|20)\d\d"
    r"|[01]?\d/[0-3]?\d/(?:19|20)\d\d)\b"
    rf"(?P<cut>[ \t]*{_DASH}[ \t]*)(?=[A-Za-z\"\u201c])"
)
_DATED_LABEL_REACH = 15  # lines above the dateline: the head's
_DATED_LABEL_WIDTH = 100


def _split_dated_label(lines: list[str], d: int) -> bool:
    """Put the date of a head line that runs a date into a label ("Tuesday, March 4, 1997 --
    For Immediate Release") on a line of its own, above the rest, so that the head reads it
    as a date line, not as the headline (``lines`` changes). Whether it did."""
    for i in range(d - 1, max(0, d - _DATED_LABEL_REACH) - 1, -1):
        s = lines[i].lstrip(" \t")
        if len(s) > _DATED_LABEL_WIDTH or not (
                s[:3].lower() in _DATE_STARTS or "0" <= s[:1] <= "9"):
            continue  # (a cheap test first: most lines open otherwise)
        m = _DATED_LABEL.match(lines[i])
        if m is not None:
            lines[i : i + 1] = [lines[i][: m.start("cut")], lines[i][m.end() :]]
            return True
    return False


def _first_dateline(lines: list[str], n: int, text: str, first: int = 0,
                    known: tuple[int, Dateline | None] | None = None,
                    filers: Sequence[str] = ()
                    ) -> tuple[tuple[int, str, re.Match[str]] | None, int]:
    """locate_dateline's find, and where its line starts in ``text`` (its length if none),
    from line ``first`` on (``known``: a line's index and its match_dateline, read before;
    ``filers``: the cover's registrant names)."""
    scan = _DATELINE_HINT if text.count("\n") < n else _LOOSE_HINT
    if scan is _LOOSE_HINT:
        first, known = 0, None  # (lines that hold newlines: numbers are not offsets there)
    i, pos = first, sum(map(len, lines[:first])) + first
    spare: tuple[tuple[int, str, re.Match[str]], int] | None = None
    for hint in scan.finditer(text, pos):  # lazily: the first dateline ends the scan
        start = scan.line_start(hint)
        i += text.count("\n", pos, start)
        pos = start
        if spare is not None and i - spare[0][0] >= _DATED_LABEL_REACH:
            return spare
        line = lines[i]
        found = known[1] if known is not None and known[0] == i else match_dateline(line)
        if (found is None or not _dated(found[1])) and i + 1 < len(lines) \
                and len(line) <= _WRAP_WIDTH and (line[-1:] in _CUT_ENDS or line[-1:].isalpha()
                                                  or line[-1:] == "."):
            found = _wrapped_dateline(lines, i, found) or found
        if found is None:
            found = _comma_place_elsewhere(line, text)
            if found is None:
                continue
        if i + 1 < len(lines) and _dated(found[1]) and found[1].end() >= len(
                found[1].string.rstrip()):  # (nothing after it on its line)
            found = _time_below(lines, i) or found
        if found[0] == "date_first":
            found = _place_named_elsewhere(found, text) if "city" not in found[1].re.groupindex \
                else _capitals_filer(found, text, lines[i + 1] if i + 1 < len(lines) else "",
                                     filers)
            if found is None:
                continue
        if found[0] == "wire_led" and i > 0:
            found, i, start = _place_above(lines, i, found, text, start)
        elif found[0] == "date_first" and i > 1:
            found, i, start = _place_line_over_date(lines, i, found, text, start)
        name, m = found
        if name in ("no_date", "city_dash", "date_alone", "slash_news", "wire_alone"):
            # A date-less dateline must open an announcement ("... today announced").
            if not _dateless_announces(lines, i, m):
                continue
        elif name in _ANNOUNCED and not (_PAST_ANNOUNCING if _strict(name, m) else _ANNOUNCING
                                         ).search(_paragraph_lead(lines, i)):
            # a place-less one too, on its line or the next two of its paragraph (a
            # company's description may fill a typed line and a half before "today
            # announced"), and one with no comma before its date (an event list's "Boston,
            # Massachusetts March 12, 2014 - Conference"), or none after it
            continue
        elif name == "date_first" and spare is None \
                and RELEASE_MARKER.match(m.string[m.end() :]):
            # a date run into a release label opens the head ("Tuesday, March 4, 2014 -- For
            # Immediate Release" over "ACME REPORTS ..."; see _split_dated_label): the
            # dateline is one below it, if any in the head
            spare = (i, name, m), start
            continue
        elif name in _EVENT_LIKE and not (
                _words_after(m) > _RUN_ON_WORDS
                or _ANNOUNCING.search(" ".join(lines[i : i + 2])[:300])):
            # an event list's line too: "New York, NY / 2nd Annual Growth Conference / March
            # 3, 2014 / Webcast at ...", "Cleveland, Ohio, May 1, 1995 . . . Hotel Statler"
            # (a dateline opens a sentence, or an announcement)
            continue
        return (i, name, m), start
    return spare or (None, len(text))


# How often a date-first dateline's words are sought with a state after them in the text
_ADDRESS_TRIES = 40
_ADDRESS_STATE = lazy(
    rf",[ \t]*+([{CAPITALS}][{LETTERS}.]*+(?:[ \t]+[{CAPITALS}][{LETTERS}.]*+){{0,2}})"
)


def _place_named_elsewhere(found: Dateline, text: str) -> Dateline:
    """A date-first dateline whose words between dashes did not read as a place alone
    ("Jan. 29, 2009 -- Bellingham -- Horizon": mixed case, no state, a city missing from
    places.CITIES) reads them as its city when the text prints them elsewhere before a comma
    and a known state, province or country: the letterhead's or the cover's address ("1500
    Cornwall Avenue, Bellingham, Washington 98225") or the about paragraph ("headquartered in
    Bellingham, Washington"). A firm's name or "The Company" has none."""
    again = DATE_FIRST.match(found[1].string)
    city = again.group("city") if again is not None else None
    if not city or again.group("comma") or not _may_be_city(city):
        return found
    return ("date_first", again) if _printed_before_region(city, text) else found


def _may_be_city(words: str) -> bool:
    """Whether a date-first dateline's words may name a city the text prints elsewhere: no
    firm's name ("Acme Corp."), no "The Company"."""
    return not is_firm(words) and words.split()[0].capitalize() not in _NOT_CITY


def _printed_before_region(city: str, text: str) -> bool:
    """Whether the text prints ``city`` (as a whole word, these letters' case) before a comma
    and a known state, province or country: "1500 Cornwall Avenue, Bellingham, Washington
    98225", "headquartered in Bellingham, Washington" (the first _ADDRESS_TRIES prints)."""
    at, tries = text.find(city + ","), _ADDRESS_TRIES
    while at >= 0 and tries:
        tries -= 1
        end = at + len(city)
        if not text[at - 1 : at].isalnum():  # (a whole word: not "...Bellingham,")
            m = _ADDRESS_STATE.match(text, end)
            if m is not None and _known_region(m.group(1).split()):
                return True
        at = text.find(city + ",", end)
    return False


def _comma_place_elsewhere(line: str, text: str) -> Dateline | None:
    """A date-first dateline with a comma after its date whose words do not read as a place
    alone ("Jan. 29, 2009, Bellingham -- Horizon": mixed case, no state, a city missing from
    places.CITIES), which match_dateline leaves unread, is one when the text prints the words
    elsewhere before a known state, as _place_named_elsewhere reads a dash's words."""
    m = _comma_words(line)
    return ("date_first", m) if m is not None and _printed_before_region(m.group("city"), text) \
        else None


def _comma_words(line: str) -> re.Match[str] | None:
    """DATE_FIRST's match on a line whose date a comma follows, then words with no state and
    a dash ("Jan. 29, 2009, Bellingham -- Horizon"), that may name a city (see
    _comma_place_elsewhere); first_live_hint keeps such a line live."""
    head = line.lstrip(" \t")
    key = head[:3].lower()
    if not head[:1].isdigit() and key not in _MONTH_PREFIXES and key not in _WEEKDAY_PREFIXES:
        return None
    m = DATE_FIRST.match(head)
    if m is None or not m.group("comma") or m.group("state") or _marked(m) \
            or not _may_be_city(m.group("city")):
        return None
    return m


def _capitals_filer(found: Dateline, text: str, below: str, filers: Sequence[str] = ()
                    ) -> Dateline | None:
    """A date-first dateline's words in capitals alone between dashes, no state after them and
    no city places.CITIES holds ("Jan. 29, 2009 -- HORIZON FINANCIAL -- Horizon Financial
    Corp. today ..."), read as a place for their capitals, are the filer's name instead, and
    the date alone the dateline, when the release's first sentence (the rest of the line and
    the line ``below``) names them, or the text prints them before a legal form ("HORIZON
    FINANCIAL CORP."), or the 8-K's cover names its registrant so (``filers``, see
    _cover_names: an EX-99 release is read apart from the cover); unless the text prints them
    before a known state too ("Bellingham, Washington"). After a comma ("Jan. 29, 2009,
    HORIZON FINANCIAL -- Horizon") there is no dateline (None), as there is none before a
    firm's legal name (see _date_first)."""
    m = found[1]
    city = m.group("city")
    if not city or m.group("state") or city.lower() in CITIES or not city.isupper():
        return found
    title = city.title()
    if _printed_before_region(city, text) or _printed_before_region(title, text):
        return found
    sentence = f"{m.string[m.end() :]} {below.strip()}"[:_SENTENCE_CHARS]
    if not _names_in(" ".join(city.split()), sentence) and not _printed_as_firm(city, text) \
            and not _printed_as_firm(title, text) and not _cover_names(city, filers):
        return found
    if m.group("comma"):
        return None
    alone = DATE_FIRST_BEFORE_CAPS.match(m.string)
    return ("date_first", alone) if alone is not None else found


_SENTENCE_CHARS = 200  # how much of a release's first sentence may name its filer
_NAME_PUNCTUATION = str.maketrans(",.", "  ")


def _cover_names(words: str, filers: Sequence[str]) -> bool:
    """Whether a registrant's name on the cover is ``words`` (any case) less its legal form
    ("WESTELL TECHNOLOGIES" of "WESTELL TECHNOLOGIES, INC.", "ORACLE" of "Oracle
    Corporation"), or opens with them, two words or more ("HORIZON FINANCIAL" of "Horizon
    Financial Services Corp."; one word may be the city the firm is named for)."""
    key = words.lower().split()
    for name in filers:
        stem = firm_stem(name.lower().translate(_NAME_PUNCTUATION).split())
        if key == stem or (len(key) > 1 and stem[: len(key)] == key):
            return True
    return False
# the words before a place's name in a sentence ("based in Bellingham", "Acme of Everett")
_PLACE_BEFORE = frozenset("in of near at from".split())


def _names_in(words: str, sentence: str) -> bool:
    """Whether ``sentence`` prints ``words`` (whole, in any case) as a name: not after "in",
    "of", "near", "at" or "from", as a place is ("a bank based in Bellingham")."""
    low, key = sentence.lower(), words.lower()
    at = low.find(key)
    while at >= 0:
        end = at + len(key)
        if not low[at - 1 : at].isalnum() and not low[end : end + 1].isalnum():
            before = low[:at].split()[-1:]
            if not before or before[0] not in _PLACE_BEFORE:
                return True
        at = low.find(key, end)
    return False


_LEGAL_NEXT = lazy(r",?[ \t]+([A-Za-z.]{2,12})")


def _printed_as_firm(name: str, text: str) -> bool:
    """Whether the text prints ``name`` (a whole word, these letters' case) before a legal
    form: "HORIZON FINANCIAL CORP.", "Horizon Financial, Inc." (the first _ADDRESS_TRIES)."""
    at, tries = text.find(name), _ADDRESS_TRIES
    while at >= 0 and tries:
        tries -= 1
        end = at + len(name)
        if not text[at - 1 : at].isalnum():
            m = _LEGAL_NEXT.match(text, end)
            if m is not None and _place_key(m.group(1)) in _LEGAL_FORMS:
                return True
        at = text.find(name, end)
    return False


def _known_region(words: list[str]) -> bool:
    """Whether the first one, two or three words name a known state, province or country
    ("Washington 98225" is cut before the figures; "WA", "Ontario", "British Columbia")."""
    return any(_place_key(" ".join(words[:k])) in _REGIONS for k in range(1, len(words) + 1))


_REGIONS = _US_PLACES | _CA_REGIONS | _COUNTRIES


def _dateless_announces(lines: list[str], i: int, m: re.Match[str]) -> bool:
    """Whether the date-less dateline at line i opens an announcement: "... today announced"
    in its paragraph (past a blank line only when nothing follows the dash on its line: the
    headline under "EMEA -- Angela Chen" announces nothing of hers), and its paragraph opens
    no contact block ("CONTACT:" over "EMEA -- Angela Chen": a contact's region)."""
    lead = lines[i : i + 4]
    if m.string[m.end() :].strip():
        lead = lead[: next((k for k in range(1, len(lead)) if not lead[k].strip()), len(lead))]
    if not _ANNOUNCING.search(_before_caption(" ".join(lead)[:400])):
        return False
    for k in range(i - 1, max(-1, i - _CONTACT_ABOVE - 1), -1):
        if not lines[k].strip():
            break
        if "ontact" in lines[k] or "ONTACT" in lines[k]:
            return False
    return True


_CONTACT_ABOVE = 4  # lines of its paragraph above a contact's row where a heading may be


def _before_caption(lead: str) -> str:
    """A date-less dateline's lead up to a cover's caption under it: a 6-K's address
    ("Bogota, D.C. - Colombia" over "(Address of principal executive offices)", then
    "... annual reports ...") announces nothing."""
    at = lead.lower().find("(address of")
    return lead[:at] if at >= 0 else lead


# The spellings that must announce in their paragraph's first lines (see _first_dateline)
_ANNOUNCED = frozenset(("date_first", "paren_place", "paren_first", "state_date", "date_comma",
                        "figure_date", "timed_date", "slash_year", "paren_state", "state_colon"))
_LEAD_LINES = 3
_LEAD_CHARS = 400


def _strict(name: str, m: re.Match[str]) -> bool:
    """Whether a spelling must announce in the past or "today" (_PAST_ANNOUNCING): those a
    dated caption or schedule reads alike, a comma or nothing after the date, a colon or
    brackets around it (see _first_dateline)."""
    return name == "date_comma" or (name == "date_first" and _marked(m))


def _paragraph_lead(lines: list[str], i: int) -> str:
    """Line i and the next two, up to a blank line: where a dateline's sentence announces."""
    lead = lines[i : i + _LEAD_LINES]
    for k in range(1, len(lead)):
        if not lead[k].strip():
            lead = lead[:k]
            break
    return " ".join(lead)[:_LEAD_CHARS]


_PLACE_ABOVE_WORDS = 7  # a city and a state: "SOUTH SAN FRANCISCO, Calif."


def _place_above(lines: list[str], i: int, found: tuple[str, re.Match[str]], text: str,
                 start: int) -> tuple[tuple[str, re.Match[str]], int, int]:
    """A wire-led dateline ("--(BUSINESS WIRE)--Acme") whose place the wrap left on the line
    above ("SOUTH SAN FRANCISCO, Calif."): the two lines joined (``lines`` changes) when the
    join is a dateline and the line above is a city and state alone; else as found. Gives
    the dateline, its line's index and where that line starts in ``text``."""
    above = lines[i - 1].strip()
    if "," not in above or more_words(above, _PLACE_ABOVE_WORDS) or not _reads_as_place(above):
        return found, i, start
    joined = above + " " + lines[i].strip()
    again = match_dateline(joined)
    if again is None or again[0] == "wire_led":
        return found, i, start
    lines[i - 1 : i + 1] = [joined]
    return again, i - 1, text.rfind("\n", 0, start - 1) + 1


def _reads_as_place(line: str) -> bool:
    """"SOUTH SAN FRANCISCO, Calif.", "Chicago, Illinois", "TORONTO, Ontario": a U.S. state
    after the comma, or a city in capitals before a region that is not; a headline's comma
    ("Acme Beats Estimates, Raises Guidance", "ACME REPORTS RECORD REVENUE, EARNINGS") is
    none."""
    city, _, region = line.rpartition(",")
    region = region.strip()
    return bool(region) and (state_code(region) is not None or (
        city.isupper() and not region.isupper() and not more_words(city, 4)))


def _place_line_over_date(lines: list[str], i: int, found: tuple[str, re.Match[str]],
                          text: str, start: int) -> tuple[tuple[str, re.Match[str]], int, int]:
    """A dateline opening with its date ("March 3, 2005 -- Acme ... today announced") under
    its place typed on a line of its own, maybe a blank line between ("LONDON", "NEW YORK",
    "Houston, Texas", "TEL AVIV, Israel"), itself under a blank line: the place joined to
    the date by a comma (``lines`` changes) when the join is a dated dateline. Gives the
    dateline, its line's index and where that line starts in ``text``."""
    k = i - 1 if lines[i - 1].strip() else i - 2
    above = lines[k].strip()
    if not above or len(above) > _PLACE_ALONE_CHARS or (k > 0 and lines[k - 1].strip()) \
            or not _place_alone(above) or not _ANNOUNCING.search(_paragraph_lead(lines, i)):
        return found, i, start
    again = match_dateline(above + ", " + lines[i].lstrip(" \t"))
    if again is None or again[0] == "date_first" or not _dated(again[1]):
        return found, i, start
    lines[k : i + 1] = [again[1].string]
    for _ in range(i - k):
        start = text.rfind("\n", 0, start - 1) + 1
    return again, k, start


_PLACE_ALONE_CHARS = 40


def _place_alone(line: str) -> bool:
    """Whether a line is a place and nothing else: a known city ("LONDON", "New York"), or
    any city before a known state, province or country ("WALTHAM, Mass.", "TEL AVIV,
    Israel"); not a firm ("ACME CORPORATION") nor a label ("NEWS")."""
    city, comma, region = line.partition(",")
    city = city.strip()
    if not city[:1].isupper() or more_words(city, 3) or is_firm(city):
        return False
    key = _place_key(region)
    known = state_code(region) is not None or key in _COUNTRIES or key in _CA_REGIONS \
        or key in _AU_REGIONS or key in _UK_REGIONS
    if comma:
        return "," not in region and known
    return city.lower() in CITIES


# The spellings of _more_dateline that an event list prints too, and the words of a body
# sentence run on after them on their line
_EVENT_LIKE = frozenset({"slash_figure_wire", "spaced_ellipsis"})
_RUN_ON_WORDS = 7


def _words_after(m: re.Match[str]) -> int:
    """The words (not the leader dots, ". . . .") after a match on its line."""
    return sum(1 for w in m.string[m.end() : m.end() + 300].split() if w.strip(".")[:1].isalnum())


def block_dateline(line: str) -> bool:
    """Whether a contact block's row is a release's dateline (which ends the block): a
    place and a date, or a place and a dash before an announcement, not before a person's
    name alone ("EMEA -- Angela Chen, +44 ...": a contact's region and her name)."""
    if not _may_be_dateline(line):
        return False  # (most rows: the dateline regexes are slow to rule out a name's row)
    found = match_dateline(line)
    if found is None or _dated(found[1]):
        return found is not None
    rest = found[1].string[found[1].end() :]
    return person_name(rest.partition(",")[0].strip()) is None or bool(_ANNOUNCING.search(rest))


# What a dateline prints: a date's digit, or (with no date) after its place a wire's bracket
# or slash, a dash or an ellipsis ("SEATTLE--(BUSINESS WIRE)--", "NEW YORK -- Acme", "Erie,
# PA ... Zurn"); one regex call for the marks and digits, "..." apart (a bare "." is no mark)
_DATELINE_MARK = lazy(r"[\d(/\u2013\u2014\u2015-]")


def _may_be_dateline(s: str) -> bool:
    """Whether block_dateline may hold for a row: a digit or an undated spelling's mark, and
    no e-mail for a first word with no such mark before its "@" (a place's words hold none:
    "jdoe@acme.com (e)"). A new undated form with none of these marks must be taught here."""
    if "@" in s and "@" in (first := s.split(None, 1)[0]) and (
            _DATELINE_MARK.search(first, 0, at := first.index("@")) is None) and (
            "..." not in first[:at]):
        return False
    return _DATELINE_MARK.search(s) is not None or "..." in s


def _dated(m: re.Match[str]) -> bool:
    """Whether a dateline match holds a date (a year is not needed)."""
    groups = m.groupdict()
    return bool(groups.get("month") or groups.get("dmonth") or groups.get("numdate"))


# What a dateline cut by the wrap leaves after its match: nothing, or a date's start, or the
# whole date whose dash the next line holds ("--(BUSINESS WIRE)--July 10, 2019" over "--Acme")
_DATE_CUT = lazy(
    rf"[ \t]*+(?:{MONTH}\.?(?:[ \t]+[0-3]?\d,?(?:[ \t]+(?:19|20)\d\d)?)?)?[ \t]*$")
_WRAP_WIDTH = 100  # a dateline's first line longer than this is no wrapped text
_WRAP_WORDS = 10  # nor one of more words (a place, a date and a wire's name have fewer)
_CUT_ENDS = frozenset(",-/)0123456789")
_MONTH_END = lazy(rf"\b{MONTH}\.?$")
_MONTH_END_CHARS = 10  # "September." (searched in them: "\b" still sees the one before)
_MONTH_WORD = lazy(rf"\b{MONTH}\b")
_WIRE_CUT = ("--", "\u2013", "\u2014")


def _wrapped_dateline(lines: list[str], i: int, found: tuple[str, re.Match[str]] | None
                      ) -> tuple[str, re.Match[str]] | None:
    """A dateline wrapped onto the next line: "SOUTH SAN FRANCISCO, Calif.--(BUSINESS
    WIRE)--Nov. 3," / "2005--Acme", "..., Nov. 3, 2005 /PRNewswire-" / "FirstCall/ --". The
    two lines are joined (``lines`` changes) when the join gives a dated dateline that runs
    across the break; ``found`` is the first line's own match, if any (undated)."""
    line = lines[i].rstrip()
    if not _cut_end(line):
        return None
    below, gap = _line_below(lines, i)
    place = line[-1] == "," and _place_over_date(line, below)
    if "...." in line or not (line.endswith(_WIRE_CUT) or place or _MONTH_WORD.search(line)):
        return None  # it holds its date's month, or ends at a wire's credit: "...WIRE)--"
    if not below or more_words(line, _WRAP_WORDS):
        return None
    if found is not None:  # only a date's start may follow it: "...--(BUSINESS WIRE)--Nov. 3,"
        text = line.lstrip(" \t")
        if not _DATE_CUT.match(text, found[1].end()):
            return None
    hyphen = line.endswith("-") and line[-2:-1].isalpha() and below[:1].isalpha()
    joined = line + ("" if hyphen else " ") + below
    again = match_dateline(joined)
    if again is None or not _dated(again[1]):
        return None
    indent = len(joined) - len(joined.lstrip(" \t"))
    if indent + again[1].end() <= len(line):
        return None  # it ends on the first line: the break is no part of it
    if again[0] != "date_first" and indent + again[1].end("city") > len(line):
        return None  # the place runs across it: "Hampshire Customers-" / "Waltham, MA, ..."
    if place and not _joined_announces(joined, lines, i):
        return None  # (a letter's "Waltham, Mass.," over "August 2, 2000" announces nothing)
    lines[i : i + 2 + gap] = [joined]
    return again


def _cut_end(line: str) -> bool:
    """A cut dateline's first line is short and ends in a mark, a figure, a month or a
    time's part ("Aug.", "8:00 a.m.")."""
    return len(line) <= _WRAP_WIDTH and (line[-1:] in _CUT_ENDS and line != "" or (
        (line[-1:].isalpha() or line[-1:] == ".")
        and (_MONTH_END.search(line, len(line) - _MONTH_END_CHARS) is not None
             or _TIME_END.search(line, len(line) - _TIME_END_CHARS) is not None)))


def _may_wrap(line: str) -> bool:
    """What _wrapped_dateline asks of a line alone (the line below it left unread): whether
    it may open a dateline wrapped onto the next line."""
    return _cut_end(line) and "...." not in line and not more_words(line, _WRAP_WORDS) and (
        line.endswith(_WIRE_CUT) or line[-1] == "," or _MONTH_WORD.search(line) is not None)


def _line_below(lines: list[str], i: int) -> tuple[str, int]:
    """The stripped line under line i that a wrapped dateline may run on to, and how many
    blank lines part them: the next line, or the one after a blank line, where HTML sets the
    dateline in a paragraph of its own ("<p>NEW YORK--(BUSINESS WIRE)--</p>" over "<p>March
    3, 2025--Acme ...</p>")."""
    below = lines[i + 1].strip()
    if below or i + 2 >= len(lines):
        return below, 0
    return lines[i + 2].strip(), 1


def _place_over_date(line: str, below: str) -> bool:
    """Whether a line cut after a comma is a place alone ("WALTHAM, Mass.,", "Chicago,
    Illinois,") over a line that opens with a date ("Aug. 2, 2000 -- CTC ...")."""
    return _DATE_NEXT.match(below) is not None and _reads_as_place(line[:-1].strip())


# A line cut inside a dateline's time of release: "..., Aug. 2, 2000, 8:00 a.m." / "EDT --",
# "..., Aug. 2, 2000, at" / "8:00 a.m. EDT --"
_TIME_END = lazy(rf"(?:\b{TIME_OF_DAY}|\bat)$")
_TIME_END_CHARS = 40


def _time_below(lines: list[str], i: int) -> tuple[str, re.Match[str]] | None:
    """A dated dateline that ends its line ("WALTHAM, Mass., Aug. 2, 2000,", "..., Aug. 2
    /PRNewswire/ --") over its time of release ("8:00 a.m. EDT -- CTC ..."): the two lines
    joined (``lines`` changes) when the join reads as one dateline running across the break
    and its sentence announces (an event's schedule reads "10:00 a.m. ET -- Investor Day")."""
    below = lines[i + 1].lstrip(" \t")
    if not (below[:1].isdigit() or below[:1] == "(") or not _TIME_GATE.search(
            below, 0, _TIME_HEAD_CHARS):
        return None  # (a cheap test first: the next line opens with a time)
    line = lines[i].rstrip()
    joined = line + " " + below
    again = match_dateline(joined)
    if again is None or not _dated(again[1]):
        return None
    indent = len(joined) - len(joined.lstrip(" \t"))
    if indent + again[1].end() <= len(line) or not _joined_announces(joined, lines, i):
        return None
    lines[i : i + 2] = [joined]
    return again


def _joined_announces(joined: str, lines: list[str], i: int) -> bool:
    """Whether lines i and i + 1, joined as ``joined``, open an announcing paragraph."""
    lead = _paragraph_lead([joined, *lines[i + 2 : i + _LEAD_LINES + 1]], 0)
    return _ANNOUNCING.search(lead) is not None


_TIME_HEAD_CHARS = 10  # a time's mark lies this near the next line's start: "8:00", "(10 a.m."


def locate_announcement(lines: list[str]) -> tuple[int, str, re.Match[str]] | None:
    """Where a release with no dateline opens: the first line (of the first 120) whose
    sentence announces in prose, "Acme Widgets, Inc. (NYSE: AWI) today reported ...". The
    match is empty: no city, state or date."""
    for i, line in enumerate(lines[:_ANNOUNCEMENT_LINES]):
        s = line.lstrip(" \t")
        if not s[:1].isupper():
            continue
        lead = " ".join(lines[i : i + 2])[:300]
        if _ANNOUNCEMENT.search(lead) and more_words(lead, 10):
            return i, "announcement", _NO_PLACE.match(s)  # type: ignore[return-value]
    return None


def find_dateline(text: str) -> tuple[tuple[int, int], dict[str, Any]] | None:
    """Character span of the dateline in ``text`` and its {city, state, date}."""
    lines = text.split("\n")
    found = locate_dateline(lines)
    if found is None:
        return None
    i, _name, m = found
    offset = sum(len(line) + 1 for line in lines[:i])
    offset += len(lines[i]) - len(lines[i].lstrip(" \t"))
    return (offset + m.start(), offset + m.end()), dateline_fields(m, text)
