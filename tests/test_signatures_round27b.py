"""Signature tables of 2008-2025 HTML 8-Ks (Workiva, Toppan Merrill, Donnelley), round 27b:
signers and registrants side by side, whose rendered rows lose their empty cells."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import submission

_REPORT = """<html><body>
<div style="text-align:center"><font style="font-weight:bold">UNITED STATES<br>SECURITIES AND
EXCHANGE COMMISSION</font></div>
<div style="text-align:center">Washington, D.C. 20549</div>
<div style="text-align:center"><font style="font-weight:bold">FORM 8-K</font></div>
<div style="text-align:center">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the
Securities Exchange Act of 1934</div>
<div style="text-align:center">Date of Report (Date of earliest event reported): February 27,
2014</div>
<div style="text-align:center"><font style="font-weight:bold">{cover}</font></div>
<div style="text-align:center">(Exact name of registrant as specified in its charter)</div>
<div><font style="font-weight:bold">Item 8.01 Other Events.</font></div>
<div>On February 27, 2014, the Company issued a press release announcing the pricing of its
offering of senior notes.</div>
<div style="text-align:center"><font style="font-weight:bold">SIGNATURES</font></div>
<div>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has
duly caused this report to be signed on its behalf by the undersigned hereunto duly
authorized.</div>
{table}
</body></html>"""


def _table(rows: list[list[str]]) -> str:
    """A Workiva table: empty cells hold a no-break space, the signature's cell is ruled."""
    def cell(text: str) -> str:
        rule = ";border-bottom:1px solid #000000" if text.startswith("/s/") else ""
        return f'<td style="vertical-align:bottom{rule}">{text or "&#160;"}</td>'
    body = "".join("<tr>" + "".join(map(cell, row)) + "</tr>" for row in rows)
    return f'<table style="border-collapse:collapse;width:100%">{body}</table>'


def _signers(rows: list[list[str]], cover: str = "ACME, INC.") -> list[dict[str, Any]]:
    html = _REPORT.format(cover=cover, table=_table(rows))
    record = parse(submission(html, accession="0001193125-14-081234", filed="20140303"),
                   "x.txt")
    assert record["documents"][0]["format"] == "html"
    return record["signatures"]


def test_two_signers_side_by_side_with_name_and_title_captions() -> None:
    # the date's cell to the left of the first "By:" only: the "Name:" row has one cell
    # fewer, and each of its cells is one signer's
    signers = _signers([
        ["", "ACME, INC.", ""],
        ["", "(Registrant)", ""],
        ["Date: March 3, 2014", "By: /s/ John A. Smith", "By: /s/ Jane Doe"],
        ["", "Name: John A. Smith", "Name: Jane Doe"],
        ["", "Title: President and Chief Executive Officer",
         "Title: Executive Vice President and Chief Financial Officer"],
    ])
    assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
        ("ACME, INC.", "John A. Smith", "President and Chief Executive Officer", "2014-03-03"),
        ("ACME, INC.", "Jane Doe", "Executive Vice President and Chief Financial Officer",
         "2014-03-03"),
    ]
    # "Title:" and its value in cells of their own, for the first signer only: not one cell
    # a signer
    signers = _signers([
        ["", "ACME, INC.", "", "", ""],
        ["Date: March 3, 2014", "By:", "/s/ John A. Smith", "By:", "/s/ Jane Doe"],
        ["", "Name:", "John A. Smith", "Name:", "Jane Doe"],
        ["", "Title:", "Chief Executive Officer", "", ""],
    ])
    assert [(s["name"], s["title"]) for s in signers] == [
        ("John A. Smith", "Chief Executive Officer"), ("Jane Doe", None)]


def test_a_parent_and_its_operating_partnership_side_by_side() -> None:
    # a REIT and its operating partnership, each over its own column of the table
    signers = _signers([
        ["ACME REALTY TRUST, INC.", "", "ACME REALTY OPERATING PARTNERSHIP, L.P."],
        ["", "", "By: Acme Realty Trust, Inc., its general partner"],
        ["By: /s/ Jane Doe", "", "By: /s/ Jane Doe"],
        ["Name: Jane Doe", "", "Name: Jane Doe"],
        ["Title: Chief Financial Officer", "", "Title: Chief Financial Officer"],
        ["Date: March 3, 2014", "", "Date: March 3, 2014"],
    ], cover="ACME REALTY TRUST, INC.")
    assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
        ("ACME REALTY TRUST, INC.", "Jane Doe", "Chief Financial Officer", "2014-03-03"),
        ("ACME REALTY OPERATING PARTNERSHIP, L.P.", "Jane Doe", "Chief Financial Officer",
         "2014-03-03"),
    ]


_TEN_K = """<html><body>
<div style="text-align:center">FORM 10-K</div>
<div>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</div>
<div>For the fiscal year ended December 31, 2018</div>
<div style="text-align:center">ACME, INC.</div>
<div style="text-align:center">(Exact name of registrant as specified in its charter)</div>
<div>Item 16. Form 10-K Summary</div>
<div>None.</div>
<div style="text-align:center">SIGNATURES</div>
<div>Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and on
the dates indicated.</div>
{table}
</body></html>"""


def test_a_ten_k_table_of_two_directors_a_row_names_each_under_their_own() -> None:
    # "/s/ Name  Director  /s/ Name  Director" over the typed names: the names' row has no
    # title cells, so its second name is the second signer's, not the first one's title
    html = _TEN_K.format(table=_table([
        ["/s/ Susan D. Park", "Director", "/s/ Paul G. Hall", "Director"],
        ["Susan D. Park", "", "Paul G. Hall", ""],
        ["/s/ Linda F. Green", "Director", "/s/ Robert L. Day III", "Chairman of the Board"],
        ["Linda F. Green", "", "Robert L. Day III", ""],
        ["Date: February 28, 2019", "", "", ""],
    ]))
    raw = submission(html, accession="0001193125-19-051234", filed="20190228")
    raw = raw.replace(b"8-K", b"10-K")
    signers = parse(raw, "x.txt")["signatures"]
    assert [(s["registrant"], s["name"], s["title"], s["date"]) for s in signers] == [
        ("ACME, INC.", "Susan D. Park", "Director", "2019-02-28"),
        ("ACME, INC.", "Paul G. Hall", "Director", "2019-02-28"),
        ("ACME, INC.", "Linda F. Green", "Director", "2019-02-28"),
        ("ACME, INC.", "Robert L. Day III", "Chairman of the Board", "2019-02-28"),
    ]
