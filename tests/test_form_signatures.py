"""Signatures of ownership reports (Forms 3/4/5) and 13F reports, XML and text, from the
corpus: these forms print no SIGNATURES section, so the general reader finds none."""

from __future__ import annotations

import pytest

from filing2json.parsers.envelope import decode_bytes, read_envelope
from filing2json.parsers.sections.form_signatures import form_signatures, split_signed
from support import FILINGS, filing


def _signature(registrant, name, title, date):
    return {"registrant": registrant, "name": name, "title": title, "date": date}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # <ownerSignature> of Form 4 XML: signed by an attorney-in-fact, however the
        # capacity is spelt ("By Power of Attorney", "power of attorney", "Attorney-in-Fact")
        ("4_2024_mcguirkrichardl_1.txt",
         _signature(None, "Jennifer L. Gill", "Attorney-in-Fact", "2024-05-01")),
        ("4_2025_garasciajessicaa_1.txt",
         _signature(None, "Katherine Kwiat", "Attorney-in-Fact", "2025-01-10")),
        ("4_2025_jeanclaudecarinelamerc_1.txt",
         _signature(None, "Nicholas De La Cruz", "Attorney-in-Fact", "2025-02-13")),
        # a text Form 4 of 2000: "SIGNATURE OF REPORTING PERSON", "/s/ Alan H. Foster", "DATE"
        ("4_2000_productivitytechnologi_1.txt",
         _signature(None, "Alan H. Foster", None, "2000-03-13")),
        # 13F XML <signatureBlock>, dated "11-14-2023"; the manager is the <filingManager>
        ("13fhr_2023_ltsonemanagementlp_1.txt",
         _signature("LTS One Management LP", "James P Gallagher", "Chief Compliance Officer",
                    "2023-11-14")),
        # 13F text: "Name:" / "Title:" labels, "(s) Marc D. Hamburg  Omaha, NE  September 6,
        # 2000" under "Signature, Place, and Date of Signing:"
        ("13fhra_2000_berkshirehathawayinc_1.txt",
         _signature("Berkshire Hathaway Inc.", "Marc D. Hamburg", "Vice President",
                    "2000-09-06")),
    ],
)
def test_form_signatures_of_corpus_filings(name: str, expected: dict) -> None:
    assert filing(name)["signatures"] == [expected]


def _primary_body(name: str) -> str:
    text = decode_bytes((FILINGS / name).read_bytes())[0]
    return read_envelope(text).documents[0].body


def test_a_reporting_person_signing_in_person_gets_the_officer_title_of_the_report() -> None:
    # Garascia's own report, signed by her instead of her attorney: the report's
    # <officerTitle> is her title ("Garascia Jessica A." is the same person)
    body = _primary_body("4_2025_garasciajessicaa_1.txt").replace(
        "/s/ Katherine Kwiat, power of attorney", "/s/ Jessica A. Garascia")
    assert form_signatures(body, None, "AAR CORP") == [
        _signature(None, "Jessica A. Garascia", "Senior VP, GC, CAO & Secretary", "2025-01-10")
    ]


def test_namespace_prefixed_13f_xml_reads_the_same() -> None:
    body = _primary_body("13fhr_2023_ltsonemanagementlp_1.txt")
    for tag in ("signatureBlock", "filingManager", "name", "title", "signatureDate"):
        body = body.replace(f"<{tag}>", f"<ns1:{tag}>").replace(f"</{tag}>", f"</ns1:{tag}>")
    assert form_signatures(body, None, None) == [
        _signature("LTS One Management LP", "James P Gallagher", "Chief Compliance Officer",
                   "2023-11-14")
    ]


def test_the_printed_form_4_layout_signature_and_date_over_their_captions() -> None:
    # the paper form's layout: the signed line above "**Signature of Reporting Person  Date"
    text = ("Explanation of Responses:\n\n"
            "        /s/ Alan H. Foster                        3/13/00\n"
            "        -------------------------------           -------\n"
            "        **Signature of Reporting Person            Date\n")
    assert form_signatures(text, text, None) == [
        _signature(None, "Alan H. Foster", None, "2000-03-13")
    ]


@pytest.mark.parametrize(
    ("printed", "name", "title"),
    [
        ("/s/ Jennifer L. Gill, By Power of Attorney", "Jennifer L. Gill", "Attorney-in-Fact"),
        ("/s/ Nicholas De La Cruz, Attorney-in-Fact", "Nicholas De La Cruz", "Attorney-in-Fact"),
        ("(s) Marc D. Hamburg", "Marc D. Hamburg", None),
        # a suffix after the comma stays with the name
        ("/s/ Richard L. McGuirk, Jr., Attorney-in-Fact", "Richard L. McGuirk, Jr.",
         "Attorney-in-Fact"),
        # whom one signs for is no title (Berkshire Hathaway's Form 3 for Snowflake, 2020)
        ("/s/ Warren E. Buffett, on behalf of himself and each other reporting person "
         "hereunder", "Warren E. Buffett", None),
        ("/s/ John Smith, individually and on behalf of Smith Capital LLC", "John Smith", None),
    ],
)
def test_split_signed(printed: str, name: str, title: str | None) -> None:
    assert split_signed(printed) == (name, title)


def test_a_filing_with_a_signatures_section_is_read_by_the_general_reader() -> None:
    # an 8-K: its SIGNATURES block gives the registrant, which the form readers never do
    (sig,) = filing("8k_2019_oraclecorp_1.txt")["signatures"]
    assert sig["registrant"] == "ORACLE CORPORATION" and sig["name"]


def test_only_ownership_and_13f_forms_are_read_so() -> None:
    text = (FILINGS / "4_2000_productivitytechnologi_1.txt").read_text(encoding="utf-8")
    assert form_signatures(text, text, None, "4")[0]["name"] == "Alan H. Foster"
    assert form_signatures(text, text, None, "4/A")[0]["name"] == "Alan H. Foster"
    assert form_signatures(text, text, None, "20-F") == []
    assert form_signatures(text, text, None, "424B3") == []


@pytest.mark.parametrize(
    "printed",
    [
        "/s/ Katherine Kwiat, by power of attorney",
        "Katherine Kwiat, by Power of Attorney",
        "/s/ Katherine Kwiat, power of attorney",
        "/s/ Katherine Kwiat as attorney-in-fact",
        "/s/ Katherine Kwiat, pursuant to a Power of Attorney",
        # the reporting person's name first, the attorney's after "by"
        "/s/ Jessica A. Garascia, by Katherine Kwiat, her attorney-in-fact",
        "By: /s/ Katherine Kwiat, Attorney-in-Fact",
    ],
)
def test_signing_by_power_of_attorney_is_signing_as_attorney_in_fact(printed: str) -> None:
    # the signer acts for the reporting person: "by power of attorney" is the capacity
    # they sign in, not a title, and reads as the module reads "Attorney-in-Fact"
    assert split_signed(printed) == ("Katherine Kwiat", "Attorney-in-Fact")


def test_an_xml_form_4_signed_by_power_of_attorney_with_no_signature_mark() -> None:
    body = _primary_body("4_2025_garasciajessicaa_1.txt").replace(
        "/s/ Katherine Kwiat, power of attorney", "Katherine Kwiat, by Power of Attorney")
    assert form_signatures(body, None, "AAR CORP") == [
        _signature(None, "Katherine Kwiat", "Attorney-in-Fact", "2025-01-10")
    ]


@pytest.mark.parametrize(
    "signed",
    ["/s/ Katherine Kwiat, by power of attorney", "Katherine Kwiat, by Power of Attorney"],
)
def test_a_text_form_4_signed_by_power_of_attorney(signed: str) -> None:
    # the printed layout, signed by the attorney, with or without a "/s/" mark: the words
    # "by Power of Attorney" after a name mark the signed line as surely; a footnote about
    # the power of attorney above it signs nothing
    text = ("Explanation of Responses:\n"
            "(1) This Form is signed by power of attorney, filed as Exhibit 24.\n"
            "Power of Attorney on file with the Commission\n"
            f"        {signed:<42}01/10/2025\n"
            "        -------------------------------           ----------\n"
            "        **Signature of Reporting Person            Date\n")
    assert form_signatures(text, text, None) == [
        _signature(None, "Katherine Kwiat", "Attorney-in-Fact", "2025-01-10")
    ]


def test_a_text_form_4_keeps_the_title_typed_after_the_name() -> None:
    # as the XML reader does: the words after the name's comma are the signer's title
    text = ("        /s/ Alan H. Foster, Director              3/13/00\n"
            "        -------------------------------           -------\n"
            "        **Signature of Reporting Person            Date\n")
    assert form_signatures(text, text, None) == [
        _signature(None, "Alan H. Foster", "Director", "2000-03-13")
    ]


@pytest.mark.parametrize(
    ("printed", "name", "title"),
    [
        # "POA" is the power of attorney's short name
        ("/s/ Katherine Kwiat, POA", "Katherine Kwiat", "Attorney-in-Fact"),
        ("/s/ Katherine Kwiat by P.O.A. for Jessica A. Garascia", "Katherine Kwiat",
         "Attorney-in-Fact"),
        ("(signed) Marc D. Hamburg", "Marc D. Hamburg", None),
        # an entity reporting owner signs through a person: the person follows the mark
        ("Icahn Partners LP, By: /s/ Edward E. Mattner, Authorized Signatory",
         "Edward E. Mattner", "Authorized Signatory"),
    ],
)
def test_split_signed_more_marks_and_capacities(printed: str, name: str,
                                                title: str | None) -> None:
    assert split_signed(printed) == (name, title)


@pytest.mark.parametrize("signed", ["(signed) John A. Smith", "John A. Smith"])
def test_a_text_form_4_signed_with_no_slash_mark(signed: str) -> None:
    # 1990s text Forms 3/4: "(signed)" or the name typed alone on the line signed on
    text = ("Explanation of Responses:\n\n(1) Held in trust.\n\n"
            f"                                        {signed:<32}March 3, 1997\n"
            "                                        ------------------------------- "
            "-------------\n"
            "                                        **Signature of Reporting Person     Date\n")
    assert form_signatures(text, text, None, "4") == [
        _signature(None, "John A. Smith", None, "1997-03-03")]


@pytest.mark.parametrize(
    ("printed", "name", "title"),
    [
        # an agent signing "for" the reporting person, named after it
        ("/s/ Mary E. Jones for Robert L. Kent", "Mary E. Jones", None),
        # the stars of the "**Signature of Reporting Person" caption typed after the name
        ("/s/ Robert L. Kent**", "Robert L. Kent", None),
    ],
)
def test_split_signed_for_another_and_caption_stars(printed: str, name: str,
                                                   title: str | None) -> None:
    assert split_signed(printed) == (name, title)


@pytest.mark.parametrize(
    ("printed", "name", "title"),
    [
        # the attorney's capacity in brackets or after a dash is no part of the name
        ("/s/ Mary E. Jones (attorney-in-fact)", "Mary E. Jones", "Attorney-in-Fact"),
        ("/s/ Mary E. Jones - Attorney-in-Fact", "Mary E. Jones", "Attorney-in-Fact"),
        # a title after a spaced dash, as after a comma
        ("/s/ Robert L. Kent - Chief Executive Officer", "Robert L. Kent",
         "Chief Executive Officer"),
    ],
)
def test_split_signed_capacity_in_brackets_or_after_a_dash(printed: str, name: str,
                                                          title: str | None) -> None:
    assert split_signed(printed) == (name, title)
    # a hyphenated surname stays whole
    assert split_signed(printed.replace(name, "Mary Smith-Jones")) == ("Mary Smith-Jones", title)
