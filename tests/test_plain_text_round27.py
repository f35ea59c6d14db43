"""clean_plain_text, round 27: item headings and column headings that open several pages,
two-column page footers, table tags with attributes, bracketed and "II-3" page numbers."""

from filing2json.parsers import parse
from filing2json.parsers.text import clean_plain_text

_CENTRE = " " * 38

_MDNA = [
    "     Net sales for 1997 increased 14% to $412.6 million from $361.9 million in\n"
    "1996, reflecting higher unit shipments of the Company's process control\n"
    "instruments in North America and Europe.\n\n"
    "     Gross margin improved to 41.2% of net sales in 1997 from 39.8% in 1996,\n"
    "primarily as a result of lower material costs and a more favorable product mix.\n\n",
    "     Selling, general and administrative expenses were $98.4 million in 1997,\n"
    "or 23.8% of net sales, compared with $90.1 million, or 24.9% of net sales, in\n"
    "1996. The increase reflects additional sales personnel in Asia.\n\n",
    "     Research and development expenses increased 9% to $31.7 million in 1997,\n"
    "as the Company continued development of its next generation of analyzers.\n\n"
    "     Interest expense decreased $1.2 million as the Company repaid $15.0\n"
    "million of its senior notes with cash provided by operations.\n\n",
    "     Cash provided by operating activities was $52.3 million in 1997. Capital\n"
    "expenditures of $18.9 million were funded from operations, and the Company\n"
    "expects 1998 capital expenditures of approximately $21 million.\n\n",
]
_ITEM_7 = (
    "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
    "         RESULTS OF OPERATIONS\n\n"
)


def _ten_k(pages: list[str], first: int = 14) -> str:
    cover = (
        "                       SECURITIES AND EXCHANGE COMMISSION\n"
        "                             WASHINGTON, D.C. 20549\n\n"
        "                                   FORM 10-K\n\n"
        "                            ACME INSTRUMENTS, INC.\n"
        "             (Exact name of registrant as specified in its charter)\n\n"
    )
    return cover + "".join(f"{_CENTRE}{n}\n<PAGE>\n{page}" for n, page in enumerate(pages, first))


def test_item_heading_reprinted_over_its_pages_keeps_its_first() -> None:
    # an item heading typed again atop each page of its item: the first is the heading the
    # item reader needs; the later ones are the running head and go
    pages = [
        "ITEM 6.  SELECTED FINANCIAL DATA\n\n" + _MDNA[3],
        _ITEM_7 + _MDNA[0], _ITEM_7 + _MDNA[1], _ITEM_7 + _MDNA[2],
        "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n" + _MDNA[3],
    ]
    out = clean_plain_text(_ten_k(pages))
    assert out.count(_ITEM_7) == 1
    assert _ITEM_7 + _MDNA[0] in out and "<PAGE>" not in out
    assert out.count("RESULTS OF OPERATIONS") == 1
    for text in _MDNA[1:3]:
        assert text in out
    record = parse(_ten_k(pages).encode(), "acme_10k_1997.txt")
    assert "7" in [item["number"] for item in record["items"]]


def test_table_continued_over_pages_keeps_its_column_headings() -> None:
    # a statement of cash flows over three pages, each typed with the company, the title
    # "(Continued)", the units and the table's column headings: the company and title lines
    # are the running head; the column headings carry the table's columns and stay
    head = (
        "                       ACME INSTRUMENTS, INC. AND SUBSIDIARIES\n"
        "                 CONSOLIDATED STATEMENTS OF CASH FLOWS (Continued)\n"
        "                                 (In thousands)\n\n"
        "                                                 Year Ended December 31,\n"
        "                                           1997          1996          1995\n"
        "                                         --------      --------      --------\n"
    )
    rows = [
        "Depreciation and amortization            $ 14,212      $ 12,904      $ 11,385\n"
        "Deferred income taxes                       (1,870)          642         1,208\n",
        "Purchases of property and equipment       (18,931)      (16,402)      (12,977)\n"
        "Proceeds from sale of equipment                412           288           190\n",
        "Repayment of senior notes                 (15,000)           --            --\n"
        "Dividends paid                             (4,118)       (3,954)       (3,712)\n",
        "Net increase in cash and equivalents      $  9,377      $  4,120      $  2,645\n",
    ]
    out = clean_plain_text(_ten_k([_MDNA[0]] + [head + row for row in rows], first=40))
    assert out.count("                                                 Year Ended December 31,\n"
                     "                                           1997          1996          1995\n"
                     ) == 4
    assert "CASH FLOWS (Continued)" not in out and "(In thousands)" not in out
    assert out.count("ACME INSTRUMENTS, INC.") == 1  # the cover's
    for row in rows:
        assert row in out


_FOOT = "Acme Instruments, Inc. - 1997 Form 10-K"


def test_two_column_page_footer_goes() -> None:
    # "Acme Instruments, Inc. - 1997 Form 10-K          12": the same words closing each
    # page, the page number beside them counting on; the last page's too
    text = "".join(
        f"{page}{_FOOT}{' ' * (79 - len(_FOOT) - len(str(n)))}{n}\n<PAGE>\n"
        for n, page in enumerate(_MDNA[:3], 11)
    ) + _MDNA[3] + f"{_FOOT}{' ' * 38}14\n"
    out = clean_plain_text(text)
    assert _FOOT not in out
    assert out == "".join(_MDNA)
    # the number on the left, the words on the right
    left = "".join(f"{page}{_CENTRE}{n}        Annual Report 1997\n<PAGE>\n"
                   for n, page in enumerate(_MDNA, 2))
    assert "Annual Report" not in clean_plain_text(left)
    # a table row closing each page, its figure not counting on, stays
    rows = "".join(f"{page}Total shares voted                            {n}\n<PAGE>\n"
                   for n, page in zip(_MDNA, (412, 96, 388, 240), strict=True))
    assert clean_plain_text(rows).count("Total shares voted") == 4


def test_table_tags_with_attributes_or_in_mixed_case() -> None:
    text = (
        "     The following table sets forth the components of net sales:\n\n"
        "<TABLE WIDTH=\"100%\">\n<Caption>\n"
        "                                           1997          1996\n"
        "</Caption>\n<S>                                     <C>           <C >\n"
        "Instruments                              $ 301,224     $ 262,781\n"
        "Services                                   111,402        99,133\n"
        "</Table>\n\n     Services grew 12%.\n"
    )
    assert clean_plain_text(text) == (
        "     The following table sets forth the components of net sales:\n\n"
        "                                           1997          1996\n"
        "Instruments                              $ 301,224     $ 262,781\n"
        "Services                                   111,402        99,133\n"
        "\n     Services grew 12%.\n"
    )


def test_bracketed_page_numbers() -> None:
    # "(2)" centred over the page break
    bracketed = "".join(f"{page}\n{_CENTRE}({n})\n<PAGE>\n" for n, page in enumerate(_MDNA, 2))
    assert clean_plain_text(bracketed) == "".join(f"{page}\n" for page in _MDNA)
    # a list's "(1)" typed flush left over its text at the top of a page stays
    listed = (
        "     The Notes are subject to redemption as follows:\n\n"
        f"{_CENTRE}7\n<PAGE>\n"
        "     (1)\n     at the option of the Company, in whole or in part, on or after\n"
        "June 1, 2002, at the redemption prices set forth below.\n"
    )
    assert "     (1)\n     at the option" in clean_plain_text(listed)


def test_part_ii_page_numbers() -> None:
    # "II-3" numbers the pages of a registration statement's Part II
    part_ii = (
        "Item 16.  Exhibits and Financial Statement Schedules.\n\n"
        "     (a) Exhibits. See the Exhibit Index on page II-6.\n\n"
        f"{_CENTRE}II-3\n<PAGE>\n"
        "Item 17.  Undertakings.\n\n"
        "     The undersigned registrant hereby undertakes to provide to the\n"
        "underwriter at the closing specified in the underwriting agreement.\n\n"
        f"{_CENTRE}II-4\n<PAGE>\n"
    )
    out = clean_plain_text(part_ii)
    assert "II-3" not in out and "II-4" not in out and "page II-6." in out


def test_a_three_cell_running_head_naming_the_form_still_goes() -> None:
    # "ACME CORP   FORM 10-Q   March 31, 2004" atop each page is a running head, not a
    # table's column headings: only the first page keeps it
    page = ("ACME CORP            FORM 10-Q            March 31, 2004\n\n"
            "Net sales for the quarter were {n} percent higher than a year earlier, as the\n"
            "new widget line sold through in every region.\n\n")
    text = "<PAGE>\n".join(page.format(n=n) for n in range(11, 16))
    out = clean_plain_text(text)
    assert out.count("FORM 10-Q") == 1
    assert all(f"were {n} percent" in out for n in range(11, 16))


def test_a_three_cell_running_head_first_on_its_page_goes() -> None:
    # a running head's left, centre and right parts, first on each page, are no table's
    # column headings (found by an audit: the head stayed on every page)
    for head in ("ACME WIDGET CORPORATION      ANNUAL REPORT      DECEMBER 31, 1998",
                 "Acme Widget Corp.       Notes to Consolidated Financial Statements      "
                 "(Continued)"):
        page = (head + "\n\n"
                "Net sales for the year were {n} percent higher than a year earlier, as the\n"
                "new widget line sold through in every region.\n\n")
        out = clean_plain_text("<PAGE>\n".join(page.format(n=n) for n in range(11, 16)))
        assert out.count(head) == 1, head
        assert all(f"were {n} percent" in out for n in range(11, 16))
