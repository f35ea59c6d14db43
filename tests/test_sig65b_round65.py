"""Signature blocks of round 65b.

A bank's name with no legal form after it under a finished title ("President" over "Icahn
National Bank", "Bank of Granite", "Icahn Savings Association") is the firm's line, as a
legal form makes it (was: the title "President Icahn National Bank"); so are the lines ending
in more foreign legal forms ("Acme S.a r.l.", "Acme S.à r.l.", "Acme SARL", "Acme S.A.S.",
"Acme K.K.", "Acme S.r.l.", "Acme S.L.", "Acme AB"). The tests edit Icahn's Schedule TO-T/A on
CVR Energy (2025; test_sig59_round59, test_sig64b_round64): Icahn's certification re-typed as
text, and its HTML signature column, the firm's line typed under Icahn's title; and Beckton
Corp.'s name over its block, re-typed as a bank's or a foreign firm's in mixed case (was: the
name the title of the signer above, Beckton's signer under the previous registrant).
"""

from __future__ import annotations

import time

import pytest
from test_sig59_round59 import _BECKTON, _SELF, _plain, _signers
from test_sig64b_round64 import _both
from test_sig64b_round64 import (
    test_firm_under_a_finished_title_is_no_title_line as _firm_under_title,
)

from filing2json.parsers.sections.signatures import parse_signatures

_DATE = "2025-01-10"  # the block's date in Icahn's certification
_FIRMS = ["Icahn National Bank", "First Savings Bank", "Icahn Savings Association",
          "Icahn Bank of Commerce", "Bank of Granite", "The First National Bank of Long Island",
          "Icahn Savings and Loan Association", "Icahn Bank, National Association",
          "Icahn Holding S.a r.l.", "Icahn Holding S.à r.l.", "Icahn Holding SARL",
          "Icahn Holding S.A.S.", "Icahn Holding K.K.", "Icahn Holding S.r.l.",
          "Icahn Holding S.L.", "Icahn Holding AB"]


@pytest.mark.parametrize("firm", _FIRMS)
@pytest.mark.parametrize("title", [["President"], ["Chief Executive Officer and", "Director"]])
def test_bank_or_foreign_firm_under_a_finished_title_is_no_title_line(
        firm: str, title: list[str]) -> None:
    _firm_under_title(firm, title)  # (round 64b's test, in mixed case and in capitals)
    # a title going on with the bank keeps it
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", f"of {firm}"]) == [
        (None, "Carl C. Icahn", f"President of {firm}", _DATE)]


@pytest.mark.parametrize("firm", ["Beckton Savings and Loan Association",
                                  "Beckton Savings Association", "Beckton Holding S.à r.l.",
                                  "Beckton S.A.S.", "Beckton K.K.", "Beckton AB", "Beckton SARL"])
def test_bank_or_foreign_firm_over_the_next_block_is_its_registrant(firm: str) -> None:
    signers = _signers({"<B>BECKTON CORP.</B>": f"<B>{firm}</B>"})
    assert signers[-3][2] == "Chief Financial Officer, Treasurer and Secretary"
    assert signers[-2:] == [(firm, *_BECKTON[1:]), _SELF]
    # typed as text, right under the last title (no blank line) and over the next "By:"
    assert _plain(f"/s/ Carl C. Icahn|Carl C. Icahn|President|{firm}|By: /s/ Ted Papapostolou|"
                  "Ted Papapostolou|Vice President") == [
        (None, "Carl C. Icahn", "President", _DATE), (firm, *_BECKTON[1:])]


@pytest.mark.parametrize("line", ["of the Bank", "the Bank", "Bank Operations", "Ab Roe",
                                  "Retail Banking", "Savings Association"])
def test_title_going_on_with_a_bank_word_keeps_it(line: str) -> None:
    # an office of the bank, not its name; "Ab" in mixed case is a name's, not a legal form
    assert _both(["/s/ Carl C. Icahn", "Carl C. Icahn", "President", line]) == [
        (None, "Carl C. Icahn", f"President {line}", _DATE)]


def test_bank_and_legal_form_lines_parse_in_linear_time() -> None:
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for run in ("Savings Bank " * 16000, "S.a r.l. " * 22000, "Savings Association " * 10000):
        start = time.process_time()
        parse_signatures(f"{head}By: /s/ John Roe\nJohn Roe\nPresident\n{run}\n", False, [])
        assert time.process_time() - start < 5
