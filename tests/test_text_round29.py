"""Document text, round 29: paragraph gaps, block spans and page breaks of HTML filings."""

from filing2json.parsers import parse
from filing2json.parsers.text import html_to_text
from support import submission

_SPAN = (
    "color:#000000;font-family:'Times New Roman',sans-serif;font-size:10pt;font-weight:400;"
    "line-height:120%"
)


def _div(text: str, top: int = 12, extra: str = "") -> str:
    """A paragraph as Workiva prints one: a div spaced by its top margin, its text in a span."""
    return (
        f'<div style="margin-top:{top}pt;text-align:justify{extra}"><span style="{_SPAN}">'
        f"{text}</span></div>"
    )


def _bullet(text: str) -> str:
    return (
        '<div style="margin-top:6pt;padding-left:18pt;text-indent:-18pt">'
        f'<span style="{_SPAN}">&#8226;</span>'
        f'<span style="padding-left:13.5pt;{_SPAN}">{text}</span></div>'
    )


def test_workiva_divs_spaced_by_a_margin_are_paragraphs():
    html = (
        _div("Item 2.02 Results of Operations and Financial Condition.", 18)
        + _div("On May 2, 2023, Acme Widgets, Inc. issued a press release announcing its results "
               "for the first quarter ended March 31, 2023.")
        + _div("The information in this Item 2.02 shall not be deemed &#8220;filed&#8221;.")
        # a cover's lines stacked 1-3pt apart stay together
        + _div("100 Main Street, Springfield, Illinois 62701", 2)
        + _div("(Address of principal executive offices) (Zip Code)", 0)
    )
    assert html_to_text(html) == (
        "Item 2.02 Results of Operations and Financial Condition.\n\n"
        "On May 2, 2023, Acme Widgets, Inc. issued a press release announcing its results for "
        "the first quarter ended March 31, 2023.\n\n"
        "The information in this Item 2.02 shall not be deemed \u201cfiled\u201d.\n"
        "100 Main Street, Springfield, Illinois 62701\n"
        "(Address of principal executive offices) (Zip Code)\n"
    )


def test_workiva_release_s_last_highlight_ends_at_its_bullet():
    main = "".join([
        _div("Item 2.02 Results of Operations and Financial Condition.", 18),
        _div("On May 2, 2023, Acme Widgets, Inc. issued a press release announcing its results "
             "for the first quarter ended March 31, 2023, furnished as Exhibit 99.1."),
    ])
    release = "".join([
        _div("Exhibit 99.1", 0),
        _div("Acme Widgets Reports First Quarter 2023 Results", 12, ";font-weight:700"),
        _div("SPRINGFIELD, Ill., May 2, 2023 &#8212; Acme Widgets, Inc. (NYSE: ACME) today "
             "reported results for the first quarter ended March 31, 2023."),
        _div("First Quarter Highlights", 12, ";font-weight:700"),
        _bullet("Revenue of $1.2 billion, up 12% year over year"),
        _bullet("Operating cash flow of $210 million"),
        _div("&#8220;We delivered a strong start to the year,&#8221; said John Doe, Chief "
             "Executive Officer of Acme Widgets."),
        _div("Net sales for the quarter were $1.2 billion compared with $1.07 billion a year "
             "ago."),
    ])
    record = parse(submission(main, ("EX-99.1", release), filed="20230502"), "acme.txt")
    (pr,) = record["press_releases"]
    assert pr["highlights"] == [
        "Revenue of $1.2 billion, up 12% year over year",
        "Operating cash flow of $210 million",
    ]
    assert record["items"][0]["text"].count("\n\n") == 0  # one paragraph


def test_span_laid_out_as_a_block_is_a_line_of_its_own():
    html = (
        '<p style="margin:0pt;text-align:center">'
        '<span style="display:block;font-weight:bold">ACME WIDGETS, INC.</span>'
        '<span style="display: block">100 Main Street</span>'
        '<span style="display:block">Springfield, Illinois 62701</span></p>'
        # an inline-block box is no block
        '<p>Item 2.02<span style="display:inline-block;width:36pt"></span>Results</p>'
    )
    assert html_to_text(html) == (
        "ACME WIDGETS, INC.\n100 Main Street\nSpringfield, Illinois 62701\n\n"
        "Item 2.02 Results\n"
    )


def test_paragraph_styled_page_break_without_a_rule_ends_a_page():
    # pages broken by a <p> styled "page-break-before" (or "-after"), with no <hr>: the
    # running foot above each break goes, as it does above an <hr>
    def page(text: str, n: int, brk: str) -> str:
        return (
            f'<p style="margin:0pt;text-align:justify"><font size="2">{text}</font></p>'
            f'<p style="margin:0pt;text-align:center"><font size="1">Acme Widgets, Inc. '
            f"&#8211; 2007 Annual Report on Form 10-K&#160;&#160;&#160;{n}</font></p>{brk}"
        )

    before = '<p style="page-break-before:always">&#160;</p>'
    html = (
        page("Our principal offices are in Springfield, Illinois.", 14, before)
        + page("We employed 1,200 people at year end.", 15, before)
        + page("We lease our plants in Peoria and Decatur.", 16, "")
        .replace('text-align:center"', 'text-align:center;page-break-after:always"')
        + page("No legal proceedings are pending.", 17, "")
    )
    assert html_to_text(html) == (
        "Our principal offices are in Springfield, Illinois.\n\n"
        "We employed 1,200 people at year end.\n\n"
        "We lease our plants in Peoria and Decatur.\n\n"
        "No legal proceedings are pending.\n"
    )


def test_word_saved_br_page_break_ends_a_page():
    def page(text: str, n: int) -> str:
        return (
            f"<p class=MsoNormal style='text-align:justify'>{text}<o:p></o:p></p>"
            "<p class=MsoFooter align=center style='text-align:center'>Acme Widgets, Inc. "
            f"Proxy Statement&nbsp;&nbsp;&nbsp; {n}<o:p></o:p></p>"
            "<span style='font-size:10.0pt'><br clear=all style='page-break-before:always'>"
            "</span>"
        )

    html = (
        "<html><body lang=EN-US><div class=WordSection1>"
        + page("The annual meeting will be held on June 5, 2008.", 1)
        + page("Three directors are to be elected.", 2)
        + page("The Board recommends a vote FOR each nominee.", 3)
        + "<p class=MsoNormal>Ernst &amp; Young LLP served as auditors.</p></div></body></html>"
    )
    assert html_to_text(html) == (
        "The annual meeting will be held on June 5, 2008.\n\n"
        "Three directors are to be elected.\n\n"
        "The Board recommends a vote FOR each nominee.\n\n"
        "Ernst & Young LLP served as auditors.\n"
    )


def _centered(text: str, top: int) -> str:
    return (
        f'<div style="margin-top:{top}pt;text-align:center"><span style="{_SPAN}">{text}'
        "</span></div>"
    )


def test_cover_address_lines_centred_6pt_apart_stay_one_block():
    # a cover's address printed a centred div a line, each 6pt under the one above: one
    # block (the street, suite and city lines are read together), not three paragraphs
    cover = "".join([
        _centered("UNITED STATES SECURITIES AND EXCHANGE COMMISSION", 0),
        _centered("Washington, D.C. 20549", 0),
        _centered("FORM 8-K", 12),
        _centered("CURRENT REPORT", 6),
        _centered("Date of Report (Date of earliest event reported): April 22, 2024", 12),
        _centered("<b>ACME WIDGET CORPORATION</b>", 12),
        _centered("(Exact name of registrant as specified in its charter)", 6),
        '<table style="width:100%"><tr><td style="text-align:center">Delaware</td>'
        '<td style="text-align:center">001-12345</td><td style="text-align:center">13-1234567'
        '</td></tr><tr><td style="text-align:center">(State or other jurisdiction of '
        'incorporation)</td><td style="text-align:center">(Commission File Number)</td>'
        '<td style="text-align:center">(IRS Employer Identification No.)</td></tr></table>',
        _centered("100 Main Street", 12),
        _centered("Suite 400", 6),
        _centered("Dayton, Ohio 45402", 6),
        _centered("(Address of principal executive offices) (Zip Code)", 6),
        _centered("(937) 555-1212", 12),
        _centered("Registrant&#8217;s telephone number, including area code", 6),
    ])
    assert "100 Main Street\nSuite 400\nDayton, Ohio 45402\n" in html_to_text(cover)
    body = _div("Item 8.01 Other Events.", 18) + _div(
        "On April 22, 2024, Acme Widget Corporation announced a quarterly dividend.")
    (reg,) = parse(submission(cover + body, filed="20240424"), "acme.txt")["registrants"]
    assert reg["address"] == {
        "street": "100 Main Street, Suite 400", "city": "Dayton", "state": "Ohio", "zip": "45402"}
    assert reg["phone"] == "(937) 555-1212"


def test_span_laid_out_as_a_block_inside_a_sentence_flows_on():
    html = (
        _div("Item 2.02 Results of Operations and Financial Condition.", 18)
        + _div('On May 2, 2023, Acme Widgets, Inc. issued a <span style="display:block">press '
               "release</span> announcing its results for the first quarter ended March 31, "
               "2023.")
        # block spans that start their lines are still lines of their own
        + '<p style="margin:0pt;text-align:center">'
        '<span style="display:block;font-weight:bold">ACME WIDGETS, INC.</span>'
        '<span style="display:block">100 Main Street</span></p>'
    )
    assert html_to_text(html) == (
        "Item 2.02 Results of Operations and Financial Condition.\n\n"
        "On May 2, 2023, Acme Widgets, Inc. issued a press release announcing its results for "
        "the first quarter ended March 31, 2023.\n\n"
        "ACME WIDGETS, INC.\n100 Main Street\n"
    )
