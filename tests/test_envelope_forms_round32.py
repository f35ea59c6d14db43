"""Round 32: header-less covers whose form EDGAR names from what a typed cover prints beside
its form line: boxes typed as blanks ("___X___", "[_X_]"), a 10-KSB's Item 405 box
("10-KSB40"), a form line wrapped at its dash ("FORM 10" over "-K"), and a fund's Rule 497
legend ("497", "497K")."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse

_HEAD = """\
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

"""


def _form(text: str) -> str | None:
    return parse(text.encode(), "cover.txt")["form_type"]


_ITEM_405_TEXT = """\
Indicate by check mark if disclosure of delinquent filers pursuant to Item 405 of
Regulation S-K is not contained herein, and will not be contained, to the best of
registrant's knowledge, in definitive proxy or information statements
incorporated by reference in Part III of this Form 10-K or any amendment to this
Form 10-K.  {box}

State the aggregate market value of the voting stock held by non-affiliates of
the registrant: $48,312,000 as of March 1, 1999.
"""
# a typed 10-K of 1999: its boxes are blanks, the one checked typed over with an X
_10K_1999 = _HEAD + """\
                                   FORM 10-K

(Mark One)
   X       ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
           EXCHANGE ACT OF 1934
           For the fiscal year ended December 31, 1998
 _____     TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
           EXCHANGE ACT OF 1934
           For the transition period from __________ to __________

                         Commission file number 0-19234

Indicate by check mark whether the registrant (1) has filed all reports required
to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during
the preceding 12 months, and (2) has been subject to such filing requirements
for the past 90 days.  Yes   X    No _____

""" + _ITEM_405_TEXT


@pytest.mark.parametrize(("checked", "blank"), [
    ("___X___", "_______"), ("__X__", "_____"), ("[_X_]", "[_]"),
])
def test_item_405_box_typed_as_a_blank(checked: str, blank: str) -> None:
    assert _form(_10K_1999.format(box=checked)) == "10-K405"
    # a blank left blank is no box checked, nor is the "Yes  X" above it this box
    assert _form(_10K_1999.format(box=blank)) == "10-K"


def test_transition_box_typed_as_a_blank_filled_in() -> None:
    text = _10K_1999.format(box="_____").replace("   X       ANNUAL", " _____     ANNUAL") \
        .replace(" _____     TRANSITION", " __X__     TRANSITION")
    assert _form(text) == "10-KT"


_NT_TEXT = _HEAD + """\
                                  FORM 12b-25

                          NOTIFICATION OF LATE FILING

                                            Commission File Number 0-21234

(Check One): {boxes}

For Period Ended: March 31, 1998
"""


@pytest.mark.parametrize(("boxes", "want"), [
    ("___ Form 10-K  ___ Form 20-F  ___ Form 11-K  _X_ Form 10-Q  ___ Form N-SAR", "NT 10-Q"),
    ("Form 10-K ___X___  Form 20-F _______  Form 11-K _______  Form 10-Q _______", "NT 10-K"),
])
def test_late_notice_boxes_typed_as_blanks(boxes: str, want: str) -> None:
    assert _form(_NT_TEXT.format(boxes=boxes)) == want


_FORM_15 = _HEAD + """\
                                    FORM 15

     CERTIFICATION AND NOTICE OF TERMINATION OF REGISTRATION UNDER SECTION 12(g)
       OF THE SECURITIES EXCHANGE ACT OF 1934 OR SUSPENSION OF DUTY TO FILE
      REPORTS UNDER SECTIONS 13 AND 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934.

                                              Commission File Number 0-21234

                              ACME WIDGETS, INC.
             (Exact name of registrant as specified in its charter)

     Please place an X in the box(es) to designate the appropriate rule
provision(s) relied upon to terminate or suspend the duty to file reports:

     Rule 12g-4(a)(1)(i)     {a}        Rule 12h-3(b)(1)(i)    {b}
     Rule 12g-4(a)(1)(ii)    _______        Rule 12h-3(b)(1)(ii)   _______
     Rule 12g-4(a)(2)(i)     _______        Rule 12h-3(b)(2)(i)    _______
     Rule 12g-4(a)(2)(ii)    _______        Rule 12h-3(b)(2)(ii)   _______
                                            Rule 15d-6             {c}

     Approximate number of holders of record as of the certification or notice
date: 212
"""


@pytest.mark.parametrize(("boxes", "want"), [
    ({"a": "___X___", "b": "___X___", "c": "_______"}, "15-12G"),
    ({"a": "_______", "b": "_______", "c": "___X___"}, "15-15D"),
])
def test_form_15_rule_boxes_typed_as_blanks(boxes: dict[str, str], want: str) -> None:
    assert _form(_FORM_15.format(**boxes)) == want


_10KSB = _HEAD + """\
                                  FORM 10-KSB

[X]  ANNUAL REPORT UNDER SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1998

[ ]  TRANSITION REPORT UNDER SECTION 13 OR 15(d) OF THE EXCHANGE ACT

            For the transition period from ___________ to ___________

                        Commission file number 0-24312

Check whether the issuer (1) filed all reports required to be filed by Section 13
or 15(d) of the Exchange Act during the past 12 months (or for such shorter
period that the registrant was required to file such reports), and (2) has been
subject to such filing requirements for the past 90 days. Yes [X] No [ ]

Check if there is no disclosure of delinquent filers in response to Item 405 of
Regulation S-B contained in this form, and no disclosure will be contained, to
the best of registrant's knowledge, in definitive proxy or information
statements incorporated by reference in Part III of this Form 10-KSB or any
amendment to this Form 10-KSB. {box}

State issuer's revenues for its most recent fiscal year: $3,412,118
"""


def test_10_ksb_item_405_box() -> None:
    assert _form(_10KSB.format(box="[X]")) == "10-KSB40"
    assert _form(_10KSB.format(box="[ ]")) == "10-KSB"


def test_10_ksb_item_405_box_after_2001_and_amended() -> None:
    assert _form(_10KSB.format(box="[X]").replace("1998", "2003")) == "10-KSB"
    amended = _10KSB.format(box="[X]").replace("FORM 10-KSB\n", "FORM 10-KSB/A\n")
    assert _form(amended) == "10-KSB40/A"


_10K_2004 = _HEAD + """\
                                   FORM {code}

(Mark One)
[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
     For the fiscal year ended December 31, 2004
"""


@pytest.mark.parametrize(("code", "want"), [
    ("10\n                                      -K", "10-K"),
    ("10-\n                                      K", "10-K"),
    ("10-\n                                     Q/A", "10-Q/A"),
])
def test_form_line_wrapped_at_its_dash(code: str, want: str) -> None:
    assert _form(_10K_2004.format(code=code)) == want


@pytest.mark.parametrize(("legend", "want"), [
    ("Filed pursuant to Rule 497(e)", "497"),
    ("Filed Pursuant to Rule 497(c)", "497"),
    ("Filed pursuant to Rule 497(k)", "497K"),
    ("Filed Pursuant to Rule 497(h)(2)", "497H2"),
])
def test_fund_prospectus_rule_497_legend(legend: str, want: str) -> None:
    text = f"""\
                                           {legend}
                                           File Nos. 033-12345 and 811-04567

                          ACME INVESTMENT TRUST
                       ACME GROWTH AND INCOME FUND

                  Supplement dated June 15, 2009 to the Prospectus
                              dated May 1, 2009
"""
    assert _form(text) == want


# -- false positives of the rules above (an audit of round 32) --

_N14 = _HEAD + """\
                                                      File No. 333-61234

                                   FORM N-14

               REGISTRATION STATEMENT UNDER THE SECURITIES ACT OF 1933

                     Pre-Effective Amendment No. ___                  [ ]
                     Post-Effective Amendment No. ___                 [ ]

                            ACME INVESTMENT TRUST
             (Exact Name of Registrant as Specified in Charter)

The Prospectus and Statement of Additional Information of Acme Growth Fund dated
May 1, 2001, as filed
pursuant to Rule 497(c) on May 3, 2001 (Accession No. 0000950123-01-000412),
are incorporated herein by reference.
"""
_S6 = _HEAD + """\
                                   FORM S-6

              FOR REGISTRATION UNDER THE SECURITIES ACT OF 1933 OF
                   SECURITIES OF UNIT INVESTMENT TRUSTS
                        REGISTERED ON FORM N-8B-2

                   ACME MUNICIPAL TRUST, SERIES 212

It is proposed that this filing will become effective (check appropriate box):
[X] immediately upon filing pursuant to paragraph (b) of Rule 485
Filed pursuant to Rule 497(j)
"""


def test_rule_497_cited_on_a_registration_cover_is_no_legend() -> None:
    # (was "497" for both: a sentence's "pursuant to Rule 497(c) on ...", a legend under the
    # form line)
    assert _form(_N14) == "N-14"
    assert _form(_S6) == "S-6"
    # the legend atop a fund's prospectus that carries its registration cover still names it
    legend = "                                  Filed pursuant to Rule 497(c)\n" \
             "                                  File No. 33-41234\n"
    assert _form(legend + _S6.replace("Filed pursuant to Rule 497(j)\n", "")) == "497"


def test_rule_497_legend_with_its_act_or_file_numbers_on_the_line() -> None:
    assert _form("Filed pursuant to Rule 497(e) under the Securities Act of 1933\n"
                 "                          ACME INVESTMENT TRUST\n") == "497"
    assert _form("Filed Pursuant to Rule 497(e), File Nos. 033-41234 and 811-06312\n"
                 "                          ACME INVESTMENT TRUST\n") == "497"
    # the rule cited in a letter's sentence, not "Filed pursuant to": no legend
    assert _form("""\
Ladies and Gentlemen:

Pursuant to Rule 497(j) under the Securities Act of 1933, as amended, the
undersigned certifies that the form of Prospectus that would have been filed
under Rule 497(c) would not have differed from that contained in the most
recent amendment to the Registration Statement.
""") is None


_10KSB_BOX_FIRST = _HEAD + """\
                                  FORM 10-KSB

[X]  ANNUAL REPORT UNDER SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

                  For the fiscal year ended December 31, 1999

                        Commission file number 0-24312

Check whether the issuer (1) filed all reports required to be filed by Section 13
or 15(d) of the Exchange Act during the past 12 months (or for such shorter
period that the registrant was required to file such reports), and (2) has been
subject to such filing requirements for the past 90 days. Yes [X] No [ ]

{box}Check if there is no disclosure of delinquent filers in response to Item 405 of
Regulation S-B contained in this form, and no disclosure will be contained, to
the best of registrant's knowledge, in definitive proxy or information
statements incorporated by reference in Part III of this Form 10-KSB or any
amendment to this Form 10-KSB.

State issuer's revenues for its most recent fiscal year: $3,412,118

Transitional Small Business Disclosure Format (check one): Yes [ ] No [X]
"""


def test_10_ksb_item_405_box_before_its_paragraph() -> None:
    assert _form(_10KSB_BOX_FIRST.format(box="[X] ")) == "10-KSB40"  # (was "10-KSB")
    assert _form(_10KSB_BOX_FIRST.format(box="[X]\n")) == "10-KSB40"  # alone on the line above
    # the "Yes [X]" of a later question is not its box (was "10-KSB40")
    later = ("Transitional Small Business Disclosure Format (check one): Yes [ ] No [X]",
             "Transitional Small Business Disclosure Format (check one): Yes [X] No [ ]")
    assert _form(_10KSB_BOX_FIRST.format(box="[ ] ").replace(*later)) == "10-KSB"
    assert _form(_10KSB_BOX_FIRST.format(box="").replace(*later)) == "10-KSB"


def test_10_ksb_item_405_box_after_its_paragraph_typed() -> None:
    text = _10KSB_BOX_FIRST.format(box="").replace("amendment to this Form 10-KSB.",
                                                   "amendment to this Form 10-KSB.   X")
    assert _form(text) == "10-KSB40"
    # a question below with its answer: no Item 405 box (was "10-KSB40")
    text = _10KSB_BOX_FIRST.format(box="").replace("Yes [ ] No [X]", "Yes     No  X")
    assert _form(text) == "10-KSB"


def test_fill_in_blanks_are_no_boxes() -> None:
    # a Form 15 whose boxes are "[ ]": the blank after the rule is to fill in (was "15")
    form_15 = _HEAD + """\
                                    FORM 15

     CERTIFICATION AND NOTICE OF TERMINATION OF REGISTRATION UNDER SECTION 12(g)
       OF THE SECURITIES EXCHANGE ACT OF 1934 OR SUSPENSION OF DUTY TO FILE
      REPORTS UNDER SECTIONS 13 AND 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934.

                                              Commission File Number 33-91234

     Please place an X in the box(es) to designate the appropriate rule
provision(s) relied upon to terminate or suspend the duty to file reports:

     [ ] Rule 12g-4(a)(1)(i)        [ ] Rule 12h-3(b)(1)(i)
     [ ] Rule 12g-4(a)(1)(ii)       [ ] Rule 12h-3(b)(1)(ii)
     [ ] Rule 12g-4(a)(2)(i)        [ ] Rule 12h-3(b)(2)(i)
     [ ] Rule 12g-4(a)(2)(ii)       [ ] Rule 12h-3(b)(2)(ii)
     [X] Rule 15d-6 ________

     Approximate number of holders of record as of the certification or notice
date: 212
"""
    assert _form(form_15) == "15-15D"
    # a 10-K405 whose box follows a blank left on the paragraph's line (was "10-K")
    text = _10K_1999.format(box="___          [X]").replace("Yes   X    No _____",
                                                         "Yes [X]   No [ ]")
    assert _form(text) == "10-K405"

