"""A cover's address line -> {street, city, state, zip}.

"220 Bear Hill Rd., Waltham, Massachusetts" over "02451" (sample 000) -> street "220 Bear Hill
Rd.", city "Waltham", state "Massachusetts", zip "02451". Shared by the captioned cover
(cover.py) and the registrant table of combined filings (cover_table.py).
"""

from __future__ import annotations

import re

from ..values import PHONE_RE, squash, state_code

POSTCODE = re.compile(r"(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)$")
# a telephone number closing a line: "... Atlanta, Georgia 30308 (404) 506-5000" (the zip's
# last digit is no long-distance "1"), maybe led by a label: "Telephone (800)736-3402"
# (no leading "[ ,]*": searched, it would rescan a run of commas from each of its characters)
_PHONE_TAIL = re.compile(rf"(?<![\w-])(?P<phone>{PHONE_RE.pattern})$")
_PHONE_LABEL = re.compile(r"(?:telephone|tel\.|phone)(?:[ ]number)?[ ]?:?$", re.I)


def cut_phone(line: str) -> tuple[str, str | None]:
    """(the line less a telephone number that ends it, that number or None)."""
    phone = _PHONE_TAIL.search(line)
    if phone is None:
        return line, None
    rest = _PHONE_LABEL.sub("", line[: phone.start()].rstrip(" ,"))
    return rest.rstrip(" ,"), phone.group("phone")


def split_address(text: str | None, zip_code: str | None) -> dict[str, str | None] | None:
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
        match = POSTCODE.search(text)
        if match:
            zip_code = zip_code or match.group(1)
            text = text[: match.start()].rstrip(" ,")
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if len(parts) >= 4 and parts[-1].upper().rstrip(".") in _HOME_COUNTRIES:
            parts.pop()  # "Vancouver, British Columbia, Canada": the province is the state
        if len(parts) >= 3:
            street, city, state = ", ".join(parts[:-2]), parts[-2], parts[-1]
            unit = _UNIT.match(city) or _QUADRANT.match(city)
            if unit:  # "2101 Vista Parkway, Suite 292 West Palm Beach, FL", "..., N.W. Atlanta"
                street, city = f"{street}, {unit.group(0).strip()}", city[unit.end() :]
        elif len(parts) == 2 and state_code(parts[1]):
            # "1258 Prospect Street La Jolla, CA": street and city ran together on one line
            street, city = _street_and_city(parts[0])
            if city is None and not any(ch.isdigit() for ch in street):
                street, city = None, street  # "Cupertino, California 95014": no street line
            state = parts[1]
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
    return {"street": street, "city": city, "state": state, "zip": zip_code}


POSTCODE_ONLY = re.compile(r"\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d")
_PHONE_LIKE = re.compile(r"[\d\s().+/-]{7,}")
# A suite or floor that ran into the city's name, led by a word that is never a city's.
_UNIT = re.compile(r"(?:Suite|Ste\.|Floor|Room|Unit)[ ]+\w+,?[ ]+(?=\S)", re.I)
# The quadrant closing a street's name, run into the city: "30 Ivan Allen Jr. Blvd., N.W. Atlanta"
_QUADRANT = re.compile(r"(?:[NS]\.[EW]\.|[NS][EW]),?[ ]+(?=\S)")
# A European postcode printed before the city: "1366 Lysaker", "75008 Paris", "D-80331
# Munich", "NL-1012 Amsterdam" (a number alone is never a city's first word)
_POSTCODE_FIRST = re.compile(r"((?:[A-Z]{1,2}-)?\d{4,5})[ ]+(?=[A-Z][a-z])")
_HOME_COUNTRIES = {"USA", "U.S.A", "UNITED STATES", "UNITED STATES OF AMERICA", "CANADA"}


_STREET_END = re.compile(
    r"\b(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|Dr\.|Way|Lane|Ln\.|"
    r"Parkway|Pkwy\.?|Expressway|Plaza|Place|Pl\.|Court|Ct\.|Circle|Square|Highway|Hwy\.?|"
    r"Suite \w+|Floor|Box \d+|"
    # a building's name closes the street: "7 Times Square Tower", "One Main Building 2"
    r"(?:Tower|Building|Bldg\.)(?: (?:\d+|[A-Z]|[IVX]+)(?= ))?)(?= )", re.I)


# First words of two-word city names: "New York", "San Jose", "Fort Worth", "St. Louis".
_CITY_FIRST = frozenset(
    "new san santa los las st. saint fort ft. el la palo salt baton boca cedar coral des "
    "palm long mount mt. port grand great little red rock glen"
    .split()
)


def _street_and_city(text: str) -> tuple[str, str | None]:
    ends = list(_STREET_END.finditer(text))
    if ends:
        cut = ends[-1].end()
        return text[:cut].strip(), text[cut:].strip() or None
    # "2992 West Beach Gulfport", "1 Infinite Loop Cupertino": no street word to cut after;
    # a numbered street of one word or more, then the city's one word (two after "San" ...)
    words = text.split()
    if len(words) < 3 or not words[0][:1].isdigit():
        return text, None
    take = 2 if len(words) >= 4 and words[-2].lower() in _CITY_FIRST else 1
    return " ".join(words[:-take]), " ".join(words[-take:])
