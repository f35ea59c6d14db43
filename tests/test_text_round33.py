"""Document text, round 33: symbol-font bullets, and paragraphs cut by a page break whose
running head runs to three lines or whose next page opens with a name."""

from filing2json.parsers.text import html_to_text


def test_symbol_font_bullets_read_as_bullets():
    # Word 2003's list (mso-list) and an EDGARizer's table of bullets, as 2005-2012 filings
    # print them: the bullet is Symbol's "&#183;", Wingdings' "&#167;" or "&#216;"
    word = ("<p class=MsoNormal style='margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 "
            "lfo1'><span style='font-family:Symbol'>&#183;<span style='font:7.0pt \"Times New "
            "Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>the timing and success "
            "of new product introductions;</p>")
    square = ('<table cellpadding="0" cellspacing="0" width="100%"><tr><td width="5%"></td>'
              '<td width="3%"><font style="font-family:Wingdings">&#167;</font></td>'
              "<td>Our ability to attract and retain customers.</td></tr></table>")
    arrow = ('<p style="margin-left:36pt;text-indent:-18pt"><font face="Wingdings">&#216;'
             "</font>&nbsp;&nbsp;Net sales increased 5% to $1.2 billion.</p>")
    tick = ('<p><span style="font-family:Wingdings">&#252;</span>&nbsp; Completed the '
            "integration of the acquired business.</p>")
    private = "<p>&#61623;&nbsp;&nbsp;&nbsp;Expanded our distribution network.</p>"
    # a section sign before its number, and a middle dot inside a line, are text
    text = ("<p>&#167; 240.13a-14(a) certifications are filed herewith.</p>"
            "<p>&#167;&nbsp;(b) of the Act applies.</p><p>Apple &#183; Mac &#183; iPhone</p>")
    lines = html_to_text(f"<html><body>{word}{square}{arrow}{tick}{private}{text}</body></html>"
                         ).split("\n")
    assert "\u2022 the timing and success of new product introductions;" in lines
    assert "\u2022\tOur ability to attract and retain customers." in lines
    assert "\u2022 Net sales increased 5% to $1.2 billion." in lines
    assert "\u2713 Completed the integration of the acquired business." in lines
    assert "\u2022 Expanded our distribution network." in lines
    assert "\u00a7 240.13a-14(a) certifications are filed herewith." in lines
    assert "\u00a7 (b) of the Act applies." in lines
    assert "Apple \u00b7 Mac \u00b7 iPhone" in lines


def _page(n: int, head: tuple[str, ...], body: str) -> str:
    """A 2004 RR Donnelley page: its contents link, the part and item atop it, the page foot
    laid out in a table, then the break."""
    top = '<h5 align="left"><a href="#toc">Table of Contents</a></h5>' + "".join(
        f'<P STYLE="margin-top:0px;margin-bottom:0px" ALIGN="center"><FONT FACE="ARIAL" '
        f'SIZE="1"><U>&nbsp;{line}&nbsp;</U></FONT></P>' for line in head)
    foot = ('<TABLE WIDTH="100%"><TR><TD><FONT SIZE="1">PAGE</FONT></TD><TD>&nbsp;</TD>'
            f'<TD ALIGN="right"><FONT SIZE="1">{n}</FONT></TD></TR></TABLE>')
    return (f"{top}{body}{foot}<p Style='page-break-before:always'>"
            '<HR SIZE="3" COLOR="#999999" WIDTH="100%" ALIGN="CENTER">')


def _p(text: str) -> str:
    return ('<P STYLE="margin-top:0px;margin-bottom:0px"><FONT FACE="ARIAL" SIZE="2">'
            f"{text}</FONT></P>")


def test_paragraph_cut_under_a_three_line_running_head_is_joined():
    head = ("Part I", "Item 1")
    html = "<html><body>" + "".join([
        _page(3, head, _p("OEM. Our operating systems are licensed primarily to OEMs under "
                          "agreements that grant the OEMs the right to distribute copies of "
                          "our products with their computers. We have agreements covering one "
                          "or more of our products with virtually all of the")),
        _page(4, head, _p("major PC OEMs, including Acer, Dell, Fujitsu, Gateway, "
                          "Hewlett-Packard, Lenovo, NEC, Samsung, Sony and Toshiba.")
              + _p("Mobile and Embedded Devices. The segment is responsible for the "
                   "development and marketing of products that extend the advantages of the "
                   "Windows platform to many types of devices. We are working closely with "
                   "mobile operators, hardware and ISV partners to")),
        _page(5, head, _p("accelerate the development and availability of smart devices and "
                          "services.")),
        _page(6, head, _p("Item 2. Properties")),
    ]) + "</body></html>"
    lines = html_to_text(html).split("\n")
    assert ("with virtually all of the major PC OEMs, including Acer, Dell, Fujitsu, Gateway, "
            "Hewlett-Packard, Lenovo, NEC, Samsung, Sony and Toshiba.") in lines[lines.index(
                "Table of Contents") + 6]
    joined = [line for line in lines if line.startswith("Mobile and Embedded Devices.")]
    assert joined[0].endswith("hardware and ISV partners to accelerate the development and "
                              "availability of smart devices and services.")
    assert "Item 2. Properties" in lines


def _div(text: str) -> str:
    return ('<div style="margin-top:9pt;text-align:justify"><span style="color:#000000;'
            f"font-family:'Times New Roman',sans-serif;font-size:10pt\">{text}</span></div>")


_WORKIVA_BREAK = ('<div style="height:42.75pt;position:relative;width:100%"></div>'
                  '<div><hr style="page-break-after:always"/></div>'
                  '<div><span><a href="#i1a2b3c_7" style="color:#0000ff">Table of Contents'
                  "</a></span></div>")


def test_paragraph_cut_before_a_name_on_the_next_page_is_joined():
    html = "<html><body>" + _WORKIVA_BREAK + "".join([
        _div("We are also subject to tax controversies in various jurisdictions. For example, "
             "a taxing authority has asserted that tax applies to cloud services fees paid to"),
        _div("34"), _WORKIVA_BREAK,
        _div("Amazon in the U.S. We are contesting this position; however, the outcome is "
             "uncertain."),
        _div("Liquidity and capital resources"),
        _div("35"), _WORKIVA_BREAK,
        _div("Cash provided by operating activities was $139.5 billion."),
        _div("Insurance Programs. In addition to conventional third-party insurance, we have "
             "entered into arrangements with captive insurers; the face value of those was $2.0"),
        _div("36"), _WORKIVA_BREAK,
        _div("billion at December 31, 2025."), _div("37"), _WORKIVA_BREAK,
        _div("The last page."),
    ]) + "</body></html>"
    lines = html_to_text(html).split("\n")
    assert ("a taxing authority has asserted that tax applies to cloud services fees paid to "
            "Amazon in the U.S. We are contesting this position; however, the outcome is "
            "uncertain.") in lines[2]
    # a heading closing a page, or a sentence's end, runs on into nothing
    assert "Liquidity and capital resources" in lines
    assert "Cash provided by operating activities was $139.5 billion." in lines
    assert ("arrangements with captive insurers; the face value of those was $2.0 billion at "
            "December 31, 2025.") in lines[10]
    assert lines.count("Table of Contents") == 3  # the heads inside the joined paragraphs went
