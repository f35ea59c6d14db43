"""Signature blocks of round 53: a registrant signing under a trade name ("d/b/a"), a company
named only after "By:" over its signer, and an attorney-in-fact's title naming whom he signs
for."""

from __future__ import annotations

import time

from filing2json.parsers.sections.signature_registrants import dba_at
from support import CTC_DATED as _DATED
from support import CTC_JDP as _JDP
from support import CTC_PITTENGER as _PITTENGER
from support import ctc_signatures as _ctc
from support import page_america_signer as _page_america

_CTC = "CTC COMMUNICATIONS GROUP, INC."
_AT = "                  "  # (the indent of CTC's registrant line)


def test_registrant_doing_business_as() -> None:
    # sample 000 (CTC Communications 8-K, August 2000) edited: the registrant signs under the
    # name it trades as, after "d/b/a" (retail and restaurant filers print it so); in mixed
    # case or with "dba" the line was passed over for the cover's name, and a "d/b/a" line
    # under the name was dropped: the name as signed is kept whole
    for lines, name in (
            ("ACME FOODS, INC. d/b/a ACME MARKETS", "ACME FOODS, INC. d/b/a ACME MARKETS"),
            ("Acme Foods, Inc. d/b/a Acme Markets", "Acme Foods, Inc. d/b/a Acme Markets"),
            ("ACME FOODS, INC. dba ACME MARKETS", "ACME FOODS, INC. dba ACME MARKETS"),
            ("Acme Foods, Inc. (d/b/a Acme Markets)", "Acme Foods, Inc. (d/b/a Acme Markets)"),
            (f"ACME FOODS, INC.\n{_AT}d/b/a ACME MARKETS", "ACME FOODS, INC. d/b/a ACME MARKETS"),
            (f"ACME FOODS, INC.\n\n{_AT}D/B/A ACME MARKETS", "ACME FOODS, INC. D/B/A ACME MARKETS"),
            (f"Acme Foods, Inc.\n{_AT}doing business as Acme Markets",
             "Acme Foods, Inc. doing business as Acme Markets")):
        assert _ctc(f"{_AT}{lines}\n" + _PITTENGER + _DATED) == [(name, *_JDP)], lines
    # (a trade name with no company's name before it is no registrant: the cover's is kept)
    assert _ctc(f"{_AT}d/b/a Acme Markets\n" + _PITTENGER + _DATED) == [(_CTC, *_JDP)]


def test_company_named_only_after_by() -> None:
    # sample 000 edited: the company signs as "By: <its name>" over its officer's "By: /s/"
    # (a parent or general partner signing in its own name, no registrant's line over it);
    # the cover's name stood in for the one signed
    for line, name in (("By: ACME FOODS, INC.", "ACME FOODS, INC."),
                       ("By:    Acme Holdings, L.P.", "Acme Holdings, L.P."),
                       ("BY: ACME FOODS CORPORATION", "ACME FOODS CORPORATION")):
        assert _ctc(f"{_AT}{line}\n" + _PITTENGER + _DATED) == [(name, *_JDP)], line
    # (one that says it signs for another, on its line or the next, signs for the filer; a
    # name over it is the registrant)
    for lines in ("By: ACME GP, INC., its general partner",
                  f"By: ACME GP, INC.,\n{_AT}its general partner",
                  f"By: ACME GP, INC.\n{_AT}as General Partner"):
        assert _ctc(f"{_AT}{lines}\n" + _PITTENGER + _DATED) == [(_CTC, *_JDP)], lines
    assert _ctc(f"{_AT}ACME PARTNERS, L.P.\n\n{_AT}By: ACME FOODS, INC.\n" + _PITTENGER
                + _DATED) == [("ACME PARTNERS, L.P.", *_JDP)]


def test_attorney_in_fact_for_the_persons_indicated() -> None:
    # Page America Group's S-3/A of May 1995 (a corpus filing) edited: the attorney's
    # capacity names whom he signs for, as 10-K and S-8 tables print it; the title kept it
    # all, where "Attorney-in-Fact" alone is the capacity (as after "pursuant to powers of
    # attorney previously filed"), spelt as printed
    for lines, title in (
            ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell,\n"
             "    Attorney-in-Fact for the persons indicated\n", "Attorney-in-Fact"),
            ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell, as Attorney-in-Fact\n"
             "    for the persons indicated\n", "Attorney-in-Fact"),
            ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell\n"
             "    attorney-in-fact on behalf of each of the above\n", "attorney-in-fact")):
        assert _page_america(lines) == ("Martin H. Neidell", title, "1995-05-25"), lines
    # (an office after the capacity stays: "attorney-in-fact, Director")
    assert _page_america("*By:/s/ Martin H. Neidell\n    Martin H. Neidell,\n"
                         "    attorney-in-fact, Director\n")[1] == "attorney-in-fact, Director"


def test_trade_name_search_is_linear() -> None:
    # the trade-name test runs on lines of the block: long runs of its near-misses stay fast
    for text in ("d/b" * 70_000, "(dba" * 50_000 + "x", "doing business " * 14_000 + "a"):
        start = time.process_time()
        dba_at(text)
        assert time.process_time() - start < 5.0  # (quadratic: minutes)
    block = f"{_AT}ACME FOODS, INC.\n{_AT}" + "d/b/" * 50_000 + "\n"
    start = time.process_time()
    _ctc(block + _PITTENGER + _DATED)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
