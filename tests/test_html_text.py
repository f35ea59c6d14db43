"""html_to_text: rendering rules on small snippets and on real corpus documents."""

import re

import pytest

from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.text import html_to_text
from support import FILINGS, filing


def lines_of(name: str, sequence: int | None = None) -> list[str]:
    text = decode_bytes((FILINGS / name).read_bytes())[0]
    docs = read_envelope(text).documents
    doc = docs[0] if sequence is None else next(d for d in docs if d.sequence == sequence)
    return html_to_text(doc.body).split("\n")


# -- rules, on small snippets ---------------------------------------------------------------


def test_inline_elements_join_and_blocks_break():
    html = "<p><b>ITEM</b><b> 2.02</b> <span>Results of Operations</span></p><div>Next</div>"
    assert html_to_text(html) == "ITEM 2.02 Results of Operations\n\nNext\n"


def test_table_row_is_one_line_of_tab_separated_non_empty_cells():
    html = (
        "<table><tr><td>California</td><td>&nbsp;</td><td>001-36743</td></tr>"
        "<tr><td>(State of<br>incorporation)</td><td></td><td>(File No.)</td></tr></table>"
    )
    assert html_to_text(html) == "California\t001-36743\n(State of incorporation)\t(File No.)\n"


def test_nested_table_stays_inside_its_cell():
    html = "<table><tr><td>Outer<table><tr><td>a</td><td>b</td></tr></table></td><td>x</td></tr>"
    assert html_to_text(html) == "Outer a b\tx\n"


def test_cells_with_inline_hidden_and_block_content():
    # leaf cells, inline pieces, a hidden span, blocks inside a cell, a blank cell
    html = (
        "<table><tr><td>a</td><td> <font>b</font>\n<span style='display:none'>x</span>c</td>"
        "<td><p>d</p>e<div>f</div></td><td>\n&nbsp;</td></tr></table>"
    )
    assert html_to_text(html) == "a\tb c\td e f\n"


def test_whitespace_only_line_before_br_is_a_spacer():
    assert html_to_text("<div>a <br> </div><div> \n <br>b</div>") == "a\n\nb\n"


def test_entities_nbsp_and_space_runs():
    assert html_to_text("<p>Text &amp;&nbsp;&nbsp; more \n\t here&#8217;s</p>") == (
        "Text & more here\u2019s\n"
    )


def test_dropped_content():
    html = (
        "<html><head><title>Title</title><style>p {}</style></head><body>"
        "<script>var a = 1;</script><div style='display: none'><ix:header><ix:hidden>"
        "<ix:nonNumeric name='dei:AmendmentFlag'>false</ix:nonNumeric></ix:hidden></ix:header>"
        "</div><p>Visible<span style='DISPLAY:NONE'> hidden</span></p></body></html>"
    )
    assert html_to_text(html) == "Visible\n"


def test_page_breaks_and_page_numbers():
    html = (
        "<div>End of page one</div><div>- 1 -</div><hr><div>2</div><div>Page 3</div>"
        "<div style='page-break-before: always'>Next page</div><div>F-4</div><div>2024</div>"
    )
    assert html_to_text(html) == "End of page one\n\nNext page\n2024\n"


def test_at_most_one_blank_line():
    assert html_to_text("<div>a</div><div><br></div><div><br></div><p></p><p>b</p>") == "a\n\nb\n"
    assert html_to_text("a<br>b<br><br><br>c") == "a\nb\n\nc\n"


def test_pre_keeps_lines_and_columns():
    html = "<pre>  Col A     Col B\n  1         2\n</pre><p>after</p>"
    assert html_to_text(html) == "  Col A     Col B\n  1         2\n\nafter\n"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>unclosed <b>bold <div>broken</p></i></table>", "unclosed bold\nbroken\n"),
        ("<?xml version='1.0' encoding='ASCII'?><html><body><p>decl</p></body></html>", "decl\n"),
        (
            "<XBRL>\n<?xml version='1.0' encoding='utf-8'?>\n<html><body>Wrapped</body></html>",
            "Wrapped\n",
        ),
        ("<!-- x --><?xml version='1.0' encoding='utf-8'?><p>caf\u00e9</p>", "caf\u00e9\n"),
        ("", ""),
        ("   \n", ""),
        ("<html><body></body></html>", ""),
        ("<<<>>>&&&;;<//>", "<<<>>>&&&;;\n"),
    ],
)
def test_odd_input_never_crashes(html, expected):
    assert html_to_text(html) == expected


def test_huge_flat_input():
    html = "<div>" + "<span>word</span> " * 200_000 + "</div>" + "<p>para</p>" * 50_000
    lines = html_to_text(html).split("\n")
    assert lines[0] == " ".join(["word"] * 200_000)
    assert lines.count("para") == 50_000


def test_nesting_past_the_parser_depth_limit():
    # libxml2 stops a tree at depth 2048; unclosed <font> tags in old filings get there.
    # Rendered from the parser's events, no tree is built, and the text must come out whole.
    html = "<p>Item 1.</p>" + "<font size=2>" * 5000 + "<p>Item 2.</p><table><tr><td>a</td><td>b"
    assert html_to_text(html) == "Item 1.\n\nItem 2.\n\na\tb\n"
    out = html_to_text("<div>" * 5000 + "deep" + "</div>" * 5000)
    assert out == "deep\n"


# -- real filings ---------------------------------------------------------------------------


def test_iff_2025_cover():
    lines = lines_of("8k_2025_internationalflavorsan_1.htm")
    assert lines[:4] == [
        "UNITED STATES",
        "SECURITIES AND EXCHANGE COMMISSION",
        "Washington, D.C. 20549",
        "",
    ]
    assert "FORM 8-K" in lines
    assert "Date of report (Date of earliest event reported): May 1, 2025" in lines
    assert "INTERNATIONAL FLAVORS & FRAGRANCES INC." in lines
    assert "(Exact Name of Registrant as Specified in its Charter)" in lines
    assert "New York\t1-4858\t13-1432060" in lines
    assert (
        "(State or Other Jurisdiction of Incorporation)\t(Commission File Number)\t"
        "(IRS Employer Identification No.)"
    ) in lines
    assert "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered" in (
        lines
    )
    assert "1.800% Senior Notes due 2026\tIFF 26\tNew York Stock Exchange" in lines
    assert "Item 5.07.\tSubmission of Matters to a Vote of Security Holders." in lines
    assert "Kathryn J. Boor\t217,838,219\t3,685,078\t216,749\t9,674,110" in lines


def test_apple_2024_ixbrl_cover_and_hidden_header():
    lines = lines_of("8k_2024_appleinc_1.txt", 1)
    i = lines.index("Date of Report (Date of earliest event reported)")
    assert lines[i - 1] == "February 1, 2024"
    assert "Apple Inc." in lines
    assert "California\t001-36743\t94-2404110" in lines
    assert "Item 2.02 Results of Operations and Financial Condition." in lines
    assert "0.875% Notes due 2025\t\u2014\tThe Nasdaq Stock Market LLC" in lines
    # ix:header (display:none) holds the CIK and the amendment flag: not rendered
    assert not any("0000320193" in line for line in lines)
    assert "false" not in lines


def test_old_html_2000_rock_of_ages():
    lines = lines_of("8k_2000_rockofagescorp_1.txt", 1)
    assert "Date of Report (Date of earliest event reported): September 22, 2000" in lines
    assert "ROCK OF AGES CORPORATION" in lines
    assert "DELAWARE\t0-29464\t03-153200" in lines
    assert "ITEM 5. OTHER EVENTS." in lines


def test_page_numbers_of_plymouth_20f_are_dropped():
    raw = (FILINGS / "20f_2021_plymouthrocktechnologi_1.htm").read_text()
    assert len(re.findall(r'<p style="text-align: center;">\d{1,3}</p>', raw)) == 70
    lines = lines_of("20f_2021_plymouthrocktechnologi_1.htm")
    assert not [line for line in lines if re.fullmatch(r"\d{1,3}", line)]
    assert "PLYMOUTH ROCK TECHNOLOGIES INC." in lines
    assert "(Exact name of Registrant as specified in its charter)" in lines


def test_plain_text_in_html_wrapper_keeps_its_layout():
    lines = lines_of("20f_2001_aegonnv_1.htm")
    assert "                                  AEGON N.V." in lines
    assert "For the fiscal year ended                December 31, 2000" in lines
    assert not any(line.startswith(("<TABLE>", "<S>", "<html")) for line in lines)


def test_every_corpus_html_document_renders():
    for path in sorted(FILINGS.iterdir()):
        if path.suffix not in (".txt", ".htm"):
            continue
        docs = read_envelope(decode_bytes(path.read_bytes())[0]).documents
        for doc in docs:
            if doc.format == "html":
                out = html_to_text(doc.body)
                assert "\n\n\n" not in out, (path.name, doc.sequence)
                assert "<html" not in out.lower()[:200], (path.name, doc.sequence)


def test_regex_fallback_keeps_rows_and_lines():
    from filing2json.parsers.text.html_text import _fallback

    html = (FILINGS / "8k_2025_internationalflavorsan_1.htm").read_text()
    lines = _fallback(html).split("\n")
    assert "Date of report (Date of earliest event reported): May 1, 2025" in lines
    assert "New York\t1-4858\t13-1432060" in lines
    assert "521 West 57th Street New York, New York\t10019" in lines
    assert not any("dei:" in line or "<" in line for line in lines)


def test_inline_element_set_off_by_left_padding() -> None:
    # Caterpillar 2022: footnote markers and their text are two <font>s, the second one
    # padded ("iii.<font style='...;padding-left:8.88pt'>Information ...")
    html = ("<div><font style='font-weight:700'>iii.</font><font style='font-weight:700;"
            "padding-left:8.88pt'>Information on non-GAAP financial measures</font></div>"
            "<p><span>Net</span><span style='padding-left:0pt'>work</span></p>")
    assert html_to_text(html) == (
        "iii. Information on non-GAAP financial measures\n\nNetwork\n")
    (release,) = filing("8k_2022_caterpillarinc_1.txt")["press_releases"]
    assert "\n\niii. Information on non-GAAP financial measures" in release["body"]


def test_inline_element_set_off_by_left_margin_or_a_spacer_box() -> None:
    # a heading's number and title parted by a margin, or by an empty sized inline-block
    html = ("<p><span>Item 2.02</span><span style='margin-left:36pt'>Results of Operations "
            "and Financial Condition</span></p>"
            "<p>Item 9.01<span style='display:inline-block;width:40pt'></span>Financial "
            "Statements and Exhibits</p>"
            "<p><span>Net</span><span style='margin-left:0pt'>work</span></p>")
    assert html_to_text(html) == (
        "Item 2.02 Results of Operations and Financial Condition\n\n"
        "Item 9.01 Financial Statements and Exhibits\n\nNetwork\n")


def test_list_items_of_a_bulleted_list_start_with_a_bullet():
    # Plymouth Rock 2021's risk factor list is a <ul>: a browser shows each item bulleted
    lines = lines_of("20f_2021_plymouthrocktechnologi_1.htm")
    assert "\u2022 litigation;" in lines
    assert "\u2022 inclusion in or dropping from stock indexes." in lines


def test_bullets_only_for_unordered_lists_and_once_per_item():
    html = ("<ul><li><p>First point</p><p>goes on</p></li><li>Second</li></ul>"
            "<ol><li>Numbered</li></ol>"
            "<table><tr><td><ul><li>In a cell</li></ul></td></tr></table>")
    assert html_to_text(html) == (
        "\u2022 First point\n\ngoes on\n\n\u2022 Second\n\n1. Numbered\n\nIn a cell\n"
    )


def test_lone_cell_of_a_layout_table_keeps_its_lines():
    # 2000s HTML laid out in a one-row table (spacer cells either side): the document, with
    # its nested cover table, is the row's only non-empty cell and must not become one line
    body = (
        "On April 20, 2006, First Keystone Financial, Inc. (the &#147;Company&#148;) issued a "
        "press release announcing its results of operations for the quarter ended March 31, "
        "2006. A copy of the press release is attached as Exhibit 99.1 to this report and is "
        "incorporated herein by reference."
    )
    html = (
        '<TABLE WIDTH="100%" BORDER="0"><TR><TD WIDTH="3%">&nbsp;</TD><TD WIDTH="94%">\n'
        '<P ALIGN="CENTER"><FONT SIZE="2"><B>UNITED STATES<BR>\nSECURITIES AND EXCHANGE '
        "COMMISSION</B><BR>\nWashington, D.C. 20549</FONT></P>\n"
        '<P ALIGN="CENTER"><FONT SIZE="4"><B>FORM 8-K</B></FONT></P>\n'
        '<TABLE WIDTH="100%"><TR><TD ALIGN="CENTER"><FONT SIZE="2">Pennsylvania</FONT></TD>'
        '<TD ALIGN="CENTER">000-25328</TD><TD ALIGN="CENTER">23-2576479</TD></TR>\n'
        "<TR><TD><FONT SIZE=1>(State or other jurisdiction<BR>of incorporation)</FONT></TD>"
        "<TD>(Commission File Number)</TD><TD>(IRS Employer<BR>Identification No.)</TD></TR>"
        "</TABLE>\n"
        "<P><FONT SIZE=2><B>Item 2.02&nbsp;&nbsp;Results of Operations and Financial "
        f"Condition.</B></FONT></P>\n<P><FONT SIZE=2>{body}</FONT></P>\n"
        '<P ALIGN="CENTER"><FONT SIZE=2>2</FONT></P>\n'
        '</TD><TD WIDTH="3%">&nbsp;</TD></TR></TABLE>'
        # a signature block alone in its cell is not a layout: it stays one line
        "<TABLE><TR><TD></TD><TD><P>Rose M. DiMarco</P><P>Chief Financial Officer</P></TD>"
        "</TR></TABLE>"
    )
    assert html_to_text(html).split("\n") == [
        "UNITED STATES",
        "SECURITIES AND EXCHANGE COMMISSION",
        "Washington, D.C. 20549",
        "",
        "FORM 8-K",
        "",
        "Pennsylvania\t000-25328\t23-2576479",
        "(State or other jurisdiction of incorporation)\t(Commission File Number)\t"
        "(IRS Employer Identification No.)",
        "",
        "Item 2.02 Results of Operations and Financial Condition.",
        "",
        body.replace("&#147;", "\u201c").replace("&#148;", "\u201d"),
        "",
        "Rose M. DiMarco Chief Financial Officer",
        "",
    ]


def test_block_styled_display_inline_flows_on():
    # EDGARizer marks up a bold or underlined run inside a sentence as an inline <div>; an
    # inline-block box sets off the text on either side; an inline-table is still a table
    html = (
        '<div style="DISPLAY: block; TEXT-INDENT: 0pt"><div style="DISPLAY: inline; '
        'FONT-WEIGHT: bold">Item 5.02</div><font style="DISPLAY: inline">&#160;&#160;</font>'
        '<div style="DISPLAY: inline; FONT-WEIGHT: bold">Departure of Directors or Certain '
        "Officers.</div></div>"
        '<div style="DISPLAY: block">On March 3, 2009, the Board appointed <div style="DISPLAY: '
        'inline; TEXT-DECORATION: underline">John A. Smith</div> as Chief Executive Officer.</div>'
        '<div style="margin-top:12pt"><div style="display:inline-block;min-width:72pt">'
        '<span style="font-weight:700">Item 8.01</span></div><div style="display:inline">'
        "<span>Other Events.</span></div></div>"
        '<table style="display:inline-table"><tr><td>a</td><td>b</td></tr></table>'
    )
    assert html_to_text(html) == (
        "Item 5.02 Departure of Directors or Certain Officers.\n"
        "On March 3, 2009, the Board appointed John A. Smith as Chief Executive Officer.\n"
        "\nItem 8.01 Other Events.\n\na\tb\n"  # a 12pt top margin parts paragraphs
    )


def test_non_breaking_hyphen_reads_as_a_hyphen():
    # Workiva / Toppan Merrill keep "8-K" and file numbers unbroken with &#8209;
    html = (
        '<div style="text-align:center"><span style="font-weight:bold">FORM 8&#8209;K</span>'
        "</div><table><tr><td>Delaware</td><td>001&#8209;02217</td><td>58&#8209;0628465</td>"
        "</tr></table><div><span>The Coca\u2011Cola Company</span></div>"
    )
    assert html_to_text(html) == (
        "FORM 8-K\n\nDelaware\t001-02217\t58-0628465\n\nThe Coca-Cola Company\n"
    )
