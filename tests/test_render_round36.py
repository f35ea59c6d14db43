"""Document text, round 36: page breaks of short HTML releases."""

from filing2json.parsers.text import html_to_text

_SPAN = "color:#000000;font-family:'Times New Roman',serif;font-size:10pt;line-height:120%"


def _div(text: str, top: int = 12) -> str:
    return (f'<div style="margin-top:{top}pt;text-align:justify">'
            f'<span style="{_SPAN}">{text}</span></div>')


def _page_end(number: int) -> str:
    """A Workiva page foot: the page number in a positioned box, then the break."""
    return (
        '<div style="height:42.75pt;position:relative;width:100%"><div style="padding-left:'
        f'283.5pt;position:absolute;width:45pt"><span style="{_SPAN}">{number}</span></div>'
        '</div><div><hr style="page-break-after:always"/></div>'
    )


def _head() -> str:
    return (f'<div style="text-align:right"><span style="{_SPAN}">'
            "Acme Robotics Q3 2024 Results</span></div>")


def test_release_of_three_pages_joins_paragraph_past_head_atop_both_later_pages():
    html = (
        _div("Gross margin for the quarter was 48.2%, compared with 46.9% in the third quarter "
             "of 2023, and the effective tax rate was 17.5% as the Company continued to")
        + _page_end(1) + _head()
        + _div("benefit from research and development credits. Cash and investments totaled "
               "$1.2 billion at quarter end.")
        + _div("&#8220;We ended the quarter with a record backlog,&#8221; added John Rivera, "
               "Chief Financial Officer of Acme Robotics, in a statement.")
        + _page_end(2) + _head()
        + _div("About Acme Robotics") + _div("Acme Robotics, Inc. designs industrial robots.")
    )
    assert html_to_text(html).split("\n\n")[:2] == [
        "Gross margin for the quarter was 48.2%, compared with 46.9% in the third quarter of "
        "2023, and the effective tax rate was 17.5% as the Company continued to benefit from "
        "research and development credits. Cash and investments totaled $1.2 billion at "
        "quarter end.",
        "\u201cWe ended the quarter with a record backlog,\u201d added John Rivera, Chief "
        "Financial Officer of Acme Robotics, in a statement.",
    ]
    # one break: a line over the second page may be a heading; the parts stay apart
    html = (
        _div("Operating expenses were $121.3 million as the Company continued to")
        + _page_end(1) + _head()
        + _div("benefit from research and development credits.")
    )
    assert html_to_text(html) == (
        "Operating expenses were $121.3 million as the Company continued to\n\n"
        "Acme Robotics Q3 2024 Results\n\n"
        "benefit from research and development credits.\n"
    )


def test_head_in_cells_with_its_page_number_is_passed_over_when_joining():
    # a 1990s-2000s release: the running head laid out as a two-cell row with "Page N"
    def para(text: str) -> str:
        return (f"<p style='margin:0;text-align:justify'><font size=2>{text}</font></p>"
                "<p style='margin:0'>&nbsp;</p>")

    def head(number: int) -> str:
        return (
            "<p style='page-break-before:always'>&nbsp;</p><table width='100%'><tr><td>"
            "<font size=1>Acme Corporation Reports Third Quarter Results</font></td>"
            f"<td align=right><font size=1>Page {number}</font></td></tr></table>"
        )

    html = (
        para("Net revenues increased 23% to $48.3 million, and gross margin improved as the "
             "Company continued to")
        + head(2) + para("benefit from lower component costs.")
        + para("Operating expenses reflect higher research spending and the new facility in")
        + head(3) + para("Austin, Texas, which opened in July and employs 120 engineers and staff.")
        + para("Cash totaled $40 million, and the Company repurchased 200,000 shares in the")
        + head(4) + para("quarter.")
    )
    assert html_to_text(html) == (
        "Net revenues increased 23% to $48.3 million, and gross margin improved as the Company "
        "continued to benefit from lower component costs.\n\n"
        "Operating expenses reflect higher research spending and the new facility in Austin, "
        "Texas, which opened in July and employs 120 engineers and staff.\n\n"
        "Cash totaled $40 million, and the Company repurchased 200,000 shares in the quarter.\n"
    )


def test_a_table_unit_line_or_row_atop_both_later_pages_is_no_running_head() -> None:
    # (audit) a three-page document whose later pages both open with "(in thousands)" or a
    # row "Revenue | 12": a real line of each page, no head to join a paragraph past
    brk = '<hr style="page-break-after:always">'
    units = ("<html><body><p>Acme reported results.</p><p>The following table sets forth "
             "certain operating data for the periods indicated</p>" + brk
             + "<p>(in thousands)</p><p>excluding discontinued operations, which are "
             "presented separately.</p><table><tr><td>Net sales</td><td>1,234</td></tr>"
             "</table>" + brk + "<p>(in thousands)</p><table><tr><td>Total assets</td>"
             "<td>9,999</td></tr></table><p>End.</p></body></html>")
    assert "(in thousands)" in html_to_text(units).split("\n")
    rows = ("<html><body><p>Acme reported results.</p><p>Net revenue for the quarter rose on "
            "strong demand in</p>" + brk + "<table><tr><td>Revenue</td><td>12</td></tr>"
            "</table><p>the Americas and Europe.</p>" + brk + "<table><tr><td>Revenue</td>"
            "<td>15</td></tr></table><p>More.</p></body></html>")
    assert "Revenue\t12" in html_to_text(rows).split("\n")
