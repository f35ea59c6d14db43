"""Metamorphic round 42: the same filing printed another way gives the same record.

Each test takes a real filing (corpus or sample, named in it), prints its document another way
a filer, a filing agent or EDGAR could have (HTML with the text in a <PRE>, paragraphs in
<P> with their columns typed in &nbsp;, cp1252 no-break spaces, a sentence wrapped at another
margin), and checks the values read from it are the ones the filing states.
"""

from __future__ import annotations

import html
import re
from typing import Any

from filing2json.parsers import parse
from support import FILINGS, SAMPLES


def _raw(path: Any) -> str:
    return path.read_bytes().decode("latin-1")


def _each_text(text: str, change: Any) -> str:
    """`change` applied to the body of every plain-text <DOCUMENT> (the header stays)."""
    return re.sub(r"(?s)(<TEXT>\n)(.*?)(</TEXT>)",
                  lambda m: m.group(1) + change(m.group(2)) + m.group(3), text)


def _as_pre(body: str) -> str:
    """The text in one <PRE>, as 1990s filing agents wrapped it (its <PAGE> tags stay)."""
    return ("<HTML>\n<BODY>\n<PRE>\n"
            + html.escape(body, quote=False).replace("&lt;PAGE&gt;", "<PAGE>")
            + "</PRE>\n</BODY>\n</HTML>\n")


def _nbsp_line(line: str) -> str:
    """A line's blanks as a converter types them: indentation and gaps in &nbsp;."""
    line = html.escape(line, quote=False)
    lead = len(line) - len(line.lstrip(" "))
    rest = re.sub(r" {2,}", lambda m: "&nbsp;" * (len(m.group(0)) - 1) + " ", line[lead:])
    return "&nbsp;" * lead + rest


def _as_paragraphs(body: str) -> str:
    """Each blank-line paragraph in a <P>, its lines parted by <BR>, a page break an <HR>."""
    body = body.replace("<PAGE>", "\n\n<HR>\n\n")
    out = []
    for para in re.split(r"\n[ \t]*\n", body.expandtabs(8)):
        if para.strip() == "<HR>":
            out.append("<HR>")
        elif para.strip():
            out.append("<P>" + "<BR>\n".join(map(_nbsp_line, para.split("\n"))) + "</P>")
    return "<HTML>\n<BODY>\n" + "\n".join(out) + "\n</BODY>\n</HTML>\n"


def _record(text: str, name: str, encoding: str = "latin-1") -> dict[str, Any]:
    return parse(text.encode(encoding), name)


# --- plain text with no-break spaces (cp1252 A0) ---


def test_form_name_typed_with_a_no_break_space() -> None:
    # CTC Communications' bare 8-K of 2000 (sample 000), "FORM\xa08-K" as Word exports it
    text = _raw(SAMPLES / "000_af6957f9859c0735.txt")
    assert "FORM 8-K" in text
    record = _record(text.replace("FORM 8-K", "FORM\xa08-K"), "000.txt", "cp1252")
    assert record["form_type"] == "8-K"


def test_cover_and_signature_spaced_with_no_break_spaces() -> None:
    # Pericom's 8-K of April 2005, every blank between two words a no-break space (cp1252 A0)
    name = "8k_2005_pericomsemiconductorco_4.txt"
    text = re.sub(r"(?<=[A-Za-z0-9.,]) (?=[A-Za-z0-9(])", "\xa0", _raw(FILINGS / name))
    record = _record(text, name, "cp1252")
    reg = record["registrants"][0]
    assert reg["name"] == "PERICOM SEMICONDUCTOR CORPORATION"
    assert reg["address"]["street"] == "3345 North First Street"
    assert reg["address"]["city"] == "San Jose"
    assert reg["commission_file_number"] == "0-27026"
    sig = record["signatures"][0]
    assert (sig["name"], sig["title"]) == ("Michael D. Craighead", "Chief Financial Officer")


def test_exhibit_heading_with_a_no_break_space_links_its_document() -> None:
    # Page America's S-3/A of 1995: its EX-99 document headed "Exhibit\xa023(b)"
    name = "s3a_1995_pageamericagroupinc_1.txt"
    text = _raw(FILINGS / name)
    assert "Exhibit 23(b)" in text
    record = _record(text.replace("Exhibit 23(b)", "Exhibit\xa023(b)"), name, "cp1252")
    linked = {e["number"]: e["document"] for e in record["exhibits"]}
    assert linked["23(b)"] == 2


# --- HTML whose text stands in a <PRE> ---


def test_signature_in_pre_text_reads_its_columns() -> None:
    # Cotelligent's 8-K of November 1996 in a <PRE>: "Date" and the signer's name in two
    # columns of typed text, not two cells run together ("Date Curtis J. Parker")
    name = "8k_1996_cotelligentgroupinc_4.txt"
    sig = _record(_each_text(_raw(FILINGS / name), _as_pre), name)["signatures"][0]
    assert (sig["name"], sig["title"]) == ("Curtis J. Parker",
                                           "Vice President and Chief Accounting Officer")


def test_signer_under_by_in_pre_text() -> None:
    # Asta Funding's 8-K of August 2004 in a <PRE>: "By:" over a rule and the signer's name
    name = "8k_2004_astafundinginc_5.txt"
    sigs = _record(_each_text(_raw(FILINGS / name), _as_pre), name)["signatures"]
    assert [(s["name"], s["title"], s["date"]) for s in sigs] == [
        ("Mitchell Herman", "Chief Financial Officer", "2004-08-04")]


def test_cover_numbers_in_pre_text_keep_their_columns() -> None:
    # Home Health Corporation of America's 8-K of February 1998 in a <PRE>: file number and
    # IRS number in two columns over captions parted by tabs
    name = "8k_1998_homehealthcorpofameric_1.txt"
    reg = _record(_each_text(_raw(FILINGS / name), _as_pre), name)["registrants"][0]
    assert (reg["commission_file_number"], reg["irs_employer_id"]) == ("0-26938", "23-2224800")


# --- HTML paragraphs whose columns are typed in &nbsp; ---


def test_nbsp_columns_of_a_cover_part_their_values() -> None:
    # Pericom's 8-K of April 2005 as <P> paragraphs: "0-27026&nbsp;&nbsp;...77-0254621" over
    # "(Commission File Number)&nbsp;&nbsp;...(I.R.S. Employer Identification No.)"
    name = "8k_2005_pericomsemiconductorco_4.txt"
    record = _record(_each_text(_raw(FILINGS / name), _as_paragraphs), name)
    assert [(r["commission_file_number"], r["irs_employer_id"])
            for r in record["registrants"]] == [("0-27026", "77-0254621")]


def test_nbsp_columns_of_an_exhibit_list_wrap_flush_left() -> None:
    # Pericom's 8-K of August 2006 as <P> paragraphs: "99.1&nbsp;...Press Release issued by
    # Pericom Semiconductor Corporation dated" over "&nbsp;...August 16, 2006."
    name = "8k_2006_pericomsemiconductorco_4.txt"
    record = _record(_each_text(_raw(FILINGS / name), _as_paragraphs), name)
    assert [(e["number"], e["description"]) for e in record["exhibits"]] == [
        ("99.1", "Press Release issued by Pericom Semiconductor Corporation dated "
                 "August 16, 2006.")]


def test_exhibit_row_wrapped_over_three_lines() -> None:
    # Pericom's 8-K of July 2005 as <P> paragraphs: a description over three lines, the
    # second ending in a word that does not lead on ("... in Major Taiwanese")
    name = "8k_2005_pericomsemiconductorco_7.txt"
    record = _record(_each_text(_raw(FILINGS / name), _as_paragraphs), name)
    assert record["exhibits"][0]["description"] == (
        'Press release, dated as of July 19, 2005, titled "Pericom Semiconductor Completes '
        'Investment in Major Taiwanese Frequency Control Products Supplier".')


# --- a sentence wrapped at another margin ---


def test_signing_date_whose_month_ends_the_line_above() -> None:
    # CTC Communications' bare 8-K of April 2002 (sample 003) wrapped at 65 columns: "...
    # duly authorized on April" over "24, 2002."
    text = _raw(SAMPLES / "003_bf7d3087f7024729.txt")
    old = ("Registrant has duly caused this report to be signed on its behalf by the\n"
           "undersigned hereunto duly authorized on April 24, 2002.")
    assert old in text
    text = text.replace(old, "Registrant has duly caused this report to be signed on its\n"
                             "behalf by the undersigned hereunto duly authorized on April\n"
                             "24, 2002.")
    assert [s["date"] for s in _record(text, "003.txt")["signatures"]] == ["2002-04-24"]


# --- a cover whose address is its postal code alone ---


def _as_joined_paragraphs(body: str) -> str:
    """Each blank-line paragraph in a <P>, its lines joined by spaces (gaps in &nbsp;)."""
    out = []
    for para in re.split(r"\n[ \t]*\n", body.expandtabs(8)):
        lines = [line for line in para.split("\n") if line.strip()]
        if lines:
            out.append("<P>" + " ".join([_nbsp_line(lines[0])]
                                        + [_nbsp_line(line.strip()) for line in lines[1:]])
                       + "</P>")
    return "<HTML>\n<BODY>\n" + "\n".join(out) + "\n</BODY>\n</HTML>\n"


def test_address_cell_holding_only_its_zip_code() -> None:
    # CTC Communications' bare 8-K of 2000 (sample 000) with each paragraph's lines joined:
    # the ZIP code "02451" read as the address alone once its caption parts it from the
    # street (it raised an IndexError, and the whole record was lost)
    text = _as_joined_paragraphs(_raw(SAMPLES / "000_af6957f9859c0735.txt"))
    reg = _record(text, "000.txt")["registrants"][0]
    assert (reg["name"], reg["address"]["zip"]) == ("CTC COMMUNICATIONS GROUP, INC.", "02451")
