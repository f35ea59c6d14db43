"""Cover page, round 44: a date typed with a stop for its comma ("Date of Report: August 3.
2000"), a Schedule 13D's XML <dateOfEvent> as its event date, and a telephone number printed
beside the address on the address's line, its caption under the address's.

Each test reads sample 000 (CTC Communications' August 2000 8-K) or a real filing's XML with
its cover printed as other filings of its era print the same values (the edit said in each).
"""

from __future__ import annotations

from typing import Any

from test_hdr44_round44 import SCHEDULE_13D_XML

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

CTC = SAMPLES / "000_af6957f9859c0735.txt"


def _ctc(old: str, new: str) -> dict[str, Any]:
    """Sample 000 (CTC Communications' 8-K of 3 August 2000) with `old` printed as `new`."""
    text = CTC.read_text(encoding="utf-8")
    assert old in text
    return parse(text.replace(old, new).encode(), "cover.txt")


def test_stop_for_comma_dates_the_report_and_the_event() -> None:
    # CTC's dates typed with a stop for the comma, as a 2000 filing printed "Date of Report:
    # August 2. 2000"
    record = _ctc("Date of Report                      August 3, 2000\n"
                  "(Date of earliest event reported)  (August 2, 2000)",
                  "Date of Report: August 3. 2000\n"
                  "(Date of earliest event reported)  (August 2. 2000)")
    assert (record["report_date"], record["event_date"]) == ("2000-08-03", "2000-08-02")


def test_stop_for_comma_in_a_combined_caption() -> None:
    # the one-caption shape of most 8-Ks, the date with a stop: "August 2. 2000"
    record = _ctc("Date of Report                      August 3, 2000\n"
                  "(Date of earliest event reported)  (August 2, 2000)",
                  "Date of Report (Date of earliest event reported): August 2. 2000")
    assert (record["report_date"], record["event_date"]) == ("2000-08-02", "2000-08-02")


def test_a_stop_after_a_day_with_no_year_is_no_date() -> None:
    # "August 2. The" is a sentence's end, not a date: the cover's own date is read
    record = _ctc("Date of Report                      August 3, 2000\n"
                  "(Date of earliest event reported)  (August 2, 2000)",
                  "Date of Report: August 3. 2000 (filed August 4. The event: August 2, 2000)")
    assert record["report_date"] == "2000-08-03"


_ADDRESS = """          220 Bear Hill Rd., Waltham, Massachusetts         02451
        (Address of principal executive offices)          (Zip Code)

                               (781) 466-8080
 (Registrant's telephone number including area code)"""


def test_phone_beside_the_address_is_not_part_of_it() -> None:
    # CTC's address and telephone on one line, each caption on a line of its own under it
    reg = _ctc(_ADDRESS, "220 Bear Hill Rd., Waltham, MA 02451                (781) 466-8080\n"
                         "(Address of principal executive offices)\n"
                         "(Registrant's telephone number, including area code)")["registrants"][0]
    assert reg["address"] == {"street": "220 Bear Hill Rd.", "city": "Waltham", "state": "MA",
                              "zip": "02451"}
    assert reg["phone"] == "(781) 466-8080"


def test_phone_beside_the_address_under_one_combined_caption() -> None:
    # the one caption S-1 and F-1 covers print under both
    reg = _ctc(_ADDRESS, "220 Bear Hill Rd., Waltham, MA 02451    (781) 466-8080\n"
                         "(Address and telephone number of registrant's principal executive "
                         "offices)")["registrants"][0]
    assert reg["address"]["zip"] == "02451"
    assert reg["phone"] == "(781) 466-8080"


def test_address_with_its_own_phone_caption_is_unchanged() -> None:
    reg = parse(CTC.read_bytes(), "cover.txt")["registrants"][0]
    assert reg["address"]["street"] == "220 Bear Hill Rd."
    assert reg["phone"] == "(781) 466-8080"


def test_schedule_13d_xml_date_of_event() -> None:
    # (the Icahn group's 13D/A on CVR Energy, January 2025, as test_hdr44_round44 prints it)
    record = parse(SCHEDULE_13D_XML.encode(), "primary_doc.xml")
    assert record["event_date"] == "2025-01-08"
    assert record["report_date"] == "2025-01-08"  # (as a text 13D's cover gives both)


def test_xml_with_no_date_of_event_has_none() -> None:
    # a Form 4's XML (4_2022_snowflake_ownership_edgartools.xml's shape): its period only
    form4 = ("<ownershipDocument><documentType>4</documentType>"
             "<periodOfReport>2022-12-13</periodOfReport><issuer><issuerCik>0001640147"
             "</issuerCik><issuerName>Snowflake Inc.</issuerName></issuer></ownershipDocument>")
    record = parse(form4.encode(), "form4.xml")
    assert (record["report_date"], record["event_date"]) == ("2022-12-13", None)


SOPHIRIS = "8k_2016_sophirisbioinc_1.htm"


def _cell(text: str) -> str:
    return f'<TD style="VERTICAL-ALIGN: top"><P>{text}</P></TD>'


def _sophiris_rows(captions: tuple[str, str, str]) -> dict[str, Any]:
    """Sophiris Bio's March 2016 8-K with its state, file number and IRS number table printed
    one row per caption, the caption's cell left of its value's (as other HTML covers do)."""
    html = (FILINGS / SOPHIRIS).read_text(encoding="utf-8", errors="replace")
    start = html.rfind("<TR>", 0, html.index("<B>British Columbia</B>"))
    end = html.index("</TR>", html.index("of incorporation)</FONT>")) + len("</TR>")
    values = ("British Columbia", "001-36054", "98-1008712")
    rows = "".join(f"<TR>{_cell(c)}{_cell('&nbsp;')}{_cell(f'<B>{v}</B>')}</TR>\n"
                   for c, v in zip(captions, values, strict=True))
    return parse((html[:start] + rows + html[end:]).encode(), "cover.htm")["registrants"][0]


def test_state_in_the_cell_right_of_its_caption() -> None:
    reg = _sophiris_rows(("State or other jurisdiction of incorporation",
                          "Commission File Number", "I.R.S. Employer Identification No."))
    assert reg["state_of_incorporation"] == "British Columbia"
    assert (reg["commission_file_number"], reg["irs_employer_id"]) == ("001-36054", "98-1008712")


def test_state_right_of_a_colon_caption_still_read() -> None:
    reg = _sophiris_rows(("State or other jurisdiction of incorporation:",
                          "Commission File Number:", "I.R.S. Employer Identification No.:"))
    assert reg["state_of_incorporation"] == "British Columbia"
    assert reg["irs_employer_id"] == "98-1008712"
