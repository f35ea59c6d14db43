"""Round 35 speed pass on press_quotes: the quote marks found by str.find (``_marks``, one
memchr per mark) and the paragraph loop that ends past the last paragraph with a mark must
find what the regex scan and the full loop found."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_quotes import _MARK, _has_mark, _marks, quotes_in

# The rest of a release under its quotes: no quote mark in any of it.
_TAIL = [
    "Acme will hold a conference call at 5 p.m. Eastern time today to discuss the results.",
    "About Acme: Acme Robotics, Inc. designs industrial robots for the automotive industry.",
    "Forward-looking statements: this release contains forward-looking statements.",
]


@pytest.mark.parametrize("para", [
    # Horizon Financial 2009: TeX marks, a nested quote printed with them swapped
    "``We recognized a write-down of $309,000 as a result of ''other than temporary "
    "impairment`` on private label securities,'' said Greg Spear, Chief Financial Officer.",
    '"Our customers\' feedback has been \u201cso far, so good,\u201d" said Frederic Kunzi.',
    "The Company's results (``Results'') and its shareholders' equity rose.",  # apostrophes
    "A stray ```` run and '''' too, \"x\" then \u201dy\u201c.",  # runs of marks: no overlap
    "No quotation marks here, only the company's apostrophe.",
])
def test_marks_are_the_regex_matches(para: str) -> None:
    assert _marks(para) == [(m.start(), m.group()) for m in _MARK.finditer(para)]
    assert _has_mark(para) == (_MARK.search(para) is not None)


def test_has_mark_reads_tex_marks_and_not_apostrophes() -> None:
    assert _has_mark("``Nice'' said Mr. Jones.")
    assert _has_mark("the term ''core deposits'' as defined")
    assert not _has_mark("The Company's shareholders' equity rose; `a` is no mark.")


def test_a_list_after_the_last_mark_is_still_quoted() -> None:
    # the quote left open at "include:" never closes: its list follows the last mark
    paras = [
        '"We made great progress this quarter," said Jane Doe, Chief Executive Officer.',
        '"Highlights of the quarter include:',
        "-- Record revenue of $50 million, up 20 percent;",
        "-- Three new customers in Europe; and",
        "-- Debt reduced by $10 million.",
        *_TAIL,
    ]
    assert quotes_in(paras) == [{
        "speaker": "Jane Doe", "role": "Chief Executive Officer",
        "text": "We made great progress this quarter. Highlights of the quarter include: "
                "Record revenue of $50 million, up 20 percent; Three new customers in "
                "Europe; and Debt reduced by $10 million."}]


def test_a_signature_under_the_last_quote_is_read() -> None:
    paras = [
        "Acme Robotics, Inc. today reported record revenue for its fiscal year.",
        "\u201cWe are thrilled with the year and the growth of our robotics business.\u201d",
        "\u2013 Michael R. Thompson III, Chairman and Chief Executive Officer",
        *_TAIL,
    ]
    assert quotes_in(paras) == [{
        "speaker": "Michael R. Thompson III", "role": "Chairman and Chief Executive Officer",
        "text": "We are thrilled with the year and the growth of our robotics business."}]


def test_a_last_quote_in_single_marks_is_read() -> None:
    # a UK release: single marks only, doubled in the loop (no double mark is printed)
    paras = [
        "Acme Robotics plc today reported record revenue for its fiscal year.",
        "Jane Doe, Chief Executive, said: \u2018We are delighted with the year and thank our "
        "shareholders\u2019 support.\u2019",
        *_TAIL,
    ]
    assert quotes_in(paras) == [{
        "speaker": "Jane Doe", "role": "Chief Executive",
        "text": "We are delighted with the year and thank our shareholders\u2019 support."}]
