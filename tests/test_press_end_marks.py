"""End marks between dashes ("-###-", "— END —") end whatever they close, wherever read."""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tail import is_end_mark

RELEASE = """Acme Widgets Reports Record Quarter

NEW YORK, March 3, 2014 -- Acme Widgets, Inc. (NYSE: ACM) today reported record revenue
for its fourth quarter, up 12 percent from a year earlier.

"We had a strong quarter," said Jane Doe, Chief Executive Officer of Acme Widgets.

Contact:
Robert Smith
Acme Widgets, Inc.
(212) 555-0100
{mark}
Mary Jones
Director, Widget Sales
"""


@pytest.mark.parametrize("mark", ["-###-", "- # # # -", "\u2014 END \u2014", "--###--"])
def test_an_end_mark_between_dashes_ends_the_contact_block(mark: str) -> None:
    # the name under the mark is the next page's, no contact of the release
    release = parse_press_release(RELEASE.format(mark=mark), "EX-99.1", "2014-03-03")
    assert release is not None
    assert [c["name"] for c in release["contacts"]] == ["Robert Smith"]
    assert release["contacts"][0]["phone"] == "(212) 555-0100"


@pytest.mark.parametrize("line", ["-###-", "- # # # -", "\u2014 END \u2014", "# # #", "-30-",
                                  "- 30 -", "\u2013 30 \u2013", "(END)",
                                  "SOURCE Acme Widgets, Inc."])
def test_end_marks(line: str) -> None:
    assert is_end_mark(line)


# ("\u2014 30 \u2014": an earnings table's row of nil cells around a 30, found by an audit)
@pytest.mark.parametrize("line", ["- 2 -", "-- more --", "- 30 days -", "-###", "###-more",
                                  "\u2014 30 \u2014", "\u2014\t30\t\u2014", "--   30   --"])
def test_no_end_marks(line: str) -> None:
    assert not is_end_mark(line)
