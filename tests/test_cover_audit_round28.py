"""Cover rules of round 28 checked by the audit that followed: names stacked over one
caption part only where each part is a company's name closed by its legal form."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.cover_stacked import split_names


@pytest.mark.parametrize("joined", [
    # a name going on after its legal word ("... COMPANY OF NEW MEXICO")
    "PUBLIC SERVICE COMPANY OF NEW MEXICO TEXAS-NEW MEXICO POWER COMPANY",
    # a word after the legal form that is no company's name
    "ACME TRUST INC. HOLDINGS",
    "AMERICAN INSURED MORTGAGE INVESTORS L.P. SERIES 85",
    "UNITED STATES TRUST COMPANY BANK OF BOSTON",
])
def test_a_name_going_on_after_a_legal_word_is_not_parted(joined: str) -> None:
    assert split_names(joined, 2) is None


def test_stacked_names_closed_by_their_legal_forms_still_part() -> None:
    assert split_names("ESSEX PROPERTY TRUST, INC. ESSEX PORTFOLIO, L.P.", 2) == [
        "ESSEX PROPERTY TRUST, INC.", "ESSEX PORTFOLIO, L.P."]
