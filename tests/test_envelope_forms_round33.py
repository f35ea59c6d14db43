"""Round 33: header-less covers EDGAR names by what the cover checks rather than its form line:
a fund's post-effective amendment under Rule 485 ("485BPOS", "485APOS", "485BXT"), a
well-known seasoned issuer's automatic shelf ("S-3ASR", "F-3ASR", "POSASR"), and a 10-K405
whose form line prints its code spaced ("FORM 10-K 405")."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import N4_2008_HEAD


def _form(text: str) -> str | None:
    return parse(text.encode(), "cover.txt")["form_type"]


# a typed N-1A of 1996: the Securities Act box, a post-effective amendment's number, the
# Rule 485 paragraph the amendment takes effect under
_N1A_1996 = """\
   As filed with the Securities and Exchange Commission on February 28, 1996

                                                              File No. 2-34393
                                                              File No. 811-1879

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM N-1A

             REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933   /X/

                        Pre-Effective Amendment No.                   / /

                      Post-Effective Amendment No. {post}                  {post_box}

                                     and/or

                         REGISTRATION STATEMENT UNDER THE
                          INVESTMENT COMPANY ACT OF 1940               /X/

                              Amendment No. 31                         /X/

                          JANUS INVESTMENT FUND
           (Exact Name of Registrant as Specified in Charter)

             100 Fillmore Street, Denver, Colorado 80206-4923
                 (Address of Principal Executive Offices)

It is proposed that this filing will become effective:

         {b1}  immediately upon filing pursuant to paragraph (b)
         {b2}  on February 28, 1996 pursuant to paragraph (b)
         {a1}  60 days after filing pursuant to paragraph (a)(1)
         / /  on (date) pursuant to paragraph (a)(1)
         / /  75 days after filing pursuant to paragraph (a)(2)
         / /  on (date) pursuant to paragraph (a)(2) of rule 485.
"""
_BOXES = {"post": "52", "post_box": "/X/", "b1": "/ /", "b2": "/X/", "a1": "/ /"}


@pytest.mark.parametrize(("boxes", "want"), [
    ({}, "485BPOS"),
    ({"b2": "/ /", "b1": "/X/"}, "485BPOS"),
    ({"b2": "/ /", "a1": "/X/"}, "485APOS"),
])
def test_fund_post_effective_amendment_is_named_by_its_rule_485_box(
        boxes: dict[str, str], want: str) -> None:
    assert _form(_N1A_1996.format(**(_BOXES | boxes))) == want  # (was "N-1A")


def test_fund_post_effective_amendment_only_where_its_boxes_tell() -> None:
    assert _form(_N1A_1996.format(**_BOXES)) == "485BPOS"
    # two paragraphs checked: the cover does not tell, the printed form stays
    assert _form(_N1A_1996.format(**(_BOXES | {"a1": "/X/"}))) == "N-1A"
    # an original registration statement: no post-effective amendment number
    original = _N1A_1996.format(**(_BOXES | {"post": "  ", "post_box": "/ /", "b2": "/ /"}))
    assert _form(original.replace("Amendment No. 31", "Amendment No.   ")) == "N-1A"


# an N-4 of 2008 rendered from HTML: each box in a cell before its option; one option
# wrapped; the "new effective date" box checked too
_N4_2008 = N4_2008_HEAD + """\
☐\timmediately upon filing pursuant to paragraph (b) of Rule 485
{b}\ton May 1, 2008 pursuant to
paragraph (b) of Rule 485
{a}\t60 days after filing pursuant to paragraph (a)(1) of Rule 485
☐\ton (date) pursuant to paragraph (a)(1) of Rule 485
If appropriate, check the following box:
{xt}\tThis post-effective amendment designates a new effective date for a previously filed
post-effective amendment.
"""


def test_variable_annuity_post_effective_amendment() -> None:
    assert _form(_N4_2008.format(b="☒", a="☐", xt="☐")) == "485BPOS"
    assert _form(_N4_2008.format(b="☒", a="☐", xt="☒")) == "485BXT"
    assert _form(_N4_2008.format(b="☐", a="☒", xt="☐")) == "485APOS"


def test_unit_trust_post_effective_amendment_titled_above_its_form_line() -> None:
    text = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                      POST-EFFECTIVE AMENDMENT NO. 12 TO
                                    FORM S-6

                FOR REGISTRATION UNDER THE SECURITIES ACT OF 1933
                   OF SECURITIES OF UNIT INVESTMENT TRUSTS
                        REGISTERED ON FORM N-8B-2

A.   Exact name of trust:  ACME VARIABLE LIFE SEPARATE ACCOUNT

It is proposed that this filing will become effective (check appropriate box)

[ ]  immediately upon filing pursuant to paragraph (b) of Rule 485
[X]  on May 1, 2003 pursuant to paragraph (b) of Rule 485
[ ]  60 days after filing pursuant to paragraph (a)(1) of Rule 485
[ ]  on (date) pursuant to paragraph (a)(1) of Rule 485
"""
    assert _form(text) == "485BPOS"  # (was "S-6/A")


# an S-3 of 2008 rendered from HTML: the Rule 462(e) box says it took effect on filing
_S3_2008 = """\
As filed with the Securities and Exchange Commission on March 3, 2008
Registration No. 333-
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
{title}
REGISTRATION STATEMENT
UNDER
THE SECURITIES ACT OF 1933
ACME WIDGETS, INC.
(Exact name of registrant as specified in its charter)
Delaware\t36-1234567
Approximate date of commencement of proposed sale to the public: From time to time after the \
effective date of this Registration Statement.
If the only securities being registered on this Form are being offered pursuant to dividend or \
interest reinvestment plans, please check the following box. ☐
If any of the securities being registered on this Form are to be offered on a delayed or \
continuous basis pursuant to Rule 415 under the Securities Act of 1933, other than securities \
offered only in connection with dividend or interest reinvestment plans, check the following \
box. ☒
If this Form is a post-effective amendment filed pursuant to Rule 462(c) under the Securities \
Act, check the following box and list the Securities Act registration statement number of the \
earlier effective registration statement for the same offering. ☐
If this Form is a registration statement pursuant to General Instruction {instruction} or a \
post-effective amendment thereto that shall become effective upon filing with the Commission \
pursuant to Rule 462(e) under the Securities Act, check the following box. {box}
If this Form is a post-effective amendment to a registration statement filed pursuant to \
General Instruction {instruction} filed to register additional securities or additional classes \
of securities pursuant to Rule 413(b) under the Securities Act, check the following box. ☐
"""


@pytest.mark.parametrize(("title", "instruction", "checked", "unchecked"), [
    ("FORM S-3", "I.D.", "S-3ASR", "S-3"),
    ("FORM F-3", "I.C.", "F-3ASR", "F-3"),
    ("POST-EFFECTIVE AMENDMENT NO. 1\nTO\nFORM S-3", "I.D.", "POSASR", "POS AM"),
])
def test_automatic_shelf_registration(title: str, instruction: str, checked: str,
                                      unchecked: str) -> None:
    cover = _S3_2008.replace("{title}", title).replace("{instruction}", instruction)
    assert _form(cover.replace("{box}", "☒")) == checked
    assert _form(cover.replace("{box}", "☐")) == unchecked


def test_automatic_shelf_box_typed_after_a_wrapped_sentence() -> None:
    text = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM S-3
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933

     If this Form is a registration statement pursuant to General Instruction
I.D. or a post-effective amendment thereto that shall become effective upon
filing with the Commission pursuant to Rule 462(e) under the Securities Act,
check the following box.  [X]
"""
    assert _form(text) == "S-3ASR"
    assert _form(text.replace("[X]", "[ ]")) == "S-3"


def test_10_k_405_form_line_with_its_code_spaced() -> None:
    text = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                 FORM 10-K 405

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
     For the fiscal year ended December 31, 1997
"""
    assert _form(text) == "10-K405"  # (was null)


def test_new_effective_date_box_is_485bxt_under_paragraph_a_too() -> None:
    """A new date for an earlier amendment is EDGAR's 485BXT whichever paragraph its date is
    under: "[X] on (date) pursuant to paragraph (a)(1)" with the new-date box checked."""
    n1a = _N1A_1996.format(**(_BOXES | {"b2": "/ /"})).replace(
        "/ /  on (date) pursuant to paragraph (a)(1)\n",
        "/X/  on May 15, 1996 pursuant to paragraph (a)(1)\n") + """
If appropriate, check the following box:

         /X/  this post-effective amendment designates a new effective date for a
              previously filed post-effective amendment.
"""
    assert _form(n1a) == "485BXT"
    assert _form(n1a.replace("/X/  this", "/ /  this")) == "485APOS"


def test_automatic_shelf_boxes_printed_before_their_paragraphs() -> None:
    """Each box before its paragraph: the box on the line under the Rule 462(e) paragraph is
    the next paragraph's (Rule 413(b)), not 462(e)'s."""
    text = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM S-3
                             REGISTRATION STATEMENT
                                      UNDER
                           THE SECURITIES ACT OF 1933

[ ]  If this Form is a post-effective amendment filed pursuant to Rule 462(c) under the
     Securities Act, check the following box and list the Securities Act registration
     statement number of the earlier effective registration statement for the same offering.
[ ]  If this Form is a registration statement pursuant to General Instruction I.D. or a
     post-effective amendment thereto that shall become effective upon filing with the
     Commission pursuant to Rule 462(e) under the Securities Act, check the following box.
[X]  If this Form is a post-effective amendment to a registration statement filed pursuant
     to General Instruction I.D. filed to register additional securities or additional
     classes of securities pursuant to Rule 413(b) under the Securities Act, check the
     following box.
"""
    assert _form(text) == "S-3"
    # the 462(e) box checked itself: an automatic shelf
    checked = text.replace("[ ]  If this Form is a registration", "[X]  If this Form is a "
                           "registration").replace("[X]  If this Form is a post-effective "
                                                   "amendment to", "[ ]  If this Form is a "
                                                   "post-effective amendment to")
    assert _form(checked) == "S-3ASR"
