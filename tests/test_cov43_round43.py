"""Cover page, round 43: a state or address typed right of its caption past dot leaders
("State or other jurisdiction of incorporation.........Georgia"), a state, IRS number or
former name alone on the line under its caption's colon, and an HTML address typed a `<p>` a
line under its caption (the city line past the blank line).

Each test reads a corpus filing's cover printed as other filings of its era print the same
values (the variant said in each test).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

TURNER = "8k_1994_turnerbroadcastingsyst_1.txt"


def _body(name: str) -> str:
    """The filing's document text alone (no header: the cover is read)."""
    text = (FILINGS / name).read_text(encoding="utf-8", errors="replace")
    return text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]


def _turner(cover: str) -> dict[str, Any]:
    """Turner Broadcasting's 1994 8-K with its cover's captioned values (from the name's
    caption to the page's end) printed as `cover`."""
    body = _body(TURNER)
    start = body.index("                        TURNER BROADCASTING SYSTEM, INC.")
    end = body.index("<PAGE>   2")
    assert "(Commission File Number)" in body[start:end]
    return parse(body.replace(body[start:end], cover).encode(), "cover.txt")["registrants"][0]


_NAME = """                        TURNER BROADCASTING SYSTEM, INC.
             (Exact name of registrant as specified in its charter)

"""

_ADDRESS = {"street": "One CNN Center", "city": "Atlanta", "state": "Georgia", "zip": "30303"}


def test_state_and_address_past_dot_leaders() -> None:
    # Turner's values one a line after their captions and dot leaders, as 1990s covers
    # typed them (the city line under the street, aligned with it)
    leaders = _NAME + """\
State or other jurisdiction of incorporation..............Georgia
Commission File Number....................................0-9334
I.R.S. Employer Identification No.........................58-0950695
Address of principal executive offices....................One CNN Center
                                                          Atlanta, Georgia 30303
Registrant's telephone number, including area code........(404) 827-1700
"""
    for cover in (leaders, leaders.replace("....", ". . ")):
        reg = _turner(cover)
        assert reg["state_of_incorporation"] == "Georgia"
        assert reg["address"] == _ADDRESS
        assert (reg["commission_file_number"], reg["irs_employer_id"], reg["phone"]) == (
            "0-9334", "58-0950695", "(404) 827-1700")
    # a second caption's words right of the state's caption are no state
    reg = _turner(leaders.replace("..Georgia\n", "..Commission\n"))
    assert reg["state_of_incorporation"] is None


def test_values_on_the_line_under_their_colon_captions() -> None:
    # Turner's values each on the line under its caption, the caption closed by a colon
    reg = _turner(_NAME + """\
State of Incorporation:
Georgia

Commission File Number:
0-9334

I.R.S. Employer Identification No.:
58-0950695

Address of principal executive offices:
One CNN Center
Atlanta, Georgia 30303

Registrant's telephone number, including area code:
(404) 827-1700
""")
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Georgia", "0-9334", "58-0950695")
    assert reg["address"] == _ADDRESS


def test_html_cover_typed_a_paragraph_a_line() -> None:
    # Turner's cover as an HTML cover typing each caption and value in a <p> of its own: the
    # city line is read past the blank line under the street
    html = """<html><body><p align="center">FORM 8-K</p>
<p>CURRENT REPORT Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>
<p>Date of Report (Date of earliest event reported):</p><p>January 24, 1994</p>
<p>TURNER BROADCASTING SYSTEM, INC.</p>
<p>(Exact name of registrant as specified in its charter)</p>
<p>State of Incorporation:</p><p>Georgia</p>
<p>Commission File Number:</p><p>0-9334</p>
<p>I.R.S. Employer Identification No.:</p><p>58-0950695</p>
<p>Address of principal executive offices:</p><p>One CNN Center</p>
<p>Atlanta, Georgia 30303</p>
<p>Registrant's telephone number, including area code:</p><p>(404) 827-1700</p>
<p>Item 7. Exhibits.</p></body></html>"""
    record = parse(html.encode(), "cover.htm")
    reg = record["registrants"][0]
    assert record["report_date"] == "1994-01-24"
    assert (reg["name"], reg["state_of_incorporation"], reg["irs_employer_id"]) == (
        "TURNER BROADCASTING SYSTEM, INC.", "Georgia", "58-0950695")
    assert reg["address"] == _ADDRESS
    # a street with no city line under it stays alone
    alone = parse(html.replace("<p>Atlanta, Georgia 30303</p>\n", "").encode(), "cover.htm")
    assert alone["registrants"][0]["address"]["street"] == "One CNN Center"
    assert alone["registrants"][0]["address"]["city"] is None


def test_former_name_under_its_colon_caption() -> None:
    # CTC Communications' 2000 8-K (sample 000): its former-name caption typed with a colon
    # and a former name on the line under it
    text = (SAMPLES / "000_af6957f9859c0735.txt").read_text(encoding="utf-8")
    caption = " (Former name or former address if changed since last\nreport)\n"
    assert caption in text
    typed = "Former name or former address, if changed since last report:\n"
    reg = parse(text.replace(caption, typed + "CTC Communications Corp.\n").encode(),
                "cover.txt")["registrants"][0]
    assert reg["former_name"] == "CTC Communications Corp."
    assert reg["phone"] == "(781) 466-8080"
    # the check-box prose under an empty caption is no former name
    prose = ("Check the appropriate box below if the Form 8-K filing is intended to "
             "simultaneously satisfy the filing obligation\n")
    reg = parse(text.replace(caption, typed + "\n" + prose).encode(), "cover.txt")
    assert reg["registrants"][0]["former_name"] is None


def test_form_line_typed_without_its_dash() -> None:
    # CTC Communications' 2000 8-K (sample 000), its "FORM 8-K" line typed with no dash as
    # small filers type it ("FORM 8K", "Form 8K/A"): EDGAR's code has the dash
    text = (SAMPLES / "000_af6957f9859c0735.txt").read_text(encoding="utf-8")
    assert "FORM 8-K\n" in text
    for line, form in (("FORM 8K", "8-K"), ("Form 8K", "8-K"), ("FORM 8K/A", "8-K/A"),
                       ("FORM 8KA", "8-K/A"), ("FORM 8K\n(Amendment No. 1)", "8-K/A"),
                       ("FORM 10Q", "10-Q"), ("FORM 10KSB", "10-KSB")):
        record = parse(text.replace("FORM 8-K\n", line + "\n").encode(), "cover.txt")
        assert (record["form_type"], record["is_amendment"]) == (form, form.endswith("/A"))
    # a code that is no periodic report's keeps its shape
    record = parse(text.replace("FORM 8-K\n", "FORM S-8\n").encode(), "cover.txt")
    assert record["form_type"] == "S-8"
