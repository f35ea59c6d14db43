"""Document text, round 30: footnote marks set as superscripts in HTML filings."""

from filing2json.parsers import parse
from filing2json.parsers.text import html_to_text
from support import submission

_SPAN = (
    "color:#000000;font-family:'Arial',sans-serif;font-size:10pt;font-weight:400;"
    "line-height:120%"
)
# Workiva raises a footnote mark in a smaller span of its own; there is no <sup>
_RAISED = (
    "color:#000000;font-family:'Arial',sans-serif;font-size:6.5pt;font-weight:400;"
    "line-height:120%;position:relative;top:-3.5pt;vertical-align:baseline"
)


def _div(*runs: str, top: int = 12, extra: str = "") -> str:
    """A Workiva paragraph: a div spaced by its top margin, its text in spans (a run starting
    with "^" is a raised footnote mark)."""
    spans = "".join(f'<span style="{_RAISED}">{run[1:]}</span>' if run.startswith("^")
                    else f'<span style="{_SPAN}">{run}</span>' for run in runs)
    return f'<div style="margin-top:{top}pt;text-align:justify{extra}">{spans}</div>'


def _bullet(*runs: str) -> str:
    return _div("&#8226;", *runs, top=6, extra=";padding-left:18pt;text-indent:-18pt").replace(
        f'<span style="{_SPAN}">&#8226;</span><span style="{_SPAN}">',
        f'<span style="{_SPAN}">&#8226;</span><span style="padding-left:13.5pt;{_SPAN}">', 1)


def test_workiva_raised_footnote_mark_is_no_digit_of_the_text_before_it():
    html = (
        _div("Fiscal 2025 included the following notable items:")
        + _bullet("GAAP diluted earnings per share were $8.13 and Adjusted EPS", "^1",
                  " were $7.57.")
        + _bullet("Adjusted diluted earnings per share of $1.25", "^2", " compared with $1.32.")
        + _div("^1", "Adjusted EPS, a non-GAAP metric, excludes the impact of certain items.")
        # a span lifted by a negative top margin is no superscript; "(a)" is no number
        + _div("Total stores", '<span style="margin-top:-2pt">1</span>', "^(a)")
    )
    assert html_to_text(html) == (
        "Fiscal 2025 included the following notable items:\n\n"
        "\u2022 GAAP diluted earnings per share were $8.13 and Adjusted EPS\u00b9 were $7.57.\n\n"
        "\u2022 Adjusted diluted earnings per share of $1.25\u00b2 compared with $1.32.\n\n"
        "\u00b9Adjusted EPS, a non-GAAP metric, excludes the impact of certain items.\n\n"
        "Total stores1(a)\n"
    )


def test_sup_footnote_mark_in_text_and_in_a_table_cell():
    # Toppan Merrill / Donnelley releases of 2008-2020 mark a non-GAAP measure with a <sup>
    html = (
        "<p><font size=2>Net sales for the fourth quarter were $412.6 million and Adjusted "
        "EBITDA<sup>1</sup> was $51.3 million, or $0.87<sup>2</sup> per diluted share.</font></p>"
        "<table><tr><td><font size=1>Adjusted EBITDA<sup>1</sup></font></td>"
        "<td><font size=1>$</font></td><td><font size=1>51.3</font></td></tr>"
        "<tr><td><font size=1>Diluted shares<sup>(3)</sup></font></td>"
        "<td></td><td><font size=1>59.0</font></td></tr></table>"
        "<p>Our 10<sup>th</sup> consecutive year of growth at Acme<sup>&#174;</sup> stores "
        "(<sup>4</sup>).</p>"
    )
    assert html_to_text(html) == (
        "Net sales for the fourth quarter were $412.6 million and Adjusted EBITDA\u00b9 was "
        "$51.3 million, or $0.87\u00b2 per diluted share.\n\n"
        "Adjusted EBITDA\u00b9\t$\t51.3\n"
        "Diluted shares(3)\t59.0\n\n"
        "Our 10th consecutive year of growth at Acme\u00ae stores (4).\n"
    )


def test_release_highlight_keeps_its_number_apart_from_the_footnote_mark():
    main = "".join([
        _div("Item 2.02 Results of Operations and Financial Condition.", top=18),
        _div("On February 4, 2025, Acme Widgets, Inc. issued a press release announcing its "
             "results for the fourth quarter ended December 31, 2024, furnished as Exhibit 99.1."),
    ])
    release = "".join([
        _div("Exhibit 99.1", top=0),
        _div("Acme Widgets Reports Fourth Quarter 2024 Results", extra=";font-weight:700"),
        _div("SPRINGFIELD, Ill., February 4, 2025 &#8212; Acme Widgets, Inc. (NYSE: ACME) today "
             "reported results for the fourth quarter ended December 31, 2024."),
        _div("Fourth Quarter Highlights", extra=";font-weight:700"),
        _bullet("Revenue of $1.2 billion, up 12% year over year"),
        _bullet("Adjusted diluted EPS of $1.25", "^1", ", up 9%"),
        _div("&#8220;We closed the year with strong momentum,&#8221; said John Doe, Chief "
             "Executive Officer of Acme Widgets."),
        _div("^1", "Adjusted diluted EPS is a non-GAAP financial measure; see the "
             "reconciliation below."),
    ])
    record = parse(submission(main, ("EX-99.1", release), filed="20250204"), "acme.txt")
    (pr,) = record["press_releases"]
    assert pr["highlights"] == [
        "Revenue of $1.2 billion, up 12% year over year",
        "Adjusted diluted EPS of $1.25\u00b9, up 9%",
    ]
