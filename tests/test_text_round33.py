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
    # (since round 67 a running head atop each page reads once, its first: the joined
    # paragraph was lines[10], 3 heads were left)
    assert ("arrangements with captive insurers; the face value of those was $2.0 billion at "
            "December 31, 2025.") in lines[8]
    assert lines.count("Table of Contents") == 1  # the heads inside the joined paragraphs went


def test_section_sign_and_slashed_o_before_what_they_cite_stay_as_typed():
    # a credit agreement's or a plan's references, and a diameter, set in Times New Roman
    cites = "".join(f'<p style="margin:0in 0in 6pt">{text}</p>' for text in (
        "&#167;&nbsp;&nbsp;Section 2.1&nbsp;&nbsp;Definitions",
        "&#167; Section 16(a) Beneficial Ownership Reporting Compliance",
        "&#167; Rule 10b-5 claims brought by purchasers of the notes",
        "&#167; IV.B of the Plan",
        "&#216; 1,200 mm steel pipe for the Baltic Pipe project",
        "&#216; &#216;rsted A/S, our partner in the Hornsea 2 wind farm",
    ))
    # Wingdings bullets before words that only look like a citation stay bullets
    bullets = "".join(
        f'<p style="margin-left:36pt;text-indent:-18pt"><font face="Wingdings">{glyph}</font>'
        f"&nbsp;&nbsp;{text}</p>" for glyph, text in (
            ("&#167;", "Title insurance premiums rose 8%."),
            ("&#167;", "Rules and regulations affecting our business may change."),
            ("&#216;", "Net sales increased 5% to $1.2 billion."),
        ))
    lines = html_to_text(f"<html><body>{cites}{bullets}</body></html>").split("\n")
    assert "\u00a7 Section 2.1 Definitions" in lines
    assert "\u00a7 Section 16(a) Beneficial Ownership Reporting Compliance" in lines
    assert "\u00a7 Rule 10b-5 claims brought by purchasers of the notes" in lines
    assert "\u00a7 IV.B of the Plan" in lines
    assert "\u00d8 1,200 mm steel pipe for the Baltic Pipe project" in lines
    assert "\u00d8 \u00d8rsted A/S, our partner in the Hornsea 2 wind farm" in lines
    assert "\u2022 Title insurance premiums rose 8%." in lines
    assert "\u2022 Rules and regulations affecting our business may change." in lines
    assert "\u2022 Net sales increased 5% to $1.2 billion." in lines


def test_page_head_no_running_head_rule_knows_is_not_glued_to_the_paragraph():
    # 2004 RR Donnelley pages: "Part I" tops two pages only, "Part II" three
    rrd = "<html><body>" + "".join([
        _page(3, ("Part I",), _p("We make widgets. Our products are sold through distributors "
                                 "and retailers, and we compete with the")),
        _page(4, ("Part I",), _p("Widget Manufacturers Association members.")),
        _page(5, ("Part II",), _p("Our annual reports, quarterly reports and current reports are "
                                  "filed with the")),
        _page(6, ("Part II",), _p("Securities and Exchange Commission (the \u201cSEC\u201d). You "
                                  "may read and copy any materials we file at the SEC.")),
        _page(7, ("Part II",), _p("Item 6. Selected Financial Data")),
    ]) + "</body></html>"
    lines = html_to_text(rrd).split("\n")
    assert "We make widgets. Our products are sold through distributors and retailers, and we " \
           "compete with the" in lines
    assert lines.count("Part I") == 2
    assert ("Our annual reports, quarterly reports and current reports are filed with the "
            "Securities and Exchange Commission (the \u201cSEC\u201d). You may read and copy any "
            "materials we file at the SEC.") in lines
    # a Workiva page whose head carries its page number; a release's page-two head
    brk = '<div><hr style="page-break-after:always"/></div>'
    workiva = "<html><body>" + "".join(
        f"{_div(f'ACME CORPORATION 2023 FORM 10-K {n}')}{_div(text)}{brk}" for n, text in (
            (3, "Our products compete with those sold by other manufacturers of the"),
            (4, "Each of our plants is certified under ISO 9001."), (5, "Our backlog fell."),
        )) + "</body></html>"
    lines = html_to_text(workiva).split("\n")
    assert "Our products compete with those sold by other manufacturers of the" in lines
    assert "ACME CORPORATION 2023 FORM 10-K 4" in lines
    release = ("<html><body><p>\u201cWe delivered strong growth this quarter,\u201d said John "
               "Smith, President and Chief Executive Officer of the</p>"
               '<p style="page-break-before:always">&nbsp;</p>'
               "<p>Acme Corporation Q3 2010 Results</p><p>Page 2</p>"
               "<p>company. \u201cWe expect continued momentum.\u201d</p></body></html>")
    lines = html_to_text(release).split("\n")
    assert lines[0].endswith("President and Chief Executive Officer of the")
    assert "Acme Corporation Q3 2010 Results" in lines


def test_long_line_ending_in_a_figure_runs_on_only_into_its_scale():
    # eBay's cover: the market value closes the line with no full stop; the next page opens with
    # its contents link and the report's title, in lowercase
    html = "<html><body>" + _WORKIVA_BREAK + "".join([
        _div("The aggregate market value of the voting and non-voting common equity held by "
             "non-affiliates of the registrant, based on the closing price on the Nasdaq Global "
             "Select Market on June 30, 2023, was $12,345,678,901"),
        _div("1"), _WORKIVA_BREAK, _div("eBay Inc. Annual Report on Form 10-K"), _div("2"),
        _WORKIVA_BREAK, _div("Item 1. Business"), _div("3"), _WORKIVA_BREAK, _div("The end."),
    ]) + "</body></html>"
    lines = html_to_text(html).split("\n")
    assert lines[2].endswith("on June 30, 2023, was $12,345,678,901")
    assert "eBay Inc. Annual Report on Form 10-K" in lines
