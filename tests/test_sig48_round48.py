"""Signature blocks of round 48: a fund's trust signing for its series (stacked under it or
"on behalf of" it), a 10-K table's row left unsigned on a bare rule beside its title and
date with the name typed under it, and the "(SEAL)" printed beside a signature."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import CTC_SAMPLE, CTC_SIGNATURE_BLOCK, FILINGS

_SIGNER = """
                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 President

Dated: August 3, 2000"""
_PE = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text()
_PE_ROW = ("By: /s/ TAMARA J. ERICKSON" + " " * 27 + "Director" + " " * 32 + "March 26, 2001\n"
           + "-" * 50 + "\n    Tamara J. Erickson\n")
_PE_FRIEL = "By: /s/ ROBERT F. FRIEL" + " " * 30 + "Senior Vice President and Chief" + " " * 9 + \
    """March 26, 2001
                                                     Financial Officer (Principal Financial
--------------------------------------------------   Officer and Principal Accounting
    Robert F. Friel                                  Officer)
"""


def _ctc(block: str) -> list[tuple[Any, ...]]:
    """Sample 000 (CTC Communications 8-K, August 2000) with its signature block replaced."""
    assert CTC_SIGNATURE_BLOCK in CTC_SAMPLE
    data = CTC_SAMPLE.replace(CTC_SIGNATURE_BLOCK, block).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "000.txt")["signatures"]]


def _pe(old: str, new: str) -> list[tuple[Any, ...]]:
    """The PerkinElmer 10-K405 (2001) with one row of its signature tables replaced."""
    assert old in _PE
    data = _PE.replace(old, new).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "pe.txt")["signatures"]]


def test_a_trust_over_its_series_signs_alone() -> None:
    # sample 000 edited as fund families print their block: the trust's name over its
    # series' name over one signer (the trust signs for the series; the series is no
    # registrant of its own)
    found = _ctc("                  ACME FUNDS TRUST\n                  ACME GROWTH FUND\n"
                 + _SIGNER)
    assert found == [("ACME FUNDS TRUST", "John D. Pittenger", "President", "2000-08-03")]
    found = _ctc("                  VANGUARD WORLD FUNDS\n"
                 "                  VANGUARD INTERNATIONAL GROWTH PORTFOLIO\n" + _SIGNER)
    assert found == [("VANGUARD WORLD FUNDS", "John D. Pittenger", "President", "2000-08-03")]


def test_a_trust_signing_on_behalf_of_its_series() -> None:
    # sample 000 edited: "on behalf of" its series, under the trust's name or after it
    trust = ("ACME FUNDS TRUST", "John D. Pittenger", "President", "2000-08-03")
    assert _ctc("                  ACME FUNDS TRUST\n"
                "                  on behalf of ACME GROWTH FUND\n" + _SIGNER) == [trust]
    assert _ctc("                  ACME FUNDS TRUST,\n                  on behalf of its series\n"
                "                  ACME GROWTH FUND\n" + _SIGNER) == [trust]
    assert _ctc("                  ACME FUNDS TRUST, on behalf of Acme Growth Fund\n"
                + _SIGNER) == [trust]


def test_two_companies_stacked_still_two_registrants() -> None:
    # the guard: two companies (no trust over a fund's series) stay two registrants
    found = _ctc("                  ACME CAPITAL CORPORATION\n"
                 "                  ACME HOLDINGS, INC.\n" + _SIGNER)
    assert [f[0] for f in found] == ["ACME CAPITAL CORPORATION", "ACME HOLDINGS, INC."]


def test_table_row_left_on_a_bare_rule_beside_its_title() -> None:
    # the PerkinElmer 10-K405 edited: a director's row unsigned, a rule in the signature
    # column beside "Director" and the date, the name typed under the rule
    for rule in ("-" * 50, "_" * 50):
        found = _pe(_PE_ROW, rule + "   Director" + " " * 32 + "March 26, 2001\n"
                    "    Tamara J. Erickson\n")
        assert ("PERKINELMER, INC.", "Tamara J. Erickson", "Director", "2001-03-26") in found
        assert len(found) == 12


def test_table_row_left_on_a_bare_rule_with_a_title_of_four_lines() -> None:
    # the same, the officer's row: the title's lines go on beside the name under the rule
    found = _pe(_PE_FRIEL, "_" * 50 + """   Senior Vice President and Chief         March 26, 2001
    Robert F. Friel                                  Financial Officer (Principal Financial
                                                     Officer and Principal Accounting
                                                     Officer)
""")
    assert found[1] == (
        "PERKINELMER, INC.", "Robert F. Friel", "Senior Vice President and Chief Financial "
        "Officer (Principal Financial Officer and Principal Accounting Officer)", "2001-03-26")


def test_seal_beside_the_signature() -> None:
    # sample 000 edited as 1990s filers print a seal's place beside the signature
    for signed in ("By: /s/ John D. Pittenger            (SEAL)",
                   "By: /s/ John D. Pittenger (SEAL)", "By: /s/ John D. Pittenger [SEAL]",
                   "By: /s/ John D. Pittenger   (L.S.)"):
        assert _ctc(f"""                  CTC COMMUNICATIONS GROUP, INC.

                 {signed}
                 John D. Pittenger,
                 Executive Vice President

Dated: August 3, 2000""") == [("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger",
                               "Executive Vice President", "2000-08-03")]


def test_by_its_general_partner_is_no_registrant() -> None:
    # sample 000 edited as limited partnerships print their block: the partnership, then
    # "By its general partner, ..." (no colon), then the general partner's officer
    assert _ctc("""                  ACME PARTNERS, L.P.
                  By its general partner, ACME GP, INC.

                  By: /s/ John D. Pittenger
                      Name: John D. Pittenger
                      Title: Executive Vice President

Dated: August 3, 2000""") == [("ACME PARTNERS, L.P.", "John D. Pittenger",
                               "Executive Vice President", "2000-08-03")]


def test_registrant_caption_in_capitals() -> None:
    # sample 000 edited as 1990s filers type the caption in capitals, on the name's line
    reg = ("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger", "Executive Vice President",
           "2000-08-03")
    for line in ("CTC COMMUNICATIONS GROUP, INC. (REGISTRANT)",
                 "REGISTRANT: CTC COMMUNICATIONS GROUP, INC."):
        assert _ctc(f"""                  {line}

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President

Dated: August 3, 2000""") == [reg]


def test_name_broken_at_its_comma_over_its_state() -> None:
    # sample 000 edited: "a Delaware corporation" under the name, after a comma
    assert _ctc("""                  CTC COMMUNICATIONS GROUP, INC.,
                  a Delaware corporation

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President

Dated: August 3, 2000""")[0][0] == "CTC COMMUNICATIONS GROUP, INC."


def test_former_name_under_the_name_is_no_registrant() -> None:
    # sample 000 edited as filers print their block after a change of name
    for line in ("(FORMERLY ACME INDUSTRIES, INC.)", "F/K/A ACME INDUSTRIES, INC.",
                 "(formerly known as Acme Industries, Inc.)"):
        found = _ctc(f"""                  ACME CORPORATION
                  {line}

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President

Dated: August 3, 2000""")
        assert found == [("ACME CORPORATION", "John D. Pittenger", "Executive Vice President",
                          "2000-08-03")]


def test_capacity_after_the_name_is_no_part_of_it() -> None:
    # sample 000 edited as asset-backed issuers' 8-Ks print their depositor's block
    for line in ("WORLD OMNI AUTO RECEIVABLES LLC, as Depositor",
                 "WORLD OMNI AUTO RECEIVABLES LLC,\n                  as Depositor"):
        found = _ctc(f"""                  {line}

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Vice President

Dated: August 3, 2000""")
        assert found == [("WORLD OMNI AUTO RECEIVABLES LLC", "John D. Pittenger",
                          "Vice President", "2000-08-03")]
