"""Press releases (round 42, metamorphic): a release typed with tabs for its indentation, or
with its TeX-style quote marks made curly, reads as the same release.

Each test takes a real corpus filing, re-prints its plain-text documents as
/tmp/x/meta42/meta.py's transform does ("tabslead": every 8 blanks of leading indentation a
tab, as 1990s-2000s text filings indent centred headlines; a paragraph's first-line indent of
4-8 blanks one tab; "quotes": straight marks made curly, as Word types them), and asserts the
headline or speakers the filing prints.
"""

from __future__ import annotations

import re
from typing import Any

from filing2json.parsers import parse
from support import FILINGS


def _each_text(name: str, change: Any) -> dict[str, Any]:
    """The record of corpus filing ``name`` with ``change`` applied to each <TEXT> body."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    text = re.sub(r"(?s)(<TEXT>\n)(.*?)(</TEXT>)",
                  lambda m: m.group(1) + change(m.group(2)) + m.group(3), raw)
    return parse(text.encode("utf-8" if "\u2019" in text else "latin-1"), name)


def _tabs_lead(body: str) -> str:
    """meta.py's "tabslead": a tab for each 8 blanks of a line's indentation."""
    def one(line: str) -> str:
        n = len(line) - len(line.lstrip(" "))
        return "\t" * (n // 8) + " " * (n % 8) + line[n:]
    return "\n".join(map(one, body.split("\n")))


def _tab_indent(body: str) -> str:
    """A first-line indent of 4 to 8 blanks typed as one tab."""
    return re.sub(r"(?m)^ {4,8}(?=\S)", "\t", body)


def _curly(body: str) -> str:
    """meta.py's "quotes": straight quote marks made curly, as a word processor types them."""
    body = re.sub(r'(^|[\s(\[])"', "\\1\u201c", body)
    body = body.replace('"', "\u201d")
    body = re.sub(r"(^|[\s(\[])'", "\\1\u2018", body)
    return body.replace("'", "\u2019")


def test_headline_indented_with_tabs_is_no_table_row() -> None:
    # 8k_1999_applecomputerinc_1.txt centres "Apple Reaches Settlement of Shareholder
    # Derivative Action" 11 blanks in; typed as a tab and 3 blanks it read as a table row
    # between headline and dateline (was: no headline)
    rel = _each_text("8k_1999_applecomputerinc_1.txt", _tabs_lead)["press_releases"][0]
    assert rel["headline"] == "Apple Reaches Settlement of Shareholder Derivative Action"


def test_tab_indented_headline_over_a_subheadline() -> None:
    # 8k_1999_westelltechnologiesinc_3.txt (was: the subheadline "Acquisition To Create a
    # Leader in Telco Access Products and Fuel Broadband DSL" taken for the headline)
    rel = _each_text("8k_1999_westelltechnologiesinc_3.txt", _tabs_lead)["press_releases"][0]
    assert rel["headline"] == "WESTELL TECHNOLOGIES ANNOUNCES AGREEMENT TO ACQUIRE TELTREND INC."


def test_tab_indented_paragraph_runs_on_past_its_first_line() -> None:
    # 8k_2007_pericomsemiconductorco_1.txt: '    "At the recent Intel Developer Forum, we
    # introduced ...' / '... come," he said.' with its indent typed as a tab: the tab opens the
    # paragraph but does not end it after the first line (was: the quote lost)
    rel = _each_text("8k_2007_pericomsemiconductorco_1.txt", _tab_indent)["press_releases"][0]
    speakers = [q["speaker"] for q in rel["quotes"]]
    assert speakers == ["Alex Hui", "Alex Hui"]
    assert rel["quotes"][1]["text"].startswith("At the recent Intel Developer Forum")
    assert rel["quotes"][1]["text"].endswith("in the quarters to come")


def test_tex_quotes_made_curly_still_quote() -> None:
    # 8k_2008_horizonfinancialcorp_1.txt quotes ``...'' (TeX style); with the closing '' made
    # curly (two right single marks) every quote was lost
    rel = _each_text("8k_2008_horizonfinancialcorp_1.txt", _curly)["press_releases"][0]
    speakers = [q["speaker"] for q in rel["quotes"]]
    assert speakers[:3] == ["V. Lawrence Evans", "Rich Jacobson", "Dennis Joines"]
    assert rel["quotes"][0]["text"].startswith("Our local economy continues to perform")
    assert len(speakers) == 7


def test_doubled_curly_singles_quote_as_typesetters_print_them() -> None:
    # 8k_2008_horizonfinancialcorp_5.txt with both TeX marks made curly singles: open
    # \u2018\u2018, close \u2019\u2019, as typeset filings print them
    def curly_tex(body: str) -> str:
        return body.replace("``", "\u2018\u2018").replace("''", "\u2019\u2019")
    rel = _each_text("8k_2008_horizonfinancialcorp_5.txt", curly_tex)["press_releases"][0]
    assert [q["speaker"] for q in rel["quotes"]][:2] == ["Rich Jacobson", "Dennis Joines"]
    assert len(rel["quotes"]) == 7



def test_tab_indented_paragraphs_do_not_end_the_about() -> None:
    # a tab that indents a paragraph's first line is no table row ending the About: Westell
    # 1999 and Sears 2004 with their first-line indents typed as tabs (was: about.company None
    # in both), Stockwalk 2000 with its indentation typed as tabs (was: another spelling)
    for name, change, company in (
            ("8k_1999_westelltechnologiesinc_3.txt", _tab_indent, "Westell Technologies, Inc"),
            ("8k_2004_searsroebuckandco_1.txt", _tab_indent, "Sears"),
            ("8k_2000_stockwalkcomgroupinc_3.txt", _tabs_lead, "STOCKWALK.COM GROUP, INC.")):
        assert _each_text(name, change)["press_releases"][0]["about"]["company"] == company
