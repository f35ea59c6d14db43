"""Press-release head and body, round 73b: a wire's credit then a date in figures, a closing
"Please call ... for more information." sentence, a headline broken by <br>s into three
pieces of one sentence, and a headless About under a call's notice.

- a wire's credit, then the date in figures or the day first, then the place:
  "/PRNewswire/ -- 07/22/2004 -- BOSTON --", "(BUSINESS WIRE) -- 07/22/2004 -- BOSTON, Mass.
  --", "/PRNewswire/ -- 22 July 2004 -- Hoffman Estates, Ill. --" (``press_dateline.
  _CREDIT_LED``); with no place, "/PRNewswire/ -- 07/22/2004 --" (``_LED_DATE``); the wire's
  name unbracketed, "BUSINESS WIRE -- 07/22/2004 -- BOSTON --", "BUSINESS WIRE -- 22 July
  2004 -- BOSTON --" (``_wire_as_place``, ``_date_start``); before, no release, no city, or
  the extractor failed (a day-first date has no "month" group);
- "Please call Jane Doe at ... or John Roe at ... for more information." closing a release:
  a tail, no body paragraph (``press_release._call_for_info``);
- a headline broken by <br>s into three short pieces that read as one sentence, a verb in
  the first and none in the others, one case ("Apple Names" / "Jane Doe" / "Chief Financial
  Officer"): one headline (``press_parts._sentence_pieces``); before, the third piece was a
  subheadline;
- a headless About after the safe harbour under a call's notice that opens with the
  company's name ("Webcast" / "Sears will webcast ..." / "Sears, Roebuck and Co. is a
  leading ..."): the notice is no About (``press_about._NOTICE_AFTER``) and a name with "and
  Co." after its comma opens a standing paragraph (``press_tail.DESCRIBES``); before, the
  notice was the About.
Apple's 8-K (2024) and Sears' 8-K (2004), edited.
"""

from __future__ import annotations

import time

from test_prsh73_round73 import (
    _APPLE_HEAD,
    _APPLE_SUBS,
    _SEARS_BODY_END,
    _SEARS_LEAD,
    SEARS,
    _apple,
    _sears,
    _sears_lead,
)

from filing2json.parsers.sections import press_dateline, press_tail
from support import edited_record

_SEARS_ABOUT = "    About Sears\n\n    Sears, Roebuck and Co. is a leading"
_SEARS_STANDS = "Sears, Roebuck and Co. is a leading broadline retailer providing merchandise"








# ---- a wire's credit, then a date in figures or day first -----------------------------------


def test_credit_then_figure_date_and_place() -> None:
    # (was: no release)
    release = _sears_lead("/PRNewswire/ -- 07/22/2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    assert release["body"].startswith("/PRNewswire/ -- 07/22/2004 -- BOSTON -- Sears, Roebuck")
    release = _sears_lead("/PRNewswire/ -- 7/22/04 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    release = _sears_lead("/PRNewswire/ -- 22 July 2004 -- Hoffman Estates, Ill. --")
    assert release["dateline"] == {"city": "Hoffman Estates", "state": "Ill.",
                                   "date": "2004-07-22"}
    # (was: the date alone)
    release = _sears_lead("(BUSINESS WIRE) -- 07/22/2004 -- BOSTON, Mass. --")
    assert release["dateline"] == {"city": "BOSTON", "state": "Mass.", "date": "2004-07-22"}


def test_credit_then_figure_date_no_place() -> None:
    # (was: no release)
    for lead in ("/PRNewswire/ -- 07/22/2004 --", "--(BUSINESS WIRE)--07/22/2004--"):
        release = _sears_lead(lead)
        assert release["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}
        assert release["body"].startswith(f"{lead} Sears, Roebuck and Co. (NYSE: S) today")


def test_wire_name_then_figure_or_day_first_date() -> None:
    # (was: no city)
    release = _sears_lead("BUSINESS WIRE -- 07/22/2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    # (was: no release, the extractor failed)
    record = edited_record(SEARS, {_SEARS_LEAD: "    BUSINESS WIRE -- 22 July 2004 -- BOSTON --"
                                                " Sears, Roebuck\n"})
    assert record["warnings"] == []
    assert record["press_releases"][0]["dateline"] == {"city": "BOSTON", "state": None,
                                                       "date": "2004-07-22"}
    release = _sears_lead("BUSINESS WIRE -- 22 July 2004 --")
    assert release["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}


def test_credit_date_neighbours() -> None:
    # read before this round, and unchanged
    release = _sears_lead("/PRNewswire/ -- July 22, 2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    release = _sears_lead("07/22/2004 -- BOSTON --")
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}
    release = _sears_lead("BOSTON, Mass., 07/22/2004 /PRNewswire/ --")
    assert release["dateline"] == {"city": "BOSTON", "state": "Mass.", "date": "2004-07-22"}
    # a dotted date, day.month.year: read since round 74b (was: no release)
    release = edited_record(SEARS, {_SEARS_LEAD: "    /PRNewswire/ -- 22.07.2004 -- BOSTON -- "
                                                 "Sears, Roebuck\n"})["press_releases"][0]
    assert release["dateline"] == {"city": "BOSTON", "state": None, "date": "2004-07-22"}


def test_credit_figure_date_is_linear() -> None:
    start = time.process_time()
    press_dateline.match_dateline("/PRNewswire/ -- 07/22/2004 -- " + "BOSTON " * 30000 + "--")
    press_dateline.match_dateline("BUSINESS WIRE -- 07/22/2004 -- " + "Boston, " * 25000)
    press_dateline.match_dateline("--(BUSINESS WIRE)--07/22/2004--" + "-" * 200000)
    assert time.process_time() - start < 5


# ---- "Please call ... for more information." closing a release ------------------------------

_CALL = ("    Please call Jane Doe at (847) 286-9669 or John Roe at (847) 286-7419 for\n"
         "more information.\n\n")


def test_call_for_information_is_no_body() -> None:
    original = _sears({})
    # (was: the body's last paragraph)
    release = _sears({_SEARS_BODY_END: _SEARS_BODY_END + _CALL})
    assert release["body"] == original["body"]
    assert release["body"].endswith("former Credit and Financial Products business.")
    for call in ("    Call Jane Doe at 847-286-9669 for further information about Sears.\n\n",
                 "    Please e-mail Jane Doe at jdoe@sears.com for additional information.\n\n"):
        assert _sears({_SEARS_BODY_END: _SEARS_BODY_END + call})["body"] == original["body"]


def test_call_for_information_neighbours() -> None:
    original = _sears({})
    # no number or mailbox, or no "for more information": the body's, as before
    for call in ("Please call your broker for more information.",
                 "Please call (800) 555-0100 to register for the meeting."):
        release = _sears({_SEARS_BODY_END: _SEARS_BODY_END + f"    {call}\n\n"})
        assert release["body"] == original["body"] + "\n\n" + call


# ---- a headline broken by <br>s into three pieces of one sentence ---------------------------


def test_headline_three_pieces_one_sentence() -> None:
    # (was: "Apple Names Jane Doe", the subheadline "Chief Financial Officer")
    release = _apple(">Apple Names<br>Jane Doe<br>Chief Financial Officer</font>")
    assert release["headline"] == "Apple Names Jane Doe Chief Financial Officer"
    assert release["subheadlines"] == _APPLE_SUBS
    release = _apple(">APPLE NAMES<br>JANE DOE<br>CHIEF FINANCIAL OFFICER</font>")
    assert release["headline"] == "APPLE NAMES JANE DOE CHIEF FINANCIAL OFFICER"
    # (was: "Apple Announces Pricing of $5 Billion", the subheadline "Senior Notes Offering")
    release = _apple(">Apple Announces Pricing<br>of $5 Billion<br>Senior Notes Offering</font>")
    assert release["headline"] == "Apple Announces Pricing of $5 Billion Senior Notes Offering"
    assert release["subheadlines"] == _APPLE_SUBS


def test_headline_pieces_neighbours() -> None:
    # a piece with a verb, a figure's sign or another case is a subheadline, as before
    for head, subheadline in (
            (">Apple Reports<br>Record Results<br>Raises 2022 Outlook</font>",
             "Raises 2022 Outlook"),
            (">Apple Names<br>Jane Doe<br>Revenue Up 25 Percent</font>", "Revenue Up 25 Percent"),
            (">Apple Names<br>Jane Doe<br>CHIEF FINANCIAL OFFICER</font>",
             "CHIEF FINANCIAL OFFICER"),
            (">Apple Reports<br>First Quarter<br>Record Revenue of $119 Billion</font>",
             "Record Revenue of $119 Billion")):
        release = _apple(head)
        assert release["subheadlines"] == [subheadline, *_APPLE_SUBS]
    # joined before this round, and still
    release = _apple(">Apple Announces<br>Agreement to Acquire<br>Widget Corp.</font>")
    assert release["headline"] == "Apple Announces Agreement to Acquire Widget Corp."
    release = _apple(">Apple Announces<br>Agreement to Acquire<br>Widget Corp.<br>"
                     "Deal Valued at $2 Billion</font>")
    assert release["headline"] == "Apple Announces Agreement to Acquire Widget Corp."
    assert release["subheadlines"] == ["Deal Valued at $2 Billion", *_APPLE_SUBS]


# ---- a headless About under a call's notice -------------------------------------------------


def test_headless_about_under_notice() -> None:
    # (was: {"company": "Sears", "text": "Sears will webcast its second quarter ..."})
    about = _sears({_SEARS_ABOUT: "    Sears, Roebuck and Co. is a leading"})["about"]
    assert about["company"] == "Sears, Roebuck and Co."
    assert about["text"].startswith(_SEARS_STANDS)
    assert about["text"].endswith("with more than 14 million service calls made annually.")
    # the company's name alone opening it (the notice rule alone; was the notice too)
    about = _sears({_SEARS_ABOUT: "    Sears is a leading"})["about"]
    assert about["company"] == "Sears"
    assert about["text"].startswith("Sears is a leading broadline retailer providing")


def test_headless_about_neighbours() -> None:
    # as filed, under its heading
    about = _sears({})["about"]
    assert about["company"] == "Sears"
    assert about["text"].startswith(_SEARS_STANDS)
    # Apple's headless About, its name first, after the safe harbour
    about = _apple(_APPLE_HEAD)["about"]
    assert about["company"] == "Apple"
    assert about["text"].startswith("Apple revolutionized personal technology with the "
                                    "introduction of the Macintosh in 1984.")


def test_standing_opening_is_linear() -> None:
    start = time.process_time()
    press_tail.DESCRIBES.match("Bank of America and " * 10000)
    press_tail.DESCRIBES.match("Sears, Roebuck and " * 10000 + "Co.")
    press_tail.DESCRIBES.match("Acme " + "  " * 100000 + "of")
    assert time.process_time() - start < 5
