"""Combined filings by several registrants print one table instead of captions:

    Commission   Registrant, State of Incorporation,   IRS Employer
    File Number  Address, and Telephone Number         Identification No.
    2-26720      Louisville Gas and Electric Company   61-0264150
                 (A Kentucky Corporation)
                 220 West Main Street
                 Louisville, Ky. 40232
                 (502) 627-2000

(8k_2003_louisvillegasandelectr_1.htm). One registrant per row that starts with a file number.
"""

from __future__ import annotations

import re
from typing import Any

from ..record import empty_registrant
from ..values import PHONE_RE, irs_number, squash
from .cover_layout import Caseless

# searched in the lowered region (a led-by-literal scan, not a caseless one at every character)
_HEADER = Caseless(r"registrant,?\s+state\s+of\s+incorporation")
_ROW = re.compile(
    r"^[ \t]*(?P<file>\d{1,4}-\d{3,6})[ \t]+(?P<name>\S[^\t\n]*?)[ \t]+"
    r"(?P<irs>\d{2}-\d{7})[ \t]*$", re.M)
_STATE = re.compile(r"^\(An?\s+(?P<state>.+?)\s+(?:corporation|limited liability company|"
                    r"partnership|company)\)$", re.I)
_ZIP_TAIL = re.compile(r"\s(\d{5}(?:-\d{4})?)$")


def read_registrant_table(region: str, low: str | None = None) -> list[dict[str, Any]]:
    """`low`: lowered(region), when the caller has it (else the caseless search runs)."""
    header = _HEADER.search(region, low)
    if not header:
        return []
    rows = list(_ROW.finditer(region, header.end()))
    registrants = []
    for k, row in enumerate(rows):
        end = rows[k + 1].start() if k + 1 < len(rows) else region.find("\n\n", row.end())
        block = region[row.end() : end if end > 0 else len(region)]
        reg = empty_registrant()
        reg["name"] = squash(row.group("name"))
        reg["commission_file_number"] = row.group("file")
        reg["irs_employer_id"] = irs_number(row.group("irs"))
        address: list[str] = []
        for line in (squash(x) for x in block.split("\n")):
            if not line:
                continue
            state = _STATE.match(line)
            if state:
                reg["state_of_incorporation"] = state.group("state")
            elif PHONE_RE.fullmatch(line):
                reg["phone"] = line
            else:
                address.append(line)
        if address:
            last = address[-1]
            zip_match = _ZIP_TAIL.search(last)
            city_state = last[: zip_match.start()] if zip_match else last
            city, _, state = city_state.partition(",")
            reg["address"] = {"street": ", ".join(address[:-1]) or None,
                              "city": city.strip() or None, "state": state.strip() or None,
                              "zip": zip_match.group(1) if zip_match else None}
        registrants.append(reg)
    return registrants
