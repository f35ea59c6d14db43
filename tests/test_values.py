"""Typed values: dates found in lowered text answer as DATE_RE (re.I) on the printed text."""

from __future__ import annotations

from filing2json.parsers.values import DATE_RE, find_dates, parse_date
from support import FILINGS, SAMPLES

_10K = FILINGS / "10k405_2001_perkinelmerinc_1.txt"


def _by_definition(text: str) -> list[tuple[int, str]]:
    found = [(m.start(), parse_date(m.group(0))) for m in DATE_RE.finditer(text)]
    return [(at, iso) for at, iso in found if iso]


def test_upper_case_months_in_a_10k_heading() -> None:
    # line 2264: "AS OF DECEMBER 31, 2000 AND JANUARY 2, 2000"
    line = _10K.read_text(errors="replace").split("\n")[2263]
    assert [iso for _, iso in find_dates(line)] == ["2000-12-31", "2000-01-02"]
    assert find_dates(line)[0][0] == line.index("DECEMBER")


def test_find_dates_answers_as_date_re_on_whole_filings() -> None:
    dated = 0
    for path in (_10K, SAMPLES / "000_af6957f9859c0735.txt"):
        for line in path.read_text(errors="replace").split("\n"):
            if any(ch.isdigit() for ch in line):
                assert find_dates(line) == _by_definition(line), line
                dated += bool(find_dates(line))
    assert dated > 50


def test_non_ascii_text_keeps_the_re_i_reading() -> None:
    # re.I reads a long s as "s" (lower() does not): such text takes DATE_RE itself
    lines = (SAMPLES / "000_af6957f9859c0735.txt").read_text().split("\n")
    dated = next(x for x in lines if "August 3, 2000" in x)
    for text in (dated, dated.replace("s", "\u017f"), "\u00a7 " + dated):
        assert find_dates(text) == _by_definition(text)
    assert [iso for _, iso in find_dates("\u00a7 " + dated)] == ["2000-08-03"]


def test_find_phone_reads_numbers_dialled_from_abroad() -> None:
    from filing2json.parsers.values import find_phone

    assert find_phone("Telephone: 011-44-20-7123-4567") == "011-44-20-7123-4567"
    assert find_phone("(852) 2123-4567") == "(852) 2123-4567"
    # the country code leads: no US-shaped part of the number
    assert find_phone("+44 (0) 207 123 4567") == "+44 (0) 207 123 4567"
    # US numbers as before
    assert find_phone("(781) 466-8080 Fax (781) 466-8081") == "(781) 466-8080"
    assert find_phone("+1 (345) 949-0100") == "+1 (345) 949-0100"
    assert find_phone("(Zip Code)") is None
