"""clean_plain_text, round 60: a heading a page repeats atop it marked as carried over
("NOTE 1. ... (CONTINUED)", "Network access (cont'd.)", "TABLE OF CONTENTS" / "(CONTINUED)")
goes, as html_text drops one, when the heading was printed before or a later page repeats it;
one printed once is the page's own, and stays (a sentence split around it stays apart)."""

from __future__ import annotations

import time

from filing2json.parsers.text import clean_plain_text
from support import FILINGS, edited_record


def _clean(name: str, edit: dict[str, str] | None = None) -> str:
    text = (FILINGS / name).read_text(encoding="latin-1")
    for old, new in (edit or {}).items():
        assert old in text
        text = text.replace(old, new)
    return clean_plain_text(text)


def test_continued_notes_heads_go_and_split_sentences_join() -> None:
    # Stockwalk 2000 (Kinnard's notes): "NOTE 1. ... (CONTINUED)" atop pages after "NOTE 1.
    # NATURE OF BUSINESS ..." printed once; a sentence the page cut reads whole again
    out = _clean("8k_2000_stockwalkcomgroupinc_3.txt")
    assert "(CONTINUED)" not in out
    assert out.count("NOTE 1. NATURE OF BUSINESS AND SIGNIFICANT ACCOUNTING POLICIES") == 1
    assert "are amortized\nover the term of the loan" in out
    assert "This contribution is reflected\nas an operating expense" in out
    record = edited_record(FILINGS / "8k_2000_stockwalkcomgroupinc_3.txt", {})
    text = record["items"][1]["text"]
    assert "(CONTINUED)" not in text and "are amortized\nover the term of the loan" in text


def test_a_head_in_other_case_or_misspelt_still_repeats_the_first() -> None:
    # Turner 1994: "NOTES TO CONSOLIDATED FINANCIAL STATMENTS (CONTINUED)" (sic) repeats
    # "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS" by its first words; "4.  LONG-TERM DEBT
    # (CONTINUED)" cut a sentence
    out = _clean("8k_1994_turnerbroadcastingsyst_1.txt")
    assert "STATMENTS" not in out and "(CONTINUED)" not in out
    assert "payable\nsemi-annually and are due November 15, 2006" in out
    assert out.count("SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES") == 1


def test_a_running_head_marked_cont_d_goes_from_its_first_page_too() -> None:
    # Indiana Bell 1999: "Management's Discussion and Analysis" / "of Results of Operations
    # (cont'd.)" atop pages 10 to 21 under Item 2's own heading on page 9 (which stays), and
    # the section heads carried over ("Network access (cont'd.)" over a rule)
    record = edited_record(FILINGS / "10q_1999_indianabelltelephoneco_1.txt", {})
    text = record["items"][1]["text"]
    assert "(cont'd.)" not in text and "Management's Discussion" not in text
    after = text.split("interstate and intrastate services.\n", 1)[1]
    assert after.lstrip().startswith("Interstate network access revenues increased")
    assert "Ameritech believes that any such\nmaterial disruption" in text
    assert "measured at fair\nvalue and recorded" in text
    assert "CONDENSED BALANCE SHEETS (continued)" not in record["items"][0]["text"]


def test_a_continued_head_printed_once_stays_and_one_repeated_goes() -> None:
    # Westell 1999: the merger agreement's contents' second page opens "TABLE OF CONTENTS" /
    # "(CONTINUED)", a title its first page never printed: printed once, it stays. Edited:
    # the third page (from "ARTICLE VIII") under the same head, as filers print it on each
    # page: repeated, both go
    out = _clean("8k_1999_westelltechnologiesinc_3.txt")
    assert "TABLE OF CONTENTS\n                                   (CONTINUED)\n" in out
    head = "\n<PAGE>\n\n                                TABLE OF CONTENTS\n" \
           "                                   (CONTINUED)\n"
    out = _clean("8k_1999_westelltechnologiesinc_3.txt",
                 {"\nARTICLE VIII            CONDITIONS": f"{head}\nARTICLE VIII            "
                                                          "CONDITIONS"})
    assert "TABLE OF CONTENTS" not in out and "(CONTINUED)" not in out
    assert "SECTION 7.13   SEC Reports" in out and "ARTICLE VIII            CONDITIONS" in out


def test_many_pages_of_heads_printed_once_parse_fast() -> None:
    # ~260 KB: 2,500 pages each under a continued head no other page prints (each looked
    # for through the text), but the last, which repeats the first's: those two go
    page = "<PAGE>\n\nNOTE {n}. ZQX{n} ACCOUNTING (CONTINUED)\n\nThe Company had a sum.\n\n"
    text = "".join(page.format(n=n) for n in [*range(2500), 0])
    start = time.process_time()
    out = clean_plain_text(text)
    assert time.process_time() - start < 5
    assert out.count("(CONTINUED)") == 2499 and "NOTE 0. ZQX0" not in out
