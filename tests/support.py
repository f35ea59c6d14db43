"""Shared helpers for the tests: where the real data is, and one validated conversion."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from filing2json.parsers import parse
from filing2json.parsers.schema import record_schema
from filing2json.parsers.sections.press_release import parse_press_release

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
CORPUS = REPO.parent / "shared" / "corpus"
FILINGS = CORPUS / "filings"
SEEDS = CORPUS / "seeds"
# the files themselves, sorted: the four seeds, and the corpus filings less MANIFEST.tsv
SEED_FILES = sorted(SEEDS.iterdir())
FILING_FILES = sorted(p for p in FILINGS.iterdir() if p.suffix != ".tsv")

_VALIDATOR = jsonschema.Draft202012Validator(record_schema())


def validate(record: dict[str, Any]) -> dict[str, Any]:
    """Every record a test produces must match `filing2json schema`."""
    errors = sorted(_VALIDATOR.iter_errors(record), key=lambda e: list(e.path))
    assert not errors, f"{record['source']['path']}: {errors[0].message} at {list(errors[0].path)}"
    return record


@cache
def _convert(path: str, keep_text: bool) -> dict[str, Any]:
    return validate(parse(Path(path).read_bytes(), path, keep_text=keep_text))


def convert(path: Path | str, keep_text: bool = True) -> dict[str, Any]:
    """The validated record of a file (cached: records are not mutated by tests)."""
    return _convert(str(path), keep_text)


def filing(name: str) -> dict[str, Any]:
    return convert(FILINGS / name)


def sample(prefix: str) -> dict[str, Any]:
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return convert(path)


def submission(main: str, *exhibits: tuple[str, str], accession: str = "0000950123-97-004321",
               filed: str = "19971001") -> bytes:
    """An 8-K submission built around real report text: the header, the report as document 1,
    then each (type, text) exhibit as a document of its own."""
    docs = [("8-K", main), *exhibits]
    parts = [f"<SEC-DOCUMENT>{accession}.txt : {filed}\n"
             f"<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
             f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t8-K\n"
             f"PUBLIC DOCUMENT COUNT:\t\t{len(docs)}\nFILED AS OF DATE:\t\t{filed}\n"
             "</SEC-HEADER>\n"]
    for sequence, (doc_type, text) in enumerate(docs, 1):
        parts.append(f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n<TEXT>\n{text}\n"
                     "</TEXT>\n</DOCUMENT>\n")
    return ("".join(parts) + "</SEC-DOCUMENT>\n").encode()


def release_of(text: str, filed: str | None = None) -> dict[str, Any]:
    """The first press release of an EX-99.1's text; failing the test when none is found."""
    found = parse_press_release(text, "EX-99.1", filed)
    assert found is not None
    return found


# A plain-text 8-K's title, printed above the cover a test writes
EIGHT_K_TITLE = """
                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

"""


def cover_record(cover: str, item: str) -> dict[str, Any]:
    """The validated record of an 8-K made of the title, a test's cover and one item."""
    return validate(parse(submission(EIGHT_K_TITLE + cover + item), "cover.txt"))


def form_record(form: str, text: str, filed: str) -> dict[str, Any]:
    """The record of a one-document submission of `form` (its cover and text as `text`),
    filed `filed` (YYYYMMDD), checked against the schema."""
    accession = "0000950123-97-004321"
    doc = (f"<SEC-DOCUMENT>{accession}.txt : {filed}\n<SEC-HEADER>{accession}.hdr.sgml : "
           f"{filed}\nACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
           f"PUBLIC DOCUMENT COUNT:\t\t1\nFILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n"
           f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n{text}\n</TEXT>\n</DOCUMENT>\n"
           "</SEC-DOCUMENT>\n")
    return validate(parse(doc.encode(), "cover.txt"))


def filer_submission(text: str, form: str, names: tuple[str, ...], *, accession: str,
                     filed: str, period: str, cik_stem: str, html: bool = False) -> bytes:
    """A one-document submission of `form` whose header names each of `names` as a FILER (CIK
    `cik_stem` + its index), the document `text` (wrapped in <html><body> when `html`)."""
    filers = "".join(
        f"FILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n"
        f"\t\tCENTRAL INDEX KEY:\t\t\t{cik_stem}{k}\n\n" for k, name in enumerate(names))
    header = (f"<SEC-DOCUMENT>{accession}.txt : {filed}\n"
              f"<SEC-HEADER>{accession}.hdr.sgml : {filed}\n"
              f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\n"
              f"PUBLIC DOCUMENT COUNT:\t\t1\nCONFORMED PERIOD OF REPORT:\t{period}\n"
              f"FILED AS OF DATE:\t\t{filed}\n{filers}</SEC-HEADER>\n")
    name = "d.htm" if html else "d.txt"
    body = f"<html><body>{text}</body></html>" if html else text
    return (header + f"<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<FILENAME>{name}\n<TEXT>\n"
            f"{body}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n").encode()


def text_record(text: str, name: str = "cover.txt") -> dict[str, Any]:
    """The validated record of a filing's text as given (no envelope built around it)."""
    return validate(parse(text.encode(), name))


# Meta Platforms' 2025 8-K (a corpus filing) with its iXBRL tags taken out (an HTML cover as
# 2019-2020 printed it, before the inline tags): the 12(b) rounds re-type its one row.
_META_ROW = re.compile(r'<tr><td colspan="3" style="padding:2px 1pt;text-align:center;'
                       r'vertical-align:bottom">.*?</tr>(?=</table>)')
NASDAQ = "The Nasdaq Stock Market LLC"


@cache
def meta_body() -> str:
    meta = (FILINGS / "8k_2025_metaplatformsinc_1.txt").read_text(encoding="utf-8")
    body = meta[meta.index("<body>") : meta.index("</html>") + 7]
    body = re.sub(r'<div style="display:none"><ix:header>.*?</ix:header></div>', "", body,
                  flags=re.S)
    return re.sub(r"</?ix:[^>]*>", "", body)


def _meta_cell(text: str) -> str:
    return f'<td colspan="3" style="padding:2px 1pt;text-align:center">{text}</td>'


def meta_with_row(title: str, symbol: str, exchange: str, body: str | None = None
                  ) -> list[tuple]:
    """The securities read from Meta's cover (or ``body``) with its 12(b) row as given."""
    gap = '<td colspan="3" style="padding:0 1pt"/>'
    row = f"<tr>{_meta_cell(title)}{gap}{_meta_cell(symbol)}{gap}{_meta_cell(exchange)}</tr>"
    record = text_record("<html><head><title>8-K</title></head>"
                         + _META_ROW.sub(lambda _: row, body or meta_body(), count=1),
                         "meta.htm")
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


# The CTC Communications sample 8-K (2000) and its signature block, re-typed by the signature
# rounds' tests as other filers print theirs
CTC_SAMPLE = (SAMPLES / "000_af6957f9859c0735.txt").read_text()
CTC_SIGNATURE_BLOCK = """                  CTC COMMUNICATIONS GROUP, INC.

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000"""

# the signer block the signature rounds type into sample 000 in place of CTC's own, its dated
# line, and the signer's (name, title, date) that block gives
CTC_PITTENGER = """
                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 President
"""
CTC_DATED = "\nDated: August 3, 2000"
CTC_JDP = ("John D. Pittenger", "President", "2000-08-03")


def ctc_signatures(block: str) -> list[tuple[Any, ...]]:
    """Sample 000 (CTC Communications 8-K, August 2000) with its signature block replaced:
    (registrant, name, title, date) of each signature."""
    assert CTC_SIGNATURE_BLOCK in CTC_SAMPLE
    data = CTC_SAMPLE.replace(CTC_SIGNATURE_BLOCK, block).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "000.txt")["signatures"]]


# the attorney's lines of Page America Group's S-3/A of May 1995 (a corpus filing), which the
# signature rounds re-word
PAGE_AMERICA_ATTORNEY = """*By:/s/ Martin H. Neidell
    Martin H. Neidell,
    attorney-in-fact
"""


def page_america_signer(lines: str) -> tuple[Any, ...]:
    """(name, title, date) of the last signer of Page America's S-3/A, its attorney's lines
    replaced by `lines`."""
    path = FILINGS / "s3a_1995_pageamericagroupinc_1.txt"
    text = path.read_text()
    assert PAGE_AMERICA_ATTORNEY in text
    last = parse(text.replace(PAGE_AMERICA_ATTORNEY, lines).encode(), path.name)["signatures"][-1]
    return last["name"], last["title"], last["date"]


# Southern Company's 2007 8-K (a corpus filing), whose exhibit table the HTML rounds re-type as
# paragraphs, and the gap Word prints after a numbered paragraph's number
SOUTHERN = "8k_2007_southernco_2.txt"
# a row of the filing's exhibit table: "Exhibit 99.01" | "Press Release."
SOUTHERN_EXHIBIT_ROW = re.compile(
    r"<tr >\s*<td[^>]*>\s*<p[^>]*><font size=2>Exhibit (99\.0\d)</font></p> </td>\s*"
    r"<td[^>]*>\s*<p[^>]*><font size=2>([^<]*)</font></p> </td> </tr>"
)
WORD_GAP = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"


def edited_record(path: Path, edit: dict[str, str]) -> dict[str, Any]:
    """The record of a corpus filing with each `edit` key replaced by its value (each must be
    in the text: an edit that no longer applies fails the test, not silently passes it)."""
    text = path.read_text(encoding="latin-1")
    for old, new in edit.items():
        assert old in text
        text = text.replace(old, new)
    return parse(text.encode("latin-1"), path.name)


def edited_items(path: Path, edit: dict[str, str]) -> list[tuple[Any, ...]]:
    """(number, title, the text's first 30 characters) of each item of `edited_record`."""
    return [(i["number"], i["title"], i["text"][:30]) for i in edited_record(path, edit)["items"]]


# PerkinElmer's 10-K405 (2001) 12(b) table, as filed (EDGAR's text table tags and all)
PERKINELMER_12B_TABLE = """<TABLE>
<CAPTION>
             TITLE OF EACH CLASS                 NAME OF EACH EXCHANGE ON WHICH REGISTERED
             -------------------                 -----------------------------------------
<S>                                            <C>
         COMMON STOCK, $1 PAR VALUE                    NEW YORK STOCK EXCHANGE, INC.
       PREFERRED SHARE PURCHASE RIGHTS                 NEW YORK STOCK EXCHANGE, INC.
</TABLE>
"""

# Southern's exhibit table, from its "<table" to its "</table>"
_SOUTHERN_TABLE = re.compile(r"<table[^>]*>(?:(?!</table>).)*?Exhibit 99\.01.*?</table>",
                             re.S | re.I)


def southern_with_index(index: str) -> list[tuple[str, str]]:
    """The exhibits of 8k_2007_southernco_2.txt with its exhibit table replaced by `index`."""
    text = (FILINGS / SOUTHERN).read_bytes().decode("latin-1")
    table = _SOUTHERN_TABLE.search(text)
    assert table is not None
    edited = text[: table.start()] + index + text[table.end() :]
    record = parse(edited.encode("latin-1"), SOUTHERN)
    return [(e["number"], e["description"]) for e in record["exhibits"]]


PERICOM_2006 = "8k_2006_pericomsemiconductorco_4.txt"
# its contact block as filed
PERICOM_BLOCK = ("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui/Angela Chen\n"
                 "Tel: 408-435-0800\nahui@pericom.com/achen@pericom.com\n")


def pericom_contacts(block: str) -> list[dict[str, Any]]:
    """The contacts of Pericom's 2006 release with its contact block printed as ``block``."""
    text = (FILINGS / PERICOM_2006).read_text(encoding="latin-1")
    assert PERICOM_BLOCK in text
    record = parse(text.replace(PERICOM_BLOCK, block).encode("latin-1"), PERICOM_2006)
    (release,) = record["press_releases"]
    return list(release["contacts"])


# An N-4 cover of 2008 (a separate account's, rendered from HTML: each box in a cell before
# its option) down to its effective-date boxes
N4_2008_HEAD = """\
As filed with the Securities and Exchange Commission on April 15, 2008
Registration No. 333-123456
Registration No. 811-08888
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM N-4
REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933\t\u2610
Pre-Effective Amendment No.\t\u2610
Post-Effective Amendment No. 14\t\u2612
REGISTRATION STATEMENT UNDER THE INVESTMENT COMPANY ACT OF 1940\t\u2610
Amendment No. 16\t\u2612
ACME LIFE VARIABLE ACCOUNT A
(Exact Name of Registrant)
It is proposed that this filing will become effective (check appropriate box):
"""
