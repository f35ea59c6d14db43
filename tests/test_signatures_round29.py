"""Signature blocks of round 29: a "By:" typed under the "/s/" it belongs to (the name again or
the line signed on) is no second signer, and dates side by side each date their own signer."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.text import html_to_text
from support import submission

_REPORT = """                      SECURITIES AND EXCHANGE COMMISSION
                            WASHINGTON, D.C. 20549

                                   FORM 8-K

                                CURRENT REPORT
                    Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported): June 2, 1997

                          BRANDYWINE INDUSTRIES, INC.
            (Exact name of registrant as specified in its charter)

ITEM 5.  OTHER EVENTS.

     On June 2, 1997, the Registrant announced the election of a new director.

                                  SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

{block}"""

_REGISTRANT = "BRANDYWINE INDUSTRIES, INC."


def _signers(block: str) -> list[dict[str, Any]]:
    text = _REPORT.format(block=block)
    return parse(submission(text, accession="0000950109-97-004321", filed="19970605"),
                 "x.txt")["signatures"]


# An HTML 8-K of 2012 up to its signature block's preamble
NORTHFIELD_8K_HEAD = """<html><body><p align="center">FORM 8-K</p>
<p>Date of Report (Date of earliest event reported): March 1, 2012</p>
<p align="center"><b>NORTHFIELD LABORATORIES INC.</b></p>
<p>(Exact name of registrant as specified in its charter)</p>
<p><b>Item 8.01 Other Events.</b></p><p>On March 1, 2012, the Company announced a dividend.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.</p>
"""
# ... and up to its signature table's first row; `rows` are the signer's rows
_NORTHFIELD_8K = NORTHFIELD_8K_HEAD + """<table>
<tr><td>Date: March 5, 2012</td><td>NORTHFIELD LABORATORIES INC.</td></tr>
{rows}</table></body></html>"""


def test_by_with_the_name_typed_under_a_signature_is_the_same_signer() -> None:
    block = """                                        BRANDYWINE INDUSTRIES, INC.

                                        /s/ Thomas E. Walsh
                                        ------------------------------
                                        By:  Thomas E. Walsh
                                        Its: Vice President and Treasurer

Dated: June 5, 1997
"""
    assert _signers(block) == [{
        "registrant": _REGISTRANT, "name": "Thomas E. Walsh",
        "title": "Vice President and Treasurer", "date": "1997-06-05"}]


def test_by_on_the_line_signed_under_a_signature_is_the_same_signer() -> None:
    block = """                                        BRANDYWINE INDUSTRIES, INC.

                                            /s/ Thomas E. Walsh
Date:  June 5, 1997                     By: ------------------------------
                                            Thomas E. Walsh
                                            Vice President and Treasurer
"""
    assert _signers(block) == [{
        "registrant": _REGISTRANT, "name": "Thomas E. Walsh",
        "title": "Vice President and Treasurer", "date": "1997-06-05"}]


def test_by_lines_under_two_signatures_side_by_side() -> None:
    block = """                                        BRANDYWINE INDUSTRIES, INC.

    /s/ Richard A. Kline                        /s/ Thomas E. Walsh
By: ------------------------------          By: ------------------------------
    Richard A. Kline                            Thomas E. Walsh
    President and Chief Executive               Vice President and Treasurer
    Officer

June 5, 1997
"""
    assert _signers(block) == [
        {"registrant": _REGISTRANT, "name": "Richard A. Kline",
         "title": "President and Chief Executive Officer", "date": "1997-06-05"},
        {"registrant": _REGISTRANT, "name": "Thomas E. Walsh",
         "title": "Vice President and Treasurer", "date": "1997-06-05"}]


def test_dates_side_by_side_each_date_the_signer_above() -> None:
    block = """                                        BRANDYWINE INDUSTRIES, INC.

/s/ Richard A. Kline                        /s/ Thomas E. Walsh
- ------------------------------              ------------------------------
Richard A. Kline                            Thomas E. Walsh
President and Chief Executive Officer       Vice President and Treasurer
Date: June 5, 1997                          Date: June 6, 1997
"""
    assert [(s["name"], s["date"]) for s in _signers(block)] == [
        ("Richard A. Kline", "1997-06-05"), ("Thomas E. Walsh", "1997-06-06")]


def test_html_by_cell_under_the_signature_cell_is_the_same_signer() -> None:
    html = _NORTHFIELD_8K.format(rows="""<tr><td></td><td>/s/ Jack J. Kogut</td></tr>
<tr><td></td><td>By:</td><td>Jack J. Kogut</td></tr>
<tr><td></td><td>Its:</td><td>Senior Vice President and Chief Financial Officer</td></tr>
""")
    assert "/s/ Jack J. Kogut" in html_to_text(html)
    (signer,) = parse(html.encode(), "d8k.htm")["signatures"]
    assert signer == {"registrant": "NORTHFIELD LABORATORIES INC.", "name": "Jack J. Kogut",
                      "title": "Senior Vice President and Chief Financial Officer",
                      "date": "2012-03-05"}


def test_by_rule_over_another_persons_name_and_title_labels_is_a_second_signer() -> None:
    # a "By: ------" names nobody: the "Name:" under it says whose line it is
    block = """                                        BRANDYWINE INDUSTRIES, INC.

                                        /s/ Thomas E. Walsh
                                        By: ______________________________
                                        Name:  Richard A. Kline
                                        Title: President and Chief Executive Officer

Dated: June 5, 1997
"""
    assert _signers(block) == [
        {"registrant": _REGISTRANT, "name": "Thomas E. Walsh", "title": None,
         "date": "1997-06-05"},
        {"registrant": _REGISTRANT, "name": "Richard A. Kline",
         "title": "President and Chief Executive Officer", "date": "1997-06-05"}]
    # the signer's own name (or a title alone) under the line: still one signer
    for under in ("Name:  Thomas E. Walsh\n" + " " * 40 + "Title: Vice President and Treasurer",
                  "    Vice President and Treasurer"):
        own = block.replace("Name:  Richard A. Kline\n" + " " * 40
                            + "Title: President and Chief Executive Officer", under)
        assert _signers(own) == [{
            "registrant": _REGISTRANT, "name": "Thomas E. Walsh",
            "title": "Vice President and Treasurer", "date": "1997-06-05"}]


def test_by_rule_over_another_persons_name_and_title_line_is_a_second_signer() -> None:
    block = """                                        BRANDYWINE INDUSTRIES, INC.

                                        /s/ Thomas E. Walsh
Date:  June 5, 1997                     By: ------------------------------
                                            Richard A. Kline, President
"""
    assert [(s["name"], s["title"]) for s in _signers(block)] == [
        ("Thomas E. Walsh", None), ("Richard A. Kline", "President")]


def test_html_by_rule_cell_over_another_persons_name_cell_is_a_second_signer() -> None:
    html = _NORTHFIELD_8K.format(rows="""<tr><td></td><td>/s/ Steven A. Gould</td></tr>
<tr><td></td><td>By:</td><td>______________________</td></tr>
<tr><td></td><td>Name:</td><td>Jack J. Kogut</td></tr>
<tr><td></td><td>Title:</td><td>Senior Vice President and Chief Financial Officer</td></tr>
""")
    assert [(s["name"], s["title"]) for s in parse(html.encode(), "d8k.htm")["signatures"]] == [
        ("Steven A. Gould", None),
        ("Jack J. Kogut", "Senior Vice President and Chief Financial Officer")]
