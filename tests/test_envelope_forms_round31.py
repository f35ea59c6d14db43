"""Round 31: header-less covers of forms EDGAR names by a section or a rule the cover prints
apart from its form line: Form 15 ("15-12G", "15-15D"), Form 10 and 10-SB ("10-12G",
"10SB12G"), Form 8-A ("8-A12B"), and a 20-F or 40-F registration statement ("20FR12B")."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse

_HEAD = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

"""


def _form(text: str, name: str = "cover.txt") -> tuple[str | None, bool]:
    record = parse(text.encode(), name)
    return record["form_type"], record["is_amendment"]


# The SEC's printed text of a typed Form 15 cover, shared by the covers below
_FORM_15_TITLE = """\
                                    FORM 15

     CERTIFICATION AND NOTICE OF TERMINATION OF REGISTRATION UNDER SECTION 12(g)
       OF THE SECURITIES EXCHANGE ACT OF 1934 OR SUSPENSION OF DUTY TO FILE
      REPORTS UNDER SECTIONS 13 AND 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934.
"""
_PLACE_AN_X = """\
     Please place an X in the box(es) to designate the appropriate rule
provision(s) relied upon to terminate or suspend the duty to file reports:
"""
_HOLDERS = """\
     Approximate number of holders of record as of the certification or notice
date: """


# A typed Form 15 of the 1990s: the boxes after their rules, two rules to a row (1998)
_FORM_15_TEXT = _HEAD + _FORM_15_TITLE + """\

                                              Commission File Number 0-21234

                              ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

               100 Main Street, Springfield, Illinois 62701 (217) 555-0100
  (Address, including zip code, and telephone number, including area code, of
                  registrant's principal executive offices)

                    Common Stock, par value $.01 per share
            (Title of each class of securities covered by this Form)

                                      None
  (Titles of all other classes of securities for which a duty to file reports
                      under section 13(a) or 15(d) remains)

""" + _PLACE_AN_X + """\

     Rule 12g-4(a)(1)(i)     {a}             Rule 12h-3(b)(1)(i)     {b}
     Rule 12g-4(a)(1)(ii)    [ ]             Rule 12h-3(b)(1)(ii)    [ ]
     Rule 12g-4(a)(2)(i)     [ ]             Rule 12h-3(b)(2)(i)     [ ]
     Rule 12g-4(a)(2)(ii)    [ ]             Rule 12h-3(b)(2)(ii)    [ ]
                                             Rule 15d-6              {c}

""" + _HOLDERS + """212
"""
# An HTML Form 15 rendered to text: each box in the cell before its rule (2012)
_FORM_15_HTML = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 15
CERTIFICATION AND NOTICE OF TERMINATION OF REGISTRATION UNDER SECTION 12(g) OF THE \
SECURITIES EXCHANGE ACT OF 1934 OR SUSPENSION OF DUTY TO FILE REPORTS UNDER SECTIONS 13 \
AND 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934.
Commission File Number: 001-34567
Acme Widgets, Inc.
(Exact name of registrant as specified in its charter)
Please place an X in the box(es) to designate the appropriate rule provision(s) relied upon \
to terminate or suspend the duty to file reports:
{a}\tRule 12g-4(a)(1)
☐\tRule 12g-4(a)(2)
{b}\tRule 12h-3(b)(1)(i)
☐\tRule 12h-3(b)(1)(ii)
☐\tRule 15d-6
☐\tRule 15d-22(b)
Approximate number of holders of record as of the certification or notice date: 1
"""


@pytest.mark.parametrize(("text", "boxes", "want"), [
    (_FORM_15_TEXT, {"a": "[X]", "b": "[X]", "c": "[ ]"}, "15-12G"),  # both: 12(g) ended
    (_FORM_15_TEXT, {"a": "[ ]", "b": "[X]", "c": "[ ]"}, "15-15D"),
    (_FORM_15_TEXT, {"a": "[ ]", "b": "[ ]", "c": "[X]"}, "15-15D"),
    (_FORM_15_HTML, {"a": "☒", "b": "☒"}, "15-12G"),
    (_FORM_15_HTML, {"a": "☐", "b": "☒"}, "15-15D"),
])
def test_form_15_is_named_by_its_checked_rule(text: str, boxes: dict[str, str], want: str) -> None:
    assert _form(text.format(**boxes)) == (want, False)


def test_form_15_amended_keeps_its_rule_and_none_checked_stays_printed() -> None:
    amended = _FORM_15_TEXT.replace("FORM 15\n", "FORM 15/A\n                               "
                                                 "(Amendment No. 1)\n")
    assert _form(amended.format(a="[X]", b="[ ]", c="[ ]")) == ("15-12G/A", True)
    assert _form(_FORM_15_TEXT.format(a="[ ]", b="[ ]", c="[ ]")) == ("15", False)


# A typed Form 10 (1997): the 12(b) table says "None", the class is under 12(g)
_FORM_10 = _HEAD + """\
                                    FORM 10

                  GENERAL FORM FOR REGISTRATION OF SECURITIES
   Pursuant to Section 12(b) or (g) of The Securities Exchange Act of 1934

                              ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

          Delaware                                      36-3456789
(State or other jurisdiction of                      (I.R.S. Employer
incorporation or organization)                      Identification No.)

Securities to be registered pursuant to Section 12(b) of the
Act:

         Title of each class                Name of each exchange on which
         to be so registered                each class is to be registered
         -------------------                ------------------------------
                None                                     None

Securities to be registered pursuant to Section 12(g) of the
Act:
                    Common Stock, par value $.01 per share
                                (Title of class)
"""
# A spin-off's amended Form 10 in HTML rendered to text (2015): the class listed on the NYSE
_FORM_10_SPIN_OFF = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
Amendment No. 2
to
FORM 10
GENERAL FORM FOR REGISTRATION OF SECURITIES
Pursuant to Section 12(b) or (g) of the Securities Exchange Act of 1934
Acme SpinCo, Inc.
(Exact name of registrant as specified in its charter)
Securities to be registered pursuant to Section 12(b) of the Act:
Title of each class\tName of each exchange on which
to be so registered\teach class is to be registered
Common Stock, par value $0.01 per share\tThe New York Stock Exchange
Securities to be registered pursuant to Section 12(g) of the Act:
None
"""
# A small business's Form 10-SB (2001)
_FORM_10_SB = _HEAD + """\
                                  FORM 10-SB

    GENERAL FORM FOR REGISTRATION OF SECURITIES OF SMALL BUSINESS ISSUERS
       Under Section 12(b) or (g) of the Securities Exchange Act of 1934

                            WIDGET VENTURES, INC.
                (Name of Small Business Issuer in its charter)

Securities to be registered under Section 12(b) of the Act:  None

Securities to be registered under Section 12(g) of the Act:

                      Common Stock, $.001 par value
                              (Title of class)
"""
# A Form 8-A for a class listed on an exchange (2004)
_FORM_8_A = _HEAD + """\
                                   FORM 8-A

               FOR REGISTRATION OF CERTAIN CLASSES OF SECURITIES
                   PURSUANT TO SECTION 12(b) OR (g) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

                              ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

Securities to be registered pursuant to Section 12(b) of the Act:

   Title of each class                  Name of each exchange on which
   to be so registered                  each class is to be registered
   -------------------                  ------------------------------
   Common Stock, par value $.01         New York Stock Exchange

If this form relates to the registration of a class of securities pursuant to
Section 12(b) of the Exchange Act and is effective pursuant to General
Instruction A.(c), please check the following box. [X]

Securities to be registered pursuant to Section 12(g) of the Act:

                                     None
"""


@pytest.mark.parametrize(("text", "want"), [
    (_FORM_10, ("10-12G", False)),
    (_FORM_10_SPIN_OFF, ("10-12B/A", True)),
    (_FORM_10_SB, ("10SB12G", False)),
    (_FORM_8_A, ("8-A12B", False)),
])
def test_registration_form_is_named_by_the_section_with_a_class(
        text: str, want: tuple[str, bool]) -> None:
    assert _form(text) == want


# A foreign issuer's 20-F (2007), its registration statement box checked or its annual one
_FORM_20_F = _HEAD + """\
                                   FORM 20-F

(Mark One)
{reg}   REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR (g) OF THE SECURITIES
      EXCHANGE ACT OF 1934
                                       OR
{annual}   ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
      ACT OF 1934
      For the fiscal year ended December 31, 2007

                           ACME HOLDINGS PLC
         (Exact name of Registrant as specified in its charter)

Securities registered or to be registered pursuant to Section 12(b) of the Act.

      Title of each class              Name of each exchange on which registered
      -------------------              -----------------------------------------
   American Depositary Shares           New York Stock Exchange

Securities registered or to be registered pursuant to Section 12(g) of the Act.

                                     None
                               (Title of Class)
"""
# a 40-F's two boxes on one line, rendered from HTML (2010)
_FORM_40_F = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 40-F
☒ Registration statement pursuant to section 12 of the Securities Exchange Act of 1934\t\
☐ Annual report pursuant to section 13(a) or 15(d) of the Securities Exchange Act of 1934
Acme Resources Ltd.
(Exact name of Registrant as specified in its charter)
Securities registered or to be registered pursuant to Section 12(b) of the Act:
Title of each class\tName of each exchange on which registered
Common Shares\tNew York Stock Exchange
Securities registered or to be registered pursuant to Section 12(g) of the Act: None
"""


def test_foreign_registration_statement_is_named_by_its_section() -> None:
    assert _form(_FORM_20_F.format(reg="[X]", annual="[ ]")) == ("20FR12B", False)
    assert _form(_FORM_40_F) == ("40FR12B", False)
    # the annual report's cover prints the same Section 12 tables: it stays a "20-F"
    assert _form(_FORM_20_F.format(reg="[ ]", annual="[X]")) == ("20-F", False)


# A typed Form 15 (1996) printing its boxes as "( )" one space after each rule: "(X)" is a
# box, not a sub-paragraph of the rule
_FORM_15_PARENS = _HEAD + _FORM_15_TITLE + """\

                                                 Commission File Number 33-45678

                           FIRST COUNTY BANCORP, INC.
             (Exact name of registrant as specified in its charter)

""" + _PLACE_AN_X + """\

     Rule 12g-4(a)(1)(i) {a}          Rule 12h-3(b)(1)(i) {b}
     Rule 12g-4(a)(1)(ii) ( )         Rule 12h-3(b)(1)(ii) ( )
     Rule 12g-4(a)(2)(i) ( )          Rule 12h-3(b)(2)(i) ( )
     Rule 12g-4(a)(2)(ii) ( )         Rule 12h-3(b)(2)(ii) ( )
                                      Rule 15d-6 {c}

""" + _HOLDERS + """187
"""
# A typed Form 15 (2003) whose left column's boxes stand far from their rules: the box
# between the two columns is the left rule's, the row ending in the right rule's box
_FORM_15_WIDE = _HEAD + _FORM_15_TITLE + """\

                                                  Commission File Number 0-28765

                              NETWIDGET.COM, INC.
             (Exact name of registrant as specified in its charter)

""" + _PLACE_AN_X + """\

  Rule 12g-4(a)(1)(i)                  {a}   Rule 12h-3(b)(1)(i)            {b}
  Rule 12g-4(a)(1)(ii)                 [ ]   Rule 12h-3(b)(1)(ii)           [ ]
  Rule 12g-4(a)(2)(i)                  [ ]   Rule 12h-3(b)(2)(i)            [ ]
  Rule 12g-4(a)(2)(ii)                 [ ]   Rule 12h-3(b)(2)(ii)           [ ]
                                             Rule 15d-6                     {c}

""" + _HOLDERS + """96
"""


@pytest.mark.parametrize(("text", "boxes", "want"), [
    (_FORM_15_PARENS, {"a": "(X)", "b": "(X)", "c": "( )"}, "15-12G"),
    (_FORM_15_PARENS, {"a": "( )", "b": "(X)", "c": "( )"}, "15-15D"),
    (_FORM_15_PARENS, {"a": "( )", "b": "( )", "c": "(X)"}, "15-15D"),
    (_FORM_15_WIDE, {"a": "[X]", "b": "[ ]", "c": "[ ]"}, "15-12G"),
    (_FORM_15_WIDE, {"a": "[ ]", "b": "[X]", "c": "[ ]"}, "15-15D"),
    (_FORM_15_WIDE, {"a": "[ ]", "b": "[ ]", "c": "[X]"}, "15-15D"),
])
def test_form_15_box_after_its_rule_is_that_rules(text: str, boxes: dict[str, str],
                                                  want: str) -> None:
    assert _form(text.format(**boxes)) == (want, False)


def test_form_15_title_naming_section_12_g_with_a_space_is_not_12b() -> None:
    # the class was once listed under Section 12(b): the title's "12 (g)" still rules
    text = _FORM_15_HTML.format(a="☒", b="☐").replace(
        "UNDER SECTION 12(g) OF THE", "UNDER SECTION 12 (g) OF THE").replace(
        "Acme Widgets, Inc.\n", "Acme Widgets, Inc.\nCommon Stock (formerly registered under "
                                "Section 12(b) of the Act)\n")
    assert _form(text) == ("15-12G", False)


# A 40-F (2004) printing each box after its label, the annual report first and checked: the
# box just before "Registration statement" is the annual report's
_FORM_40_F_BOXES_AFTER = _HEAD + """\
                                   FORM 40-F

Annual report pursuant to section 13(a) or 15(d) {annual}  Registration statement pursuant \
to section 12 {reg}

For the fiscal year ended December 31, 2004       Commission File Number 1-14620

                          ACME GOLD MINES LIMITED
         (Exact name of Registrant as specified in its charter)

Securities registered or to be registered pursuant to Section 12(b) of the Act:

      Title of each class              Name of each exchange on which registered
      Common Shares                    New York Stock Exchange

Securities registered or to be registered pursuant to Section 12(g) of the Act: None
"""
# the same row rendered from an HTML table (2011): a label and its box in each cell
_FORM_40_F_CELLS = """\
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549
FORM 40-F
Annual report pursuant to section 13(a) or 15(d) of the Securities Exchange Act of 1934 \
{annual}\tRegistration statement pursuant to section 12 of the Securities Exchange Act of 1934 \
{reg}
For the fiscal year ended December 31, 2011\tCommission File Number 001-31819
Acme Gold Mines Limited
(Exact name of Registrant as specified in its charter)
Securities registered or to be registered pursuant to Section 12(b) of the Act:
Title of each class\tName of each exchange on which registered
Common Shares\tNew York Stock Exchange
Securities registered or to be registered pursuant to Section 12(g) of the Act: None
"""


@pytest.mark.parametrize(("text", "boxes"), [
    (_FORM_40_F_BOXES_AFTER, {"annual": "[X]", "reg": "[ ]"}),
    (_FORM_40_F_CELLS, {"annual": "☒", "reg": "☐"}),
])
def test_annual_report_with_boxes_after_labels_stays_printed(
        text: str, boxes: dict[str, str]) -> None:
    assert _form(text.format(**boxes)) == ("40-F", False)


# A 1998 10-K whose form line lost its "-K" to the next line: "FORM 10" with no Form 10 title
# ("GENERAL FORM FOR REGISTRATION OF SECURITIES") is not named by its 12(b) caption; since
# round 32 the wrapped "-K" is joined back to it.
_BROKEN_10K = """\
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 10
                                       -K

        ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
                   For the fiscal year ended December 31, 1998
                        Commission file number 0-12345

                               ACME CORPORATION

          Securities registered pursuant to Section 12(b) of the Act:
          Common Stock, $.01 par value             New York Stock Exchange

          Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_form_10_line_without_the_registration_title_gets_no_section() -> None:
    assert parse(_BROKEN_10K.encode(), "x.txt")["form_type"] == "10-K"
