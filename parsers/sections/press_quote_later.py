"""A later job after the one a person joined as: "Jane Doe joined Acme in 2001 as CFO and was
named CEO in 2005", "... as CFO and became president in 2008", "Jane Doe, who joined Acme
in 2001 as CFO, has been CEO since 2005": the job joined as is a past one there, the later
job the person's role."""

from __future__ import annotations

from ..lazy_re import lazy

# The verb of a later job: "was (later) named/appointed/elected (as)", "was promoted to",
# "became", "has (since) been", "has served as", "is now", "now serves as"
_LATER_VERB = (
    r"(?:was[ \t]+(?:later[ \t]+|subsequently[ \t]+)?(?:(?:named|appointed|elected)"
    r"(?:[ \t]+as)?|promoted[ \t]+to)|(?:later[ \t]+|subsequently[ \t]+)?became"
    r"|has[ \t]+(?:since[ \t]+)?(?:been|served[ \t]+as)|is[ \t]+now|now[ \t]+serves[ \t]+as)"
    r"[ \t]+(?=[A-Za-z])(?P<job>[^,;()\n]{3,90}?)(?=[,;)]|\.(?:[ \t]|$)|$)")
# ... joined to the job joined as by "and" in the same sentence ("as CFO and was named ...",
# "as CFO, and became ..."), or the verb of the sentence a "who joined" clause sits in
# ("Jane Doe, who joined Acme as CFO, has been CEO since 2005")
_AND_LATER = lazy(r",?[ \t]+and[ \t]+" + _LATER_VERB)
_MAIN_LATER = lazy(r",[ \t]+" + _LATER_VERB)
# ... or opening the next sentence: "He was named ...", "Mr. Hui became ...", "Hui has been"
_NEXT_SUBJECT = lazy(r"[ \t]*(?:He|She|(?:(?:Mr|Ms|Mrs|Dr)\.[ \t]+)?"
                     r"(?P<surname>[A-Z][\w'\u2019-]{1,30}))(?=[ \t])")
_NEXT_LATER = lazy(r"[ \t]+" + _LATER_VERB)


def later_job(text: str, start: int, end: int, who_clause: bool,
              name: str) -> tuple[int, str] | None:
    """The later job printed after the job joined as, which ``text[start:end]`` holds up to
    its comma or stop ("Vice President of Sales and was named President in 1998", or for
    a ``who_clause`` "who joined Acme in 1990 as Vice President of Sales"), or opening the
    next sentence by ``name``'s surname or a pronoun ("He was named President in 1998."):
    (where the job joined as ends, the later job); None for none."""
    if who_clause:
        m = _MAIN_LATER.match(text, end, end + 120)
        return (end, m.group("job")) if m else None
    # (to the sentence's end: the job joined as may hold a comma, "as Vice President,
    # Sales and became ...", or an aside follow it, "as CFO, a post ..., and became ...")
    stop = text.find(". ", end, end + 150)
    stop = stop if stop > 0 else end + 150
    at = text.find(" and ", start, stop)
    while at >= 0:  # (the job may hold an "and": "as President and CEO and became ...")
        if m := _AND_LATER.match(text, at - (text[at - 1 : at] == ","), stop + 100):
            return m.start(), m.group("job")
        at = text.find(" and ", at + 5, stop)
    if text[stop : stop + 2] != ". ":
        return None
    subject = _NEXT_SUBJECT.match(text, stop + 2, stop + 40)
    if subject and subject.group("surname") in (None, name.rsplit(" ", 1)[-1]):
        m = _NEXT_LATER.match(text, subject.end(), subject.end() + 120)
        return (stop, m.group("job")) if m else None
    return None
