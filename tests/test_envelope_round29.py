"""Round 29: the form type of header-less filings, as EDGAR names it."""

import pytest

from filing2json.parsers import parse

# A 2004 notification of late filing saved on its own (no SGML header), as filers typed it.
_NT_TEXT = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                  FORM 12b-25

                                               Commission File Number 0-21234

                           NOTIFICATION OF LATE FILING

(Check One): [X] Form 10-K and Form 10-KSB  [ ] Form 11-K  [ ] Form 20-F
             [ ] Form 10-Q and Form 10-QSB  [ ] Form N-SAR

                 For Period Ended:   December 31, 2003
                 [ ] Transition Report on Form 10-K
                 [ ] Transition Report on Form 20-F
                 [ ] Transition Report on Form 11-K
                 [ ] Transition Report on Form 10-Q

PART I -- REGISTRANT INFORMATION

Full Name of Registrant:  Acme Diagnostics, Inc.
"""

# The same form as an EDGARized HTML document of 2023 (checkbox glyphs).
_NT_HTML = """\
<html><body>
<p style="text-align:center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM 12b-25</b></p>
<p style="text-align:center"><b>NOTIFICATION OF LATE FILING</b></p>
<p>(Check one): &#9744; Form 10-K &#9744; Form 20-F &#9744; Form 11-K &#9746; Form 10-Q
&#9744; Form 10-D &#9744; Form N-CEN &#9744; Form N-CSR</p>
<p>For Period Ended: September 30, 2023</p>
<p>&#9744; Transition Report on Form 10-K</p>
<p>PART I &#8212; REGISTRANT INFORMATION</p>
<p>Widget Therapeutics, Inc.<br>Full Name of Registrant</p>
</body></html>
"""


def test_bare_form_12b25_is_named_by_its_checked_form() -> None:
    record = parse(_NT_TEXT.encode(), "nt10k.txt")
    assert record["form_type"] == "NT 10-K"
    assert record["is_amendment"] is False


def test_bare_html_form_12b25_with_checkbox_glyphs() -> None:
    record = parse(_NT_HTML.encode(), "nt10q.htm")
    assert record["form_type"] == "NT 10-Q"


def test_amended_form_12b25_is_an_nt_amendment() -> None:
    text = _NT_TEXT.replace("FORM 12b-25\n", "FORM 12b-25/A\n")
    record = parse(text.encode(), "nt10ka.txt")
    assert record["form_type"] == "NT 10-K/A"
    assert record["is_amendment"] is True


@pytest.mark.parametrize("boxes", [
    "(Check One): [ ] Form 10-K  [ ] Form 11-K  [ ] Form 20-F  [ ] Form 10-Q",
    "(Check One): [X] Form 10-K  [ ] Form 11-K  [ ] Form 20-F  [X] Form 10-Q",
])
def test_form_12b25_with_no_single_box_checked_is_not_named(boxes: str) -> None:
    text = _NT_TEXT.replace(
        "(Check One): [X] Form 10-K and Form 10-KSB  [ ] Form 11-K  [ ] Form 20-F", boxes)
    assert parse(text.encode(), "nt.txt")["form_type"] is None


# A 2021 deregistration as EDGARized HTML prints it, saved on its own, rendered one per line.
_S8_POS_HTML = """\
<html><body>
<p>As filed with the Securities and Exchange Commission on June 1, 2021</p>
<p style="text-align:right">Registration No. 333-123456<br>Registration No. 333-234567</p>
<p style="text-align:center">UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION<br>
Washington, D.C. 20549</p>
<p style="text-align:center"><b>POST-EFFECTIVE AMENDMENT NO. 1 TO FORM S-8 REGISTRATION
STATEMENT NO. 333-123456</b></p>
<p style="text-align:center"><b>POST-EFFECTIVE AMENDMENT NO. 1 TO FORM S-8 REGISTRATION
STATEMENT NO. 333-234567</b></p>
<p style="text-align:center">UNDER<br>THE SECURITIES ACT OF 1933</p>
<p style="text-align:center"><b>ACME BANCORP, INC.</b></p>
</body></html>
"""

# A 1999 text cover: the amendment's title over the form line.
_POS_AM_TEXT = """\
     As filed with the Securities and Exchange Commission on May 3, 1999
                                                     Registration No. 333-61234
================================================================================
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549
                                ----------------
                         POST-EFFECTIVE AMENDMENT NO. 2
                                       TO
                                    FORM S-3
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933
                                ----------------
                           ACME PROPERTY TRUST, INC.
"""


def test_post_effective_amendment_to_form_s8_is_s8_pos() -> None:
    record = parse(_S8_POS_HTML.encode(), "s8pos.htm")
    assert record["form_type"] == "S-8 POS"
    assert record["is_amendment"] is False


def test_post_effective_amendment_to_form_s3_is_pos_am() -> None:
    assert parse(_POS_AM_TEXT.encode(), "posam.txt")["form_type"] == "POS AM"


def test_pre_effective_amendment_on_the_form_line_is_slash_a() -> None:
    text = _POS_AM_TEXT.replace(
        "POST-EFFECTIVE AMENDMENT NO. 2\n                                       TO\n"
        "                                    FORM S-3\n                             "
        "REGISTRATION STATEMENT\n",
        "          PRE-EFFECTIVE AMENDMENT NO. 1 TO FORM S-3 REGISTRATION STATEMENT\n")
    assert "PRE-EFFECTIVE AMENDMENT NO. 1 TO FORM S-3 REG" in text
    record = parse(text.encode(), "s3a.txt")
    assert record["form_type"] == "S-3/A"
    assert record["is_amendment"] is True


# A 2019 prospectus supplement as filers typed its cover (no form line: its legend names it).
_PROSPECTUS_TEXT = """\
                                                Filed Pursuant to Rule 424(b)(3)
                                                Registration No. 333-228123

PROSPECTUS SUPPLEMENT
(To Prospectus dated May 1, 2019)

                              $500,000,000
                            ACME CORPORATION
                      3.500% Senior Notes due 2029
"""

_FWP_HTML = """\
<html><body>
<p style="text-align:right">Free Writing Prospectus<br>Filed Pursuant to Rule 433<br>
Registration Statement No. 333-256789<br>March 4, 2024</p>
<p style="text-align:center"><b>ACME CORP</b></p>
<p style="text-align:center">$1,000,000,000 5.250% Notes due 2034</p>
</body></html>
"""

# A merger communication's Rule 425 legend (2016), stacked at the top of the document
RULE_425_LEGEND = """\
Filed by Acme Corporation
Pursuant to Rule 425 under the Securities Act of 1933
and deemed filed pursuant to Rule 14a-12
under the Securities Exchange Act of 1934

Subject Company: Widget Inc.
Commission File No.: 001-12345

"""

# A 2016 merger communication: the legend over a press release.
_RULE_425_TEXT = RULE_425_LEGEND + """\
FOR IMMEDIATE RELEASE

Acme Corporation and Widget Inc. to Combine
"""


@pytest.mark.parametrize(("data", "name", "form"), [
    (_PROSPECTUS_TEXT, "prospectus.txt", "424B3"),
    (_PROSPECTUS_TEXT.replace("424(b)(3)", "424(b)(5)"), "prospectus.txt", "424B5"),
    (_FWP_HTML, "fwp.htm", "FWP"),
    (_RULE_425_TEXT, "communication.txt", "425"),
])
def test_a_rule_legend_names_the_form(data: str, name: str, form: str) -> None:
    record = parse(data.encode(), name)
    assert record["form_type"] == form
    assert record["is_amendment"] is False


# A 2005 Rule 429 combined prospectus: a new Form S-3 that also amends an older statement.
_S3_AND_POS_TEXT = _POS_AM_TEXT.replace(
    "                         POST-EFFECTIVE AMENDMENT NO. 2\n"
    "                                       TO\n", "").replace(
    "                           THE SECURITIES ACT OF 1933\n",
    "                           THE SECURITIES ACT OF 1933\n"
    "                                       AND\n"
    "                       POST-EFFECTIVE AMENDMENT NO. 1 TO\n"
    "                     REGISTRATION STATEMENT NO. 333-112233\n")

# A 2008 Form S-8 whose facing page says it also amends an earlier plan's statement.
_S8_ALSO_TEXT = """\
     As filed with the Securities and Exchange Commission on March 14, 2008
                                                     Registration No. 333-149876
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549
                                    FORM S-8
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933
                              ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)
This Registration Statement also constitutes Post-Effective Amendment No. 1 to
Registration Statement No. 333-55555.
"""


@pytest.mark.parametrize(("data", "form"), [(_S3_AND_POS_TEXT, "S-3"), (_S8_ALSO_TEXT, "S-8")])
def test_new_registration_that_also_amends_an_old_one_is_the_new_form(
        data: str, form: str) -> None:
    assert "POST-EFFECTIVE AMENDMENT NO. 1" in data.upper()
    record = parse(data.encode(), "reg.txt")
    assert record["form_type"] == form
    assert record["is_amendment"] is False


def test_post_effective_amendment_on_form_s8_to_form_s4_is_s8_pos() -> None:
    text = _POS_AM_TEXT.replace(
        "POST-EFFECTIVE AMENDMENT NO. 2\n                                       TO\n"
        "                                    FORM S-3\n",
        "POST-EFFECTIVE AMENDMENT NO. 1\n                                  ON FORM S-8\n"
        "                                       TO\n                                    FORM S-4\n")
    assert "ON FORM S-8" in text
    assert parse(text.encode(), "s8pos.txt")["form_type"] == "S-8 POS"


@pytest.mark.parametrize(("boxes", "form"), [
    ("(Check One): Form 10-K [X]  Form 20-F [ ]  Form 11-K [ ]  Form 10-Q [ ]", "NT 10-K"),
    ("(Check One): Form 10-K [ ]  Form 20-F [ ]  Form 11-K [ ]  Form 10-Q [X]", "NT 10-Q"),
])
def test_form_12b25_with_each_box_after_its_label(boxes: str, form: str) -> None:
    text = _NT_TEXT.replace(
        "(Check One): [X] Form 10-K and Form 10-KSB  [ ] Form 11-K  [ ] Form 20-F\n"
        "             [ ] Form 10-Q and Form 10-QSB  [ ] Form N-SAR\n", boxes + "\n")
    assert boxes in text
    assert parse(text.encode(), "nt.txt")["form_type"] == form


# A 2012 bare 8-K whose Rule 425 checkbox wraps onto a line of its own.
_8K_425_BOX_TEXT = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                      Securities Exchange Act of 1934

Check the appropriate box below if the Form 8-K filing is intended to simultaneously
satisfy the filing obligation of the registrant under any of the following provisions:

[X] Written communications
pursuant to Rule 425 under the Securities Act (17 CFR 230.425)

[ ] Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)
"""


def test_an_8k_with_rule_425_text_stays_an_8k() -> None:
    # (a 425 legend naming a subject company over such an 8-K makes it a 425: round 30)
    assert parse(_8K_425_BOX_TEXT.encode(), "8k.txt")["form_type"] == "8-K"
