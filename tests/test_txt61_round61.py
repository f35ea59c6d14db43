"""Rendered text, round 61: the tests of a heading carried over a page break ("NOTES ... --
(CONTINUED)") live in parsers/text/running_heads.py, which both text readers import (the
plain-text reader no longer reaches into the HTML renderer for them); and a running head
with a page number below it, printed where the filer typed a page break with no marker,
goes as atop the marked pages."""

from __future__ import annotations

import subprocess
import sys
import time

from filing2json.parsers.text import clean_plain_text
from support import FILINGS


def test_plain_text_drops_continued_heads_without_the_html_renderer() -> None:
    # Turner 1994: "NOTES TO CONSOLIDATED FINANCIAL STATMENTS (CONTINUED)" atop its pages goes;
    # a bare-text filing never loads (nor compiles the patterns of) html_text for it
    script = (
        "import sys\n"
        "from filing2json.parsers.text import clean_plain_text\n"
        f"text = open({str(FILINGS / '8k_1994_turnerbroadcastingsyst_1.txt')!r},"
        " encoding='latin-1').read()\n"
        "out = clean_plain_text(text)\n"
        "assert 'STATMENTS' not in out and '(CONTINUED)' not in out, 'heads kept'\n"
        "print('html_text' in ' '.join(sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def _clean(name: str, edit: dict[str, str] | None = None) -> str:
    text = (FILINGS / name).read_text(encoding="latin-1")
    for old, new in (edit or {}).items():
        assert text.count(old) == 1
        text = text.replace(old, new)
    return clean_plain_text(text)


def test_a_numbered_running_head_goes_where_the_page_has_no_marker() -> None:
    # Horizon Financial 2008: "HRZB-Reports Second Quarter Fiscal 2009 Results" / "October 23,
    # 2008" / "Page N" atop pages 2-8; page 4's break was typed with no <PAGE> marker
    out = _clean("8k_2008_horizonfinancialcorp_5.txt")
    assert "HRZB-Reports" not in out and "Page 4" not in out
    # (round 66: the "(more)" over the head goes too, and the sentence the page cut is whole)
    assert "included in other non-interest\nincome. No additional securities" in out
    # edited: page 4's "Page 4" deleted; the head's lines under "(more)", no page number below
    # them, are no proof of a page's top: they stay
    out = _clean("8k_2008_horizonfinancialcorp_5.txt",
                 {"October 23, 2008\nPage 4\n": "October 23, 2008\n"})
    assert out.count("HRZB-Reports Second Quarter Fiscal 2009 Results\nOctober 23, 2008\n") == 1


def test_an_unmarked_page_of_a_transcript_loses_its_head() -> None:
    # Asta Funding 2005 (Exhibit 99.2, a call's transcript): a four-line head over "Page N"
    # atop each page. Edited: page 4's <PAGE> marker deleted, as a filer who typed the break
    # without one; its head and number go as on the marked pages
    out = _clean("8k_2005_astafundinginc_5.txt",
                 {"for 39.2% of the total purchases.\n\n<PAGE>\n": "for 39.2% of the total "
                                                                   "purchases.\n\n\n"})
    assert "Confirmation #8395599" not in out and "Page 4" not in out
    assert "of the total purchases.\n\n\n\n\n\n                      We continue to seek" in out


def test_many_lines_like_a_numbered_head_parse_fast() -> None:
    # ~200 KB each: a head over "Page N" atop three marked pages, then its line 10,000 times
    # set off by blank lines with no page number below (each read to its end and kept), or
    # 20,000 times on one line
    page = "<PAGE>\n\nACME CORP\nPage {n}\n\nThe Company sold goods in year {n}.\n\n"
    head = "".join(page.format(n=n) for n in range(2, 5))
    for text in (head + "".join(f"\nACME CORP\nThe sum {n}\n\nx\n" for n in range(10_000)),
                 head + "ACME CORP " * 20_000):
        start = time.perf_counter()
        out = clean_plain_text(text)
        assert time.perf_counter() - start < 5
        assert out.count("ACME CORP") == text.count("ACME CORP") - 3
