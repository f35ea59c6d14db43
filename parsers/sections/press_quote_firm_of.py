"""A speaker named with their firm before their job ("said Jane Doe of Acme, Inc., chief
executive officer", "Jane Doe of Acme Corp., president, said"): the firm is read whole with
its legal form (its comma ends no part of the attribution), and the job after it is the
role, held at that firm, as "Jane Doe, chief executive officer of Acme, Inc." gives it."""

from __future__ import annotations

from ..lazy_re import lazy

# "<name> of <firm>[,] <legal form>[, <rest>]": a name of no comma, up to six capitalised
# words of the firm (and "&", "of", "and" between them), its legal form, then what follows
# the form's comma (a job, an age, a clause: the caller reads it); a sentence after the form's
# stop is none of it ("of Acme, Inc. The merger closes ...")
_FIRM_OF = lazy(
    r"(?P<name>[^,]{3,60}?)[ \t]of[ \t]+(?P<firm>[A-Z][\w&'\u2019.-]{0,40}"
    r"(?:[ \t]+(?:[A-Z][\w&'\u2019.-]{0,40}|&|of|and)){0,5}?,?[ \t]+"
    r"(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|LLP|L\.?P|PLC|plc|N\.[VA]|S\.A|A\.G|AG|GmbH|Limited"
    r"|Incorporated|Corporation|Company)\.?)"
    r"(?:,[ \t]*+(?P<rest>(?s:.*))|(?<=\.)[ \t]+[A-Z](?s:.*))?$"
)


def name_firm_rest(who: str) -> tuple[str, str, str] | None:
    """(name, firm, rest) of "Jane Doe of Acme, Inc., chief executive officer": the words
    before "of", the firm with its legal form, what follows the form's comma ("" for none);
    None when ``who`` has no such firm after "of"."""
    m = _FIRM_OF.match(who)
    if m is None:
        return None
    return m.group("name"), m.group("firm"), m.group("rest") or ""


# Words naming an event, not a firm, after ", at": "at Comdex Fall Expo", "at the Summit"
_EVENT_WORDS = frozenset(
    "conference summit show expo exposition forum meeting symposium convention congress fair"
    " week festival day days exhibition event".split())


def firm_at_end(role: str, at: int) -> int:
    """Where the firm ends that ``role`` names after ", at " at ``at`` when the job before
    sets off its department with a comma ("senior vice president, sales and marketing, at
    Acme", as ", of Acme" names it): up to five capitalised words ("&", "and", "of"
    between) to the next comma or the end, no event ("at Comdex Expo"); 0 for none (", at
    the conference", "CEO, at Comdex": where the quote was given)."""
    head = role[:at]
    if ", " not in head or " of " in head or " at " in head:
        return 0
    end = role.find(",", at + 5)
    end = end if end > 0 else len(role)
    words = role[at + 5 : end].split()
    if not 0 < len(words) <= 5 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return 0
    if any(not (w[:1].isupper() or w in ("&", "and", "of")) or w.lower() in _EVENT_WORDS
           for w in words):
        return 0
    return end
