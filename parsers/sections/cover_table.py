"""Combined filings by several registrants print one table instead of captions:

    Commission   Registrant, State of Incorporation,   IRS Employer
    File Number  Address, and Telephone Number         Identification No.
    2-26720      Louisville Gas and Electric Company   61-0264150
                 (A Kentucky Corporation)
                 220 West Main Street
                 Louisville, Ky. 40232
                 (502) 627-2000

(8k_2003_louisvillegasandelectr_1.htm). One registrant per row that starts with a file number.
The cell may also run on one line, as when its <p>s were joined (8k_2007_southernco_2.txt)::

    1-3526  The Southern Company (A Delaware Corporation) 30 Ivan Allen Jr. Blvd., N.W.
            Atlanta, Georgia 30308 (404) 506-5000                            58-0690070
"""

from __future__ import annotations

import re
from typing import Any

from ..record import empty_registrant
from ..values import irs_number, squash
from .cover_address import cut_phone, split_address
from .cover_layout import INCORPORATED, Caseless

# searched in the lowered region (a led-by-literal scan, not a caseless one at every character)
# "Registrant, State of Incorporation, ...", "Registrants; State of Incorporation; ...",
# "Exact Name of Registrant as Specified in Its Charter; State of Incorporation; ..." (Exelon)
_HEADER = Caseless(r"registrants?(?:\s++as\s+specified\s+in\s+its\s+charter)?[,;]?\s+"
                   r"state\s+of\s+incorporation")
_ROW = re.compile(
    r"^[ \t]*(?P<file>\d{1,4}-\d{3,6})[ \t]+(?P<name>\S[^\t\n]*?)[ \t]+"
    r"(?P<irs>\d{2}-\d{7})[ \t]*$", re.M)


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
        name = reg["name"]
        state = INCORPORATED.search(name)  # inside the name's line
        lines = [squash(x) for x in block.split("\n")]
        if state:  # the whole cell on one line: name (state) address phone
            reg["name"] = name[: state.start()].rstrip(" ,") or name
            reg["state_of_incorporation"] = state.group("state")
            lines.insert(0, name[state.end() :].strip(" ,"))
        address: list[str] = []
        for line in lines:
            if not line:
                continue
            state = INCORPORATED.fullmatch(line)
            if state:
                reg["state_of_incorporation"] = state.group("state")
                continue
            line, phone = cut_phone(line)
            reg["phone"] = reg["phone"] or phone
            if line:
                address.append(line)
        if address:
            reg["address"] = split_address(", ".join(address), None)
        registrants.append(reg)
    return registrants
