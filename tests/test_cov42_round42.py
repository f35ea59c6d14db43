"""Cover page, round 42: a file number typed with a spaced hyphen ("001 - 14905"), an
amendment's form line typed "FORM 8-KA", "FORM 8-K / A" or "FORM 8-K (AMENDED)", a phone
closing an address block with a second line's last digits ("(212) 555-1212/1213"), and a text
Form 13F's period, manager and address.

Each test reads a corpus filing or sample, or its cover printed as other filings of its era
print the same values (the variant said in each test).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import FILINGS, SAMPLES


def _sample() -> str:
    """CTC Communications' 2000 8-K (sample 000): "FORM 8-K" over its columns of values."""
    return (SAMPLES / "000_af6957f9859c0735.txt").read_text(encoding="utf-8")


def _text(name: str) -> str:
    return (FILINGS / name).read_text(encoding="utf-8", errors="replace")


def _body(name: str) -> str:
    """The filing's document text alone (no header: the cover is read)."""
    text = _text(name)
    return text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]


def _record(text: str, name: str = "cover.txt") -> dict[str, Any]:
    return parse(text.encode(), name)


def test_file_number_with_a_spaced_hyphen() -> None:
    # the sample's "0-27505" typed as some covers type it, "0 - 27505" / "000 - 27505"
    text = _sample()
    assert "0-27505" in text
    for typed, number in (("0 - 27505", "0-27505"), ("000 - 27505", "000-27505"),
                          ("000 -27505", "000-27505")):
        reg = _record(text.replace("0-27505", typed))["registrants"][0]
        assert reg["commission_file_number"] == number
        assert reg["irs_employer_id"] == "04-3469590"


def test_file_number_with_a_spaced_hyphen_after_its_caption() -> None:
    # the sample's columns of values as a cover printing them one a line:
    # "Commission File Number: 001 - 14905"
    text = _sample()
    columns = text[text.index("          Delaware") : text.index("Identification No.)") + 19]
    cover = text.replace(columns, "Commission File Number: 001 - 14905")
    assert _record(cover)["registrants"][0]["commission_file_number"] == "001-14905"


def test_amended_form_lines_typed_without_the_slash() -> None:
    # the sample's "FORM 8-K" line as amendments type it with no "/A" or "Amendment No."
    text = _sample()
    assert "FORM 8-K\n" in text
    for line, form in (("FORM 8-KA", "8-K/A"), ("FORM 8-K / A", "8-K/A"),
                       ("FORM 8-K/ A", "8-K/A"), ("FORM 8-K (AMENDED)", "8-K/A"),
                       ("FORM 8-K\n(AMENDED)", "8-K/A"), ("AMENDED FORM 8-K", "8-K/A"),
                       ("FORM 10-QA", "10-Q/A")):
        record = _record(text.replace("FORM 8-K\n", line + "\n"))
        assert (record["form_type"], record["is_amendment"]) == (form, True), line
    # an original stays one; "N-1A" is a form of its own
    assert _record(text)["form_type"] == "8-K"
    assert _record(text.replace("FORM 8-K\n", "FORM N-1A\n"))["form_type"] == "N-1A"


def test_header_form_type_stays_the_authority() -> None:
    # Apple's 1999 8-K, its cover's form line typed "FORM 8-KA": the header says "8-K"
    text = _text("8k_1999_applecomputerinc_1.txt")
    assert "    FORM 8-K\n" in text
    record = _record(text.replace("    FORM 8-K\n", "    FORM 8-KA\n"),
                     "8k_1999_applecomputerinc_1.txt")
    assert (record["form_type"], record["is_amendment"]) == ("8-K", False)


def test_phone_with_a_second_lines_digits_closing_the_address_block() -> None:
    # Acurx's 2023 S-1 (no header): "(917) 533-1469" alone under the address, over "(Address,
    # including zip code, and telephone number ...)", typed with a second line's last digits
    body = _body("s1_2023_acurxpharmaceuticalsin_1.txt")
    assert body.count("(917) 533-1469") >= 1
    for typed in ("(917) 533-1469/1470", "(917) 533-1469 / 70"):
        reg = _record(body.replace("(917) 533-1469", typed, 1), "acurx.htm")["registrants"][0]
        assert reg["phone"] == "(917) 533-1469"
        assert reg["address"] == {"street": "259 Liberty Avenue", "city": "Staten Island",
                                  "state": "New York", "zip": "10305"}


def test_text_13f_period_and_manager_without_a_header() -> None:
    # Berkshire Hathaway's 2000 13F-HR/A, its document alone: "Report for the Calendar Year
    # or Quarter Ended: June 30, 2000", "Name: Berkshire Hathaway Inc.", "Address: 1440
    # Kiewit Plaza" over "Omaha, NE 68131" (each over a rule)
    record = _record(_body("13fhra_2000_berkshirehathawayinc_1.txt"))
    assert (record["form_type"], record["report_date"]) == ("13F-HR/A", "2000-06-30")
    reg = record["registrants"][0]
    assert (reg["name"], reg["commission_file_number"]) == ("Berkshire Hathaway Inc.", "28-4545")
    assert reg["address"] == {"street": "1440 Kiewit Plaza", "city": "Omaha", "state": "NE",
                              "zip": "68131"}
    assert reg["phone"] is None  # (the signer's "Phone:" is no manager's)


def test_text_13f_with_its_header_keeps_the_header_filer() -> None:
    record = _record(_text("13fhra_2000_berkshirehathawayinc_1.txt"),
                     "13fhra_2000_berkshirehathawayinc_1.txt")
    reg = record["registrants"][0]
    assert (reg["name"], reg["address"]["street"]) == ("BERKSHIRE HATHAWAY INC", "1440 KIEWIT PLZ")


_YUCHAI = """                                   FORM 6-K
                       REPORT OF FOREIGN PRIVATE ISSUER
                      PURSUANT TO RULE 13a-16 OR 15d-16
                    UNDER THE SECURITIES EXCHANGE ACT OF 1934

                        For the month of September, 2003
                        Commission File Number 1-13522
                       CHINA YUCHAI INTERNATIONAL LIMITED
{block}
Indicate by check mark whether the registrant files or will file annual reports under cover
of Form 20-F or Form 40-F.
"""
_ADDRESS = """                             16 Raffles Quay #26-00
                              Hong Leong Building
                               Singapore 048581
"""
_EXHIBITS = """
                                   EXHIBITS
Exhibit No.     Description
99.1            Press release dated September 3, 2003
"""


def test_6k_exhibit_list_under_the_name_is_no_address() -> None:
    # China Yuchai's 2003 6-K cover (its uncaptioned name and address under the month), and
    # the same cover printing no address, its exhibit list under the name, as 6-Ks often do
    reg = _record(_YUCHAI.format(block=_ADDRESS))["registrants"][0]
    assert (reg["name"], reg["address"]["city"]) == ("CHINA YUCHAI INTERNATIONAL LIMITED",
                                                     "Singapore")
    reg = _record(_YUCHAI.format(block=_EXHIBITS))["registrants"][0]
    assert (reg["name"], reg["commission_file_number"], reg["address"]) == (
        "CHINA YUCHAI INTERNATIONAL LIMITED", "1-13522", None)
