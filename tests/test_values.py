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


_8K = SAMPLES / "000_af6957f9859c0735.txt"


def test_irs_number_typed_with_spaces_around_the_dash_or_a_rendered_hyphen() -> None:
    from filing2json.parsers import parse
    from filing2json.parsers.values import irs_number

    assert irs_number("13 - 3456789") == "13-3456789"
    assert irs_number("(I.R.S. Employer Identification No.) 13- 3456789") == "13-3456789"
    assert irs_number("13\u20113456789") == "13-3456789"  # &#8209; in an HTML cover
    assert irs_number("13\u20133456789") == "13-3456789"
    assert irs_number("0-27505") is None and irs_number("00 - 0000000") is None
    # the sample's cover row, its number typed "04 - 3469590"
    text = _8K.read_text().replace("04-3469590", "04 - 3469590")
    assert parse(text.encode(), "8k.txt")["registrants"][0]["irs_employer_id"] == "04-3469590"


def test_dates_in_the_spellings_covers_and_signature_blocks_print() -> None:
    lines = {
        "Date of Report (Date of earliest event reported): March 3 , 2015": "2015-03-03",
        "FOR THE FISCAL YEAR ENDED DECEMBER 31,2005": "2005-12-31",
        "Date: 30th September 2005": "2005-09-30",
        "Dated this 1st January, 2001": "2001-01-01",
        "Date:    09-30-2005": "2005-09-30",
        "Date:    30-Sep-2005": "2005-09-30",
        "Dated: Sept. 30, '05": "2005-09-30",
        "Dated: Sept. 30, \u201905": "2005-09-30",  # a rendered page's curly apostrophe
        "Dated:\xa0March\xa03,\xa02008": "2008-03-03",  # a cp1252 text's no-break spaces
    }
    for line, iso in lines.items():
        assert [found for _, found in find_dates(line)] == [iso], line
        assert find_dates(line) == _by_definition(line)
    # no date in a file number, a form name or a telephone number
    assert find_dates("Commission File No. 1-12345  Form 10-K405  1-800-555-1234") == []


def test_two_digit_years_read_in_a_fixed_window() -> None:
    assert parse_date("Sept. 30, '05") == "2005-09-30"
    assert parse_date("Dec. 31, '99") == "1999-12-31"
    assert parse_date("born 6/30/55") == "1955-06-30"  # dateutil's window moves with today
    assert parse_date("8/2/00") == "2000-08-02"


def test_a_sample_cover_and_signature_dated_in_other_spellings() -> None:
    from filing2json.parsers import parse

    base = _8K.read_text()
    for printed, iso in (("30th September 2005", "2005-09-30"), ("09-30-2005", "2005-09-30"),
                         ("SEPTEMBER 30,2005", "2005-09-30"), ("March 3 , 2015", "2015-03-03")):
        text = base.replace("(August 2, 2000)", f"({printed})").replace(
            "August 3, 2000", printed)
        record = parse(text.encode(), "8k.txt")
        assert (record["report_date"], record["event_date"]) == (iso, iso), printed
        assert [s["date"] for s in record["signatures"]] == [iso], printed


def test_find_phone_keeps_the_extension_and_reads_a_rendered_hyphen() -> None:
    from filing2json.parsers.values import find_phone

    assert find_phone("(212) 555-1234, ext. 212") == "(212) 555-1234, ext. 212"
    assert find_phone("212-555-1234 Extension 12") == "212-555-1234 Extension 12"
    assert find_phone("(212) 555-1234 x212") == "(212) 555-1234 x212"
    # "(858)&nbsp;777&#8209;1760" in an HTML cover, rendered
    assert find_phone("(858) 777\u20111760") == "(858) 777-1760"
    assert find_phone("858\u2011777\u20111760") == "858-777-1760"
    # the shapes that read already
    for printed in ("(212)555-1234", "212.555.1234", "1-800-555-1234", "+1 212 555 1234"):
        assert find_phone(f"Telephone: {printed}") == printed
    assert find_phone("(212) 555-1234 Fax: (212) 555-1235") == "(212) 555-1234"


def test_an_html_cover_with_en_dashes_in_its_numbers() -> None:
    # a word processor's en dash ("&#8211;") typed for the hyphen of both numbers (the
    # renderer turns a non-breaking hyphen into "-" itself, not an en dash)
    from filing2json.parsers import parse

    path = FILINGS / "8k_2016_sophirisbioinc_1.htm"
    page = path.read_bytes().replace(b"98-1008712", b"98&#8211;1008712").replace(
        b"(858) 777-1760", b"(858)&nbsp;777&#8211;1760")
    registrant = parse(page, path.name)["registrants"][0]
    assert (registrant["irs_employer_id"], registrant["phone"]) == ("98-1008712", "(858) 777-1760")


def test_state_code_reads_the_gpo_abbreviations_and_a_states_title() -> None:
    from filing2json.parsers.values import state_code

    for printed, code in (("Del.", "DE"), ("Ind.", "IN"), ("Nev.", "NV"), ("N.C.", "NC"),
                          ("W. Va.", "WV"), ("N. Y.", "NY"), ("Okla.", "OK"),
                          ("State of Delaware", "DE"), ("Commonwealth of Massachusetts", "MA"),
                          ("STATE OF NEW YORK", "NY")):
        assert state_code(printed) == code, printed
    assert state_code("State of Israel") is None and state_code("Ontario") is None


def test_an_address_line_closing_on_an_abbreviated_state() -> None:
    from filing2json.parsers import parse

    base = _8K.read_text()
    for line, city, state in (("1000 Main Street, Fort Wayne Ind.", "Fort Wayne", "Ind"),
                              ("500 Lee Street, Charleston W. Va.", "Charleston", "W. Va")):
        text = base.replace("220 Bear Hill Rd., Waltham, Massachusetts", line.ljust(42))
        address = parse(text.encode(), "8k.txt")["registrants"][0]["address"]
        assert (address["city"], address["state"], address["zip"]) == (city, state, "02451")
