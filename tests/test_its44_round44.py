"""Items, round 44: two item numbers parted by a semicolon or a slash ("Item 2.02; Item 7.01",
"Items 2.02/7.01") head both items; a lettered paragraph with its numbered clause ("Item
5.02(e)(1)") heads its item; a comma after an old item number ("Item 5, Other Events") heads the
item when the form's title follows it, while a sentence wrapped to a line start stays text."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS, validate


def _edited(name: str, old: str, new: str) -> list[tuple[str, str | None, str]]:
    """The items of a corpus filing with one heading edited, as (number, title, text start)."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    assert old in raw
    data = raw.replace(old, new, 1).encode("latin-1")
    record: dict[str, Any] = validate(parse(data, name))
    return [(i["number"], i["title"], i["text"][:40]) for i in record["items"]]


# Horizon Financial Corp.'s 8-K of January 17, 2008 (8k_2008_horizonfinancialcorp_1.txt), its
# "Item 2.02  Results of Operations and Financial Condition" heading edited to name a second
# item after a semicolon, bare numbers as some filers print them.
_HORIZON = "8k_2008_horizonfinancialcorp_1.txt"
_HORIZON_202 = "Item 2.02  Results of Operations and Financial Condition\n"
_TEXT = "On January 17, 2008, Horizon Financial C"


def test_two_numbers_parted_by_a_semicolon_head_both_items() -> None:
    assert _edited(_HORIZON, _HORIZON_202, "Item 2.02; Item 7.01\n") == [
        ("2.02", None, _TEXT), ("7.01", None, _TEXT),
        ("9.01", "Financial Statements and Exhibits", "(c)    Exhibits\n\n     99.1   Press Relea")]


def test_plural_keyword_and_semicolons() -> None:
    assert [n for n, _, _ in _edited(_HORIZON, _HORIZON_202, "Items 2.02; 7.01; 8.01\n")] == [
        "2.02", "7.01", "8.01", "9.01"]


def test_a_slash_between_the_numbers_or_the_titles() -> None:
    assert [n for n, _, _ in _edited(_HORIZON, _HORIZON_202, "Items 2.02/7.01\n")] == [
        "2.02", "7.01", "9.01"]
    title = ("Results of Operations and Financial Condition / Item 7.01  Regulation FD "
             "Disclosure\n")
    assert _edited(_HORIZON, _HORIZON_202, "Item 2.02  " + title)[:2] == [
        ("2.02", "Results of Operations and Financial Condition; Regulation FD Disclosure", _TEXT),
        ("7.01", "Results of Operations and Financial Condition; Regulation FD Disclosure", _TEXT)]


# Pericom Semiconductor Corp.'s 8-K of August 15, 2006 (8k_2006_pericomsemiconductorco_3.txt),
# its "ITEM 5.02" heading edited to name the paragraph and clause it answers, as 2006-on 8-Ks
# print "Item 5.02(e)(1)" or "Item 5.02(d) and (e)(1)".
_PERICOM = "8k_2006_pericomsemiconductorco_3.txt"
_PERICOM_502 = "ITEM 5.02    DEPARTURE"
_PERICOM_TITLE = ("DEPARTURE OF DIRECTORS OR PRINCIPAL OFFICER; ELECTION OF DIRECTORS; "
                  "APPOINTMENT OF PRINCIPAL OFFICERS")


def test_a_paragraph_and_its_numbered_clause_head_the_item() -> None:
    for heading in ("ITEM 5.02(e)(1)    DEPARTURE", "ITEM 5.02(d) and (e)(1)    DEPARTURE",
                    "ITEM 5.02(e)(1) AND (e)(2)    DEPARTURE"):
        items = _edited(_PERICOM, _PERICOM_502, heading)
        assert [(n, t) for n, t, _ in items] == [
            ("5.02", _PERICOM_TITLE),
            ("9.01", "FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS")]
        assert items[0][2] == "On August 15, 2006, Pericom Semiconducto"


# Home Health Corporation of America's 8-K of February 1998 (8k_1998_homehealthcorpofameric_1.txt),
# its "Item 5.  Other Events" heading edited to the comma some 1990s filers typed.
_HOME = "8k_1998_homehealthcorpofameric_1.txt"
_HOME_TEXT = "On February 19, 1998, a shareholder comm"


def test_a_comma_before_the_forms_title_is_a_heading() -> None:
    assert _edited(_HOME, "Item 5.  Other Events", "Item 5, Other Events") == [
        ("5", "Other Events", _HOME_TEXT)]
    assert _edited(_HOME, "Item 5.  Other Events", "ITEM 5, OTHER EVENTS.") == [
        ("5", "OTHER EVENTS", _HOME_TEXT)]
    # typed with a space before the comma: the comma is no part of the title
    assert _edited(_HOME, "Item 5.  Other Events", "Item 5 , Other Events") == [
        ("5", "Other Events", _HOME_TEXT)]


def test_a_comma_before_other_words_is_no_heading() -> None:
    # the same heading's line turned into a sentence wrapped to a line start: no item
    items = _edited(_HOME, "Item 5.  Other Events",
                    "As the Company reports under\nItem 5, Legal Proceedings may follow")
    assert items == []


# Oracle Corp.'s 8-K of July 10, 2019 (8k_2019_oraclecorp_1.txt), its Item 9.01 exhibit table
# ("Exhibit No. | Description") edited into a bulleted HTML list, as some filers print it,
# with the 2019-on cover page exhibit added.
_ORACLE = "8k_2019_oraclecorp_1.txt"
_ORACLE_ROW = ("Press Release \u2013 Oracle Names Rona Fairhead to the Board of Directors, dated "
               "July 10, 2019")


def test_a_bulleted_exhibit_list() -> None:
    raw = (FILINGS / _ORACLE).read_bytes().decode("latin-1")
    start = raw.index("<TABLE", raw.index("(d)&nbsp;Exhibits"))
    end = raw.index("</TABLE>", start) + len("</TABLE>")
    items = ('<UL><LI>99.1 <A HREF="d776427dex991.htm">Press Release &#150; Oracle Names Rona '
             "Fairhead to the Board of Directors, dated July&nbsp;10, 2019 </A></LI>"
             "<LI>104 Cover Page Interactive Data File (embedded within the Inline XBRL "
             "document)</LI></UL>")
    record = validate(parse((raw[:start] + items + raw[end:]).encode("latin-1"), _ORACLE))
    assert [(e["number"], e["description"], e["document"]) for e in record["exhibits"]] == [
        ("99.1", _ORACLE_ROW, 2),
        ("104", "Cover Page Interactive Data File (embedded within the Inline XBRL document)",
         None)]
