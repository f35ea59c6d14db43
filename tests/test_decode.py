"""decode_bytes: encodings, line ends, empty and binary input."""


import pytest

from filing2json.parsers.envelope import decode_bytes
from filing2json.parsers.errors import BinaryInputError, EmptyInputError
from support import CORPUS, FILINGS


def test_utf8_bom_is_stripped_and_reported_as_utf8():
    text, enc = decode_bytes(b"\xef\xbb\xbfFORM 8-K\n")
    assert (text, enc) == ("FORM 8-K\n", "utf-8")


def test_cp1252_smart_quotes():
    text, enc = decode_bytes(b"the \x93Company\x94 said\r\n")
    assert enc == "cp1252"
    assert text == "the \u201cCompany\u201d said\n"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    text, enc = decode_bytes(b"caf\xe9 \x81 \x9d\n")
    assert enc == "latin-1"
    assert text == "caf\xe9 \x81 \x9d\n"


def test_cp1252_quotes_stay_quotes_beside_an_undefined_byte():
    text, enc = decode_bytes(b"the \x93Merger Agreement\x94 \x81 dated June 1, 1998\n")
    assert enc == "latin-1"
    assert text == "the \u201cMerger Agreement\u201d \x81 dated June 1, 1998\n"


def test_utf8_submission_with_an_exhibit_in_cp1252():
    primary = (
        "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n<p>Apple\u2019s Board of Directors \u2014 "
        "the \u201cBoard\u201d \u2014 approved the plan.</p>\n</TEXT>\n</DOCUMENT>\n"
    ).encode("utf-8")
    exhibit = b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nthe Company\x92s results\n</TEXT>\n</DOCUMENT>\n"
    text, enc = decode_bytes(primary + exhibit)
    assert enc == "cp1252"
    assert "<p>Apple\u2019s Board of Directors \u2014 the \u201cBoard\u201d \u2014" in text
    assert "the Company\u2019s results" in text


def test_crlf_and_lone_cr_become_lf():
    text, _ = decode_bytes(b"a\r\nb\rc\n\rd")
    assert text == "a\nb\nc\n\nd"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf"])
def test_empty_input(data):
    with pytest.raises(EmptyInputError, match="empty file"):
        decode_bytes(data)


def test_pdf_magic():
    with pytest.raises(BinaryInputError) as err:
        decode_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert str(err.value) == "binary file (PDF)"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00",
        b"PK\x03\x04\x14\x00",
        b"\x1f\x8b\x08\x00",
        b"SECURITIES AND EXCHANGE COMMISSION\x00\x00\x01\x02",
    ],
)
def test_binary_input(data):
    with pytest.raises(BinaryInputError, match="^binary file"):
        decode_bytes(data)


def test_lone_cr_feed_file():
    raw = (FILINGS / "4_2025_jeanclaudecarinelamerc_1.txt").read_bytes()
    assert raw.count(b"\r") > 100 and raw.count(b"\n") == 1  # lone CRs, one LF
    text, enc = decode_bytes(raw)
    assert enc == "utf-8"
    assert "\r" not in text
    lines = text.split("\n")
    assert len(lines) == raw.count(b"\r") + 2
    assert lines[0] == "<SUBMISSION>"
    assert lines[1] == "<ACCESSION-NUMBER>0001127602-25-004598"
    assert lines[2] == "<TYPE>4"


def test_corpus_text_round_trips_through_cp1252():
    # The corpus is ASCII; the IFF cover writes its apostrophes as &#8217;. Put the real
    # character back and store it the pre-2005 way, as cp1252 byte 0x92.
    html = (FILINGS / "8k_2025_internationalflavorsan_1.htm").read_text(encoding="utf-8")
    original = html.replace("&#8217;", "\u2019")
    raw = original.encode("cp1252")
    assert b"Registrant\x92s telephone number" in raw
    text, enc = decode_bytes(raw)
    assert enc == "cp1252"
    assert "Registrant\u2019s telephone number, including area code" in text
    assert text == original


def test_seed_is_plain_utf8():
    raw = (CORPUS / "seeds" / "000_af6957f9859c0735.txt").read_bytes()
    text, enc = decode_bytes(raw)
    assert enc == "utf-8"
    assert text.startswith("SECURITIES AND EXCHANGE COMMISSION\nWashington, DC 20549\nFORM 8-K\n")
