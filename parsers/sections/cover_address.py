"""A cover's address line -> {street, city, state, zip}.

"220 Bear Hill Rd., Waltham, Massachusetts" over "02451" (sample 000) -> street "220 Bear Hill
Rd.", city "Waltham", state "Massachusetts", zip "02451". Shared by the captioned cover
(cover.py) and the registrant table of combined filings (cover_table.py).
"""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..regex_cache import compiled
from ..values import (
    INTL_PHONE_RE,
    PHONE_RE,
    SPELT_TAIL,
    find_phone,
    intl_phone,
    spelt_phone,
    squash,
    state_code,
)

# (not the last five digits of Singapore's "018960")
POSTCODE = lazy(r"((?<!\d)\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")
# A street line: a number first ("1 Infinite Loop"), "One ...", or a P.O. box, which may
# stand in brackets under the street: "(P.O. Box 976)" (Edison International)
STREET_LINE = lazy(
    r"(?:\d+[A-Za-z]?|One|Two|Three|Four|Five)\s+\S|\(?P\.?\s?O\.?\s+Box\b", re.I)
# a telephone number closing a line: "... Atlanta, Georgia 30308 (404) 506-5000" (the zip's
# last digit is no long-distance "1"), maybe led by a label: "Telephone (800)736-3402"
# (no leading "[ ,]*": searched, it would rescan a run of commas from each of its characters)
# (or dialled from abroad: "Telephone: +44 20 7123 4567")
# A Chinese, Taiwanese or Korean number as their issuers print it, the country and area
# codes bracketed together or all in dashes: "(86-21) 6133-0808", "(886-2) 2345 6789",
# "86-21-6133-0808" (neither PHONE_RE nor INTL_PHONE_RE reads these)
_CODES_PHONE = (r"(?:\([1-9]\d{0,2}[ -]\d{1,4}\)[ ]?|(?<![\w+-])[1-9]\d{1,2}-\d{1,4}-)"
                r"\d{3,4}[ .\-]?\d{4}(?![\d-])")
CODES_PHONE = lazy(_CODES_PHONE)
_PHONE_TAIL = lazy(
    rf"(?<![\w-])(?P<phone>{PHONE_RE.pattern}|{INTL_PHONE_RE.pattern}|{_CODES_PHONE})$")
_PHONE_LABEL = compiled(r"(?:telephone|tel\.|phone)(?:[ ]number)?[ ]?:?$", re.I)


# a hyphen typed with spaces between digits ("001 - 14905", "(781) 466 - 8080")
SPACED_HYPHEN = compiled(r"(?<=\d)[ ]?+-[ ]?(?=\d)")


def read_phone(text: str) -> str | None:
    """find_phone's number, else one with its codes bracketed or dashed (CODES_PHONE), else
    spelt_phone's; a hyphen typed with spaces ("(781) 466 - 8080") is closed up first."""
    found = find_phone(text)
    if found is None and ("- " in text or " -" in text):
        text = SPACED_HYPHEN.sub("-", text)
        found = find_phone(text)
    if found is None and ("-" in text or "(" in text):  # ("(61 2) 9123 4567": no hyphen)
        match = CODES_PHONE.search(text)
        found = match.group(0) if match else None
    return found if found is not None else spelt_phone(text)


def last_char(text: str) -> str:
    """The character a pattern closed by "$" ends on ("$" matches before a closing newline
    too). A pattern led by a lookbehind is tried at every character of the text: a test of
    this one first spares that search where it cannot match."""
    return text[-2:-1] if text.endswith("\n") else text[-1:]


# a second line's last digits after a number: "(212) 555-1212/1213" (the first number is
# the phone, as where a caption leads it)
_SECOND_LINE = compiled(r"[ ]?+/[ ]?\d{1,4}$")


def cut_phone(line: str) -> tuple[str, str | None]:
    """(the line less a telephone number that ends it, that number or None); the number may
    close its caption's sentence ("...including area code (201) 628-2000."), not one after
    another ("Its telephone number. The list is (31) 70 344 3211.")."""
    if line[-1:] == "." and line[-2:-1].isdigit():
        rest, phone = _cut_phone(line[:-1])
        return (rest, phone) if phone and ". " not in rest else (line, None)
    return _cut_phone(line)


def _cut_phone(line: str) -> tuple[str, str | None]:
    end = last_char(line)
    if not end.isdigit():
        # (a number ends in a digit, or a capital spelling one: most lines are not searched)
        return _cut_spelt(line) if end.isupper() else (line, None)
    if "/" in line[-8:] and (second := _SECOND_LINE.search(line, max(0, len(line) - 8))):
        cut, phone = cut_phone(line[: second.start()])
        return (cut, phone) if phone else (line, None)
    phone = _PHONE_TAIL.search(line)
    if phone is None:
        return _cut_spelt(line)
    if (phone.group("phone")[0] in "+0(" and not PHONE_RE.fullmatch(
            phone.group("phone")) and intl_phone(phone.group("phone")) is None
            and not CODES_PHONE.fullmatch(phone.group("phone"))):
        return line, None  # (too few digits to be a number dialled from abroad)
    rest = _PHONE_LABEL.sub("", line[: phone.start()].rstrip(" ,"))
    return rest.rstrip(" ,"), phone.group("phone")


# A line of telephone numbers alone in an address block, the registrant's maybe labelled
# ("Tel. 781.237.5100", "Telephone (781) 237-5100", "Phone No.: ...") and a fax's beside or
# on a line of its own ("Fax: 781.237.5199": never the telephone)
_PHONE_LABELS = frozenset(("", "tel", "telephone", "phone", "ph", "t", "tel no", "telephone no",
                           "phone no", "telephone number", "phone number"))
_FAX_WORDS = ("fax", "facsimile", "telecopier")
_GAP = compiled(r"[ ]{2,}|\t")


def phone_line(text: str) -> tuple[bool, str | None]:
    """(the line holds telephone numbers alone, the first not a fax's or None): "Tel.
    781.237.5100   Fax 781.237.5199" -> (True, "781.237.5100"), "Fax: 781.237.5199" ->
    (True, None), any other line -> (False, None)."""
    if len(text) > 120 or not any(ch.isdigit() for ch in text[-4:]):
        return False, None  # (a number closes the line: most lines go no further)
    phone = None
    for part in _GAP.split(text.strip()):
        low = part.lower()
        fax = min((k for k in map(low.find, _FAX_WORDS) if k >= 0), default=-1)
        if fax >= 0 and cut_phone(part[fax:])[1] is None:
            return False, None
        if fax == 0:
            continue
        rest, number = cut_phone(part[:fax].rstrip(" ,;/|") if fax > 0 else part)
        if number is None or rest.lower().rstrip(":. ") not in _PHONE_LABELS:
            return False, None
        phone = phone or number
    return True, phone


def phone_after_zip(value: str | None) -> tuple[str | None, str | None]:
    """(the value, the telephone number) of a zip or address value that runs on past its
    zip into the number ("60179 (847) 286-2500", "..., Illinois 60179 (847) 286-2500": the
    zip's and telephone's columns a blank apart, or a rendered paragraph of the three under
    their three captions); (value, None) for any other value."""
    if value is None or len(value) < 12 or not value[-1].isdigit():
        return value, None
    rest, phone = cut_phone(value)
    if phone is None or not (POSTCODE_ONLY.fullmatch(rest) or (
            "," in rest and POSTCODE.search(rest))):
        return value, None
    return rest, phone


def _cut_spelt(line: str) -> tuple[str, str | None]:
    """cut_phone of a number spelt_phone reads: "... 02451 (800) 555-CTC1", "... 7814668080"."""
    found = SPELT_TAIL.search(line, max(0, len(line) - 24))
    phone = spelt_phone(found.group(0)) if found is not None else None
    if phone is None:
        return line, None
    rest = _PHONE_LABEL.sub("", line[: found.start()].rstrip(" ,"))
    return rest.rstrip(" ,"), phone


# a dash typed with spaces around it parting an address's parts, as Brazilian and Israeli
# covers print them ("São Paulo – SP, 01412-100 – Brazil", "Tel Aviv 6971068 – Israel"): one
# before a word of letters only (before a number it is a postcode's or a house number's:
# "Bengaluru - 560 100", "Carrera 7 No. 71 - 21"; after one, a letters-and-digits code is a
# postcode's: "1050 - C1001AAS")
_SPACED_DASH = compiled(r" [-\u2013\u2014] ")
_PARTING_DASH = compiled(r"(?<!\d) [-\u2013\u2014] (?=[^\W\d_])"
                         r"|(?<=\d) [-\u2013\u2014] (?=[^\W\d_]{1,40}(?!\w))")
_DASH_EDGE = ("-", "\u2013", "\u2014")
_WORD = compiled(r"\w+")


# a post office box run on after the street ("10 South Dearborn Street P.O. Box 805379", a
# cell's lines joined): the box stays in the street, parted by a comma as on a line of its own
_RUN_IN_BOX = compiled(r"(?<=[^\s,(]) (?=(?:P\.?[ ]?O\.?[ ]|Post[ ]Office[ ])Box[ ]+\d)", re.I)
# or a street run on after the box printed above it ("P.O. Box 8699 2301 Market Street": a
# combined cover's row, PECO under Exelon): parted by a comma the same way
_BOX_THEN_STREET = compiled(
    r"((?:P\.?[ ]?O\.?[ ]|Post[ ]Office[ ])Box[ ]+\d+) (?=\d+[A-Za-z]?[ ][A-Za-z])", re.I)


# a suite or floor run on after the street the same way ("1258 Prospect Street Suite 400",
# an HTML cell's "1258 Prospect Street<br>Suite 400<br>La Jolla, California"): parted by a
# comma as the lines of <p>s or of a text cover are ("1258 Prospect Street, Suite 400"); a
# dash or a "#" before it keeps its place ("1017 - 3rd Floor")
_RUN_IN_UNIT = compiled(
    r"(?<=[\w.)]) (?=(?i:suites?|ste\.|room|unit)[ ]#?[ ]?\d|(?i:floor)[ ]\d"
    r"|\d{1,3}(?i:st|nd|rd|th)[ ](?i:floor)\b)")


def split_address(text: str | None, zip_code: str | None) -> dict[str, str | None] | None:
    """_split_address, the mailbox, suite or floor run on after a street parted from it by a
    comma."""
    found = _dashed_address(text, zip_code)
    street = found["street"] if found else None
    if found and street and ("Box" in street or "BOX" in street):
        street = found["street"] = _BOX_THEN_STREET.sub(r"\1, ", _RUN_IN_BOX.sub(", ", street))
    if found and street and " " in street:
        found["street"] = _RUN_IN_UNIT.sub(", ", street)
    return found


def _dashed_address(text: str | None, zip_code: str | None) -> dict[str, str | None] | None:
    """_split_address, read again with parting dashes as commas when a spaced dash was left
    at a field's edge or inside the city or state ("1017 - 3rd Floor" stays in the street).
    The second reading stands only when its city has no digit and its street took no word
    of the first reading's city ("Winston - Salem" is one city)."""
    found = _split_address(text, zip_code)
    if found is None or text is None or _SPACED_DASH.search(text) is None:
        return found
    city, state, street = found["city"] or "", found["state"] or "", found["street"] or ""
    if not (any(_SPACED_DASH.search(f" {v} ") for v in (city, state))
            or street.endswith(_DASH_EDGE)):
        return found
    parted = _PARTING_DASH.sub(", ", text)
    if parted == text:
        return found
    again = _split_address(parted, zip_code)
    if again is None or any(ch.isdigit() for ch in again["city"] or "") \
            or len(_WORD.findall(again["street"] or "")) > len(_WORD.findall(street)):
        return found
    return again


def _split_address(text: str | None, zip_code: str | None) -> dict[str, str | None] | None:
    """ "220 Bear Hill Rd., Waltham, Massachusetts" -> street, city, state (+ zip).

    The zip column may hold the address's last words when the address wraps under it
    ("2380 Bering Drive, San Jose," over "California 95131"): those are read back into the
    address. A telephone number read where an address stood is no address.
    """
    if not zip_code or POSTCODE_ONLY.fullmatch(zip_code):
        pass  # "02451", "02451-1234" (which would also pass for a phone number)
    elif _PHONE_LIKE.fullmatch(zip_code) or (
        len(zip_code.split()) > 2 and "," not in zip_code and not POSTCODE.search(zip_code)
    ):
        zip_code = None  # a telephone number or a street line, not a postal code
    elif "," in zip_code or POSTCODE.search(zip_code):
        text = f"{text} {zip_code}" if text else zip_code
        zip_code = None
    if text and _PHONE_LIKE.fullmatch(text):
        text = None
    if not text and not zip_code:
        return None
    street = city = state = None
    if text:
        text = squash(text).rstrip(" ,.")
        if text[-1:] in "AaSs":  # (the cheap test: most addresses end in a zip or a name)
            home = _US_COUNTRY.search(text)
            if home:  # "New York, NY 10118, USA": the zip closes the rest
                text = text[: home.start()]
        if zip_code is None and ("-" in text or "P." in text):
            text, zip_code = _latin_postcode(text, zip_code)
        match = POSTCODE.search(text)
        if match:
            zip_code = zip_code or match.group(1)
            text = text[: match.start()].rstrip(" ,")
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if parts and len(parts[0]) < 12 and parts[0][:1].isdigit() and len(parts) >= 2 \
                and _HOUSE_NUMBER.fullmatch(parts[0]):
            parts[:2] = [f"{parts[0]}, {parts[1]}"]  # "5, rue Eugène Ruppert": one street
        if "D.C" in text and len(parts) >= 2 and "D.C" in parts[-2] \
                and parts[-1].upper() in _COUNTRIES:
            _drop_capital_district(parts)
        if parts and parts[-1][-2:] in _MILITARY_STATES:
            military = _MILITARY.search(parts[-1])
            if military:  # "Unit 1234, APO AE 09012": "APO" the city, "AE" the state
                parts[-1:] = [p for p in (parts[-1][: military.start()].strip(),
                                          military.group(1), military.group(2)) if p]
        if zip_code is None and len(parts) >= 2 and parts[-1][-1:].isdigit():
            zip_code = _postcode_after_country(parts)
        if zip_code is None:
            zip_code = _postcode_after_city(parts)
        if len(parts) >= 2:
            zip_code = _postcode_closing_city(parts, zip_code)
        if len(parts) >= 2 and " " in parts[-1]:
            _part_region_from_country(parts)  # first, so a street run into the city is cut
        if len(parts) >= 2:
            _part_street_from_city(parts)
        if len(parts) >= 2 and parts[-1].upper() in _ISLANDS:
            _island_country(parts)
        if len(parts) >= 4 and parts[-1].upper().rstrip(".") in _HOME_COUNTRIES:
            parts.pop()  # "Vancouver, British Columbia, Canada": the province is the state
        elif len(parts) >= 4 and parts[-2].upper() in _ISLANDS \
                and parts[-3].upper() in _ISLAND_TOWNS:
            parts.pop(-2)
        if len(parts) >= 3 and _region_country(parts) and (len(parts) >= 4 or not any(
                ch.isdigit() for ch in parts[0]) or _city_and_code(parts[0])):
            parts.pop()  # "São Paulo, SP, Brazil", "Monterrey, N.L., México": as for Canada
            if zip_code is None:  # "Bengaluru 560 100, Karnataka, India"
                zip_code = _cut_code_after_city(parts, len(parts) - 2)
            if len(parts) == 2:  # "Toyota City, Aichi Prefecture, Japan": no street line
                return {"street": None, "city": parts[0], "state": parts[1], "zip": zip_code}
        if len(parts) >= 2 and _city_state_named(f"{parts[-2]} {parts[-1]}".lower()):
            city = _city_state(parts)
            if city is not None:
                return {"street": ", ".join(parts[:-1]) or None, "city": city,
                        "state": parts[-1] or None, "zip": zip_code}
        if parts:
            _cut_state(parts)
        if len(parts) >= 3:
            street, city, state = ", ".join(parts[:-2]), parts[-2], parts[-1]
            unit = _UNIT.match(city) or _QUADRANT.match(city)
            if unit:  # "2101 Vista Parkway, Suite 292 West Palm Beach, FL", "..., N.W. Atlanta"
                street, city = f"{street}, {unit.group(0).strip()}", city[unit.end() :]
            elif _NUMBERED.match(city) and not state_code(state) \
                    and not _POSTCODE_FIRST.match(city):
                # no city starts with a number (but for a postcode: "75008 Paris"): "..., 89
                # Queensway, Hong Kong", "8 Marina View, #07-01, Singapore": a city-state's
                # name closes the address
                street, city, state = f"{street}, {city}", state, None
        elif len(parts) == 2 and (state_code(parts[1]) or parts[1] in _AU_STATES):
            # "1258 Prospect Street La Jolla, CA": street and city ran together on one line
            street, city = _street_and_city(parts[0])
            if city is None and not any(ch.isdigit() for ch in street):
                street, city = None, street  # "Cupertino, California 95014": no street line
            unit = _UNIT.match(city) if city else None
            if unit:  # "1 Main St. #500 Denver, CO": the unit after the street word is its
                street, city = f"{street} {unit.group(0).strip()}", city[unit.end() :]
            state = parts[1]
        elif len(parts) == 2 and parts[1].upper().rstrip(".") in _COUNTRIES:
            # "Seoul, Korea 04637": no street line; a building or a street over its country
            # alone ("Ugland House, Cayman Islands", "Avenida Paulista 1842, Brazil") names
            # no city
            if _street_or_building(parts[0]):
                street, state = parts
            else:
                city, state = parts
        elif len(parts) == 2:
            street, city = parts
            words = parts[1].rsplit(" ", 1)
            if len(words) == 2 and state_code(words[1]):
                city, state = words
        else:
            street = parts[0] if parts else None
        if city and zip_code is None:
            lead = _POSTCODE_FIRST.match(city)
            if lead:  # "1366 Lysaker", "D-80331 Munich": a postcode before the city
                zip_code, city = lead.group(1), city[lead.end() :]
                if state is None:  # "48005 Bilbao Spain": the country after the city
                    city, state = _country_after(city)
    if state is not None and state[-2:-1] == "." and _DOTTED.fullmatch(state):
        state += "."  # "D.F.", "D.C." lost its full stop with the address's closing one
    return {"street": street, "city": city, "state": state, "zip": zip_code}


def _drop_capital_district(parts: list[str]) -> None:
    """A capital district's "D.C." (distrito capital) after a foreign city, before the
    country: "Bogota, D.C., Colombia", "Bogota D.C., Colombia" -> the city alone."""
    city = parts[-2]
    if city == "D.C." and len(parts) >= 3:
        parts.pop(-2)
    elif city.endswith(" D.C."):
        parts[-2] = city[:-5]


_HOUSE_NUMBER = compiled(r"\d{1,5}[A-Za-z]?(?:-\d{1,5}[A-Za-z]?)?")
# An overseas military post office: "APO AE 09012" (its zip cut already)
_MILITARY_STATES = ("AE", "AP", "AA")
_MILITARY = lazy(r"(?:^|(?<= ))([AFD]PO) (A[EPA])$")
_DOTTED = lazy(r"(?:[A-Z]\.)+[A-Z]")
_NUMBERED = lazy(r"#|\d+[A-Za-z]? [A-Z]")
POSTCODE_ONLY = compiled(r"\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d")
_PHONE_LIKE = compiled(r"[\d\s().+/-]{7,}")
# A suite or floor that ran into the city's name, led by a word that is never a city's.
# (or an ordinal floor: "200 Clarendon Street, 30th Floor Boston", a rendered cell's lines;
# or a post office box: "80 Park Plaza, P.O. Box 1171 Newark"; or a rural route: "83 Stanley
# Road, UN 1 Box 103, RR6 Woodville, Ontario", "R.R. #2 Bath", "Rural Route 3 Dundee")
# The unit's number may be lettered, dashed or dotted ("Suite B-300", "Suites 500-510", "Suite
# 12.01", "Suite #500", "#500", "Bldg. 5"), as 2019+ HTML covers print it before a <br>.
_UNIT = compiled(r"(?:(?:Suites?|Ste\.?|Floor|Room|Unit|Level|Building|Bldg\.?)[ ]+(?:#[ ]?)?\w+"
                 r"(?:[-.]\w+)?|\#[ ]?\w+(?:-\w+)?|\d+(?:st|nd|rd|th)[ ]+Floor"
                 r"|(?:P\.?[ ]?O\.?[ ]|Post[ ]Office[ ])?Box[ ]+\d+"
                 r"|(?:R\.?[ ]?R\.?|Rural[ ]Route)[ ]?(?:#[ ]?|No\.[ ]?)?\d{1,3})"
                 r",?[ ]+(?=\S)", re.I)
# The quadrant closing a street's name, run into the city: "30 Ivan Allen Jr. Blvd., N.W. Atlanta"
_QUADRANT = compiled(r"(?:[NS]\.[EW]\.|[NS][EW]),?[ ]+(?=\S)")
# A European postcode printed before the city: "1366 Lysaker", "75008 Paris", "D-80331
# Munich", "NL-1012 Amsterdam" (a number alone is never a city's first word)
# (the Netherlands' "1017 CB Amsterdam" with its two letters)
_POSTCODE_FIRST = lazy(
    r"((?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3} \d{2})|\d{4} [A-Z]{2})[ ]+(?=[A-Z][a-z\u00e0-\u00ff])")
# (Sweden's and the Czech Republic's "SE-111 29 Stockholm", "110 00 Praha")
_HOME_COUNTRIES = {"USA", "U.S.A", "UNITED STATES", "UNITED STATES OF AMERICA", "CANADA"}
# A foreign postcode printed after the city, before the country: the UK's "EC3A 8EP",
# Canada's "M5H 2Y4", Bermuda's "HM 11" (or "HM11"; a box's "HM DX"), the Cayman Islands'
# "KY1-1104", the British Virgin Islands' "VG1110", Ireland's "D01 E7E8", six digits
# (Singapore's "018960", China's "100020"), a word of its own
_POSTCODE_AFTER = lazy(
    r"(?<![^ ])(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
    r"|[A-Z]{2}\d-\d{4}|[A-Z]{2}\d{4}|[A-Z]\d[\dW] [A-Z\d]{4}|\d{6}"
    r"|(?P<bermuda>[A-Z]{2})(?: ?\d\d| [A-Z]X))(?![^ ])")
# An island's name between the city and the country: "George Town, Grand Cayman, Cayman
# Islands", "Road Town, Tortola, British Virgin Islands"; the city is the town
_ISLANDS = frozenset({"GRAND CAYMAN", "TORTOLA"})
_ISLAND_TOWNS = frozenset({"GEORGE TOWN", "ROAD TOWN", "CAMANA BAY", "WEST BAY", "BODDEN TOWN"})
_ISLAND_COUNTRY = {"GRAND CAYMAN": "Cayman Islands", "TORTOLA": "British Virgin Islands"}
# The United States printed after the zip: "..., New York, NY 10118, USA", "... U.S.A."
_US_COUNTRY = lazy(r"[ ,]+(?:USA|U\.S\.A|United States(?: of America)?|UNITED STATES)$")
# Australia's state and four-digit postcode after the city: "Sydney NSW 2000", "Sydney,
# NSW 2000, Australia", "Melbourne, Victoria 3000"; the state is the address's state
_AUSTRALIA = lazy(
    r"(?:^|(?<= ))(?P<state>NSW|VIC|QLD|SA|WA|TAS|ACT|NT|New South Wales|Victoria|Queensland"
    r"|South Australia|Western Australia|Tasmania|Australian Capital Territory"
    r"|Northern Territory)[ ](?P<zip>\d{4})(?:[ ]Australia)?$")
_AU_STATES = frozenset(("NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"))
# Dublin's postal district: "Dublin 2, Ireland" (the city is Dublin, "Dublin 2" its postcode)
_DUBLIN = lazy(r"(?i:dublin) (?:\d{1,2}W?)")
# A postcode closing the city's part before the country's: "Tokyo 100-8310, Japan", "Paris
# 75002, France", "Petach Tikva 4951040, Israel", "Seoul 04637, Korea" (after a word, not
# after a unit's: "Suite 1200" is no postcode)
# (India's PIN may print as two groups of three: "Mumbai 400 079, India")
# (or after a dotted state: "D.F. 03900, Mexico"; Korea's 3-3 code of before 2015: "Seoul
# 135-791, Korea"; India's PIN after a dash: "Bengaluru - 560 100", "Mumbai-400013")
_CODE_AFTER_CITY = lazy(
    r"(?:(?<=[A-Za-z])|(?<=[A-Z]\.))(?:[ ]?[-\u2013][ ]?|[ ])"
    r"(?P<code>\d{4,7}|\d{3}-\d{3,4}|\d{3} \d{3})$")
# ... or between the city and the country's name, no comma between: "Tokyo 108-0075 Japan"
_CODE_IN_CITY = lazy(
    r"(?<=[A-Za-z]) (?:\d{4,7}|\d{3}-\d{3,4}|\d{3} \d{3}) (?=[A-Z][A-Za-z.' ]{2,40}$)")
# (plural too: "Units 201-203", "Suites 101-103" is a range of units, no postcode)
_UNIT_BEFORE = lazy(r"(?i:suites?|ste\.?|floors?|box|units?|rooms?|flats?|levels?|building"
                    r"|bldg\.?|tower|block|no\.?|\bnos\.?|apt\.?|#)$")


def _cut_state(parts: list[str]) -> None:
    """A state typed after the city with no comma ("Dallas TX", "New York NY", "Raleigh North
    Carolina") becomes a part of its own; a state's name alone ("West Virginia") stays."""
    words = parts[-1].split(" ")
    if len(words) < 2 or state_code(parts[-1]) or parts[-1].upper() == "BRITISH VIRGIN ISLANDS":
        return
    for take in (3, 2, 1):  # "District of Columbia", "North Carolina", "TX"
        if len(words) > take and state_code(" ".join(words[-take:])):
            parts[-1:] = [" ".join(words[:-take]).rstrip(","), " ".join(words[-take:])]
            return


def _postcode_closing_city(parts: list[str], zip_code: str | None) -> str | None:
    """The postcode printed after the city's name, cut out of the city's part (the last, or
    the one before a country's name): Australia's state and postcode ("Sydney NSW 2000"),
    Dublin's district ("Dublin 2"), a number closing the city before the country ("Tokyo
    100-8310, Japan"). With `zip_code` read already, only Dublin's district is cut."""
    last = len(parts) - 1
    country = not any(ch.isdigit() for ch in parts[last])
    for k in (last, last - 1) if country else (last,):
        part = parts[k]
        if zip_code is None:
            found = _AUSTRALIA.search(part)
            if found:
                city = part[: found.start()].rstrip(" ,")
                parts[k:] = [city, found.group("state")] if city else [found.group("state")]
                if city:  # "1 Martin Place Sydney NSW 2000": the street ran into the city
                    parts[k : k + 1] = _street_city_parts(city)
                return found.group("zip")
        if k > 0 and _DUBLIN.fullmatch(part):
            parts[k] = part[:6]
            if k == last:
                parts.append("Ireland")  # (Dublin, Ohio prints a state and a zip instead)
            return zip_code or part
    if not country and zip_code is None and last > 0:
        found = _CODE_IN_CITY.search(parts[last])
        if found and not _UNIT_BEFORE.search(parts[last], 0, found.start()):
            # "Petach Tikva 49131 Israel", "TOKYO 108-0075 JAPAN": no comma before the country
            parts[last:] = [parts[last][: found.start()], parts[last][found.end() :]]
            return found.group().strip()
    if zip_code is not None or not country or last < 1:
        return zip_code
    if last == 1:  # "Tokyo 100-8310, Japan": no street line; "Suite 1200, Lyon": a street
        country = parts[1].upper().rstrip(".")
        city = _reads_as_city(parts[0])
        if country not in _COUNTRIES or not (city or parts[0][:1].isdigit()):
            return None
        found = _cut_code_after_city(parts, 0)
        if found is not None and not _fits_country(found, country, city):
            parts[0] = f"{parts[0]} {found}"  # "Avenida Paulista 1842, Brazil": a house number
            return None
        return found  # (after a house number and street, a code of the country's form only:
        # "2 Hamanofim Street 4672553, Israel")
    return _cut_code_after_city(parts, last - 1)


# a street's word ("Avenida Paulista 1842", "Kurfuerstendamm 123-125": a house number last;
# not "St.": "St. Gallen 9000, Switzerland" is a city)
_STREET_WORDS = frozenset((
    "street", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "lane", "way",
    "avenida", "av", "rua", "calle", "carrera", "via", "viale", "corso", "rue", "strasse",
    "straße", "str", "allee", "platz", "weg", "laan", "straat", "gracht", "vej", "gade"))
_STREET_ENDS = ("strasse", "straße", "str.", "damm", "weg", "allee", "platz", "gasse", "straat",
                "gracht", "laan", "gatan", "vagen", "vägen", "vej", "gade")


def _reads_as_city(part: str) -> bool:
    """A city's name before its postcode: no house number first, no street's word."""
    if part[:1].isdigit():
        return False
    words = part.lower().split(" ")
    return not any(w.rstrip(".,") in _STREET_WORDS or w.endswith(_STREET_ENDS) for w in words)


# each country's postcode shapes (9 a digit) where it has a form ("Brazil": never a bare
# number); others take any
_COUNTRY_CODES = {
    "JAPAN": ("999-9999",), "KOREA": ("999-999", "99999"), "SOUTH KOREA": ("999-999", "99999"),
    "ISRAEL": ("99999", "9999999"), "FRANCE": ("99999",), "GERMANY": ("99999",),
    "ITALY": ("99999",), "SPAIN": ("99999",), "MEXICO": ("99999",), "FINLAND": ("99999",),
    "SWITZERLAND": ("9999",), "AUSTRIA": ("9999",), "BELGIUM": ("9999",), "DENMARK": ("9999",),
    "NORWAY": ("9999",), "NETHERLANDS": ("9999",), "THE NETHERLANDS": ("9999",),
    "CHINA": ("999999",), "PRC": ("999999",), "P.R. CHINA": ("999999",),
    "PEOPLE'S REPUBLIC OF CHINA": ("999999",), "INDIA": ("999999", "999 999"),
    "TAIWAN": ("999-999", "99999"), "BRAZIL": (), "CHILE": ("9999999",)}
_SHAPE = str.maketrans("0123456789", "9999999999")


def _fits_country(code: str, country: str, any_form: bool) -> bool:
    shapes = _COUNTRY_CODES.get(country)
    return any_form if shapes is None else code.translate(_SHAPE) in shapes


# a postcode printed after the country's name: "Mumbai, India 400 051", "Tokyo, Japan
# 100-8310", "Seoul, Korea 135-791" (a bare 5 or 6 digits is POSTCODE's already)
_CODE_AFTER_COUNTRY = lazy(r"(?P<country>[A-Za-z][A-Za-z.' ]{1,30}?) (?P<zip>\d{3} \d{3}"
                           r"|\d{3}-\d{3,4}|\d{4,7})")


def _postcode_after_country(parts: list[str]) -> str | None:
    """Cut a postcode closing the address after a known country's name; that postcode."""
    found = _CODE_AFTER_COUNTRY.fullmatch(parts[-1])
    if found is None or found["country"].upper() not in _COUNTRIES:
        return None
    parts[-1] = found["country"]
    return found["zip"]


def _cut_code_after_city(parts: list[str], k: int) -> str | None:
    """Cut a postcode closing parts[k] ("Tokyo 100-8310") out of it; that postcode."""
    part = parts[k]
    found = _CODE_AFTER_CITY.search(part)
    if found is None or _UNIT_BEFORE.search(part, 0, found.start()):
        return None
    parts[k] = part[: found.start()]
    return found["code"]


# a building's word: "Ugland House", "Canon's Court", "Clarendon House", "Cedar Court"
_BUILDING_WORDS = frozenset((
    "house", "court", "centre", "center", "building", "tower", "towers", "chambers", "plaza",
    "place", "hall", "park", "square", "wharf", "quay", "complex", "estate", "suite", "floor"))


def _street_or_building(part: str) -> bool:
    """A street line rather than a city's name: a digit, a street's or a building's word."""
    if any(ch.isdigit() for ch in part) or not _reads_as_city(part):
        return True
    return any(w.rstrip(".,") in _BUILDING_WORDS for w in part.lower().split(" "))


def _city_and_code(part: str) -> bool:
    """ "Bengaluru - 560 100": a city's name and its postcode, no street line above."""
    return _reads_as_city(part) and _CODE_AFTER_CITY.search(part) is not None


def _island_country(parts: list[str]) -> None:
    """An island's name closing the address, no country after it ("George Town, Grand
    Cayman KY1-1104"): the country is the island's; the island is the city with no town."""
    country = _ISLAND_COUNTRY[parts[-1].upper()]
    if parts[-2].upper() in _ISLAND_TOWNS:
        parts[-1] = country
    else:
        parts.append(country)


def _postcode_after_city(parts: list[str]) -> str | None:
    """Cut a foreign postcode printed after the city out of the address's last two parts
    (never the first, the street's: "1234 US 19"): "Hamilton HM 11, Bermuda", "Hamilton, HM
    11, Bermuda", "Hamilton, Bermuda HM 11", "Ontario M5H 2Y4, Canada" -> the postcode."""
    for k in range(len(parts) - 1, max(0, len(parts) - 3), -1):
        found = _POSTCODE_AFTER.search(parts[k])
        if found is None:
            continue
        before, rest = parts[k][: found.start()].strip(), parts[k][found.end() :].strip()
        letters = found.group("bermuda")
        if letters:
            # two capitals and two digits may be American ("Dallas TX 75", a zip cut off):
            # no US state beside them, and a state's code only before a foreign country
            country = rest or (parts[k + 1] if k + 1 < len(parts) else "")
            foreign = bool(country) and not state_code(country) and \
                country.upper().rstrip(".") not in _HOME_COUNTRIES
            if state_code(before) or (country and not foreign) or \
                    (state_code(letters) and not foreign):
                return None
        parts[k : k + 1] = [p for p in (before, rest) if p]
        return found.group()
    return None


_STREET_END = compiled(
    r"\b(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Way|Lane|Ln\.|"
    r"Parkway|Pkwy\.?|Expressway|Plaza|Place|Pl\.|Court|Ct\.|Circle|Square|Highway|Hwy\.?|"
    r"Suite \w+|Floor|Box \d+\)?|"
    # a building's name closes the street: "7 Times Square Tower", "One Main Building 2"
    r"(?:Tower|Building|Bldg\.)(?: (?:\d+|[A-Z]|[IVX]+)(?= ))?)(?= )", re.I)


# First words of two-word city names: "New York", "San Jose", "Fort Worth", "St. Louis".
_CITY_FIRST = frozenset(
    "new san santa los las st. saint fort ft. el la palo salt baton boca cedar coral des "
    "palm long mount mt. port grand great little red rock glen"
    .split()
)


# A directional abbreviated after a street's suffix: "1000 Fifth Avenue N.W. Washington",
# "100 Washington Ave. S. Minneapolis". A quadrant ("NW", "S.E.") never opens a city's name.
# A full word ("100 Main Street North Minneapolis") is the street's too, unless the words
# after it are those of a city named with it ("Street South Bend", "Road East Hartford").
_POST_DIRECTIONAL = lazy(r"(?:(?P<quadrant>[NS]\.?[EW]\.?)|[NSEW]\.?"
                         r"|(?P<word>(?i:north|south)(?i:east|west)?|(?i:east|west)))(?= \S)")
# Second words of American cities that a directional word opens: "South Bend", "East
# Hartford", "West Palm Beach", "North Little Rock", "South Sioux City", "West Des Moines"
_DIRECTION_CITY = frozenset(
    "bend hartford palm lansing chester orange brunswick windsor greenwich haven providence "
    "springfield conshohocken des las little charleston san sioux salt jordan burlington "
    "andover chicago hills boston bay falls point lake hampton hempstead islip plains long "
    "miami melbourne valley lafayette columbia caldwell berlin sacramento covina hollywood "
    "warwick kingstown attleboro reading fargo grand york pittsburgh brookfield allis "
    "norriton goshen bridgewater brighton hanover haverhill amboy newton portland pasadena "
    "bethlehem st. saint fort ogden richland liberty peoria palo mountain rutherford easton "
    "windham kingston middlesex greenbush lebanon bergen arlington wales dartmouth tonawanda "
    "syracuse babylon bethesda billerica plainfield kansas canton olmsted royalton bloomfield "
    "norwalk wilkesboro platte el seneca meadow nyack branford rochester aurora moline memphis "
    "augusta natick"
    .split()
)
_DIRECTIONAL_ONLY = lazy(
    r" ?(?:(?:[NS]\.?)?[EW]\.?|[NS]\.?|(?i:north|south)?(?i:east|west)?) ?")
# _STREET_END's words that close no street's name: no directional follows them
_UNIT_WORDS = ("suite", "floor", "box", "tower", "building", "bldg")


def _street_and_city(text: str) -> tuple[str, str | None]:
    ends = list(_STREET_END.finditer(text))
    if len(ends) >= 2 and ends[-1].group().lower() == "st." and \
            _DIRECTIONAL_ONLY.fullmatch(text[ends[-2].end() : ends[-1].start()]):
        # "299 First Avenue North St. Petersburg", "1 Main Street St. Louis": a street's
        # suffix (and directional) before "St.": that "St." opens the city's name
        cut = ends[-1].start()
        return text[:cut].strip(), text[cut:].strip()
    if ends:
        cut = ends[-1].end()
        if not ends[-1].group().lower().startswith(_UNIT_WORDS):
            cut = _past_directional(text, cut)
        return text[:cut].strip(), text[cut:].strip() or None
    # "2992 West Beach Gulfport", "1 Infinite Loop Cupertino": no street word to cut after;
    # a numbered street of one word or more, then the city's one word (two after "San" ...)
    words = text.split()
    if len(words) < 3 or not words[0][:1].isdigit():
        return text, None
    take = 2 if len(words) >= 4 and words[-2].lower() in _CITY_FIRST else 1
    return " ".join(words[:-take]), " ".join(words[-take:])


def _past_directional(text: str, cut: int) -> int:
    """Where the street ends when an abbreviated directional follows its suffix at `cut`:
    the directional is the street's ("Ave. S. Minneapolis"), unless a letter opens a
    two-word city ("Boulevard S. San Francisco"), which keeps it."""
    found = _POST_DIRECTIONAL.match(text, cut + 1)
    if found is None:
        return cut
    city = text[found.end() :].split()
    if found.group("word"):
        return cut if city[0].lower() in _DIRECTION_CITY else found.end()
    if not found.group("quadrant") and len(city) >= 2 and city[0].lower() in _CITY_FIRST:
        return cut
    return found.end()


# Brazil's CEP, "04543-011" (maybe led by "CEP"), wherever it stands: "04538-132 São Paulo",
# "Rio de Janeiro, RJ 22250-145", "CEP 05425-070, São Paulo" (five digits and three: no US zip)
_CEP = lazy(r"(?:\bCEP:?[ ]?)?(?<![\d.-])(\d{5}-\d{3})(?![\d-])")
# Mexico's "C.P. 11000" (código postal), wherever it stands
_CODIGO_POSTAL = lazy(r"\bC\.[ ]?P\.:?[ ]?(\d{5})(?!\d)")
# the Brazilian state after the city and a dash or slash: "São Paulo - SP", "São Paulo/SP"
_UF_AFTER_DASH = lazy(r"[ ]?[-\u2013/][ ]?(?=[A-Z]{2}(?:,|$))")


def _latin_postcode(text: str, zip_code: str | None) -> tuple[str, str | None]:
    """The address less a Brazilian or Mexican postcode printed anywhere in it, and that
    postcode (a zip column read already keeps its value)."""
    found = ("-" in text and _CEP.search(text)) or ("P." in text and _CODIGO_POSTAL.search(text))
    if not found:
        return text, zip_code
    text = f"{text[: found.start()].rstrip(' ,')}, {text[found.end() :].lstrip(' ,')}"
    if "-" in found.group(1):  # (a CEP)
        text = _UF_AFTER_DASH.sub(", ", text)
    return text.strip(" ,"), zip_code or found.group(1)


# A country printed after its state or province, which is the address's state (as for
# Canada): Brazil's two-letter states ("SP", "RJ"), Mexico's states ("D.F.", "Nuevo León"),
# any country's region named as such ("Aichi Prefecture", "Guangdong Province")
_REGION_WORDS = (" Prefecture", " Province", " PREFECTURE", " PROVINCE")
_REGION_COUNTRIES = {
    "BRAZIL": "uf", "BRASIL": "uf", "FEDERATIVE REPUBLIC OF BRAZIL": "uf", "MEXICO": "mx",
    "MÉXICO": "mx", "UNITED MEXICAN STATES": "mx", "INDIA": "in", "REPUBLIC OF INDIA": "in",
    "ENGLAND": "uk", "UNITED KINGDOM": "uk", "UK": "uk", "U.K": "uk", "GREAT BRITAIN": "uk",
    "SCOTLAND": "uk", "WALES": "uk", "NORTHERN IRELAND": "uk", "IRELAND": "ie",
    "REPUBLIC OF IRELAND": "ie", "CHINA": "cn", "PEOPLE'S REPUBLIC OF CHINA": "cn",
    "THE PEOPLE'S REPUBLIC OF CHINA": "cn", "P.R. CHINA": "cn", "P. R. CHINA": "cn",
    "PRC": "cn", "P.R.C": "cn"}
# China's provinces and autonomous regions, printed without "Province" ("Nanjing, Jiangsu
# 211100, People's Republic of China"); its four municipalities are cities
_CHINESE_PROVINCES = frozenset((
    "ANHUI", "FUJIAN", "GANSU", "GUANGDONG", "GUIZHOU", "HAINAN", "HEBEI", "HEILONGJIANG",
    "HENAN", "HUBEI", "HUNAN", "JIANGSU", "JIANGXI", "JILIN", "LIAONING", "QINGHAI", "SHAANXI",
    "SHANDONG", "SHANXI", "SICHUAN", "YUNNAN", "ZHEJIANG", "GUANGXI", "INNER MONGOLIA",
    "NINGXIA", "XINJIANG", "TIBET"))
# India's states and territories (a PIN before them: "Bengaluru 560 100, Karnataka, India")
_INDIAN_STATES = frozenset((
    "ANDHRA PRADESH", "ASSAM", "BIHAR", "CHHATTISGARH", "GOA",
    "GUJARAT", "HARYANA", "HIMACHAL PRADESH", "JHARKHAND", "KARNATAKA", "KERALA",
    "MADHYA PRADESH", "MAHARASHTRA", "ODISHA", "ORISSA", "PUNJAB", "RAJASTHAN", "TAMIL NADU",
    "TAMILNADU", "TELANGANA", "UTTAR PRADESH", "UTTARAKHAND", "WEST BENGAL", "JAMMU AND KASHMIR"))
# (not Delhi's or Chandigarh's: cities too, "Connaught Place, New Delhi 110001, India")
# Britain's counties not named "...shire" ("Newbury, Berkshire RG14 2FN, England")
_UK_COUNTIES = frozenset((
    "SURREY", "KENT", "ESSEX", "MIDDLESEX", "SUSSEX", "WEST SUSSEX", "EAST SUSSEX", "NORFOLK",
    "SUFFOLK", "CORNWALL", "DEVON", "DORSET", "SOMERSET", "CUMBRIA", "MERSEYSIDE",
    "TYNE AND WEAR", "TYNE & WEAR", "GREATER MANCHESTER", "WEST MIDLANDS", "COUNTY DURHAM",
    "MIDLOTHIAN", "WEST LOTHIAN", "EAST LOTHIAN", "FIFE", "RUTLAND", "ISLE OF WIGHT"))
_MEXICAN_STATES = frozenset((
    "D.F.", "DF", "DISTRITO FEDERAL", "CDMX", "N.L.", "NUEVO LEÓN", "NUEVO LEON", "JALISCO",
    "ESTADO DE MÉXICO", "ESTADO DE MEXICO", "EDO. DE MÉXICO", "EDO. DE MEXICO", "COAHUILA",
    "CHIHUAHUA", "SONORA", "BAJA CALIFORNIA", "QUERÉTARO", "QUERETARO", "PUEBLA",
    "GUANAJUATO", "SAN LUIS POTOSÍ", "SAN LUIS POTOSI", "TAMAULIPAS", "VERACRUZ", "YUCATÁN",
    "YUCATAN", "QUINTANA ROO", "SINALOA", "DURANGO", "AGUASCALIENTES", "MORELOS"))


# Canada's provinces, and countries (no city-states: "..., Singapore" is the city) printed
# after a city that ran into its street (a rendered cell's lines joined: "100 King Street
# West Toronto, Ontario", "10 Fleet Place London, United Kingdom")
_PROVINCES = frozenset((
    "ALBERTA", "BRITISH COLUMBIA", "MANITOBA", "NEW BRUNSWICK", "NEWFOUNDLAND",
    "NEWFOUNDLAND AND LABRADOR", "NOVA SCOTIA", "ONTARIO", "PRINCE EDWARD ISLAND", "QUEBEC",
    "QUÉBEC", "SASKATCHEWAN", "AB", "BC", "B.C", "MB", "NB", "NL", "NS", "ON", "ONT", "PE",
    "QC", "QUE", "SK"))
_COUNTRIES = frozenset((
    "UNITED KINGDOM", "UK", "U.K", "ENGLAND", "SCOTLAND", "WALES", "IRELAND", "BERMUDA",
    "CAYMAN ISLANDS", "BRITISH VIRGIN ISLANDS", "ISRAEL", "THE NETHERLANDS", "NETHERLANDS",
    "SWITZERLAND", "GERMANY", "FRANCE", "BELGIUM", "SPAIN", "ITALY", "SWEDEN", "DENMARK",
    "NORWAY", "FINLAND", "GREECE", "JAPAN", "CHINA", "PEOPLE'S REPUBLIC OF CHINA", "P.R. CHINA",
    "PRC", "TAIWAN", "KOREA", "SOUTH KOREA", "INDIA", "MEXICO", "BRAZIL", "ARGENTINA", "CHILE",
    "JERSEY", "GUERNSEY", "ISLE OF MAN", "BAHAMAS", "PANAMA", "CYPRUS", "AUSTRIA", "COLOMBIA"))


def known_place(text: str) -> bool:
    """A US state ("Georgia", "Del."), a Canadian province or a country of _COUNTRIES."""
    key = text.strip().rstrip(".").upper()
    return state_code(text) is not None or key in _COUNTRIES or key in _PROVINCES


def place_parts(text: str) -> bool:
    """Each comma-cut part of `text` names a place: "Georgia", "Bermuda", "Ontario, Canada"."""
    return all(known_place(part) or part.strip().rstrip(".").upper() in _HOME_COUNTRIES
               for part in text.split(","))


def _country_after(city: str) -> tuple[str, str | None]:
    """ "Bilbao Spain" -> ("Bilbao", "Spain"): a country named after the city with no comma
    (its last one or two words; a city of one word is left whole)."""
    words = city.split(" ")
    for size in (2, 1):
        if len(words) > size and " ".join(words[-size:]).upper() in _COUNTRIES:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return city, None


_NUMBER_WORDS = ("One ", "Two ", "Three ", "Four ", "Five ", "ONE ", "TWO ", "THREE ")


def _part_street_from_city(parts: list[str]) -> None:
    """The city's part ran into its street before a province or country ("100 King Street
    West Toronto, Ontario, Canada"): the street goes to a part of its own, as a comma would
    have set it. Only a numbered street closed by a street word is cut, so a city's own name
    stays whole."""
    last = parts[-1].upper().rstrip(".")
    if last == "CANADA" and len(parts) >= 3 and parts[-2].upper().rstrip(".") in _PROVINCES:
        k = len(parts) - 3
    elif last in _REGION_COUNTRIES and len(parts) >= 3 and _region_country(parts):
        k = len(parts) - 3  # "Plot 45 Gurgaon, Haryana, India": a state before the country
    elif last in _PROVINCES or last in _COUNTRIES:
        k = len(parts) - 2
    else:
        return
    if _POSTCODE_FIRST.match(parts[k]):
        return  # a postcode and the city ("2591 TV The Hague"), no street
    if _STREET_END.search(parts[k]) is None:
        # no street word to cut after; a house number after the street's name may end it
        # ("Bahnhofstrasse 45 Zurich, Switzerland", the European order)
        found = _NUMBER_THEN_CITY.search(parts[k])
        if found:
            parts[k : k + 1] = [parts[k][: found.start(1)].rstrip(), found.group(1)]
        return
    street, city = _street_and_city(parts[k])
    if city is not None and len(city.split()) <= 2 and (
            any(ch.isdigit() for ch in street) or street.startswith(_NUMBER_WORDS)):
        parts[k : k + 1] = [street, city]


# a house number after a street's name, then the city's one or two words: " 45 Zurich"
_NUMBER_THEN_CITY = lazy(r"(?<=[A-Za-z\u00e0-\u00ff.]) \d{1,5}[a-z]? ([A-Z][A-Za-z\u00e0-\u00ff'-]+"
                         r"(?: [A-Z][A-Za-z\u00e0-\u00ff'-]+)?)$")


def _street_city_parts(text: str) -> list[str]:
    """[street, city] of a numbered street run into its city ("1 Martin Place Sydney"), or
    [text] when no street word parts them."""
    if _STREET_END.search(text) is None:
        return [text]
    street, city = _street_and_city(text)
    if city is None or len(city.split()) > 2 or not any(ch.isdigit() for ch in street):
        return [text]
    return [street, city]


def _part_region_from_country(parts: list[str]) -> None:
    """A region run into its country's name, no comma between: "São Paulo, SP Brazil",
    "Monterrey, N.L. Mexico" -> the region and the country parts of their own."""
    head, _, country = parts[-1].rpartition(" ")
    if head and country.upper().rstrip(".") in _REGION_COUNTRIES \
            and _region_country([*parts[:-1], head, country]):
        parts[-1:] = [head, country]


def _region_country(parts: list[str]) -> bool:
    kind = _REGION_COUNTRIES.get(parts[-1].upper().rstrip("."))
    if kind is None:
        # a region so named before the country is its state, the part before it the city:
        # "Toyota City, Aichi Prefecture, Japan", "Shenzhen, Guangdong Province, China"
        return parts[-2].endswith(_REGION_WORDS) and not any(ch.isdigit() for ch in parts[-1])
    region = parts[-2]
    if kind == "uf":
        return len(region) == 2 and region.isupper() and region.isalpha()
    if kind == "mx":
        return region.upper() in _MEXICAN_STATES
    if kind == "in":
        return region.upper() in _INDIAN_STATES
    if kind == "cn":  # a bare province after a street is the city too ("Jiefang Road, Jilin")
        return region.endswith(_REGION_WORDS) or (
            region.upper() in _CHINESE_PROVINCES and len(parts) >= 3 and _reads_as_city(parts[-3]))
    if kind == "ie":  # "Little Island, Co. Cork, Ireland"
        return region.startswith(("Co. ", "County ", "CO. ", "COUNTY "))
    # a county, which is the state as Canada's province is ("Newbury, Berkshire, England")
    return region.upper().endswith("SHIRE") or region.upper() in _UK_COUNTIES


# A city-state's name closing the address: Hong Kong's (its districts before it, "Wan
# Chai", "Central", "Kowloon", "Tsim Sha Tsui", are the street's: by the postal convention
# the city is Hong Kong), maybe with a district run into it ("Wanchai Hong Kong") and a
# country after it; Singapore's, Macau's (a building's name before it is the street's)
_CITY_STATE = lazy(r"(?:(?P<district>.{1,40}) )?(?P<city>(?i:hong[ ]?kong|maca[ou]))"
                   r"(?:[ ](?i:S\.?A\.?R\.?|special administrative region))?"
                   r"|(?:(?i:republic of) )?(?P<state>(?i:singapore))")


def _city_state_named(tail: str) -> bool:
    """The cheap test for _CITY_STATE, in the lowered last two parts."""
    return "kong" in tail or "maca" in tail or "singapore" in tail


def _city_state(parts: list[str]) -> str | None:
    """The city of an address whose last part, or the one before a country's name, is a
    city-state's; `parts` becomes [street parts..., the country or ""]."""
    for k in (len(parts) - 1, len(parts) - 2):
        found = _CITY_STATE.fullmatch(parts[k]) if k > 0 else None
        if found is None:
            continue
        country = parts[k + 1] if k + 1 < len(parts) else ""
        if any(ch.isdigit() for ch in country) or state_code(country):
            return None  # (Singapore, Michigan)
        city = found.group("city") or found.group("state")
        street = parts[:k] + ([found.group("district")] if found.group("district") else [])
        if len(street) > 1 and street[-1].lower() == city.lower():
            street.pop()  # "Singapore 068898, Republic of Singapore"
        parts[:] = [*street, country]
        return city
    return None
