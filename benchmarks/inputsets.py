"""Benchmark inputs, built once under benchmarks/out/ and reused while their sources are unchanged.

Input sets: the 88 real sources (samples/*.txt and ../shared/corpus/filings/*) repeated by
HARD LINKS (a copy when linking fails), each repetition named uniquely and spread over
subdirectories of at most 1,000 files, so one directory PATH stands for the whole set:

    out/sets/corpus_x1/set.json                     what the set holds (count, bytes, sources)
    out/sets/corpus_x1/d000/r0001_000_af6957f9859c0735.txt
    ...
    out/sets/corpus_x1/d005/r0057_s1_2023_acurxpharmaceuticalsin_1.txt

Big filings: one real multi-document submission grown to ~200 MB two ways:
    out/big/submission_200mb.txt   its exhibits (<DOCUMENT> blocks after the first) repeated,
                                   <SEQUENCE> renumbered, PUBLIC DOCUMENT COUNT updated
    out/big/onedoc_200mb.txt       one <DOCUMENT> whose <TEXT> body is the text of all its
                                   documents, repeated
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

PER_DIR = 1000
SEQUENCE = re.compile(rb"^<SEQUENCE>[ \t]*\d+", re.M)
DOC_COUNT = re.compile(rb"^(PUBLIC DOCUMENT COUNT:[ \t]*)\d+", re.M)
HTML_START = re.compile(rb"<html|<HTML|<\?xml")


@dataclass(frozen=True)
class InputSet:
    name: str
    root: Path  # the one PATH to give the CLI and the floor
    count: int
    bytes: int

    @property
    def mb(self) -> float:
        return self.bytes / 1e6


def sources(samples: Path, corpus: Path) -> list[Path]:
    """The real files a set repeats: the samples, then the corpus filings (no MANIFEST)."""
    found = sorted(samples.glob("*.txt"))
    found += sorted(p for p in corpus.iterdir() if p.is_file() and p.name != "MANIFEST.tsv")
    return found


def reps_for(target: int, n_sources: int) -> int:
    return max(1, math.ceil(target / max(1, n_sources)))


def _place(src: Path, dst: Path) -> str:
    try:
        os.link(src, dst)
        return "link"
    except OSError:
        shutil.copyfile(src, dst)
        return "copy"


def build_set(root: Path, name: str, files: list[Path], reps: int) -> InputSet:
    """`files` repeated `reps` times under root/name (reused when already built alike)."""
    where = root / name
    marker = where / "set.json"
    wanted = {"reps": reps, "sources": [str(p) for p in files],
              "sizes": [p.stat().st_size for p in files]}
    if marker.exists():
        try:
            have = json.loads(marker.read_text())
            if {k: have.get(k) for k in wanted} == wanted:
                return InputSet(name, where, have["count"], have["bytes"])
        except (OSError, ValueError, KeyError):
            pass
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    i = total = 0
    how = set()
    for rep in range(1, reps + 1):
        for src in files:
            sub = where / f"d{i // PER_DIR:03d}"
            if i % PER_DIR == 0:
                sub.mkdir()
            how.add(_place(src, sub / f"r{rep:04d}_{src.name}"))
            total += src.stat().st_size
            i += 1
    marker.write_text(json.dumps({**wanted, "count": i, "bytes": total,
                                  "placed_by": sorted(how)}, indent=1))
    return InputSet(name, where, i, total)


def _blocks(data: bytes) -> tuple[bytes, list[bytes], bytes]:
    """(head, [<DOCUMENT> ... </DOCUMENT>\\n blocks], tail) of a submission."""
    blocks: list[bytes] = []
    start = data.find(b"<DOCUMENT>")
    head_end = start
    end = 0
    while start >= 0:
        close = data.find(b"</DOCUMENT>", start)
        if close < 0:
            break
        nl = data.find(b"\n", close)
        end = len(data) if nl < 0 else nl + 1
        blocks.append(data[start:end])
        start = data.find(b"<DOCUMENT>", end)
    if not blocks:
        return data, [], b""
    return data[:head_end], blocks, data[end:]


def _text_body(block: bytes) -> bytes:
    """What lies between <TEXT> and </TEXT> of one block (the block when unmarked)."""
    i = block.find(b"<TEXT>")
    j = block.rfind(b"</TEXT>")
    if i < 0 or j < i:
        return block
    i = block.find(b"\n", i) + 1
    return block[i:j]


def _fits(out: Path, size_mb: float) -> bool:
    return out.exists() and abs(out.stat().st_size - size_mb * 1e6) < 2e6


def synth_submission(src: Path, out: Path, size_mb: float) -> Path:
    """A ~size_mb submission: the source's exhibits repeated, sequences renumbered."""
    if _fits(out, size_mb):
        return out
    head, blocks, tail = _blocks(src.read_bytes())
    if not blocks:
        raise ValueError(f"{src}: no <DOCUMENT> blocks")
    first, rest = blocks[0], blocks[1:] or blocks
    unit = sum(map(len, rest))
    reps = max(1, math.ceil((size_mb * 1e6 - len(head) - len(first) - len(tail)) / unit))
    count = 1 + reps * len(rest)
    head = DOC_COUNT.sub(lambda m: m.group(1) + str(count).encode(), head, count=1)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        fh.write(head)
        fh.write(first)
        seq = 1
        for _ in range(reps):
            for block in rest:
                seq += 1
                fh.write(SEQUENCE.sub(b"<SEQUENCE>" + str(seq).encode(), block, count=1))
        fh.write(tail)
    os.replace(tmp, out)
    return out


def synth_onedoc(src: Path, out: Path, size_mb: float) -> Path:
    """A ~size_mb submission of one text <DOCUMENT>: the source's text bodies, repeated."""
    if _fits(out, size_mb):
        return out
    head, blocks, tail = _blocks(src.read_bytes())
    if not blocks:
        raise ValueError(f"{src}: no <DOCUMENT> blocks")
    bodies = [_text_body(b) for b in blocks]
    plain = [b for b in bodies if not HTML_START.search(b, 0, 2000) and not b.startswith(b"begin ")]
    unit = b"".join(plain or bodies)
    first = blocks[0]
    text_at = first.find(b"<TEXT>")
    opening = first[: first.find(b"\n", text_at) + 1] if text_at >= 0 else b"<DOCUMENT>\n<TEXT>\n"
    closing = b"</TEXT>\n</DOCUMENT>\n"
    head = DOC_COUNT.sub(lambda m: m.group(1) + b"1", head, count=1)
    budget = size_mb * 1e6 - len(head) - len(opening) - len(closing) - len(tail)
    reps = max(1, math.ceil(budget / max(1, len(unit))))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        fh.write(head)
        fh.write(opening)
        for _ in range(reps):
            fh.write(unit)
        fh.write(closing)
        fh.write(tail)
    os.replace(tmp, out)
    return out
