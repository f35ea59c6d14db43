"""Metamorphic round 44: the same filing printed another way gives the same record.

Each test takes a real corpus filing (named in it), prints it another way a filer, a wire
service or EDGAR itself could have (another wire's dateline, another envelope), and checks the
values read from it are the ones the filing states.
"""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS

_HHCA = "8k_1997_homehealthcorpofameric_2.txt"
# the joint release's dateline as PR Newswire printed it (8k_1997_homehealthcorpofameric_2.txt)
_PRN_DATELINE = (
    "KING OF PRUSSIA, Pa., and HARTFORD, Conn., Sept. 29 /PRNewswire/ -- Home Health"
)


def _raw(name: str) -> str:
    return (FILINGS / name).read_bytes().decode("latin-1")


def _parse(text: str, name: str) -> dict[str, Any]:
    return parse(text.encode("latin-1"), name)


@pytest.mark.parametrize(
    ("dateline", "city", "state"),
    [
        # Business Wire's spelling of the same joint dateline, "and" after the first state
        ("KING OF PRUSSIA, Pa., and HARTFORD, Conn.--(BUSINESS WIRE)--Sept. 29, 1997--Home Health",
         "KING OF PRUSSIA", "Pa."),
        # no comma before "and"; the second place with a state too
        ("KING OF PRUSSIA, Pa. and HARTFORD, Conn.--(BUSINESS WIRE)--Sept. 29, 1997--Home Health",
         "KING OF PRUSSIA", "Pa."),
        # "&", read before this round
        ("KING OF PRUSSIA, Pa. & HARTFORD, Conn.--(BUSINESS WIRE)--Sept. 29, 1997--Home Health",
         "KING OF PRUSSIA", "Pa."),
    ],
)
def test_business_wire_joint_dateline_after_a_state(dateline: str, city: str, state: str) -> None:
    # 8k_1997_homehealthcorpofameric_2.txt, edited: the EX-99.1 release's PR Newswire dateline
    # re-printed as Business Wire prints a joint release ("PLACE, St. and PLACE, St.--(BUSINESS
    # WIRE)--date--"). The release, its dateline and its date are read as from the original.
    text = _raw(_HHCA)
    assert _PRN_DATELINE in text
    releases = _parse(text.replace(_PRN_DATELINE, dateline, 1), _HHCA)["press_releases"]
    assert len(releases) == 1
    release = releases[0]
    assert release["headline"] == (
        "HOME HEALTH CORPORATION OF AMERICA, INC. TO MERGE WITH U.S. HOMECARE CORPORATION"
    )
    assert release["dateline"] == {"city": city, "state": state, "date": "1997-09-29"}
    assert release["date"] == "1997-09-29"


def test_business_wire_joint_dateline_without_a_date() -> None:
    # 8k_1997_homehealthcorpofameric_2.txt, edited as above but with no date after the wire's
    # credit (Business Wire's date-less spelling): the place is read, the date left empty.
    text = _raw(_HHCA).replace(
        _PRN_DATELINE,
        "KING OF PRUSSIA, Pa., and HARTFORD, Conn.--(BUSINESS WIRE)--Home Health", 1,
    )
    release = _parse(text, _HHCA)["press_releases"][0]
    assert release["dateline"]["city"] == "KING OF PRUSSIA"
    assert release["dateline"]["state"] == "Pa."


def test_prnewswire_joint_dateline_unchanged() -> None:
    # 8k_1997_homehealthcorpofameric_2.txt as filed: PR Newswire's joint dateline still reads
    # its first place and the date (the Business Wire spellings above must agree with it).
    text = _raw(_HHCA)
    release = _parse(text, _HHCA)["press_releases"][0]
    assert release["dateline"] == {
        "city": "KING OF PRUSSIA", "state": "Pa.", "date": "1997-09-29",
    }


def _without_pem(text: str) -> str:
    start = text.index("<SEC-DOCUMENT>")
    return text[start:text.rindex("-----END PRIVACY")]


def test_pem_wrapper_dropped_keeps_document_fields() -> None:
    # 8k_1998_homehealthcorpofameric_2.txt, edited: the PEM wrapper (as 1993-2001 files
    # carry it) removed, as later copies of the same submission are served. The document's
    # items, release and signatures do not change.
    name = "8k_1998_homehealthcorpofameric_2.txt"
    text = _raw(name)
    assert text.startswith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----")
    old, new = _parse(text, name), _parse(_without_pem(text), name)
    for key in ("items", "signatures", "exhibits", "registrants", "report_date"):
        assert new[key] == old[key], key
    assert [p["headline"] for p in new["press_releases"]] == [
        "HHCA UPDATES STATUS OF RESTRUCTURING AND IMPLEMENTATION OF COST REDUCTION INITIATIVES"
    ]
