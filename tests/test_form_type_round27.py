"""The form type of a header-less cover (round 27): spaced and split form lines, schedules
named by EDGAR ("SC 13D", "SC TO-T", "SC 14D9"), proxies and 13Fs named by their checked box."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import FILINGS

_HEAD = ("                                 UNITED STATES\n"
         "                       SECURITIES AND EXCHANGE COMMISSION\n"
         "                             WASHINGTON, D.C. 20549\n\n")
_TAIL = ("\n                                 CURRENT REPORT\n"
         "                     Pursuant to Section 13 or 15(d) of the\n"
         "                        Securities Exchange Act of 1934\n\n"
         "     Date of Report (Date of earliest event reported): March 3, 1997\n\n"
         "                           ACME WIDGET CORPORATION\n"
         "           (Exact name of registrant as specified in its charter)\n")


def _primary_body(name: str) -> str:
    """A corpus submission's first document as it stood between <TEXT> and </TEXT>."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    start = text.index("<TEXT>") + len("<TEXT>")
    return text[start:text.index("</TEXT>", start)]


@pytest.mark.parametrize(("line", "form"), [
    ("                               F O R M   8 - K", "8-K"),
    ("                                F O R M  10-K", "10-K"),
    ("                              F O R M   1 0 - Q", "10-Q"),
    ("                                  FORM 8 - K", "8-K"),
    ("                                  FORM 10\u2013K", "10-K"),
    ("                                 FORM\n\n                                 8-K", "8-K"),
], ids=["spaced-form", "spaced-form-word", "all-spaced", "spaced-dash", "en-dash", "two-lines"])
def test_a_spaced_or_split_form_line_names_the_form(line: str, form: str) -> None:
    record = parse((_HEAD + line + "\n" + _TAIL).encode(), "8k.txt")
    assert (record["form_type"], record["is_amendment"]) == (form, False)


def test_an_html_form_line_split_over_two_paragraphs() -> None:
    # "FORM" and "8-K" in two centred paragraphs of a 2003 HTML 8-K (no iXBRL to say it)
    html = ("<html><body><p align=\"center\"><b>UNITED STATES<br>SECURITIES AND EXCHANGE "
            "COMMISSION</b><br>Washington, D.C. 20549</p>"
            "<p align=\"center\"><font size=\"4\"><b>FORM</b></font></p>"
            "<p align=\"center\"><font size=\"4\"><b>8-K</b></font></p>"
            "<p align=\"center\">CURRENT REPORT<br>Pursuant to Section 13 or 15(d) of the "
            "Securities Exchange Act of 1934</p>"
            "<p>Date of Report (Date of earliest event reported): July 17, 2003</p>"
            "</body></html>")
    record = parse(html.encode(), "d8k.htm")
    assert record["form_type"] == "8-K"


def test_a_form_line_running_into_its_title() -> None:
    # "FORM S-3 REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933" in one paragraph;
    # "Form 8-K Current Report dated ..." is a reference, not a form line
    cover = (_HEAD + "   As filed with the Securities and Exchange Commission on June 2, 1999\n"
             "                                               Registration No. 333-\n\n"
             "       FORM S-3 REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933\n\n"
             "                           ACME WIDGET CORPORATION\n"
             "           (Exact name of registrant as specified in its charter)\n")
    assert parse(cover.encode(), "s3.txt")["form_type"] == "S-3"
    reference = cover.replace("       FORM S-3 REGISTRATION STATEMENT UNDER THE SECURITIES ACT "
                              "OF 1933", "Form 8-K Current Report dated March 3, 1999")
    assert parse(reference.encode(), "s3.txt")["form_type"] is None


_SCHEDULE_13D = """                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                 SCHEDULE {kind}
{act}

                           Acme Widget Corporation
                              (Name of Issuer)

                    Common Stock, par value $.01 per share
                        (Title of Class of Securities)

                                  004567103
                               (CUSIP Number)
"""


_ACT = "                   Under the Securities Exchange Act of 1934"


@pytest.mark.parametrize(("kind", "act", "form"), [
    ("13D", _ACT + "\n                            (Amendment No.     )*", "SC 13D"),
    ("13G", _ACT + "\n                            (Amendment No. ____)*", "SC 13G"),
    ("13D", _ACT + " (Amendment No. 3)*", "SC 13D/A"),
    ("13G", _ACT + " (Amendment No. 2)*", "SC 13G/A"),
], ids=["blank-13d", "blank-13g", "numbered-13d", "numbered-13g"])
def test_a_schedule_13d_or_13g_is_amended_only_when_numbered(kind: str, act: str,
                                                              form: str) -> None:
    # an original prints the blank "(Amendment No.    )*" under the Act's line; an amendment
    # its number, maybe on the Act's line
    record = parse(_SCHEDULE_13D.format(kind=kind, act=act).encode(), "13d.txt")
    assert (record["form_type"], record["is_amendment"]) == (form, form.endswith("/A"))


def test_a_bare_schedule_to_is_named_by_its_checked_offer_box() -> None:
    # the corpus's 2025 Schedule TO amendment, its HTML document saved on its own:
    # "x third-party tender offer" (Wingdings), "(Amendment No. 3)"
    record = parse(_primary_body("sctota_2025_cvrenergyinc_1.txt").encode(), "sctota.htm")
    assert record["shape"] == "html"
    assert (record["form_type"], record["is_amendment"]) == ("SC TO-T/A", True)


_SCHEDULE_TO_2001 = """                                 UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                 SCHEDULE TO
          Tender Offer Statement under Section 14(d)(1) or 13(e)(1)
                   of the Securities Exchange Act of 1934

                           ACME WIDGET CORPORATION
             (Name of Subject Company (Issuer) and Filing Person (Offeror))

[{c}] Check the box if the filing relates solely to preliminary communications made
    before the commencement of a tender offer.

Check the appropriate boxes below to designate any transactions to which the statement
relates:

[{t}] third-party tender offer subject to Rule 14d-1.
[{i}] issuer tender offer subject to Rule 13e-4.
[ ] going-private transaction subject to Rule 13e-3.
[ ] amendment to Schedule 13D under Rule 13d-2.

Check the following box if the filing is a final amendment reporting the results of the
tender offer: [ ]
"""


@pytest.mark.parametrize(("c", "t", "i", "form"), [
    (" ", " ", "X", "SC TO-I"), (" ", "X", " ", "SC TO-T"), ("X", "X", " ", "SC TO-C"),
])
def test_a_text_schedule_to(c: str, t: str, i: str, form: str) -> None:
    cover = _SCHEDULE_TO_2001.format(c=c, t=t, i=i)
    assert parse(cover.encode(), "sc-to.txt")["form_type"] == form


_SCHEDULE_14D9 = """<html><body><p align="center"><b>SECURITIES AND EXCHANGE COMMISSION</b>
<br>Washington, D.C. 20549</p>
<p align="center"><b>SCHEDULE 14D-9</b></p><p align="center">(Rule 14d-101)</p>
<p align="center">Solicitation/Recommendation Statement<br>Under Section 14(d)(4) of the
Securities Exchange Act of 1934</p><p align="center">{amendment}</p>
<p align="center"><b>ACME WIDGET CORPORATION</b><br>(Name of Subject Company)</p>
<table><tr><td><font style="font-family:Wingdings">{box}</font></td><td>Check the box if the
filing relates solely to preliminary communications made before the commencement of a tender
offer.</td></tr></table></body></html>"""


@pytest.mark.parametrize(("amendment", "box", "form"), [
    ("", "&#168;", "SC 14D9"), ("(Amendment No. 4)", "&#168;", "SC 14D9/A"),
    ("", "&#120;", "SC14D9C"),
])
def test_a_schedule_14d9(amendment: str, box: str, form: str) -> None:
    html = _SCHEDULE_14D9.format(amendment=amendment, box=box)
    assert parse(html.encode(), "d14d9.htm")["form_type"] == form


def _wingdings(code: str) -> str:
    return f'<font style="font-family:Wingdings">&#{code};</font>'


def _proxy_html(checked: str, party: str = "Registrant", fee: str = "No fee",
                amendment: str = "&nbsp;&nbsp;&nbsp;") -> str:
    """A 2006 Donnelley-style proxy cover, its boxes Wingdings "x" (checked) and "¨"."""
    def box(label: str, on: str) -> str:
        return _wingdings("120" if label.startswith(on) else "168")
    rows = "".join(f"<tr><td>{box(label, checked)}</td><td>{label}</td></tr>" for label in (
        "Preliminary Proxy Statement",
        "Confidential, for Use of the Commission Only (as permitted by Rule 14a-6(e)(2))",
        "Definitive Proxy Statement", "Definitive Additional Materials",
        "Soliciting Material Pursuant to &sect;240.14a-12"))
    fees = "".join(f"<tr><td>{box(label, fee)}</td><td>{label}</td></tr>" for label in (
        "No fee required.",
        "Fee computed on table below per Exchange Act Rules 14a-6(i)(1) and 0-11.",
        "Fee paid previously with preliminary materials."))
    return ("<html><body><p align=\"center\"><b>UNITED STATES<br>SECURITIES AND EXCHANGE "
            "COMMISSION</b><br>Washington, D.C. 20549</p>"
            "<p align=\"center\"><b>SCHEDULE 14A</b></p>"
            "<p align=\"center\">Proxy Statement Pursuant to Section 14(a) of the Securities<br>"
            f"Exchange Act of 1934 (Amendment No.{amendment})</p>"
            f"<p>Filed by the Registrant&nbsp;&nbsp;{box('Registrant', party)}</p>"
            "<p>Filed by a Party other than the Registrant&nbsp;&nbsp;"
            f"{box('Party', party)}</p><p>Check the appropriate box:</p>"
            f"<table>{rows}</table>"
            "<p align=\"center\"><b>ACME WIDGET CORPORATION</b><br>(Name of Registrant as "
            "Specified In Its Charter)</p>"
            f"<p>Payment of Filing Fee (Check the appropriate box):</p><table>{fees}</table>"
            "</body></html>")


@pytest.mark.parametrize(("cover", "form"), [
    ({"checked": "Definitive Proxy"}, "DEF 14A"),
    ({"checked": "Preliminary Proxy"}, "PRE 14A"),
    ({"checked": "Preliminary Proxy", "fee": "Fee computed"}, "PREM14A"),
    ({"checked": "Definitive Proxy", "amendment": " 1"}, "DEFR14A"),
    ({"checked": "Definitive Additional"}, "DEFA14A"),
    ({"checked": "Soliciting Material"}, "DEFA14A"),
    ({"checked": "Definitive Additional", "party": "Party"}, "DFAN14A"),
], ids=["def", "pre", "merger", "revised", "additional", "soliciting", "non-management"])
def test_a_proxy_statement_is_named_by_its_checked_box(cover: dict[str, str],
                                                       form: str) -> None:
    record = parse(_proxy_html(**cover).encode(), "def14a.htm")
    assert (record["form_type"], record["is_amendment"]) == (form, False)


def test_a_proxy_with_no_box_checked_is_no_guess() -> None:
    # a Workiva cover of 2023 ("☒"/"☐"); with no statement box checked EDGAR's name is open
    html = ("<html><body><div style=\"text-align:center\">SECURITIES AND EXCHANGE COMMISSION"
            "</div><div style=\"text-align:center\">SCHEDULE 14A</div>"
            "<div style=\"text-align:center\">Proxy Statement Pursuant to Section 14(a) of the "
            "Securities Exchange Act of 1934</div><table><tr><td>Filed by the Registrant</td>"
            "<td>&#9746;</td><td>Filed by a Party other than the Registrant</td><td>&#9744;</td>"
            "</tr></table><div>Check the appropriate box:</div><table>"
            "<tr><td>&#9744;</td><td>Preliminary Proxy Statement</td></tr>"
            "<tr><td>&#9744;</td><td>Confidential, For Use of the Commission Only (as permitted "
            "by Rule 14a-6(e)(2))</td></tr>"
            "<tr><td>{box}</td><td>Definitive Proxy Statement</td></tr>"
            "<tr><td>&#9744;</td><td>Definitive Additional Materials</td></tr></table>"
            "<div>Payment of Filing Fee (Check all boxes that apply):</div><table>"
            "<tr><td>&#9746;</td><td>No fee required</td></tr></table></body></html>")
    assert parse(html.replace("{box}", "&#9746;").encode(), "proxy.htm")["form_type"] == "DEF 14A"
    assert parse(html.replace("{box}", "&#9744;").encode(), "proxy.htm")["form_type"] is None


def test_a_text_information_statement() -> None:
    cover = ("                       SECURITIES AND EXCHANGE COMMISSION\n"
             "                             Washington, D.C. 20549\n\n"
             "                                 SCHEDULE 14C\n"
             "                 Information Statement Pursuant to Section 14(c)\n"
             "                    of the Securities Exchange Act of 1934\n\n"
             "Check the appropriate box:\n"
             "[X]  Preliminary Information Statement\n"
             "[ ]  Confidential, for Use of the Commission Only (as permitted by Rule "
             "14c-5(d)(2))\n"
             "[ ]  Definitive Information Statement\n\n"
             "                           ACME WIDGET CORPORATION\n"
             "                (Name of Registrant As Specified In Its Charter)\n\n"
             "Payment of Filing Fee (Check the appropriate box):\n"
             "[X]  No fee required.\n")
    assert parse(cover.encode(), "pre14c.txt")["form_type"] == "PRE 14C"


def test_a_bare_text_form_13f_is_named_by_its_report_type_box() -> None:
    # the corpus's 2000 Berkshire 13F amendment on its own: "Check here if Amendment [X]",
    # "[X] 13F COMBINATION REPORT" (filed as a holdings report): EDGAR's "13F-HR/A"
    record = parse(_primary_body("13fhra_2000_berkshirehathawayinc_1.txt").encode(), "13f.txt")
    assert (record["form_type"], record["is_amendment"]) == ("13F-HR/A", True)


@pytest.mark.parametrize(("amended", "holdings", "notice", "form"), [
    (" ", "X", " ", "13F-HR"), (" ", " ", "X", "13F-NT"),
])
def test_a_form_13f_holdings_report_or_notice(amended: str, holdings: str, notice: str,
                                               form: str) -> None:
    cover = (_HEAD + "                                    FORM 13F\n\n"
             "                               FORM 13F COVER PAGE\n\n"
             "Report for the Calendar Year or Quarter Ended: March 31, 2005\n\n"
             f"Check here if Amendment [{amended}]; Amendment Number: ____\n\n"
             "Institutional Investment Manager Filing this Report:\n\n"
             "Name:       Acme Capital Management LLC\n"
             "Address:    100 Federal Street\n            Boston, MA 02110\n\n"
             "Form 13F File Number: 28-10234\n\n"
             "Report Type (Check only one.):\n\n"
             f"[{holdings}]   13F HOLDINGS REPORT.\n\n"
             f"[{notice}]   13F NOTICE.\n\n"
             "[ ]   13F COMBINATION REPORT.\n")
    assert parse(cover.encode(), "13f.txt")["form_type"] == form


@pytest.mark.parametrize("title", ["O F  P R O X Y", "O F  N O T E", "O F  W A R R A N T"])
def test_a_spaced_form_of_heading_names_no_form(title: str) -> None:
    # an exhibit's heading spaced out ("F O R M  O F  P R O X Y") is no form line: forms have
    # figures (found by an audit: it gave "OFPROXY")
    html = (f"<html><body><p align=\"center\"><b>F O R M &#160; {title.replace('  ', ' &#160; ')}"
            "</b></p><p>The undersigned hereby appoints John Smith and Jane Doe, and each of "
            "them, proxies with full power of substitution.</p></body></html>")
    assert parse(html.encode(), "proxy.htm")["form_type"] is None
