"""Metamorphic round 43: the same filing printed another way gives the same record.

Each test takes a real filing (corpus or sample, named in it), prints its document another way
a filer or filing agent could have (the whole text indented, a page footer under a heading
that closes a page, a sentence wrapped at another margin), and checks the values read from it
are the ones the filing states.
"""

from __future__ import annotations

import re
from typing import Any

from filing2json.parsers import parse
from support import FILINGS, SAMPLES


def _raw(path: Any) -> str:
    return path.read_bytes().decode("latin-1")


def _parse(text: str, name: str) -> dict[str, Any]:
    return parse(text.encode("latin-1"), name)


def test_item_heading_closing_a_page_over_its_footer_stays() -> None:
    # 8k_2005_pericomsemiconductorco_4.txt, edited: the page break falls right under the
    # "ITEM 2.02" heading, a "Page 1 of 2" footer and a form feed between the heading and
    # its text (a heading left at the foot of a page). The heading is no page head.
    text = _raw(FILINGS / "8k_2005_pericomsemiconductorco_4.txt")
    heading = "ITEM 2.02    RESULTS OF OPERATIONS AND FINANCIAL CONDITION.\n\n"
    assert heading in text
    text = text.replace(heading, heading + " " * 30 + "Page 1 of 2\n\f\n", 1)
    items = _parse(text, "8k_2005_pericomsemiconductorco_4.txt")["items"]
    assert [i["number"] for i in items] == ["2.02", "9.01"]
    assert items[0]["title"] == "RESULTS OF OPERATIONS AND FINANCIAL CONDITION"
    assert items[0]["text"].startswith("On April 21, 2005, Pericom Semiconductor Corporation")
    assert "Page 1" not in items[0]["text"]


def test_continued_page_head_over_its_label_still_goes() -> None:
    # the same filing, a continued page opening with the company's name over its label
    # ("Pericom Semiconductor Corporation" / "Page 2"): that head is page furniture, and goes
    text = _raw(FILINGS / "8k_2005_pericomsemiconductorco_4.txt")
    heading = "ITEM 2.02    RESULTS OF OPERATIONS AND FINANCIAL CONDITION."
    text = text.replace(heading, "Pericom Semiconductor Corporation\nPage 2\n\n" + heading, 1)
    items = _parse(text, "8k_2005_pericomsemiconductorco_4.txt")["items"]
    assert [i["number"] for i in items] == ["2.02", "9.01"]
    assert "Page 2" not in items[0]["text"]


def _indented(body: str) -> str:
    """Every text line shifted right 6 blanks, as many 1990s filings print the whole text."""
    return "\n".join("      " + ln if ln.strip() and not ln.startswith("<") else ln
                     for ln in body.split("\n"))


def test_ticker_exchange_words_across_an_indented_line_break() -> None:
    # 8k_2000_innovativeclinicalsolu_5.txt with its whole text indented 6 blanks: the listing
    # "(OTC" / "      Bulletin  Board:   ICSL.OB)" breaks inside the exchange's name
    text = _raw(FILINGS / "8k_2000_innovativeclinicalsolu_5.txt")
    text = re.sub(r"(?s)(<TEXT>\n)(.*?)(</TEXT>)",
                  lambda m: m.group(1) + _indented(m.group(2)) + m.group(3), text)
    assert "(OTC\n      Bulletin  Board:   ICSL.OB)" in text
    release = _parse(text, "8k_2000_innovativeclinicalsolu_5.txt")["press_releases"][0]
    assert release["tickers"] == [{"exchange": "OTC Bulletin Board", "symbol": "ICSL.OB"}]


def test_signing_date_with_its_year_wrapped_to_the_next_line() -> None:
    # sample 003 (CTC Communications, April 2002), its signing sentence wrapped at 100
    # columns: "... duly authorized on April 24," / "2002."
    text = _raw(next(SAMPLES.glob("003_*.txt")))
    old = ("Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
           "Registrant has duly caused this report to be signed on its behalf by the\n"
           "undersigned hereunto duly authorized on April 24, 2002.")
    new = ("Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant "
           "has duly caused\nthis report to be signed on its behalf by the undersigned hereunto "
           "duly authorized on April 24,\n2002.")
    assert old in text
    record = _parse(text.replace(old, new), "003.txt")
    assert record["signatures"][0]["date"] == "2002-04-24"
    assert record["signatures"][0]["name"] == "John D. Pittenger"


def test_page_head_with_its_label_beside_it_printed_once_goes() -> None:
    # 8k_2005_pericomsemiconductorco_4.txt, edited: a page break inside Item 2.02, the next
    # page opening with the company's name and its page label on one line ("Pericom
    # Semiconductor Corporation      Page 2"), printed on that page only
    path = FILINGS / "8k_2005_pericomsemiconductorco_4.txt"
    text = _raw(path)
    para = "the press release is attached as Exhibit 99.1.\n\n"
    assert para in text
    head = "<PAGE>\nPericom Semiconductor Corporation" + " " * 24 + "Page 2\n\n"
    items = _parse(text.replace(para, para + head, 1), path.name)["items"]
    assert items[0]["number"] == "2.02"
    assert items[0]["text"] == parse(path.read_bytes(), path.name)["items"][0]["text"]
    assert "Page 2" not in items[0]["text"]
