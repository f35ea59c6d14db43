"""Signature rules of round 28 checked by the audit that followed them."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.signature_names import join_title


def test_a_slash_or_hyphen_before_a_bracket_or_a_lower_case_word_joins_with_a_space() -> None:
    assert join_title(["Senior Vice President, General Counsel and Secretary/",
                       "(Duly Authorized Officer)"], False) \
        == "Senior Vice President, General Counsel and Secretary/ (Duly Authorized Officer)"
    assert join_title(["Senior Vice President-", "and Chief Financial Officer"], False) \
        == "Senior Vice President- and Chief Financial Officer"
    assert join_title(["Executive Vice President-", "Finance"], False) \
        == "Executive Vice President-Finance"


_10K = """FORM 10-K

ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

ACME CORPORATION

Item 1. Business

Acme makes widgets.

                                  SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and
on the dates indicated.

/s/ Robert Landau Director since March 1, 2005 March 27, 2008
Robert Landau

/s/ Mary B. Jones   Director   (Date) March 27, 2008
Mary B. Jones
"""


def test_a_date_the_title_holds_and_a_date_caption_stay_out_of_the_signer() -> None:
    sigs = parse(_10K.encode(), "acme.txt")["signatures"]
    got = {s["name"]: (s["title"], s["date"]) for s in sigs}
    assert got["Robert Landau"] == ("Director since March 1, 2005", "2008-03-27")
    assert got["Mary B. Jones"][0] == "Director"
