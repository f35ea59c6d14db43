"""Document text, round 32: a paragraph a page break cuts mid-sentence reads whole again."""

from filing2json.parsers.text import html_to_text

_SPAN = "color:#000000;font-family:'Times New Roman',sans-serif;font-size:10pt;font-weight:400"
_BREAK = '<div style="height:42.75pt;position:relative;width:100%"></div>' \
    '<div><hr style="page-break-after:always"/></div>'


def _div(text: str) -> str:
    return (f'<div style="margin-top:9pt;text-align:justify"><span style="{_SPAN}">'
            f"{text}</span></div>")


def _page_top() -> str:
    """Workiva's contents link atop each page."""
    return (f'<div><span style="{_SPAN}"><a href="#i1a2b3c_7" style="color:#0000ff">'
            "Table of Contents</a></span></div>")


def _foot(n: int) -> str:
    return f'<div style="text-align:center"><span style="{_SPAN}">{n}</span></div>'


def test_paragraph_split_by_a_workiva_page_break_is_joined():
    html = (
        "<html><body>"
        + _page_top() + _div("Item 1A. Risk Factors")
        + _div("We face intense competition. Our businesses are rapidly evolving and intensely "
               "competitive, and we have many competitors in different industries, including "
               "retail, e-commerce services, digital content and electronic devices, and web "
               "and infrastructure computing services. Some of our current and potential")
        + _foot(9) + _BREAK + _page_top()
        + _div("competitors have greater resources, longer histories, more customers, and "
               "greater brand recognition than we do.")
        + _div("Our Expansion Places a Significant Strain on our Management")
        + _foot(10) + _BREAK + _page_top()
        + _div("i. the risks listed below are not the only ones we face.")
        + _foot(11) + _BREAK + _page_top()
        + _div("The last page.") + _foot(12)
        + "</body></html>"
    )
    lines = html_to_text(html).split("\n")
    assert ("retail, e-commerce services, digital content and electronic devices, and web and "
            "infrastructure computing services. Some of our current and potential competitors "
            "have greater resources, longer histories, more customers, and greater brand "
            "recognition than we do.") in lines[4]
    # a heading over the break, and a list's "i." after it, are no broken sentence
    assert "Our Expansion Places a Significant Strain on our Management" in lines
    assert "i. the risks listed below are not the only ones we face." in lines
    # the one atop the joined page's rest went; since round 67 a running head atop each page
    # reads once, its first (was: 3)
    assert lines.count("Table of Contents") == 1


def test_list_item_laid_out_in_a_table_runs_on_over_the_page_and_tables_stay():
    cell = f'<td style="vertical-align:top"><span style="{_SPAN}">'
    bullet = (f'<table style="border-collapse:collapse"><tr>{cell}&#8226;</span></td>'
              f"{cell}DIY Customers. These customers are typically home owners who purchase "
              "products and complete their own projects and installations. We also offer a "
              "variety of</span></td></tr></table>")
    row = (f'<table><tr>{cell}Net sales</span></td>{cell}$</span></td>'
           f"{cell}110,225</span></td></tr></table>")
    html = (
        "<html><body>" + _page_top() + bullet + _BREAK + _page_top()
        + _div("clinics and workshops both to share this knowledge and to build an emotional "
               "connection with our DIY customers.")
        + row + _BREAK + _page_top() + _div("and the table above stays a table.")
        + _BREAK + _page_top() + _div("Last.") + "</body></html>"
    )
    text = html_to_text(html)
    assert ("\u2022\tDIY Customers. These customers are typically home owners who purchase "
            "products and complete their own projects and installations. We also offer a "
            "variety of clinics and workshops both to share this knowledge and to build an "
            "emotional connection with our DIY customers.\n") in text
    # (since round 67 the running head between goes: was "...110,225\n\nTable of Contents\n\nand")
    assert "Net sales\t$\t110,225\n\nand the table above" in text
