"""Document text, round 28: page feet of HTML filings."""

from filing2json.parsers.text import html_to_text


def _donnelley_page(text: str, number: int) -> str:
    """A page as Donnelley's EDGARizer printed a 10-K in 2004: the foot is a table, "PAGE" on
    the left and the number on the right, then the page break and its rule."""
    return (
        f'<P STYLE="margin-top:0px;margin-bottom:0px"><FONT SIZE="2">{text}</FONT></P>\n'
        '<P STYLE="margin-top:0px;margin-bottom:0px"><FONT SIZE="1">&nbsp;</FONT></P>\n'
        '<TABLE CELLSPACING="0" CELLPADDING="0" WIDTH="100%" BORDER="0">\n'
        '<TR>\n<TD WIDTH="46%"></TD>\n<TD VALIGN="bottom" WIDTH="46%"></TD>\n'
        '<TD WIDTH="8%"></TD></TR>\n<TR>\n'
        '<TD VALIGN="bottom"><FONT FACE="ARIAL" SIZE="1">PAGE</FONT></TD>\n'
        '<TD VALIGN="bottom"><FONT SIZE="1">&nbsp;</FONT></TD>\n'
        f'<TD VALIGN="bottom" ALIGN="right"><FONT FACE="ARIAL" SIZE="1">{number}</FONT></TD>'
        '</TR>\n</TABLE>\n\n'
        "<p Style='page-break-before:always'>\n"
        '<HR  SIZE="3" COLOR="#999999" WIDTH="100%" ALIGN="CENTER">\n'
    )


def test_page_number_laid_out_in_cells_is_dropped():
    html = (
        _donnelley_page("Our corporate offices are located in Redmond, Washington.", 21)
        + '<TABLE WIDTH="100%"><TR><TD><FONT SIZE="2">Page</FONT></TD>'
        '<TD ALIGN="right"><FONT SIZE="2">22 of 40</FONT></TD></TR></TABLE>'
        '<TABLE WIDTH="100%"><TR><TD ALIGN="center"><B>2004</B></TD><TD>&nbsp;</TD>'
        '<TD ALIGN="center"><B>2003</B></TD></TR>'
        "<TR><TD>Item 5</TD><TD>17</TD></TR></TABLE>"
    )
    assert html_to_text(html) == (
        "Our corporate offices are located in Redmond, Washington.\n\n"
        "2004\t2003\nItem 5\t17\n"
    )


def _workiva_page(text: str, foot: str) -> str:
    """A page as Workiva prints a 10-K: the foot in a positioned box, then the page break."""
    return (
        '<div style="margin-top:12pt;text-align:justify"><span style="color:#000000;'
        "font-family:'Helvetica',sans-serif;font-size:9pt;font-weight:400;line-height:120%\">"
        f"{text}</span></div>"
        '<div style="height:42.75pt;position:relative;width:100%"><div style="bottom:0;'
        'position:absolute;width:100%"><div style="text-align:center"><span style="color:'
        "#000000;font-family:'Helvetica',sans-serif;font-size:8pt;font-weight:400;"
        f'line-height:120%">{foot}</span></div></div></div>'
        '<hr style="page-break-after:always"/><div style="min-height:42.75pt;width:100%">'
        '<div style="text-align:justify"><span><br/></span></div></div>'
    )


def test_running_foot_beside_a_counting_page_number_is_dropped():
    pages = [
        "The Company designs, manufactures and markets smartphones and tablets.",
        "The Company sells its products through its retail and online stores.",
        "The Company faces substantial competition in the markets it serves.",
    ]
    pages.append("The Company had 150,000 full-time employees.")
    html = "".join(
        _workiva_page(text, f"Acme Inc. | 2024 Form 10-K | {n}") for n, text in enumerate(pages, 1)
    )
    assert html_to_text(html) == "\n\n".join(pages) + "\n"


def test_running_foot_in_a_table_row_and_the_last_page_s_foot():
    def page(text: str, n: int) -> str:
        return (
            f"<div><span>{text}</span></div><div><table style='width:100%'><tr>"
            "<td colspan='3' style='text-align:right'><span>TARGET CORPORATION</span></td>"
            "<td colspan='3'><div><img src='logo.jpg' alt='Bullseye.jpg'/></div></td>"
            "<td colspan='3'><span>2025 Form 10-K</span></td>"
            f"<td colspan='3'><div style='text-align:right'><span>{n}</span></div></td>"
            "</tr></table></div>"
        )

    html = (
        page("Net sales were $104.8 billion.", 24) + "<hr style='page-break-after:always'/>"
        + page("Comparable sales decreased 2.7 percent.", 25)
        + "<hr style='page-break-after:always'/>"
        + page("Gross margin rate was 28.2 percent.", 26) + "<hr style='page-break-after:always'/>"
        + page("Operating income was $5.1 billion.", 27)
    )
    assert html_to_text(html) == (
        "Net sales were $104.8 billion.\n\nComparable sales decreased 2.7 percent.\n\n"
        "Gross margin rate was 28.2 percent.\n\nOperating income was $5.1 billion.\n"
    )


def test_repeated_last_lines_that_do_not_count_on_stay():
    # the same line and figure closing three pages does not count on (a table's last row),
    # and a foot counting on over two pages only is too few to tell
    same = "".join(_workiva_page(f"Paragraph {word}.", "Class B holders 5") for word in "abc")
    two = "".join(
        _workiva_page(f"Section {word}.", f"Acme Inc. | Proxy Statement | {n}")
        for n, word in enumerate("de", 1)
    )
    text = html_to_text(same + two + _workiva_page("Running foot of three pages.", "Acme | 1")
                        + _workiva_page("Next.", "Acme | 2") + _workiva_page("Last.", "Acme | 3"))
    assert text.count("Class B holders 5") == 3
    assert "Acme Inc. | Proxy Statement | 1" in text and "Acme Inc. | Proxy Statement | 2" in text
    assert "Acme | 1" not in text and "Acme | 3" not in text
