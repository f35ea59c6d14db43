"""Speed round 35, cover: caption_field keeps the answer for a short chunk (the same caption
spellings recur on cover after cover), and reads a long chunk afresh. The kept answers must
be the ones a fresh reading gives, whatever was read before them.
"""

from __future__ import annotations

from filing2json.parsers.sections import cover_chunks
from filing2json.parsers.sections.cover_chunks import caption_field
from filing2json.parsers.sections.cover_layout import read_captioned

_COVER = """
                                  FORM 8-K
                               CURRENT REPORT

                        CTC COMMUNICATIONS GROUP, INC.
            (Exact name of registrant as specified in its charter)
          Delaware                   0-27505            04-3469590
       (State or other jurisdiction (Commission         (IRS Employer
         of incorporation)          File Number)   Identification No.)

          220 Bear Hill Rd., Waltham, Massachusetts         02451
        (Address of principal executive offices)          (Zip Code)

                               (781) 466-8080
 (Registrant's telephone number including area code)
"""

_CHUNKS = {
    "(Exact name of registrant as specified in its charter)": "name",
    "(Commission File Number)": "commission_file_number",
    "(IRS Employer": "irs_employer_id",
    "(Address of principal executive offices)": "address",
    "(Zip Code)": "zip",
    "(Registrant's telephone number including area code)": "phone",
    # a person's caption, not the registrant's
    "(Telephone number, including area code, of agent for service)": "contact",
    "(STATE OR OTHER JURISDICTION OF INCORPORATION)": "state",
    "Delaware": None,
    "0-27505": None,
    "UNITED STATES": None,
    # U+0130 in the text: read with re.I, not in the lowered text
    "(\u0130RS Employer": "irs_employer_id",
}


def test_kept_answers_match_a_fresh_reading() -> None:
    for _ in range(2):  # the second pass answers from what the first kept
        for text, field in _CHUNKS.items():
            assert caption_field(text) == field, text
            assert cover_chunks._caption_field(text) == field, text


def test_long_chunk_read_afresh() -> None:
    # a paragraph of the cover holding caption words ("filed", "Commission") is no caption;
    # it is longer than what is kept
    prose = ("Indicate by check mark whether the registrant (1) has filed all reports required "
             "to be filed by Section 13 or 15(d) of the Securities Exchange Act of 1934 during "
             "the preceding 12 months, and (2) has been subject to such filing requirements "
             "of the Commission for the past 90 days.")
    assert len(prose) > cover_chunks._KEPT_CHARS
    hits = cover_chunks._known_field.cache_info().hits
    assert caption_field(prose) is None
    assert caption_field(prose) is None
    assert cover_chunks._known_field.cache_info().hits == hits  # never looked up
    long_caption = "(" + "Address of principal executive offices, " * 5 + "of the registrant)"
    assert len(long_caption) > cover_chunks._KEPT_CHARS
    assert caption_field(long_caption) == "address"


def test_cover_read_twice_reads_the_same() -> None:
    cover_chunks._known_field.cache_clear()
    first = read_captioned(_COVER)
    second = read_captioned(_COVER)
    assert cover_chunks._known_field.cache_info().hits > 0
    assert first == second
    (found,) = second
    assert found["name"] == "CTC COMMUNICATIONS GROUP, INC."
    assert found["state"] == "Delaware"
    assert found["commission_file_number"] == "0-27505"
    assert found["irs_employer_id"] == "04-3469590"
    assert found["zip"] == "02451"
    assert found["address"] == "220 Bear Hill Rd., Waltham, Massachusetts"
    assert found["phone"] == "(781) 466-8080"
