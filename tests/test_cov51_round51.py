"""Cover page, round 51: a bare "File No." caption before the registrant's Exchange Act
number, the address typed in columns over "(Street) (City) (State) (Zip Code)", a former name
stated as none in square brackets, the file number's caption wrapped as "(SEC File" over
"Number)", and a telephone extension after "Ext:" or "x.".

The covers are the CTC Communications sample 8-K (2000) and, from the corpus, Apple
Computer's 10-Q/A of 1997, ALLTEL's 2005 letter, Meta Platforms' 2025 8-K and Atrinsic's 2016
8-K, each edited as the test says.
"""

from __future__ import annotations

from typing import Any

from support import CTC_SAMPLE, FILINGS, meta_body, text_record

_CTC_NUMBERS = """          Delaware                   0-27505            04-3469590
       (State or other jurisdiction (Commission         (IRS Employer
         of incorporation)          File Number)   Identification No.)
"""
_CTC_ADDRESS = """          220 Bear Hill Rd., Waltham, Massachusetts         02451
        (Address of principal executive offices)          (Zip Code)
"""
_CTC_FORMER = " (Former name or former address if changed since last\nreport)"
_CTC_STREET = {"street": "220 Bear Hill Rd.", "city": "Waltham", "state": "Massachusetts",
               "zip": "02451"}


def _ctc(old: str, new: str) -> dict[str, Any]:
    assert old in CTC_SAMPLE
    return text_record(CTC_SAMPLE.replace(old, new), "ctc.txt")["registrants"][0]


def _ctc_numbers(row: str) -> tuple[str | None, str | None, str | None]:
    reg = _ctc(_CTC_NUMBERS, row)
    return reg["state_of_incorporation"], reg["commission_file_number"], reg["irs_employer_id"]


_NO_FILE_CAPTION = """          Delaware                                   04-3469590
       (State or other jurisdiction              (IRS Employer
         of incorporation)                   Identification No.)
"""


def test_bare_file_no_before_an_exchange_act_number() -> None:
    # the CTC cover with its file number moved out of the row, on a line of its own under
    # the row (or above it) as "File No. 0-27505", no "Commission" before it
    assert _ctc_numbers(_NO_FILE_CAPTION + "\n                          File No. 0-27505\n") \
        == ("Delaware", "0-27505", "04-3469590")
    assert _ctc_numbers("                        File No. 0-27505\n\n" + _NO_FILE_CAPTION) \
        == ("Delaware", "0-27505", "04-3469590")
    # a Securities Act number after it names a registration statement, not the registrant
    assert _ctc_numbers(_NO_FILE_CAPTION + "\n                          File No. 333-27505\n") \
        == ("Delaware", None, "04-3469590")


def test_letter_file_no_in_its_re_lines_is_no_cover() -> None:
    # ALLTEL's 2005 letter (no SGML header), its "Re:" lines naming a 10-K and an Exchange
    # Act number instead of its Form S-4 and "File No. 333-123596": still no registrant read
    text = (FILINGS / "corresp_2005_alltelcorp_1.txt").read_text()
    body = text[text.index("<TEXT>") + 6 : text.index("</TEXT>")]
    assert "File No. 333-123596" in body and "Form S-4, as amended" in body
    body = body.replace("File No. 333-123596", "File No. 1-4996").replace(
        "Form S-4, as amended", "Form 10-K for the fiscal year ended December 31, 2004")
    assert text_record(body, "letter.htm")["registrants"] == []


def test_address_in_columns_over_street_city_state_zip() -> None:
    # the CTC address typed a column a part, each over its own caption (1990s covers)
    columns = "     220 Bear Hill Rd.          Waltham          Massachusetts        02451\n"
    captions = "     (Street)                   (City)           (State)              (Zip Code)\n"
    reg = _ctc(_CTC_ADDRESS, columns + captions)
    assert reg["address"] == _CTC_STREET
    assert reg["state_of_incorporation"] == "Delaware"
    # with no state of incorporation captioned, "(State)" there is still the address's
    reg = _ctc(_CTC_NUMBERS + "\n" + _CTC_ADDRESS, columns + captions)
    assert reg["address"] == _CTC_STREET
    assert reg["state_of_incorporation"] is None
    # "(Number and Street)" beside "(City, State and Zip Code)"
    reg = _ctc(_CTC_ADDRESS, "   220 Bear Hill Rd.                  Waltham, Massachusetts 02451\n"
                             "   (Number and Street)                (City, State and Zip Code)\n")
    assert reg["address"] == _CTC_STREET


def test_address_columns_in_square_brackets() -> None:
    # Apple's 10-Q/A of 1997 (its captions in square brackets), less its SGML header, its
    # address typed in columns over "[Street] [City] [State] [Zip Code]" or "(Address) ..."
    text = (FILINGS / "10qa_1997_applecomputerinc_1.txt").read_text()
    text = text[text.index("<DOCUMENT>") :]
    old = ("            1 Infinite Loop                             \n"
           "         Cupertino  California                                95014 \n"
           "[Address of principal executive offices]                     [Zip Code]\n")
    assert old in text
    values = "   1 Infinite Loop          Cupertino          California          95014\n"
    want = {"street": "1 Infinite Loop", "city": "Cupertino", "state": "California",
            "zip": "95014"}
    for captions in ("   [Street]                 [City]             [State]        [Zip Code]\n",
                     "   (Address)                (City)             (State)        (Zip Code)\n"):
        reg = text_record(text.replace(old, values + captions), "apple.txt")["registrants"][0]
        assert reg["address"] == want
        assert reg["state_of_incorporation"] == "CALIFORNIA"


def test_former_name_none_in_square_brackets() -> None:
    # the CTC cover's empty former-name line filled in as a template's "[Not Applicable]"
    for none in ("[Not Applicable]", "[None]", "[N/A]"):
        assert _ctc(_CTC_FORMER, f"                  {none}\n{_CTC_FORMER}")["former_name"] is None
    # a name in brackets is still read
    assert _ctc(_CTC_FORMER, f"                  CTC Communications Corp.\n{_CTC_FORMER}"
                )["former_name"] == "CTC Communications Corp."


def test_wrapped_sec_file_number_caption() -> None:
    # the CTC row's middle caption as "(SEC File" over "Number)"
    assert _ctc_numbers(
        "          Delaware                   0-27505            04-3469590\n"
        "       (State or other jurisdiction (SEC File          (IRS Employer\n"
        "         of incorporation)          Number)        Identification No.)\n") == (
        "Delaware", "0-27505", "04-3469590")


def test_html_address_cells_over_street_city_state_zip() -> None:
    # Meta's 2025 cover (iXBRL tags out) with its address line as a table, a cell a part
    # over "(Street)", "(City)", "(State)", "(Zip Code)" cells
    body = meta_body()
    line = "1 Meta Way, Menlo Park, California 94025 </span></div>"
    caption = "(Address of principal executive offices and Zip Code)</span></div>"
    start = body.index(line)
    start = body.rindex("<div", 0, start)
    end = body.index(caption, start) + len(caption)

    def cells(*texts: str) -> str:
        return "<tr>" + "".join(f'<td style="text-align:center">{t}</td>' for t in texts) \
            + "</tr>"
    table = "<table>" + cells("1 Meta Way", "Menlo Park", "California", "94025") \
        + cells("(Street)", "(City)", "(State)", "(Zip Code)") + "</table>"
    record = text_record("<html><head><title>8-K</title></head>" + body[:start] + table
                         + body[end:], "meta.htm")
    reg = record["registrants"][0]
    assert reg["address"] == {"street": "1 Meta Way", "city": "Menlo Park",
                              "state": "California", "zip": "94025"}
    assert reg["state_of_incorporation"] == "Delaware"


def test_html_bare_file_no_paragraph() -> None:
    # Atrinsic's 2016 8-K (a corpus filing, its SGML header taken off) with the file number
    # cell emptied and "File No. 000-51353" printed as a paragraph over the name's caption
    text = (FILINGS / "8k_2016_atrinsicinc_1.txt").read_text()
    text = text[text.index("<TEXT>") + 6 : text.index("</TEXT>")]
    edits = (('<FONT STYLE="font-size: 10pt">000-51353</FONT></TD>', "&nbsp;</TD>"),
             ("(Commission File Number)", ""),
             ('<P STYLE="font: 10pt Times New Roman, Times, Serif; margin: 0pt 0; '
              'text-align: center">(Exact name',
              "<P>File No. 000-51353</P>\n"
              '<P STYLE="font: 10pt Times New Roman, Times, Serif; margin: 0pt 0; '
              'text-align: center">(Exact name'))
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    reg = text_record(text, "atrinsic.htm")["registrants"][0]
    assert (reg["name"], reg["commission_file_number"], reg["irs_employer_id"]) == (
        "ATRINSIC, INC.", "000-51353", "06-1390025")


def test_phone_extension_after_a_colon_or_x_dot() -> None:
    # the CTC cover's telephone with an extension as some covers type it: "Ext: 200", "x.200"
    # (the extension is part of the number, as after "ext." or "x")
    line = "                               (781) 466-8080\n"
    for number in ("(781) 466-8080 Ext: 200", "(781) 466-8080 x.200",
                   "(781) 466-8080, ext. 200"):
        assert _ctc(line, f"                    {number}\n")["phone"] == number
    assert _ctc(line, "                    (781) 466-8080.\n")["phone"] == "(781) 466-8080"


def test_phone_number_caption_without_tele() -> None:
    # the CTC cover's telephone caption as small filers type it: "phone", not "telephone"
    reg = _ctc(" (Registrant's telephone number including area code)",
               " (Registrant's phone number, including area code)")
    assert reg["phone"] == "(781) 466-8080"
