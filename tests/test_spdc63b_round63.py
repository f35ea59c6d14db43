"""Round 63b, speed of the cover reader: an address line over its caption that closes with its
zip ("1 Infinite Loop, Cupertino, California 95014") is no longer searched for a telephone
number beside it (cut_phone's tail pattern is tried at every character: ~50,000 instructions
a line). The answers are checked here against the slow way, on the real covers of the corpus
and samples and on real lines edited into the shapes a number beside the address takes."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections import cover_above
from filing2json.parsers.sections.cover import cover_region
from filing2json.parsers.sections.cover_address import cut_phone
from support import FILINGS, SAMPLES


def _slow(text: str) -> tuple[str, str]:
    """_phone_beside as it was: every line searched."""
    rest, number = cut_phone(text)
    return (rest, number) if number and rest else (text, "")


def _cover_lines() -> list[str]:
    """The lines of every real cover that end in a digit, their columns joined by one blank
    as values_above joins a line's chunks."""
    out = []
    for path in sorted(FILINGS.glob("*.txt")) + sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(errors="replace")
        for line in cover_region(text[text.find("<TEXT>") + 6 :]).split("\n"):
            joined = " ".join(line.split())
            if joined[-1:].isdigit():
                out.append(joined)
    return out


# sample 000's address line ("220 Bear Hill Rd., Waltham, Massachusetts  02451") with its
# telephone line under it ("(781) 466-8080") moved beside it, then that number edited into
# the other shapes cut_phone reads: each must still be searched and found
_BEAR_HILL = "220 Bear Hill Rd., Waltham, Massachusetts 02451"
_BESIDE = [
    f"{_BEAR_HILL} (781) 466-8080",
    f"{_BEAR_HILL} (781) 466-8080 ext 12",
    f"{_BEAR_HILL} (781) 466-8080 Ext. 12",
    f"{_BEAR_HILL} (781) 466-8080 EXTENSION: 12",
    f"{_BEAR_HILL} (781) 466-8080 x 12",
    f"{_BEAR_HILL} (781) 466-8080/8081",
    f"{_BEAR_HILL} (781) 466-8080 / 81",
    f"{_BEAR_HILL} (800) 555-CTC1",
    f"{_BEAR_HILL} (800) FLOWERS /1213",
    f"{_BEAR_HILL} 7814668080",
    f"{_BEAR_HILL} +44 20 7123 4567",
    f"{_BEAR_HILL} (86-21) 6133-0808",
    f"{_BEAR_HILL} Telephone (781) 466\u20118080",
]


def test_zip_closing_lines_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    # every real cover line closing with a digit answers as the slow way does, and the lines
    # closed by a zip after a state's name are answered without a search (Apple's 1999 8-K:
    # "1 Infinite Loop, Cupertino, California 95014"); a number beside the zip is searched
    lines = _cover_lines() + _BESIDE
    expected = [_slow(line) for line in lines]
    searched: list[str] = []

    def spy(text: str) -> tuple[str, str | None]:
        searched.append(text)
        return cut_phone(text)

    monkeypatch.setattr(cover_above, "cut_phone", spy)
    assert [cover_above._phone_beside(line) for line in lines] == expected
    apple = "1 Infinite Loop, Cupertino, California 95014"
    assert apple in lines and apple not in searched
    for line in _BESIDE:
        rest, number = cover_above._phone_beside(line)
        assert line in searched and number and rest.startswith("220"), line
    assert len(searched) < len(lines)


def test_real_apple_cover_reads_its_address_unsearched(monkeypatch: pytest.MonkeyPatch) -> None:
    from filing2json.parsers import parse

    data = (FILINGS / "8k_1999_applecomputerinc_1.txt").read_bytes()
    before = parse(data, "8k_1999_applecomputerinc_1.txt")["registrants"][0]["address"]
    searched: list[str] = []
    monkeypatch.setattr(cover_above, "cut_phone",
                        lambda text: (searched.append(text), cut_phone(text))[1])
    after = parse(data, "8k_1999_applecomputerinc_1.txt")["registrants"][0]["address"]
    assert after == before and after["zip"] == "95014" and after["city"] == "Cupertino"
    assert not any(text.endswith("95014") for text in searched)


def test_lone_caption_rows_pair_without_a_call_per_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    # the CTC sample 8-K's cover (2000) reads its real values as before, while its rows under
    # one caption ("(Exact name of registrant ...)", "(Registrant's telephone number ...)")
    # are paired by overlap in owners itself: no nearest-centre call per chunk, no
    # split_straddling for a caption alone, no join() for a one-line value
    from filing2json.parsers.sections import cover_columns
    from filing2json.parsers.sections.cover_layout import read_captioned
    from support import CTC_SAMPLE

    region = cover_region(CTC_SAMPLE[CTC_SAMPLE.find("<TEXT>") + 6 :])
    asked: list[int] = []
    straddled: list[int] = []
    joined: list[str] = []
    owner, straddling, join = cover_columns._owner, cover_above.split_straddling, cover_above.join
    monkeypatch.setattr(cover_columns, "_owner",
                        lambda chunk, captions, *rest: (asked.append(len(captions)),
                                                        owner(chunk, captions, *rest))[1])
    monkeypatch.setattr(cover_above, "split_straddling",
                        lambda row, captions: (straddled.append(len(captions)),
                                               straddling(row, captions))[1])
    monkeypatch.setattr(cover_above, "join",
                        lambda field, texts: (joined.append(field), join(field, texts))[1])
    (found,) = read_captioned(region)
    assert found == {
        "name": "CTC COMMUNICATIONS GROUP, INC.", "state": "Delaware",
        "commission_file_number": "0-27505", "irs_employer_id": "04-3469590",
        "address": "220 Bear Hill Rd., Waltham, Massachusetts", "zip": "02451",
        "phone": "(781) 466-8080"}
    assert asked and min(asked) >= 2  # (the three numbers' row: three captions)
    assert straddled and min(straddled) >= 2
    assert joined == []

