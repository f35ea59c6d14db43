"""clean_plain_text: page furniture goes, everything else stays byte for byte."""

import re

from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.text import clean_plain_text
from filing2json.parsers.text.plain_text import _strip_table_tags
from support import FILINGS, filing


def body(name: str, index: int = 0) -> str:
    text = decode_bytes((FILINGS / name).read_bytes())[0]
    return read_envelope(text).documents[index].body


def test_perkinelmer_pages_tables_and_page_numbers():
    raw = body("10k405_2001_perkinelmerinc_1.txt")
    out = clean_plain_text(raw)
    assert raw.count("\n<PAGE>") == 73 and "<PAGE>" not in out
    assert raw.count("<S>") == 76 and "<S>" not in out and "<C>" not in out
    assert "<TABLE>" not in out and "<CAPTION>" not in out
    # centred page numbers before each break ("                                        2")
    assert len(re.findall(r"^ {30,}\d{1,3}\n", raw, re.M)) == 69
    assert not re.findall(r"^ {30,}\d{1,3}\n", out, re.M)
    # `<PAGE>   1` at the top: the printer's page count goes with its marker
    assert out.startswith("\n\n\n====")
    # running head on top of 31 pages; the two other mentions stay
    assert raw.count("PERKINELMER, INC. AND SUBSIDIARIES") == 33
    assert out.count("PERKINELMER, INC. AND SUBSIDIARIES") == 2
    # table rows and the cover keep their columns exactly
    row = (
        "Sales..........................................  $1,695,267    $1,363,129    "
        "$  854,382    $927,482    $928,287\n"
    )
    assert row in raw and row in out
    cover = (
        "                MASSACHUSETTS                                   04-2052042\n"
        "(STATE OR OTHER JURISDICTION OF INCORPORATION      (I.R.S. EMPLOYER "
        "IDENTIFICATION NO.)\n"
    )
    assert cover in raw and cover in out


def test_turner_table_tags_dropped_alignment_kept():
    raw = body("8k_1994_turnerbroadcastingsyst_2.txt", 1)
    out = clean_plain_text(raw)
    table = (
        "         Underwriter                                        Principal Amount\n"
        "         -----------                                        ----------------\n"
    )
    assert "<TABLE>\n<CAPTION>\n" + table in raw
    before = "defined have the meanings given to such term in the Basic Provisions.\n\n\n"
    assert before + table in out
    assert (
        "<S>                                                         <C>                <C>\n"
        "Goldman, Sachs & Co."
    ) in raw
    assert (
        "          ----------\nGoldman, Sachs & Co.  . . . . . . . . . . . . . . . . . .   "
        "$  83,334,000        $66,668,000\n" in out
    )


def test_indiana_bell_page_cover_and_roman_and_page_n_numbers():
    raw = body("10q_1999_indianabelltelephoneco_1.txt")
    out = clean_plain_text(raw)
    assert raw.startswith("\n\n<PAGE>cover\n")
    assert out.startswith("\n\ncover\n-----")
    assert "\n<PAGE>i\n" in raw and "                                     i\n" in raw
    assert "<PAGE>" not in out
    assert re.findall(r"^ +Page \d+$", raw, re.M)[:2] == [
        "                                   Page 1",
        "                                   Page 2",
    ]
    assert not re.findall(r"^ +Page \d+$", out, re.M)
    assert "\n                             TABLE OF CONTENTS\n" in out
    # running head of the MD&A pages
    assert raw.count("Management's Discussion and Analysis") == 14
    assert out.count("Management's Discussion and Analysis") == 2


def test_horizon_multi_line_running_head():
    raw = body("8k_2006_horizonfinancialcorp_1.txt")
    out = clean_plain_text(raw)
    assert raw.count("HRZB-EPS Up 29% YTD\nJanuary 19, 2006\nPage ") == 6
    assert "HRZB-EPS Up 29% YTD" not in out
    assert not re.findall(r"^Page \d+$", out, re.M)
    assert "BELLINGHAM, WA - January 19, 2006 - Horizon Financial Corp. (Nasdaq: HRZB)\n" in out


def test_seed_without_furniture_is_unchanged_but_its_page_marker():
    text = decode_bytes((FILINGS.parent / "seeds" / "000_af6957f9859c0735.txt").read_bytes())[0]
    out = clean_plain_text(text)
    assert out == text.replace("\n<PAGE>\n", "\n", 1)
    assert "          Delaware                   0-27505            04-3469590\n" in out


def test_form_feeds_inline_tags_and_tabs():
    text = (
        "Intro\n\n   - 2 -\n\fNext page\twith tab\n"
        "<S>          <C>\nCash   <C> $ 10\n</TABLE>\nEnd\n"
    )
    assert clean_plain_text(text) == "Intro\n\nNext page\twith tab\nCash       $ 10\nEnd\n"


def test_page_cover_text_kept():
    assert clean_plain_text("<PAGE>cover\nFORM 10-Q\n") == "cover\nFORM 10-Q\n"


def test_odd_input():
    assert clean_plain_text("") == ""
    assert clean_plain_text("<PAGE>") == ""
    assert clean_plain_text("x<PAGE>y\n") == "x<PAGE>y\n"  # not a marker mid-line
    assert not clean_plain_text("\f\f\f").strip()


# The plain rule: drop lines of tags only (with their newline), then blank every tag.
_TAG_LINE = re.compile(r"^[ \t]*(?:</?(?:TABLE|CAPTION|S|C|FN)>[ \t]*)+(?:\n|\Z)", re.M)
_ANY_TAG = re.compile(r"</?(?:TABLE|CAPTION|S|C|FN)>")


def _plain_rule(text: str) -> str:
    return _ANY_TAG.sub(lambda m: " " * len(m.group()), _TAG_LINE.sub("", text))


def test_table_tags_one_scan_is_the_plain_rule():
    texts = [
        "<TABLE>\n<S>  <C>\nSales  12\n</TABLE>", "a\n<S>\n<C>\nb\n", "<C>", "", "x <S>\n",
        "<S>\t<C> \n<CAPTION>x</CAPTION>\n</S>", "a <FN>\n  <TABLE>  ", "<C\n<S>>\n",
    ]
    for name in ("10k405_2001_perkinelmerinc_1.txt", "8k_1994_turnerbroadcastingsyst_1.txt",
                 "8k_2000_stockwalkcomgroupinc_3.txt"):
        texts.append(body(name))
    for text in texts:
        assert _strip_table_tags(text) == _plain_rule(text)
    raw = body("10k405_2001_perkinelmerinc_1.txt")
    assert raw.count("\n<S>") == 76  # 76 tag-only lines go whole
    out = _strip_table_tags(raw)
    assert out.count("\n") == raw.count("\n") - 76 - 2 * 76 - 72  # <S>, <TABLE>/</TABLE>, <CAPTION>


def test_page_markers_typed_in_mixed_case() -> None:
    # Entrada Networks 2001 types "<Page>" between its pages
    text = "last line of page one.\n\n<Page>\n\nfirst line of page two\n"
    assert "<Page>" not in clean_plain_text(text)
    assert "first line of page two" in clean_plain_text(text)
    item7 = filing("8k_2001_entradanetworksinc_5.txt")["items"][1]["text"]
    assert item7.endswith("Form S-4 and S-4/A.")


def test_table_tags_in_lower_case() -> None:
    # Horizon Financial 2006 types its SGML table tags in lower case
    text = "<table>\n<s>       <c>        <c>\nLoans    $ 21,981   9%\n</table>\n"
    assert clean_plain_text(text) == "Loans    $ 21,981   9%\n"
    (release,) = filing("8k_2006_horizonfinancialcorp_5.txt")["press_releases"]
    assert "<s>" not in release["body"] and "<c>" not in release["body"]


def test_page_number_typed_on_the_marker_line_or_with_a_page_twin():
    # Zurn 1994 types "-1-<PAGE>"; Union Camp 1994 has a "PAGE" line above each marker
    zurn = body("8k_1994_zurnindustriesinc_2.txt")
    assert zurn.count("-<PAGE>\n") == 3
    out = clean_plain_text(zurn)
    assert "<PAGE>" not in out and not re.findall(r"^ *-\d-$", out, re.M)
    # the release's second page opens with its continued head, "Zurn Industries, Inc." over
    # "page 2": both go, the sentence under them stays
    assert "Zurn Industries, Inc.\npage 2" in zurn and "page 2" not in out
    assert "\n                             Zurn Industries, Inc." not in out
    assert "\nCommenting on the closure" in out
    union = body("8k_1994_unioncampcorp_1.txt")
    assert "\n                               -2-\nPAGE\n<PAGE>\n" in union
    out = clean_plain_text(union)
    assert not re.findall(r"^(?:PAGE| *-\d-)$", out, re.M)
    assert "Secretary      \n\n\n\n                        INDEX TO EXHIBITS\n" in out


def test_page_number_of_the_last_page_goes():
    text = (
        "Item 7.  Financial Statements and Exhibits.\n\n                                   -2-\n"
        "<PAGE>\n                                   SIGNATURES\n\n"
        "     Pursuant to the requirements of the Securities Exchange Act of 1934, the\n"
        "registrant has duly caused this report to be signed on its behalf by the\n"
        "undersigned hereunto duly authorized.\n\n"
        "                                     ASTA FUNDING, INC.\n\n"
        "                                     By: /s/ Gary Stern\n"
        "                                         Gary Stern, President\n\n"
        "                                   -3-\n\n"
    )
    out = clean_plain_text(text)
    assert out.endswith("                                         Gary Stern, President\n\n\n")
    assert "-2-" not in out and "-3-" not in out
    # without a page break nothing says the last line is a page number
    unpaged = "Dated: May 1, 1996\n\n        12\n"
    assert clean_plain_text(unpaged) == unpaged


def test_transcript_running_head_of_four_lines_and_its_page_number():
    # Asta Funding 2005, EX-99.2: each page of the call transcript opens with a 4-line head
    # and "Page N" below it
    raw = body("8k_2005_astafundinginc_5.txt", 2)
    assert raw.count("Confirmation #8395599\n") == 32
    out = clean_plain_text(raw)
    assert "Moderator: Steve Axelrod" not in out and "Confirmation #" not in out
    assert out.count("ASTA FUNDING INCORPORATED") == 1  # the title page's, upper case below
    assert "ASTA FUNDING INCORPORATED\n\n" in out and "MODERATOR: STEVE AXELROD" in out
    assert not re.findall(r"^ *Page \d+$", out, re.M)
    assert "Before I ask Gary Stern, CEO of Asta Funding to host the" in out


def test_a_year_on_top_of_a_page_is_not_a_page_number():
    text = (
        "continued on the next page\n\n                                   7\n<PAGE>\n"
        "                                                       2004\n"
        "                                                       ----\n"
        "Revenues                                              $ 412\n"
    )
    assert clean_plain_text(text) == (
        "continued on the next page\n\n"
        "                                                       2004\n"
        "                                                       ----\n"
        "Revenues                                              $ 412\n"
    )


_ACME_COVER = (
    "                       SECURITIES AND EXCHANGE COMMISSION\n"
    "                             WASHINGTON, D.C. 20549\n\n"
    "                                    FORM 8-K\n\n"
    "       Date of Report (Date of earliest event reported): February 28, 1997\n\n"
    "                                 ACME CORPORATION\n"
    "             (Exact name of registrant as specified in its charter)\n\n"
)
_ACME_PAGE_2 = (
    "Item 2.  Acquisition or Disposition of Assets.\n\n"
    "         On February 28, 1997, Acme Corporation (the \"Company\") completed\n"
    "the acquisition of Widget Holdings, Inc. for $25 million in cash.\n\n"
)
_ACME_PAGE_3 = (
    "The purchase price was funded from the Company's existing credit facility.\n\n"
    "Item 7.  Financial Statements and Exhibits.\n\n"
    "         (c) Exhibits.  None.\n"
)


def test_company_name_atop_both_later_pages_is_a_running_head():
    # a short 8-K: the company's name alone opens each page after the cover; two pages are
    # every page, so the name is furniture there (the cover's own line stays)
    head = "                                 ACME CORPORATION\n\n"
    text = _ACME_COVER + "<PAGE>\n" + head + _ACME_PAGE_2 + "\f" + head + _ACME_PAGE_3
    out = clean_plain_text(text)
    assert out.count("ACME CORPORATION") == 1
    assert "(Exact name of registrant" in out and "Acme Corporation (the" in out
    assert re.search(r"cash\.\n\n+The purchase price", out)


def test_head_above_the_cover_repeated_atop_the_one_later_page():
    # the head printed above the cover and again atop page 2: the first page's stays
    head = "ACME CORPORATION\n"
    out = clean_plain_text(head + _ACME_COVER + "<PAGE>\n" + head + "\n" + _ACME_PAGE_2)
    assert out.startswith("ACME CORPORATION\n                       SECURITIES")
    assert out.count("ACME CORPORATION") == 2  # the head above the cover, the cover's name
    assert "\n\nItem 2.  Acquisition" in out
    # a line opening the later page once, not above the cover, is no head
    once = _ACME_COVER + "<PAGE>\n" + head + "\n" + _ACME_PAGE_2
    assert clean_plain_text(once).count("ACME CORPORATION") == 2
    # nor is an item heading reprinted over the next page of a short text: the item reader
    # needs it
    item = "ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS\n"
    reprinted = f"{item}\n     (c) Exhibits.\n<PAGE>\n{item}\n     99.1  Press release.\n"
    assert clean_plain_text(reprinted).count(item) == 2


def test_running_head_with_its_page_number_beside_it():
    # "ACME CORPORATION                      3": the number changes, the head repeats
    pages = [_ACME_PAGE_2, _ACME_PAGE_3, "The Company expects no further charges.\n"]
    text = _ACME_COVER
    for n, page in enumerate(pages, 2):
        text += f"<PAGE>\nACME CORPORATION                                         {n}\n\n{page}"
    out = clean_plain_text(text)
    assert out.count("ACME CORPORATION") == 1
    assert "Page" not in out and not re.findall(r"^ACME", out, re.M)
    assert "Acme Corporation (the" in out and "no further charges." in out
    # "Page 2  ACME CORPORATION" on the left: the same
    left = _ACME_COVER + "".join(
        f"<PAGE>\nPage {n}            Acme Corporation\n\n{p}" for n, p in enumerate(pages, 2))
    assert "Acme Corporation\n" not in clean_plain_text(left)


# --- page numbers of a text with no page breaks --------------------------------------------------

_CENTRE = " " * 38
_EMPLOYEES = (
    "     As of December 31, 2001, the Company had approximately 1,240 full-time\n"
    "employees. None of the Company's employees is represented by a labor union, and\n"
    "the Company has never experienced a work stoppage. The Company believes that its\n"
    "relations with its employees are good.\n\n")


def test_aegon_page_numbers_without_page_markers_go():
    # 20f_2001_aegonnv_1.htm: plain text in <html><body><div>, no <PAGE> marker; "-1-" ..
    # "-154-" centred between blank lines atop each page, mid-sentence too
    raw = (FILINGS / "20f_2001_aegonnv_1.htm").read_text(encoding="utf-8")
    text = raw.removeprefix("<html><body><div>").removesuffix("</div></body></html>")
    lines = re.compile(r"^ {30,}-\d{1,3}-$", re.M)
    assert len(lines.findall(text)) == 151 and "<PAGE>" not in text
    out = clean_plain_text(text)
    assert lines.findall(out) == []
    assert ("insurance, property and casualty insurance and limited banking\n\n\n\n"
            "activities. Consistent") in out
    # nothing else changes: the same as cleaning the text without those lines
    assert out == clean_plain_text(re.sub(r"^ {30,}-\d{1,3}-\n", "", text, flags=re.M))


def test_page_number_runs_without_markers_in_every_style():
    # "- 2 -", "-2-", "Page 2", "F-2", a bare centred "2", "ii": one run per style, each line
    # alone between blank lines a page apart, the last paragraph of a page wrapping over it
    for first, style in ((2, "- {} -"), (2, "-{}-"), (2, "Page {}"), (2, "F-{}"), (2, "{}"),
                         (2, "Page {} of 6")):
        pages = [_EMPLOYEES * 8 + f"relations\n\n\n{_CENTRE}{style.format(n)}\n\nwith unions.\n"
                 for n in range(first, first + 4)]
        out = clean_plain_text("".join(pages))
        assert _CENTRE not in out and out.count("relations\n\n\n\nwith unions.") == 4
        assert out.count(_EMPLOYEES) == 32
    roman = "".join(_EMPLOYEES * 8 + f"\n{_CENTRE}{r}\n\n" for r in ("ii", "iii", "iv"))
    assert clean_plain_text(roman) == (_EMPLOYEES * 8 + "\n\n") * 3
    # two "-2-" / "-3-" lines number a short filing's pages; two bare ones may be figures
    short = _EMPLOYEES * 3 + f"\n{_CENTRE}-2-\n\n" + _EMPLOYEES * 3 + f"\n{_CENTRE}-3-\n"
    assert "-2-" not in clean_plain_text(short) and "-3-" not in clean_plain_text(short)
    bare = short.replace("-2-", "2").replace("-3-", "3")
    assert clean_plain_text(bare) == bare


def test_lone_figures_lists_and_years_are_no_page_run():
    # what stays alone between blank lines without counting on page by page
    run = "".join(_EMPLOYEES * 8 + f"\n{_CENTRE}-{n}-\n\n" for n in (7, 8, 9))
    kept = [
        "Number of holders of record:\n\n" + _CENTRE + "312\n\n",  # a lone figure
        "".join(f"{_CENTRE}{n}.\n\n" + _EMPLOYEES for n in (1, 2, 3)),  # a numbered list
        "".join(f"{_CENTRE}{y}\n\n" + _EMPLOYEES for y in (1999, 2000, 2001)),  # years
        "".join(f"{n}\n\n" + _EMPLOYEES * 8 for n in (1, 2, 3)),  # flush left: content
        "".join(f"{_CENTRE}{n}\n\n" + _EMPLOYEES for n in (1, 2, 3)),  # over paragraphs
        "".join(f"{_CENTRE}-{n}-\n\n" + _EMPLOYEES * 8 for n in (31, 45, 60)),  # no sequence
    ]
    for text in kept:
        out = clean_plain_text(run + text)
        assert "-8-" not in out and out.endswith(text), text[:60]
