"""read_envelope: shapes, documents, formats, truncation, rejection; every corpus file."""

import re
from pathlib import Path

import pytest

from filing2json.parsers import parse
from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.envelope.documents import detect_format, split_documents
from filing2json.parsers.errors import NotAFilingError
from support import FILINGS, REPO, SEEDS, filing


def _text(path: Path) -> str:
    return decode_bytes(path.read_bytes())[0]


def _env(name: str):
    return read_envelope(_text(FILINGS / name))


def _manifest() -> list[dict[str, str]]:
    lines = (FILINGS / "MANIFEST.tsv").read_text().splitlines()
    keys = lines[0].split("\t")
    return [dict(zip(keys, line.split("\t"), strict=False)) for line in lines[1:] if line]


def _expected_shape(row: dict[str, str]) -> str:
    """The manifest says "other"/"html-submission"; map them to the SPEC shapes."""
    if row["shape"] in ("submission", "html-submission"):
        return "submission"
    notes = row["notes"]
    if "<SUBMISSION>" in notes:
        return "feed"
    if "<DOCUMENT>" in notes:
        return "document"
    return "html"


MANIFEST = _manifest()
CORPUS_FILES = sorted(p for p in FILINGS.iterdir() if p.name != "MANIFEST.tsv")
SEED_FILES = sorted(SEEDS.iterdir())


def test_manifest_covers_the_corpus():
    assert len(MANIFEST) == len(CORPUS_FILES) == 84


@pytest.mark.parametrize("row", MANIFEST, ids=lambda r: r["local_filename"])
def test_every_corpus_file_reads_with_its_shape_and_document_count(row):
    text = _text(FILINGS / row["local_filename"])
    env = read_envelope(text)
    assert env.shape == _expected_shape(row)
    tagged = len(re.findall(r"^<DOCUMENT>", text, re.M))
    if env.shape == "html":
        assert len(env.documents) == 1 and env.documents[0].format == "html"
    elif tagged or env.shape != "document":
        assert len(env.documents) == tagged
    else:
        assert len(env.documents) == 1 and env.documents[0].format == "text"
    stated = (env.header or {}).get("public_document_count")
    sequences = [d.sequence for d in env.documents]
    closed = re.search(r"</(?:SEC-DOCUMENT|IMS-DOCUMENT|SUBMISSION)>\s*(?:-----END.*)?\s*$", text)
    complete = closed and sequences and sequences == list(range(1, len(sequences) + 1))
    if stated and complete:
        assert len(env.documents) == int(stated)
    for doc in env.documents:
        assert doc.bytes == len(doc.body.encode("utf-8"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_seeds_are_bare_documents(path):
    text = _text(path)
    env = read_envelope(text)
    assert env.shape == "document"
    assert env.header is None
    [doc] = env.documents
    assert (doc.sequence, doc.type, doc.filename, doc.format) == (None, None, None, "text")
    assert doc.body == text


def test_union_camp_1994_ims_submission():
    env = _env("8k_1994_unioncampcorp_1.txt")
    assert env.shape == "submission"
    assert env.header["accession_number"] == "0000950117-94-000182"
    assert env.header["filed_as_of_date"] == "1994-08-17"
    filer = env.header["filer"][0]
    assert filer["company_data"]["company_conformed_name"] == "UNION CAMP CORP"
    assert filer["former_company"][0]["date_of_name_change"] == "1966-09-21"
    assert [d.describe() for d in env.documents] == [
        {
            "sequence": 1,
            "type": "8-K",
            "filename": None,
            "description": "UCC 8-K",
            "bytes": 2550,
            "format": "text",
        },
        {
            "sequence": 2,
            "type": "EX-99",
            "filename": None,
            "description": "EXHIBIT 99",
            "bytes": 1998,
            "format": "text",
        },
    ]
    assert env.documents[0].body.startswith("\n\n<PAGE>\n")
    assert "-----BEGIN" not in env.documents[-1].body


def test_apple_2024_documents_and_formats():
    env = _env("8k_2024_appleinc_1.txt")
    assert env.shape == "submission"
    assert env.header["acceptance_datetime"] == "2024-02-01T16:30:30"
    assert len(env.header["filer"][0]["former_company"]) == 2
    formats = {d.sequence: (d.filename, d.format) for d in env.documents}
    assert len(env.documents) == 15
    assert formats == {
        1: ("aapl-20240201.htm", "html"),
        2: ("a8-kex991q1202412302023.htm", "html"),
        3: ("aapl-20240201.xsd", "xbrl"),
        4: ("aapl-20240201_def.xml", "xbrl"),
        5: ("aapl-20240201_lab.xml", "xbrl"),
        6: ("aapl-20240201_pre.xml", "xbrl"),
        7: ("aapl-20240201_g1.jpg", "uuencoded"),
        8: ("R1.htm", "html"),
        10: ("Financial_Report.xlsx", "uuencoded"),
        11: ("Show.js", "text"),
        12: ("report.css", "text"),
        14: ("FilingSummary.xml", "xbrl"),
        16: ("MetaLinks.json", "text"),
        17: ("0000320193-24-000005-xbrl.zip", "uuencoded"),
        18: ("aapl-20240201_htm.xml", "xbrl"),
    }
    primary = env.documents[0]
    assert (primary.type, primary.description) == ("8-K", "8-K")
    assert primary.body.startswith("\n<XBRL>\n<?xml version='1.0' encoding='ASCII'?>\n<html")
    assert env.documents[6].body.startswith("\nbegin 644 aapl-20240201_g1.jpg\n")


def test_caterpillar_2022_states_and_holds_18_documents():
    env = _env("8k_2022_caterpillarinc_1.txt")
    assert env.header["public_document_count"] == "18"
    assert len(env.documents) == 18
    assert [d.format for d in env.documents].count("uuencoded") == 5
    ex991 = env.documents[1]
    assert (ex991.type, ex991.description, ex991.format) == (
        "EX-99.1",
        "EX-99.1 EARNINGS RELEASE",
        "html",
    )


def test_indiana_bell_feed_truncated_mid_document():
    env = _env("10q_1999_indianabelltelephoneco_1.txt")
    assert env.shape == "feed"
    assert env.header["accession_number"] == "0000732715-99-000042"
    assert env.header["public_document_count"] == "3"
    [doc] = env.documents  # the file stops inside the first of three documents
    assert (doc.sequence, doc.type, doc.format) == (1, "10-Q", "text")
    assert doc.body.startswith("\n\n<PAGE>cover\n")
    assert doc.body.endswith("against the accumul\n")


def test_lone_cr_feed_form4():
    env = _env("4_2025_jeanclaudecarinelamerc_1.txt")
    assert env.shape == "feed"
    assert env.header["type"] == "4"
    [doc] = env.documents
    assert doc.describe() == {
        "sequence": 1,
        "type": "4",
        "filename": "form4.xml",
        "description": "PRIMARY DOCUMENT",
        "bytes": 4945,
        "format": "xbrl",
    }
    assert "<issuerTradingSymbol>ARW</issuerTradingSymbol>" in doc.body


def test_feed_behind_a_pem_preamble():
    text = (
        "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n"
        "Proc-Type: 2001,MIC-CLEAR\n"
        "Originator-Name: webmaster@www.sec.gov\n"
        "Originator-Key-Asymmetric:\n"
        " MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen\n"
        "MIC-Info: RSA-MD5,RSA,\n"
        " Xl4HovszSp0Nx0sp0wwA7VYwR/mcH+a6K1+zUhjmBy7Z3IpdrlaE2eu8S2dj28bb\n"
        "\n"
        "<SUBMISSION>\n"
        "<ACCESSION-NUMBER>0000732715-98-000017\n"
        "<TYPE>10-K405\n"
        "<PUBLIC-DOCUMENT-COUNT>1\n"
        "<PERIOD>19971231\n"
        "<FILING-DATE>19980326\n"
        "<FILER>\n"
        "<COMPANY-DATA>\n"
        "<CONFORMED-NAME>INDIANA BELL TELEPHONE CO INC\n"
        "<CIK>0000050178\n"
        "</COMPANY-DATA>\n"
        "</FILER>\n"
        "<DOCUMENT>\n<TYPE>10-K405\n<SEQUENCE>1\n<TEXT>\nFORM 10-K405\n</TEXT>\n</DOCUMENT>\n"
        "</SUBMISSION>\n"
        "-----END PRIVACY-ENHANCED MESSAGE-----\n"
    )
    env = read_envelope(text)
    assert env.shape == "feed"
    assert env.header["type"] == "10-K405"
    assert env.header["filing_date"] == "1998-03-26"
    assert env.header["filer"][0]["company_data"]["cik"] == "0000050178"
    assert [(d.sequence, d.type) for d in env.documents] == [(1, "10-K405")]


def test_lone_document_blocks_without_header():
    env = _env("10k405_2001_perkinelmerinc_1.txt")
    assert (env.shape, env.header) == ("document", None)
    assert [d.describe() for d in env.documents] == [
        {
            "sequence": 1,
            "type": "10-K405",
            "filename": "b38210pee10-k405.txt",
            "description": "PERKINELMER INC.",
            "bytes": 304656,
            "format": "text",
        }
    ]
    env = _env("s3a_1995_pageamericagroupinc_1.txt")
    assert [(d.sequence, d.type) for d in env.documents] == [(1, "S-3/A"), (2, "EX-99")]
    env = _env("8k_2001_stockwalkgroupinc_1.txt")
    [doc] = env.documents
    assert (doc.type, doc.filename, doc.format) == ("8-K", "c65448e8-k.htm", "html")
    assert doc.description == "CURRENT REPORT DATED 10/02/01"


@pytest.mark.parametrize(
    "name",
    [
        "8k_2025_internationalflavorsan_1.htm",
        "20f_2021_plymouthrocktechnologi_1.htm",
        "8k_2016_sophirisbioinc_1.htm",
        "8k_2003_louisvillegasandelectr_1.htm",
        "20f_2001_aegonnv_1.htm",
    ],
)
def test_bare_html(name):
    text = _text(FILINGS / name)
    env = read_envelope(text)
    assert (env.shape, env.header) == ("html", None)
    [doc] = env.documents
    assert (doc.sequence, doc.type, doc.format, doc.body) == (None, None, "html", text)


def test_abs15g_header_only_submission():
    env = _env("abs15g_2025_veroscreditllc_1.txt")
    assert env.shape == "submission"
    assert env.documents == []
    assert env.header["conformed_submission_type"] == "ABS-15G"


def test_submission_cut_mid_header_keeps_what_is_there():
    text = _text(FILINGS / "8k_2024_appleinc_1.txt")
    cut = text[: text.index("\tFILING VALUES:")]
    env = read_envelope(cut)
    assert env.shape == "submission"
    assert env.documents == []
    assert env.header["accession_number"] == "0000320193-24-000005"
    assert env.header["filer"][0]["company_data"]["fiscal_year_end"] == "0928"


def test_submission_cut_mid_document_body_runs_to_end():
    text = _text(FILINGS / "8k_2024_appleinc_1.txt")
    start = text.index("<FILENAME>a8-kex991q1202412302023.htm")
    cut = text[: start + 5000]
    env = read_envelope(cut)
    assert [d.sequence for d in env.documents] == [1, 2]
    body_start = cut.index("<TEXT>", start) + len("<TEXT>")
    assert env.documents[1].body == cut[body_start:]
    assert env.documents[1].format == "html"


def test_missing_closing_text_drops_trailing_closers():
    docs = split_documents("<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nItem 5.\n</DOCUMENT>\n</SUBMISSION>\n")
    assert [(d.type, d.body) for d in docs] == [("8-K", "\nItem 5.")]


def test_a_body_missing_its_closing_text_ends_at_the_next_document():
    text = (
        "<DOCUMENT>\n<TYPE>SC 13D/A\n<SEQUENCE>1\n<FILENAME>y04567sc13dza.txt\n<TEXT>\n"
        "                                 SCHEDULE 13D\n"
        "                                (Amendment No. 3)\n"
        "</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>y04567exv99w1.txt\n"
        "<DESCRIPTION>JOINT FILING AGREEMENT\n<TEXT>\nJoint Filing Agreement\n</TEXT>\n"
        "</DOCUMENT>\n"
    )
    docs = split_documents(text)
    assert [(d.sequence, d.type) for d in docs] == [(1, "SC 13D/A"), (2, "EX-99.1")]
    assert docs[0].body.endswith("(Amendment No. 3)")
    assert docs[1].body == "\nJoint Filing Agreement\n"


def test_document_without_text_block():
    docs = split_documents("<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>2\n</DOCUMENT>\n")
    assert [(d.sequence, d.type, d.body, d.bytes) for d in docs] == [(2, "EX-99", "", 0)]


@pytest.mark.parametrize(
    ("doc_type", "filename", "body", "expected"),
    [
        ("GRAPHIC", "logo.jpg", "\nbegin 644 logo.jpg\nM_]C_X\n", "uuencoded"),
        ("EX-99", "deck.pdf", "\n<PDF>\nbegin 644 deck.pdf\nM)5!$\n", "uuencoded"),
        ("EX-99", "deck.pdf", "\n<PDF>\n%PDF-1.4\n", "pdf"),
        ("GRAPHIC", "logo.gif", "\nGIF89a....", "binary"),
        ("EX-101.INS", "x.xml", "\n<XBRL>\n<?xml version='1.0'?>\n<xbrli:xbrl>", "xbrl"),
        ("10-K", "x.htm", "\n<XBRL>\n<?xml version='1.0'?>\n<html xmlns='x'>", "html"),
        ("8-K", None, "\n<HTML><HEAD><TITLE>8-K</TITLE></HEAD>", "html"),
        ("8-K", None, "\n<PAGE>\n<TABLE>\n<S>   <C>\n</TABLE>\n", "text"),
        ("4", "form4.xml", "\n<XML>\n<?xml version='1.0'?>\n<ownershipDocument>", "xbrl"),
        # a ".htm" name on a body with no markup at all: plain text, whose lines are layout
        ("EX-99.1", "a06-1234_1ex99d1.htm", "\n   EXHIBIT 99.1\n\nHOUSTON--(BUSINESS WIRE)--",
         "text"),
        ("EX-99.1", "ex991.htm", "\nPress release\n<P>Acme</P>\n", "html"),
    ],
)
def test_detect_format(doc_type, filename, body, expected):
    assert detect_format(doc_type, filename, body) == expected


def test_big_uuencoded_document_is_not_scanned():
    line = "M" + "A" * 60 + "\n"
    body = "\nbegin 644 archive.zip\n" + line * 200_000 + "end\n"
    text = f"<DOCUMENT>\n<TYPE>ZIP\n<SEQUENCE>3\n<FILENAME>archive.zip\n<TEXT>{body}</TEXT>\n"
    [doc] = read_envelope(text).documents
    assert (doc.format, doc.bytes) == ("uuencoded", len(body))


@pytest.mark.parametrize(
    "text",
    [
        (REPO / "pyproject.toml").read_text(),
        (REPO / "parsers" / "model.py").read_text(),
        "name,cik,form\nApple Inc.,320193,8-K\nMeta,1326801,10-K\n",
        "# My project\n\nInstall with pip. See the docs for more.\n",
    ],
    ids=["toml", "python", "csv", "readme"],
)
def test_not_a_filing(text):
    with pytest.raises(NotAFilingError, match="not an EDGAR filing"):
        read_envelope(text)


def test_a_file_cut_off_inside_a_document_is_warned() -> None:
    # the Indiana Bell 10-Q of 1999 as the corpus holds it ends mid-word, inside Item 2
    record = filing("10q_1999_indianabelltelephoneco_1.txt")
    assert [w["code"] for w in record["warnings"]] == ["truncated_input"]
    assert "10-Q (sequence 1)" in record["warnings"][0]["message"]
    # a real submission cut the same way, and the same one whole
    whole = (FILINGS / "8k_1994_unioncampcorp_1.txt").read_bytes()
    cut = whole[: whole.rindex(b"</TEXT>") - 200]
    codes = [w["code"] for w in parse(cut, "cut.txt")["warnings"]]
    assert "truncated_input" in codes
    assert "truncated_input" not in [w["code"] for w in parse(whole, "whole.txt")["warnings"]]
    # a body that lost its </TEXT> but kept its </DOCUMENT> was not cut off
    damaged = whole.replace(b"</TEXT>", b"")
    assert "truncated_input" not in [w["code"] for w in parse(damaged, "d.txt")["warnings"]]


def test_empty_document_lines_before_real_documents() -> None:
    # Home Health 1998 with 2,000 empty "<DOCUMENT>" lines put before its own two (found by
    # fuzzing: each empty line searched a 16 KB window for the tags it lacks); each line is a
    # document of its own, and the real ones keep their types and bodies
    src = (FILINGS / "8k_1998_homehealthcorpofameric_2.txt").read_bytes()
    at = src.index(b"<DOCUMENT>")
    record = parse(src[:at] + b"<DOCUMENT>\n" * 2000 + src[at:], "x.txt")
    docs = record["documents"]
    assert len(docs) == 2002
    assert [(d["sequence"], d["type"]) for d in docs[-2:]] == [(1, "8-K"), (2, "EX-99")]
    assert record["press_releases"][0]["document"] == "EX-99"
