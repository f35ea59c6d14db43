"""Read the values printed above their captions (the usual cover layout), line by line up
from the caption row: a name or address over several lines, a city line under its street,
"(A Delaware Corporation)" under the name, two offices in one zip column; with no zip
caption, a moved company's old office printed under its new one is no part of the address,
and a zip in an uncaptioned cell (or far right) beside the address is its zip; two whole
offices a blank line apart over one caption give the upper (_office_above), the lower one
maybe its city line alone (_old_city); a telephone or fax line over the former name's
caption is no former name.
"""

from __future__ import annotations

import re
from operator import attrgetter

from ..lazy_re import lazy
from ..places import CITIES
from ..regex_cache import compiled
from ..values import state_code
from .cover_address import POSTCODE, POSTCODE_ONLY, STREET_LINE, cut_phone, read_phone
from .cover_chunks import MULTILINE_FIELDS, Chunk, Rows
from .cover_columns import owners, split_straddling
from .cover_inline import value_left
from .cover_names import ENTITY_KINDS

_FIELD = attrgetter("field")

# A line above a name that is cover furniture, not part of the name.
_NAME_STOP = compiled(
    r"date\s+of|form\s+[0-9]|current\s+report|pursuant|securities\s+and\s+exchange|washington"
    r"|commission|exchange\s+act|\d{4}"
    # an N-4/N-6 cover's check-box row over the name ("Amendment No. 16   [X]")
    r"|amendment\s+no\b", re.I)


# "(A Delaware Corporation)": the state of incorporation in brackets, under the name on a
# cover, inside the name's cell of a combined filing's registrant table (cover_table); the
# kind of entity a trust's, a partnership's or a bank's too (ENTITY_KINDS: "(a Delaware
# limited partnership)"), or the state after the words "incorporated in" or "organized under
# the laws of" ("(Incorporated in Illinois)", "(organized under the laws of the State of New
# York)"), as co-registrants' cells print it
INCORPORATED = compiled(
    rf"\((?:(?P<article>An?)\s+|(?:incorporated|organi[sz]ed|formed)\s+(?:in|under\s+the\s+laws"
    rf"\s+of)\s+(?:the\s+(?:state|commonwealth)\s+of\s+)?(?=[A-Z]))(?P<state>[^()\n]{{1,60}}?)"
    rf"(?(article)\s{{1,5}}(?:{ENTITY_KINDS}))\)", re.I)

# a fund's second file number under its first, labelled with its Act ("814-01420 (1940
# Act)"): a rendered row drops the blank cells before it, so it may stand under the state
_ACT_NUMBER = lazy(r"\d{1,4}-\d{2,6} \((?:19[34]\d|Investment Company) Act\)")


def values_above(rows: Rows, i: int, captions: list[Chunk]) -> dict[str, str]:
    parts: dict[str, list[str]] = {}
    lines_of: dict[str, list[int]] = {}
    done: set[str] = set()
    fields = set(map(_FIELD, captions))  # (no comprehension: this runs per caption row)
    fields.discard(None)
    several = len(captions) > 1  # (one caption straddles nothing: split_straddling)
    blanks = 0
    bridged = ""  # the field whose lines crossed a blank line (a city line's over its street)
    state: str | None = None  # "(A Delaware Corporation)"
    phone = ""  # a telephone line among the address lines
    beside = ""  # a telephone closing an address line
    zip_beside = False  # a zip caption passed beside the address lines
    loose: dict[int, str] = {}  # a zip in a cell of its own, uncaptioned, by its address line
    stop = max(-1, i - 8)
    # (the parts and their lines of a whole office over the caption, a blank line under the
    # lines now read: _closed_office)
    office: tuple[dict[str, list[str]], dict[str, list[int]]] | None = None
    for j in range(i - 1, -1, -1):
        if j <= stop:
            break
        row = rows.without_rules(j)
        if not row:
            if office is None and parts and (_closed_office(parts, lines_of)
                                             or _old_city(rows, j, parts, lines_of)):
                # a whole office over the caption: another whole office a blank line above
                # it is the registrant's (a moved company's new office over its old one;
                # the old one may print its city line alone)
                office = (dict(parts), dict(lines_of))
                parts, lines_of = {}, {}
                stop = max(-1, stop - 1)
                continue
            if office is not None and parts:
                break  # (the office above read: _office_above decides)
            if parts:  # a blank line ends a value already begun ...
                if _open_address(parts):
                    bridged = "address"  # ... but for an address typed one <p> a line
                elif _open_former(parts):
                    bridged = "former_name"  # (or a former name over its old address)
                else:
                    break
                stop = max(-1, stop - 1)  # (the blank lines do not count in the window)
                continue
            blanks += 1
            if blanks > 3:
                break
            continue
        if "address" in fields and "address" not in done and len(row) <= 2 \
                and row[0].text[0] in _TEL_FAX_FIRST:
            kind = _tel_fax(" ".join(c.text for c in row))
            if kind is not None:  # a telephone or fax line in the address block: no part of it
                # (the phone only when no caption under the address gives one: _phone_captioned)
                phone = phone or kind
                continue
        if len(row) == 2 and row[1].field is not None and value_left(row[1], row):
            break  # a value beside its own caption: another field's line closes this one
        owned: dict[str, list[Chunk]] = {}
        blocked: set[str] = set()
        for chunk, cap in owners(split_straddling(row, captions) if several else row, captions,
                                 rows.cells):
            if chunk.caption and chunk.text[:3].lower() in ("(a ", "(an"):
                incorporated = INCORPORATED.fullmatch(chunk.text)
                if incorporated:  # under the name: a value, and no caption closing its column
                    state = state or incorporated.group("state")
                    continue
            if cap is None or cap.field is None:
                if cap is None and chunk.start > row[0].start and "address" in fields \
                        and POSTCODE_ONLY.fullmatch(chunk.text):
                    loose[j] = chunk.text
                continue
            if chunk.text.endswith("Act)") and cap.field != "commission_file_number" \
                    and _ACT_NUMBER.fullmatch(chunk.text):
                continue  # (a fund's second file number, its row's blank cells dropped)
            if chunk.caption:
                if _numbered_value(chunk, cap, row):
                    continue  # "I.R.S. No. 13-2865787" among the values: no caption of theirs
                if cap.field == "address" and chunk.field == "zip":
                    # the zip's caption beside the city line leaves the address column open;
                    # the zip on a line above is the zip's ("Hoffman Estates, Illinois (Zip
                    # code)" under "3333 Beverly Road 60179")
                    zip_beside = True
                else:
                    blocked.add(cap.field)  # another caption stands there: that column is closed
            elif zip_beside and cap.field == "address" and POSTCODE_ONLY.fullmatch(chunk.text) \
                    and chunk.start > row[0].start:
                continue  # (the street line's zip, in the zip's column)
            else:
                owned.setdefault(cap.field, []).append(chunk)
        done |= blocked
        if office is not None and (blocked or not owned or not owned.keys() <= _OFFICE_FIELDS):
            break  # over a whole office only another office's lines are read
        if bridged == "address" \
                and not _address_line(" ".join(c.text for c in owned.get("address", ()))):
            break  # past the blank line only a street, suite or building line belongs to it
        if bridged == "former_name" \
                and not _former_line(" ".join(c.text for c in owned.get("former_name", ()))):
            break  # (or, over an old address, its name: no telephone line or caption's tail)
        for field, chunks in owned.items():
            if field in done:
                continue
            text = chunks[0].text if len(chunks) == 1 else " ".join([c.text for c in chunks])
            if field == "address" and text[-1:].isdigit():
                # the telephone printed beside the address ("220 Bear Hill Rd., Waltham, MA
                # 02451    (781) 466-8080"), its caption under the address's
                text, number = _phone_beside(text)
                beside = beside or number
            if field in parts and (field == "name" and _NAME_STOP.search(text)):
                done.add(field)
                continue
            if field == "former_name" and _NOT_FORMER.search(text):
                # a telephone or fax line over the caption ("Tel. (781) 466-8080, fax (781)
                # 466-1234" under the address's caption): no former name, nor any above it
                done.add(field)
                continue
            parts.setdefault(field, []).insert(0, text)
            lines_of.setdefault(field, []).insert(0, j)
            if len(parts[field]) >= MULTILINE_FIELDS.get(field, 1):
                done.add(field)
        if not owned and parts:
            break
        if fields <= done:
            break
        # single-line fields take one line only
        for field in parts:
            if field not in MULTILINE_FIELDS:
                done.add(field)
    if office is not None:
        parts, lines_of = _office_above(parts, lines_of, office)
    if len(lines_of.get("zip", ())) > 1:
        _first_address_only(parts, lines_of)
    elif "zip" not in parts and "address" in parts and (loose or len(parts["address"]) > 1):
        _current_address_only(parts, lines_of["address"], loose)
    out: dict[str, str] = {}
    for field, texts in parts.items():
        # (a one-line value is its line, but a former name's: join cuts its old address off)
        out[field] = texts[0] if len(texts) == 1 and field != "former_name" \
            else join(field, texts)
    if state is not None:
        out.setdefault("state", state)
    if phone and not _phone_captioned(rows, i):
        out.setdefault("phone", phone)
    if beside:  # (on the address's own line: the registrant's, captioned or not)
        out.setdefault("phone", beside)
    return out


def _numbered_value(chunk: Chunk, cap: Chunk, row: list[Chunk]) -> bool:
    """A number's caption typed with its number among a row of values ("Virginia   1-4001
    I.R.S. No. 13-5652423", read inline): it closes no other caption's column."""
    return chunk.field != cap.field and chunk.field in _NUMBER_FIELDS \
        and chunk.text[-1].isdigit() and not all(c.caption for c in row)


_NUMBER_FIELDS = ("irs_employer_id", "commission_file_number")


def _phone_beside(text: str) -> tuple[str, str]:
    """(the address line less a telephone number closing it, that number or "")."""
    # a line closed by its zip ("Cupertino, California 95014") is not searched: every number
    # cut_phone reads ends in a run of its characters holding 7+ digits, or that run follows
    # its extension's word ("ext 12"), a spelt part with no blank ("555-CTC1") or a second
    # line's slash ("(800) FLOWERS /1213")
    words = text.rstrip(_NUMBER_CHARS)
    tail = text[len(words):]
    if tail[:1] == " " and "/" not in tail and sum(map(str.isdigit, tail)) < 7 \
            and not words[-10:].lower().endswith(_EXTENSION_WORDS):
        return text, ""
    rest, number = cut_phone(text)
    return (rest, number) if number and rest else (text, "")


# the characters of a telephone number but its spelt letters and extension's word (cut_phone)
_NUMBER_CHARS = "0123456789 ()+./-\u2010\u2011\u2012\u2013"
_EXTENSION_WORDS = ("ext", "ext:", "extension", "extension:", "x")


def _phone_captioned(rows: Rows, i: int) -> bool:
    """Whether a telephone caption stands on the address caption's row or the few under it
    ("Registrant's telephone number, including area code: (212) 555-1212"): its number is
    the registrant's, and the caller keeps the first phone it is given."""
    for j in range(i, min(len(rows.lines), i + 8)):
        if j in rows.worded and any(c.field == "phone" for c in rows[j]):
            return True
    return False


# a telephone or fax line among the lines over the address caption (foreign issuers' 6-K
# and 20-F covers): "Tel: (86-21) 6133-0808", "Telephone: +1 (441) 295-1422", "Fax: ..."
_TEL_FAX = lazy(r"(?:(?P<fax>fax|facsimile)|tel|telephone|phone)\.?(?:[ ]?(?:no|number)\.?)?"
                r"[ ]?:?[ ]?(?=[+(\d])", re.I)
_TEL_FAX_FIRST = frozenset("TtPpFf+(0123456789")
# A character that no number alone on its line holds (digits, its punctuation and dashes,
# an extension's "ext."/"x", a capital of a spelt number "555-CTC1", a label cut_phone drops,
# "Telephone number:"): a street line ("220 Bear Hill Rd.") holds one early, and is not
# searched for a number closing it (cut_phone's tail pattern is tried at every character:
# about 50,000 instructions for a line of 50)
NOT_PHONE_CHAR = compiled(r"[^\d\s.,:/()+\-\u2010-\u2013A-Zbehilmnoprstux]")


def _tel_fax(text: str) -> str | None:
    """A telephone line's number, "" for a fax line, None for any other line (a number alone
    on its line is a telephone's; a labelled line is one whatever its number's shape)."""
    label = _TEL_FAX.match(text)
    if label is None and NOT_PHONE_CHAR.search(text):
        return None
    rest, number = cut_phone(text if label is None else text[label.end():])
    if label is None:
        return number if number is not None and not rest else None
    if label.group("fax"):
        return ""
    # ("" for a number read_phone cannot read)
    return read_phone(text[label.end():]) or ""


# a line of an address under its street: "Suite 400", "12th Floor", "Building 3"
_UNIT_LINE = lazy(r"(?:Suite|Ste\.|Floor|Unit|Room|Building|Bldg\.|Tower|Mail\s+Stop"
                  r"|\d+(?:st|nd|rd|th)\s+Floor)\b", re.I)
# a building's name over its street: "Chrysler Building", "Wells Fargo Center"
_BUILDING_LINE = lazy(r"(?:[A-Z][\w.&'-]*[ ]){1,4}(?:Building|Tower|Plaza|Center|Centre|Place"
                      r"|Square)")


def _open_address(parts: dict[str, list[str]]) -> bool:
    """Only the address is begun (its zip in a column of its own, maybe), and its top line so
    far may have more above it: a city line, or a suite, P.O. box or street line over one
    (each typed as a <p> of its own, or double-spaced in a text cover)."""
    lines = parts.get("address")
    if lines is None or len(lines) >= MULTILINE_FIELDS["address"] \
            or not parts.keys() <= {"address", "zip"} or len(parts.get("zip", ())) > 1:
        return False
    if len(lines) == 1:
        return not is_street(lines[0])
    return _address_line(lines[0]) and _BUILDING_LINE.fullmatch(lines[0]) is None


def _open_former(parts: dict[str, list[str]]) -> bool:
    """Only a former name is begun, its top line so far a line of an old address (a city
    line closed by a postcode, a street or suite line): the name may be above it, each line
    a <p> of its own."""
    lines = parts.get("former_name")
    if lines is None or len(lines) >= MULTILINE_FIELDS["former_name"] \
            or parts.keys() != {"former_name"}:
        return False
    top = lines[0]
    if not _former_line(top):
        return False
    return _street(top) or _UNIT_LINE.match(top) is not None \
        or _BUILDING_LINE.fullmatch(top) is not None \
        or len(lines) == 1 and POSTCODE.search(top.rstrip(" .")) is not None


# what no line of a former name or old address holds: a telephone number, a telephone,
# fax or web line, a caption's words ("Registrant's telephone number," / "including area
# code" wrapped without brackets); "Bell Telephone Company" may be a name
_NOT_FORMER = lazy(r"\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|telephone\s+(?:no\b|number)|\bphone\b"
                   r"|\b(?:tel|fax|facsimile)\b|area\s+code|www\.|https?:|@|registrant"
                   r"|\bincluding\b", re.I)


def _former_line(text: str) -> bool:
    """A line that may be part of a former name or old address (a caption is bracketed or
    goes on in lower case)."""
    return bool(text) and not text[0].islower() and text[0] != "(" \
        and _NOT_FORMER.search(text) is None


# a company's word: "21 International Holdings, Inc." or "One Liberty Holdings" is a name,
# not a street line, unless a street's word is there too ("One Liberty Plaza")
_COMPANY_WORD = lazy(r"\b(?:Inc|Corp|Corporation|Co|Company|Companies|LLC|Ltd|Limited"
                     r"|Holdings?|Group|Bancorp|Bancshares|Trust|Partners|Fund|Industries"
                     r"|Technologies|Systems|Enterprises|Stores)\b")
_STREET_WORD = lazy(r"\b(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way"
                    r"|Parkway|Pkwy|Place|Plaza|Court|Ct|Circle|Highway|Hwy|Square|Center"
                    r"|Centre|Terrace|Trail|Pike|Broadway|Loop|Route|Freeway|Turnpike)\b", re.I)


def _street(text: str) -> bool:
    """is_street, less a name that opens with a number ("21 International Holdings, Inc.")."""
    return is_street(text) and (_COMPANY_WORD.search(text) is None
                                or _STREET_WORD.search(text) is not None)


def _address_line(text: str) -> bool:
    """A line above a city line, a blank line apart, that continues the address."""
    return is_street(text) or _UNIT_LINE.match(text) is not None \
        or _BUILDING_LINE.fullmatch(text) is not None


def is_street(text: str) -> bool:
    return STREET_LINE.match(text) is not None


def _first_address_only(parts: dict[str, list[str]], lines_of: dict[str, list[int]]) -> None:
    """Two zip codes in the zip column: two offices are listed; the first is the registrant's."""
    zips = lines_of["zip"]
    parts["zip"] = parts["zip"][:1]
    if "address" in parts:
        keep = [k for k, line in enumerate(lines_of["address"]) if line < zips[1]]
        parts["address"] = [parts["address"][k] for k in keep] or parts["address"][:1]


# a line closed by a zip code: "Wayne, New Jersey 07470" (its state checked by _city_closed)
_ZIP_CLOSED = lazy(r"(?<![\d-])\d{5}(?:-\d{4})?$")


_OFFICE_FIELDS = frozenset(("address", "zip"))


def _closed_office(parts: dict[str, list[str]], lines_of: dict[str, list[int]]) -> bool:
    """The address read so far is a whole office and nothing else: a street line on top,
    closed by a state and its zip ("200 Main Street, Newark, New Jersey 07102"), its zip
    alone in the zip's column beside the last line or on the line itself."""
    lines = parts.get("address")
    if not lines or not parts.keys() <= _OFFICE_FIELDS or not _street(lines[0]):
        return False
    zips = lines_of.get("zip", ())
    if len(zips) > 1:
        return False
    if zips:
        return zips[0] == lines_of["address"][-1]
    return _city_closed(lines[-1])


def _old_city(rows: Rows, j: int, parts: dict[str, list[str]],
              lines_of: dict[str, list[int]]) -> bool:
    """An old office printed as its city line alone ("Newark, New Jersey 07102") under the
    blank line `j`, the line over that blank line closing an office of its own by its state
    and zip ("Wayne, New Jersey 07470", under "1600 Valley Road"): the two are two offices,
    not a city line a blank line under its street."""
    lines = parts.get("address")
    if not lines or len(lines) != 1 or not parts.keys() <= _OFFICE_FIELDS \
            or is_street(lines[0]) or lines_of.get("zip", [lines_of["address"][0]]) != \
            lines_of["address"]:
        return False
    city = f"{lines[0]} {parts['zip'][0]}" if "zip" in parts else lines[0]
    if not _city_closed(city):
        return False
    for k in range(j - 1, max(-1, j - 3), -1):
        above = " ".join(rows.lines[k].split())
        if above:
            return _city_closed(above)
    return False


def _office_above(parts: dict[str, list[str]], lines_of: dict[str, list[int]],
                  office: tuple[dict[str, list[str]], dict[str, list[int]]]
                  ) -> tuple[dict[str, list[str]], dict[str, list[int]]]:
    """Two whole offices a blank line apart over one address caption: the upper is the
    registrant's when it is a whole office too ("1600 Valley Road, Wayne, New Jersey 07470"
    over a blank line and "200 Main Street, Newark, New Jersey 07102"), else the lower."""
    if _closed_office(parts, lines_of):
        return parts, lines_of
    lower, lower_lines = office
    upper, upper_lines = parts.get("address", []), lines_of.get("address", [])
    if parts.keys() != {"address"} or not _open_address(lower):
        return office
    # else the lines over the blank line that continue the office ("Two Liberty Place" over
    # "50 South 16th Street, Suite 2800"), read bottom up as far as they do
    keep = len(upper)
    while keep and _address_line(upper[keep - 1]) \
            and len(upper) - keep + len(lower["address"]) < MULTILINE_FIELDS["address"]:
        keep -= 1
    lower["address"] = upper[keep:] + lower["address"]
    lower_lines["address"] = upper_lines[keep:] + lower_lines["address"]
    return lower, lower_lines


def _city_closed(text: str) -> bool:
    """A line closed by a state and its zip ("1600 Valley Road, Wayne, New Jersey 07470"),
    not a box's or suite's number ("P.O. Box 10019")."""
    zip_code = _ZIP_CLOSED.search(text) if text[-1:].isdigit() else None
    if zip_code is None:
        return False
    words = text[: zip_code.start()].rstrip(" ,").split(" ")
    return any(state_code(" ".join(words[-size:])) is not None for size in (1, 2, 3)
               if len(words) > size)


def _current_address_only(parts: dict[str, list[str]], lines: list[int],
                          loose: dict[int, str]) -> None:
    """Two addresses over one address caption and no zip caption, a moved company's old
    office printed under its new (its zip closing each city line, or in a cell of its own):
    the lines down to the first zip are the registrant's, when a street line follows it
    ("1600 Valley Road, Wayne, New Jersey 07470" over "200 Main Street, Newark, ...")."""
    texts = parts["address"]
    for k, text in enumerate(texts[:-1]):
        if (lines[k] in loose or _city_closed(text)) and is_street(texts[k + 1]):
            parts["address"] = texts[: k + 1]
            del lines[k + 1 :]
            break
    # (the zip in the cell beside a line of the address kept, uncaptioned)
    zip_code = next((loose[line] for line in lines if line in loose), None)
    if zip_code is not None:
        parts["zip"] = [zip_code]


# a US city line: "Dallas, Texas 75201", "New York, NY" (the state checked by state_code)
_CITY_LINE = lazy(r"(?P<city>[A-Z][A-Za-z.'-]*(?:[ ][A-Za-z.'-]+){0,3}),[ ]?(?P<state>[A-Za-z]"
                  r"[A-Za-z. ]{1,20}?),?(?:[ ]+(?P<zip>\d{5}(?:-\d{4})?))?")
# a firm's word before the comma: "Summit Bank, Georgia", "New England Power, Massachusetts",
# "Energy West, Montana" are former names (no town's: "Oil City" and "Silver Spring" are)
_CITY_FIRM_WORD = lazy(r"\b(?:Bank|Banc|Bancshares|Savings|Capital|Financial|Power|Energy"
                       r"|Electric|Gold|Mining|Minerals|Resources|Products|Ventures|Investments"
                       r"|Insurance|Realty|Properties|Brands|Foods|Motors|Communications"
                       r"|Services|Securities|Utilities)\b")




def _city_line(text: str, zip_needed: bool = True) -> bool:
    """A city, state and zip line: a moved company's old address, no former name (with no
    zip, "Capital Bank, NC" may be a name: only under a street line, or naming a known
    town, is it a city line)."""
    found = _CITY_LINE.fullmatch(text.rstrip(" ."))
    return found is not None and (found.group("zip") is not None or not zip_needed) \
        and state_code(found.group("state")) is not None \
        and _COMPANY_WORD.search(text) is None and _CITY_FIRM_WORD.search(found["city"]) is None


def _town_line(text: str) -> bool:
    """A city line with a zip, or "Dallas, Texas" with none naming a known town."""
    found = _CITY_LINE.fullmatch(text.rstrip(" ."))
    return found is not None and _city_line(text, False) \
        and (found.group("zip") is not None or found["city"].lower() in CITIES)


def _former_address(texts: list[str]) -> int:
    """Where a former address starts in the lines under the former-name caption: a street
    line, with a postal code closing the lines ("724 Solutions Inc." is a name), or a US
    city line and zip ("Dallas, Texas 75201"); a street line may close with a city line
    with no zip ("1400 Elm Street" / "Dallas, Texas")."""
    k = next((k for k, t in enumerate(texts) if _street(t) or _city_line(t)), len(texts))
    if k < len(texts) and (POSTCODE.search(texts[-1].rstrip(" .")) or (
            k < len(texts) - 1 and _street(texts[k]) and _city_line(texts[-1], False))):
        return k
    return len(texts)


# where the old address starts after the name on one line: a comma, then a street line
_STREET_AFTER = lazy(r",[ ]+(?=(?:\d+[A-Za-z]?|One|Two|Three|Four|Five)[ ]+\S"
                     r"|(?i:P\.?[ ]?O\.?[ ]+Box)\b)")


def _name_before_street(text: str) -> str:
    """The name's lines above an old address's city line, less the street run on after the
    name ("Union Camp Paper Company, 1600 Valley Road," over "Wayne, New Jersey 07470": the
    name and its street wrapped before the city)."""
    cut = _STREET_AFTER.search(text)
    return text[: cut.start()].strip() if cut else text


def former_name_only(text: str) -> str:
    """The former name of a line that prints it with the old address, closed by a postcode
    ("Beta Widget Corp., 200 Elm Street, Chicago, Illinois 60601": "Beta Widget Corp."); an
    old address alone names nobody (""), nor does a city line ("Dallas, Texas 75201", or
    "Dallas, TX" with no zip: a known town's name; "Westar, Kansas" is a name); any other
    line is the name."""
    if _town_line(text):
        return ""
    if not POSTCODE.search(text.rstrip(" .")):
        return text
    if is_street(text):
        return ""
    cut = _STREET_AFTER.search(text)
    return text[: cut.start()].strip() if cut else text


def join(field: str, texts: list[str]) -> str:
    if field == "former_name":  # "(Former name or former address ...)": the name is above
        cut = _former_address(texts)
        if 0 < cut < len(texts):
            return _name_before_street(" ".join(texts[:cut]))
        texts = texts[:cut]
    if field != "address":
        return " ".join(texts)
    # an address printed over two lines reads "street, city, state"
    return " ".join(t if t.endswith(",") or t is texts[-1] else t + "," for t in texts)
