"""Press-release quotes (round 66b): a one-word firm's full name read where the release wraps it
at a line's end ("Pericom" / "Semiconductor Corporation"); a job given in the plain present in
the sentence after the one naming the speaker ("Jane Doe joined Acme in 1998 as CFO. She is
President."), with or without a job joined as; a quote over two paragraphs each closed, the
attribution in the second ('"We grew."' / '"We expect more," said Jane Doe.').

The tests edit Pericom's 2006 8-K on Dr. Simon Wong's election
(8k_2006_pericomsemiconductorco_3.txt) as rounds 65b and 66 do (see ``_hui`` in
test_prsq65b_round65): Alex Hui's quote by his name alone, under a paragraph giving his jobs.
"""

from __future__ import annotations

import time

import pytest
from test_prsq61b_round61 import _PERICOM
from test_prsq65b_round65 import _hui

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quote_later import joined_then, later_job, post_elsewhere
from support import FILINGS

_JOINED = "Alex Hui joined Pericom in 1990 as Vice President of Sales and became {} in 1998."


def test_a_full_name_wrapped_at_a_line_end_gives_the_acronym() -> None:
    # Pericom's filing as printed, each "Pericom Semiconductor" wrapped after "Pericom" as
    # plain-text filings break their lines: "PSC" is still Pericom Semiconductor
    # Corporation's (was: another body's). (A release's paragraphs reach the quote reader
    # joined to one line, so this is post_elsewhere's own contract, read on the raw text.)
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert not post_elsewhere("joined Pericom as", "President of PSC", text)
    wrapped = text.replace("Pericom Semiconductor", "Pericom\nSemiconductor")
    assert "Pericom Semiconductor" not in wrapped
    assert not post_elsewhere("joined Pericom as", "President of PSC", wrapped)
    # and at a no-break space, as HTML prints it
    spaced = text.replace("Pericom Semiconductor", "Pericom\u00a0Semiconductor")
    assert not post_elsewhere("joined Pericom as", "President of PSC", spaced)
    # a word run into the firm's is no mention of it ("Pericom-Semiconductor")
    run_in = text.replace("Pericom Semiconductor", "Pericom-Semiconductor")
    assert post_elsewhere("joined Pericom as", "President of PSC", run_in)


_AS = "Alex Hui joined Pericom in 1990 as Vice President of Sales."
_ONLY = "Alex Hui joined Pericom in 1990."


@pytest.mark.parametrize(("now", "role"), [
    ("He is President and Chief Executive Officer.", "President and Chief Executive Officer"),
    ("He is currently President.", "President"),
    ("He currently serves as Chief Executive Officer.", "Chief Executive Officer"),
    ("Mr. Hui is the Company's President.", "President"),
    ("He is now President.", "President"),  # (read before too)
])
def test_a_present_job_in_the_next_sentence_is_the_role(now: str, role: str) -> None:
    # after a job joined as (was: that job, "Vice President of Sales", but for "is now")
    assert _hui(f"{_AS} {now}") == [("Alex Hui", role)]
    # after a sentence saying only that he joined (was: no role)
    assert _hui(f"{_ONLY} {now}") == [("Alex Hui", role)]
    assert _hui(f"Alex Hui joined the company in August 1990. {now}") == [("Alex Hui", role)]
    # a job held beside it, no job, a post at another body, a job denied, another person,
    # a subject other than his, a past job or kin: what was read before stays
    for other in ("He is also a director.", "He is pleased with the appointment.",
                  "He is a Fellow of the IEEE.", "He is not President.", "Smith is President.",
                  "In 1998, he became President.", "He is a former President of Intel.",
                  "He is the son of the company's founder."):
        assert _hui(f"{_AS} {other}") == [("Alex Hui", "Vice President of Sales")], other
        assert _hui(f"{_ONLY} {other}") == [("Alex Hui", None)], other
    # a sentence between, or more said of the joining than firm and date: none read (a
    # sentence opening "Mr. Hui is" gives his job anywhere, see _surname_role)
    if now[:2] == "He":
        assert _hui(f"{_ONLY} He lives in San Jose. {now}") == [("Alex Hui", None)]
        assert _hui(f"Alex Hui joined Pericom in 1990 from Intel. {now}") == [
            ("Alex Hui", None)]


def _quotes(name: str, *edits: tuple[str, str]) -> list[tuple[str, str | None, str]]:
    """(speaker, role, text) of the corpus filing ``name``'s quotes, with each (old, new) of
    ``edits`` made once."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    for old, new in edits:
        assert old in raw
        raw = raw.replace(old, new, 1)
    record = parse(raw.encode("latin-1"), name)
    return [(q["speaker"], q["role"], q["text"]) for r in record["press_releases"]
            for q in r["quotes"]]


_PERICOM_07 = "8k_2007_pericomsemiconductorco_1.txt"
_HUI_07 = ("""net
profit this quarter," said Alex Hui, president and chief executive officer.
"This is the highest net income we have seen in almost six years."
""")
_PLEASED = ("We are very pleased to have reported another sequential increase in net profit "
            "this quarter. This is the highest net income we have seen in almost six years")


def test_a_quote_closed_over_two_paragraphs_is_the_second_ones_speakers() -> None:
    # Pericom's 2007 8-K: Hui's two sentences printed as two paragraphs, each closed, the
    # attribution in the second (was: the first paragraph lost)
    split = ('net\nprofit this quarter."\n\n    "This is the highest net income we have '
             'seen in almost six years," said Alex Hui, president and chief executive '
             'officer.\n')
    assert _quotes(_PERICOM_07, (_HUI_07, split))[0] == (
        "Alex Hui", "president and chief executive officer", _PLEASED)
    # Apple's 2011 8-K (HTML): Jobs's quote split so, after a paragraph quoting no one
    jobs = ("iPad sales,&#148; said Steve Jobs, Apple&#146;s CEO. &#147;We are firing",
            "iPad sales.&#148; </FONT></P> <P><FONT>&#147;We are firing")
    end = ("wait to get their hands on.&#148; </FONT>",
           "wait to get their hands on,&#148; said Steve Jobs, Apple&#146;s CEO. </FONT>")
    quotes = _quotes("8k_2011_appleinc_1.txt", jobs, end)
    assert quotes[0][:2] == ("Steve Jobs", "CEO")
    assert quotes[0][2].startswith("We had a phenomenal holiday quarter with record Mac, "
                                   "iPhone and iPad sales. We are firing on all cylinders")
    # a closed quote paragraph right under another speaker's goes on with that speaker's
    # quote, as before: Oppenheimer's split so stays with Jobs's paragraph
    cfo = ("quarter,&#148; said Peter Oppenheimer, Apple&#146;s CFO. &#147;Looking",
           "quarter.&#148; </FONT></P> <P><FONT>&#147;Looking")
    cfo_end = ("earnings per share of about $4.90.&#148;",
               "earnings per share of about $4.90,&#148; said Peter Oppenheimer, "
               "Apple&#146;s CFO.")
    quotes = _quotes("8k_2011_appleinc_1.txt", cfo, cfo_end)
    assert quotes[0][2].endswith("during the December quarter.")
    assert quotes[1][:2] == ("Peter Oppenheimer", "CFO")
    assert quotes[1][2].startswith("Looking ahead to the second fiscal quarter of 2011")


def test_the_new_reads_run_in_linear_time() -> None:
    # ~200 KB of each shape's trigger with no end
    start = time.process_time()
    post_elsewhere("joined Pericom as", "President of PSC", "Pericom's " * 20_000)
    post_elsewhere("joined Pericom as", "President of PSC", "Pericom\n" * 25_000)
    later_job("Jane Doe joined Acme as CFO." + " He is" * 35_000, 24, 27, False, "Jane Doe")
    for text in (" joined Acme" * 20_000, " joined" + " Acme" * 40_000,
                 " joined Acme in 1998." + " He is" * 35_000):
        joined_then(f"Jane Doe{text}", 8, "Jane Doe")
    assert time.process_time() - start < 5
