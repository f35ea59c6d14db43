"""No input makes `parse` crash, hang or blow up (SPEC.md: "No input makes the program crash").

- property test: random bytes and mutated real filings either give a full record that
  serialises, or raise ConvertError; nothing else.
- linear time: adversarial inputs at n and 8n bytes; 8x the input may cost at most ~20x the
  time (generous for noise); every run is capped by running it in a killable child.
- a ~20 MB synthetic submission converts in bounded time and memory.
"""

from __future__ import annotations

import gc
import multiprocessing
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filing2json.parsers import parse
from filing2json.parsers.errors import ConvertError
from filing2json.parsers.forms.header_fields import _NAME_TAG
from filing2json.parsers.sections.cover_address import cut_phone
from filing2json.parsers.sections.cover_table import _ROW
from filing2json.parsers.sections.exhibits import _IN_PROSE
from filing2json.parsers.sections.explanatory_note import _ITEM_OR_PART, find_explanatory_note
from filing2json.parsers.sections.form_signatures import form_signatures
from filing2json.parsers.sections.press_about import _BACKGROUND_HEADING
from filing2json.parsers.sections.press_contact_columns import (
    DASHED_OR,
    _cells,
    _person_between,
)
from filing2json.parsers.sections.press_contact_records import _cut_respectively
from filing2json.parsers.sections.press_contact_vocab import ALL_OF, WEB_SITE_TRAILER
from filing2json.parsers.sections.press_dateline import match_dateline
from filing2json.parsers.sections.press_parts import _is_listing, date_line
from filing2json.parsers.sections.press_patterns import (
    ABOUT_HEADING,
    HEAD_NOTE,
    HIGHLIGHTS_HEADING,
    PROFILE_HEADING,
)
from filing2json.parsers.sections.press_quote_who import _ROLE_END
from filing2json.parsers.sections.press_quotes import _role_after
from filing2json.parsers.sections.press_releases import release_date_in
from filing2json.parsers.sections.press_text import _SPACED_RUN
from filing2json.parsers.sections.press_tickers import find_tickers
from support import FILINGS, REPO, validate

SAMPLE = REPO / "samples" / "000_af6957f9859c0735.txt"
SPEC_KEYS = ["schema_version", "source", "shape", "form_type", "is_amendment", "explanatory_note",
             "accession_number", "filed_date", "report_date", "event_date", "header",
             "registrants", "securities", "items", "exhibits", "documents", "press_releases",
             "signatures", "warnings"]

# Small real filings of every shape: bare 8-K text, PEM and IMS submissions, .nc feeds (one
# with lone CR line ends), a Form 4, bare HTML, an HTML submission.
BASE_NAMES = [
    "8k_1994_unioncampcorp_1.txt", "8k_1999_applecomputerinc_1.txt",
    "4_2025_jeanclaudecarinelamerc_1.txt", "10qa_1997_applecomputerinc_1.txt",
    "8k_2005_exeloncorp_1.txt", "abs15g_2025_veroscreditllc_1.txt",
    "8k_2004_searsroebuckandco_2.txt", "corresp_2005_alltelcorp_1.txt",
    "4_2024_mcguirkrichardl_1.txt",
]
BASES = [SAMPLE.read_bytes()] + [(FILINGS / n).read_bytes() for n in BASE_NAMES]
TAGS = [b"<DOCUMENT>", b"</DOCUMENT>", b"<TEXT>", b"</TEXT>", b"<SEC-HEADER>", b"</SEC-HEADER>",
        b"<TYPE>8-K\n", b"<SEQUENCE>x\n", b"Item 5.", b"ITEM 2.01 ", b"Item 9.01\n", b"<html>",
        b"<PDF>", b"begin 644 a.jpg\n", b"<SUBMISSION>", b"<FILER>", b"\n\tCOMPANY DATA:\n",
        b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n", b"\x00", b"\r", b"\xef\xbb\xbf",
        b"\x93", b"SIGNATURES\n", b"EXHIBIT 99.1\n", b"FOR IMMEDIATE RELEASE\n", b'"', b"<",
        b"Date of Report (Date of earliest event reported): ", b"FILED AS OF DATE:\t2024",
        b"<XBRL>", b"<ix:nonNumeric name='dei:DocumentType'>", b"Contact:", b"\t", b"\n\n\n"]


@st.composite
def mutated_filing(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BASES)))
    ops = st.tuples(st.sampled_from(["slice", "flip", "insert", "truncate", "delete"]),
                    st.integers(0, 1 << 20), st.integers(0, 1 << 20), st.sampled_from(TAGS))
    for op, a, b, tag in draw(st.lists(ops, max_size=6)):
        n = len(data) or 1
        i, j = sorted((a % n, b % n))
        if op == "slice":
            data = data[i:j + 1]
        elif op == "flip":
            for k in range(i, min(j, i + 16)):
                data[k] ^= 0xFF
        elif op == "insert":
            data[i:i] = tag * (1 + b % 3)
        elif op == "truncate":
            del data[i:]
        else:
            del data[i:j]
    return bytes(data)


def check_record_or_convert_error(data: bytes) -> None:
    try:
        record = parse(data, "fuzz.txt")
    except ConvertError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(record, dict)
    assert list(record) == SPEC_KEYS
    validate(record)  # a fuzzed record still matches `filing2json schema`
    assert record["source"]["bytes"] == len(data)
    for key in ("registrants", "securities", "items", "exhibits", "documents",
                "press_releases", "signatures", "warnings"):
        assert isinstance(record[key], list), key
    orjson.dumps(record)  # the CLI must be able to print it


@settings(max_examples=150, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.one_of(st.binary(max_size=4096), mutated_filing(), mutated_filing()))
def test_any_bytes_give_a_record_or_a_convert_error(data: bytes) -> None:
    check_record_or_convert_error(data)


UNION_CAMP = (FILINGS / "8k_1994_unioncampcorp_1.txt").read_bytes()
ODD_HEADERS = {  # header blocks of unexpected shapes, found by the property test
    "filer_without_block": b"<SEC-DOCUMENT>\nFILER:\x01",
    "company_data_twice": UNION_CAMP.replace(b"FILER:\n", b"FILER:\n\tCOMPANY DATA:\n\n", 1),
    "filer_twice_empty": UNION_CAMP.replace(b"FILER:\n", b"FILER:\nFILER:\n", 1),
    "street_twice": UNION_CAMP.replace(b"\t\tSTREET 1:", b"\t\tSTREET 1:\tA\n\t\tSTREET 1:", 1),
    "feed_filer_nested": b"<SUBMISSION>\n<TYPE>8-K\n<FILER><FILER>\n<COMPANY-DATA>\n</FILER>\n",
}


@pytest.mark.parametrize("case", sorted(ODD_HEADERS))
def test_odd_header_shapes(case: str) -> None:
    check_record_or_convert_error(ODD_HEADERS[case])


@pytest.mark.parametrize("base", range(len(BASES)))
def test_every_prefix_cut_of_real_filings(base: int) -> None:
    data = BASES[base]
    for cut in range(0, len(data), max(1, len(data) // 12)):
        check_record_or_convert_error(data[:cut])


# --- linear time ------------------------------------------------------------------------------

PREFIX = SAMPLE.read_bytes()  # a real 8-K first, so every detector runs over what follows
HTML_8K = (FILINGS / "8k_2016_sophirisbioinc_1.htm").read_bytes()
HEADER = (b"<SEC-DOCUMENT>x.txt : 20240102\n<SEC-HEADER>x.hdr.sgml : 20240102\n"
          b"ACCESSION NUMBER:\t\t0000000000-24-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n")

# where the sample's headline starts: a line put here is read as part of the release's head
HEAD_AT = PREFIX.index(b"CTC COMMUNICATIONS ANNOUNCES")

ADVERSARIAL: dict[str, Callable[[int], bytes]] = {
    "spaces": lambda n: PREFIX + b" " * n + b"x\n",
    "item_words": lambda n: PREFIX + b"Item " * (n // 5),
    "item_lines": lambda n: PREFIX + b"Item 5. Other Events\n" * (n // 21),
    "unclosed_lt": lambda n: PREFIX + b"<" * n,
    "unclosed_tags": lambda n: PREFIX + b"<TEXT a=" * (n // 8),
    "documents": lambda n: PREFIX + b"<DOCUMENT>\n" * (n // 11),
    "document_blocks": lambda n: HEADER + b"<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n" * (n // 29),
    "header_blocks": lambda n: HEADER + b"FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:"
                                        b"\tX\n" * (n // 60),
    "long_line": lambda n: PREFIX + b"word, " * (n // 6),
    "quotes": lambda n: PREFIX + b'"He said \'we "will \xe2\x80\x9cgrow ' * (n // 30),
    "contacts": lambda n: PREFIX + b"FOR IMMEDIATE RELEASE\nContact: A (555) 555-1212\n"
                                   * (n // 48),
    "blank_lines": lambda n: PREFIX + b"\n" * n + b"SIGNATURES\n",
    # a letterhead's two names a run of blanks apart, above the headline (each dateline
    # spelling is tried on it; one split its blanks at every point: 160,000 took 15 s; past
    # 800,000 blanks the line is read as no head at all, hence n // 10)
    "letterhead_blanks": lambda n: PREFIX[:HEAD_AT] + b"ASTA FUNDING, INC." + b" " * (n // 10)
                                   + b"WOLFE AXELROD\n" + PREFIX[HEAD_AT:],
    "dashes": lambda n: PREFIX + (b"-" * 79 + b"\n") * (n // 80),
    "nested_html": lambda n: b"<html><body>" + b"<div><b>" * (n // 8) + b"Item 8.01",
    "html_cells": lambda n: HTML_8K + b"<table>" + b"<tr><td>Item 2.02</td></tr>" * (n // 26),
    # (found by fuzzing: libxml2 checks its open elements for each <body> and each stray end
    # tag, so past the depth limit the rendering must stop reading, not only stop listening)
    "html_body_in_fonts": lambda n: b"<html><body><font><font><font>x" * (n // 32),
    "html_stray_end_tags": lambda n: b"<html><body>" + b"<font>x</p>" * (n // 11),
    # a row of thousands of signed cells (each compared with every other, once)
    "signed_cells": lambda n: b"<html><body><p>FORM 8-K</p><p>Item 8.01 Other Events</p>"
                              b"<p>Text.</p><p>SIGNATURES</p><table><tr><td>"
                              + b"<p>/s/ Peter Slover</p></td>" * (n // 28)
                              + b"</tr></table></body></html>",
    # a signer's line of endless words (a name typed twice was looked for at every length)
    "signer_words": lambda n: PREFIX + b"\nSIGNATURES\n\nACME CORP.\n\nBy: /s/ Jane Doe "
                              + b"as " * (n // 3) + b"\n",
    # (found by fuzzing: a heading's blanks before its colon and before the line's end split
    # at every point; 16,000 blanks inside "SIGNATURE   S" took 4.5 s)
    "signature_heading_blanks": lambda n: PREFIX + b"\nSIGNATURE" + b" " * (n // 10) + b"S\n",
    # (found by fuzzing: an exchange's bracket held open by blanks, each split between the
    # blanks before a colon and after it; 8,000 blanks took 2.5 s)
    # (found by fuzzing: each form feed made an empty page that every page-furniture pass
    # read again, ~60 us each; 336,000 of them took 23 s)
    "form_feeds": lambda n: PREFIX[:HEAD_AT] + b"\f" * n + PREFIX[HEAD_AT:],
    "ticker_bracket_blanks": lambda n: PREFIX[:HEAD_AT] + b"Acme Corp. (NYSE" + b" " * (n // 10)
                                       + b"x)\n" + PREFIX[HEAD_AT:],
    # (found by fuzzing: each line a header value spills onto copied the value so far;
    # 160,000 lines of "-" under "ITEM INFORMATION:" took 23.6 s in the header reader)
    "header_spilled_lines": lambda n: HEADER + b"ITEM INFORMATION:\t\tOther Events\n"
                                      + b"-\n" * (n // 2) + b"</SEC-HEADER>\n",
    # (a check of round 43's new code: a listing read inside a word ("RELEASE" over "NYSE:")
    # was read again through every later listing also inside a word, for each of them;
    # 16,000 characters of "CASE: A " took 2.2 s)
    "listings_in_words": lambda n: PREFIX[:HEAD_AT] + b"CASE: A " * (n // 80) + b"\n"
                                   + PREFIX[HEAD_AT:],
}

# inputs a fuzzer cut from real filings that raised an exception
FUZZED = {
    # an address cell holding only a zip (Atrinsic 2016's cover less its street row): the
    # zip cut, no part of the address was left (IndexError)
    "zip_only_address_cell": b"<d>19803<c><br>Principal Executive Office</div>",
}


@pytest.mark.parametrize("case", sorted(FUZZED))
def test_fuzzed_inputs(case: str) -> None:
    check_record_or_convert_error(FUZZED[case])

# documents whose numbers Python's int() refuses (found by fuzzing)
ODD_DOCUMENTS = {
    "superscript_sequence": HEADER + "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>\u00b2\n<TEXT>\nx\n"
                                     "</TEXT>\n</DOCUMENT>\n".encode(),
    "long_sequence": HEADER + b"<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>" + b"1" * 5000
                            + b"\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n",
    "long_exhibit_number": HEADER + b"<DOCUMENT>\n<TYPE>EX-" + b"9" * 5000
                                  + b"\n<SEQUENCE>1\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n",
}


@pytest.mark.parametrize("case", sorted(ODD_DOCUMENTS))
def test_odd_document_numbers(case: str) -> None:
    check_record_or_convert_error(ODD_DOCUMENTS[case])

SMALL = 100_000  # large enough that a quadratic step shows over the linear work
# Wall-clock seconds a child may take before it counts as hung: the 800 KB html_cells input
# takes ~2.5 s of CPU, over 25 s of wall clock at load 18 on two cores (round 73's helpers)
TIME_CAP = 60.0


# CPU seconds, not wall-clock: on a loaded machine a longer run is preempted more often, so
# wall-clock ratios of a linear step passed 20 (contact_cells_tabs: 1.4 ms -> 80 ms at load 16)
def _child(send, data: bytes) -> None:
    # (the parent's heap, after thousands of tests, is the child's too: a full collection set
    # off by the big input would walk it all and charge the parse for it; frozen, it is not
    # walked)
    gc.freeze()
    start = time.process_time()
    try:
        parse(data, "adversarial.txt")
        outcome = "record"
    except ConvertError:
        outcome = "convert-error"
    except BaseException as exc:  # reported to the parent as a failure
        outcome = f"{type(exc).__name__}: {exc}"[:300]
    send.send((time.process_time() - start, outcome))


def timed_parse(data: bytes) -> tuple[float, str]:
    """Seconds one parse takes, in a forked child killed after TIME_CAP."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, data))
    proc.start()
    try:
        if not recv.poll(TIME_CAP):
            raise AssertionError(f"parse of {len(data)} bytes took over {TIME_CAP} s")
        return recv.recv()
    finally:
        proc.kill()
        proc.join()


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    # Children inherit what the parent imported and compiled: time parsing, not imports.
    for data in (PREFIX, HTML_8K, HEADER + b"<DOCUMENT>\n<TEXT>\nx\n"):
        try:
            parse(data)
        except ConvertError:
            pass


@pytest.mark.parametrize("case", sorted(ADVERSARIAL))
def test_adversarial_inputs_parse_in_linear_time(case: str) -> None:
    make = ADVERSARIAL[case]
    for runs in (3, 6, 12):  # a ratio past the bound is measured again, longer: a shared machine
        small = min(timed_parse(make(SMALL)) for _ in range(runs))  # can stall one child; a
        big = min(timed_parse(make(8 * SMALL)) for _ in range(runs))  # quadratic step fails all
        for _, outcome in (small, big):
            assert outcome in ("record", "convert-error"), outcome
        ratio = big[0] / max(small[0], 0.002)
        if ratio < 20:
            break
    assert ratio < 20, f"{case}: {small[0]:.4f} s -> {big[0]:.4f} s for 8x the input"


def _helper_seconds(fn: Callable[[str], object], text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def _form_signatures(text: str) -> object:
    return form_signatures(text, text, None)


# Line-level helpers that search (not match) their line: runs of the characters their patterns
# open with must not be rescanned from each character.
HELPER_INPUTS: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    "cut_phone_commas": (cut_phone, lambda n: "," * n + "x"),
    "cut_phone_spaces": (cut_phone, lambda n: " " * n + "Telephone x"),
    "release_date_words": (release_date_in, lambda n: "press release on " * (n // 17)),
    "dateline_letterhead_blanks": (
        match_dateline, lambda n: "ASTA FUNDING, INC." + " " * n + "WOLFE AXELROD"),
    # (found by a scan of every pattern: two blank runs either side of an optional mark split
    # the blanks at every point; each line below took minutes at 100,000 blanks)
    "release_label_blanks": (date_line, lambda n: "RELEASED" + " " * n + "x 1"),
    "listing_blanks": (_is_listing, lambda n: "(NASDAQ: ASFI" + " " * n + "!"),
    "role_after_comma_tabs": (
        lambda s: _role_after(s, "John Smith", 10), lambda n: "John Smith," + "\t" * n + "x"),
    "explanatory_heading_blanks": (
        lambda s: find_explanatory_note(s, None, True), lambda n: " " * n + "x EXPLANATORY NOTE"),
    # the Form 3/4/5 and 13F signature readers (the whole text is their "line")
    "owner_signature_openers": (_form_signatures, lambda n: "<ownerSignature>" * (n // 16)),
    "owner_signature_unclosed": (
        _form_signatures, lambda n: "<ownerSignature><signatureName>/s/ A B, " * (n // 40)),
    "reporting_person_captions": (
        _form_signatures,
        lambda n: "Signature of Reporting Person /s/ Ann Bo 3/13/00\n" * (n // 48)),
    "signing_13f_captions": (
        _form_signatures,
        lambda n: "Signature, Place, and Date of Signing:\nName: Ann Bo\n" * (n // 52)),
    # headings and trailers closed by "[ \t]*:?[ \t]*$", whose two blank runs split a line's
    # trailing blanks at every point (found by a sweep after fuzzing: "About Acme" and 16,000
    # blanks took 61 s; hence shorter runs here)
    "about_heading_blanks": (ABOUT_HEADING.match, lambda n: "About Acme" + " " * (n // 50) + "x"),
    "profile_heading_blanks": (
        PROFILE_HEADING.match, lambda n: "Acme Profile" + " " * (n // 10) + "x"),
    "background_heading_blanks": (
        _BACKGROUND_HEADING.match, lambda n: "Acme Background" + " " * (n // 10) + "x"),
    # (a static sweep of every pattern for two blank runs that can split one run, then timed:
    # "Exhibit 99" and 16,000 tabs took 24 s; the others 0.1-0.4 s at 8,000 blanks)
    "exhibit_in_prose_tabs": (
        lambda s: list(_IN_PROSE.finditer(s)), lambda n: "Exhibit 99" + "\t" * (n // 50) + "!"),
    "item_or_part_blanks": (_ITEM_OR_PART.match, lambda n: "PART IV" + "\t" * (n // 25) + "x"),
    "registrant_row_blanks": (_ROW.match, lambda n: "1-2345 A" + " " * (n // 25) + "x"),
    "highlights_heading_blanks": (
        HIGHLIGHTS_HEADING.match, lambda n: "Highlights" + " " * (n // 25) + ")"),
    "head_note_blanks": (
        HEAD_NOTE.match, lambda n: "(All amounts in thousands of dollars" + " " * (n // 25) + "x"),
    # (found by fuzzing the header: blanks inside a conformed name that ends in EDGAR's tag)
    "name_tag_blanks": (
        lambda s: _NAME_TAG.sub("", s), lambda n: "ACME" + " " * (n // 50) + "x /DE/"),
    "web_site_trailer_blanks": (
        WEB_SITE_TRAILER.match, lambda n: " /website: www.x.com" + " " * (n // 10) + "x"),
    # (a role's closing words, searched: each blank of a run was a start that rescanned the
    # rest of the run; 16,000 blanks before "x today" took 1.2 s)
    "role_end_blanks": (_ROLE_END.search, lambda n: "CEO" + " " * (n // 10) + "x today"),
    # (found by timing every pattern: a contact's firm after "both of", each blank a start;
    # 16,000 tabs took 2.6 s)
    "all_of_tabs": (ALL_OF.search, lambda n: "Jane Doe, Acme" + "\t" * (n // 10) + "\n"),
    # (found by timing every new pattern: the blanks before a next person's job or firm, each
    # blank a start that rescanned the rest of the run; 16,000 tabs took 2.1 s)
    "or_name_blanks": (_person_between, lambda n: "or John" + "\t" * (n // 10) + "x"),
    # (found by timing contact lines through parse: each cell's column came from expanding the
    # whole line before it; 8,888 tab-separated cells took 1.4 s, 1,111 took 32 ms)
    "contact_cells_tabs": (_cells, lambda n: "Jane Doe\t" * (n // 90)),
    # (as "listings_in_words" above; and each "Symbol:" listing was tested against every
    # listing found before it: 64,000 characters took 0.33 s)
    "listings_in_words": (find_tickers, lambda n: "CASE: A " * (n // 80)),
    "symbol_first_listings": (find_tickers, lambda n: "NYSE: A Symbol: B (NYSE) " * (n // 25)),
    # (found by timing round 45's new patterns: each was tried again from every character of
    # a run it opens with; 8,000 " and"s before no "respectively" took 3 s, 8,000 blanks
    # before "-or-" 20 ms, 8,000 line breaks 10 ms)
    "respectively_conjunctions": (
        _cut_respectively, lambda n: " and" * (n // 200) + " x respectively"),
    "dashed_or_blanks": (lambda s: DASHED_OR.sub(", or ", s),
                         lambda n: " " * (n // 20) + "x -or- John"),
    "double_spaced_breaks": (lambda s: list(_SPACED_RUN.finditer(s)),
                             lambda n: "\n" * (n // 20) + "x"),
}


@pytest.mark.parametrize("case", sorted(HELPER_INPUTS))
def test_line_helpers_run_in_linear_time(case: str) -> None:
    fn, make = HELPER_INPUTS[case]
    # a 2 ms floor under the small run: a millisecond's stall is not a ratio, and a quadratic
    # step at 100,000 characters takes seconds
    for runs in (3, 8, 16):  # as above: a ratio past the bound is measured again, longer, since a
        small = _helper_seconds(fn, make(SMALL), runs)  # busy machine can stall one run; a
        big = _helper_seconds(fn, make(8 * SMALL), runs)  # quadratic step (ratio ~64) fails all
        if big / max(small, 0.002) < 20:
            break
    assert big / max(small, 0.002) < 20, f"{case}: {small:.4f} s -> {big:.4f} s"


# --- a large file --------------------------------------------------------------------------

def large_submission(path: Path, size: int = 20_000_000) -> int:
    """A real 8-K submission grown to `size`: a ~10 MB EX-99 press release plus many exhibits."""
    src = (FILINGS / "8k_2004_searsroebuckandco_1.txt").read_bytes()
    docs = list(re.finditer(rb"<DOCUMENT>.*?</DOCUMENT>\n", src, re.S))
    ex = docs[1].group(0)
    t0, t1 = ex.index(b"<TEXT>\n") + 7, ex.rindex(b"</TEXT>")
    parts = [src[: docs[1].start()], ex[:t0] + ex[t0:t1] * (size // 2 // (t1 - t0)) + ex[t1:]]
    seq, total = 3, sum(map(len, parts))
    while total < size:
        part = ex.replace(b"<SEQUENCE>2", b"<SEQUENCE>%d" % seq)
        parts.append(part)
        total, seq = total + len(part), seq + 1
    parts.append(src[src.rindex(b"</SEC-DOCUMENT>"):])
    path.write_bytes(b"".join(parts))
    return seq - 1


MEASURE = """
import resource, sys, time
from filing2json.parsers import parse
data = open(sys.argv[1], "rb").read()
parse(open(sys.argv[2], "rb").read())  # warm: imports and compiled patterns
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
record = parse(data, sys.argv[1])
took = time.perf_counter() - start
grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
print(took, grew * 1024, len(record["documents"]), record["form_type"])
"""


def test_a_20_mb_submission_converts_in_bounded_time_and_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    documents = large_submission(path)
    size = path.stat().st_size
    res = subprocess.run([sys.executable, "-c", MEASURE, str(path), str(SAMPLE)],
                         capture_output=True, timeout=120, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    took, grew, docs, form = res.stdout.split()
    assert (int(docs), form) == (documents, "8-K")
    assert float(took) < 60, f"{size / 1e6:.0f} MB took {float(took):.1f} s"
    assert int(grew) < 10 * size, f"RSS grew {int(grew) / 1e6:.0f} MB for {size / 1e6:.0f} MB"
