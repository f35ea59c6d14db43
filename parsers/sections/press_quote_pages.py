"""A page's furniture between two paragraphs of a quote: the running head atop the next page
("NEWS RELEASE, August 16, 2006", "Acme Corp. Press Release - Page 2"), a page number ("-
2 -", "Page 2 of 4") or "(more)" at the foot of the last. The quote reads on past it as if
no page had broken it: '"...," he said.' / "NEWS RELEASE, August 16, 2006" / '"Our ..."' is
still his (a paragraph of prose between them ends the speaker's turn)."""

from __future__ import annotations

from ..lazy_re import lazy

_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
          r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_PAGE_NUMBER = r"(?:[-\u2013\u2014][ \t]*)?(?i:page)[ \t]+\d{1,2}(?:[ \t]+of[ \t]+\d{1,2})?"
_PAGE_FURNITURE = lazy(
    # a release's label with its date or page ("PRESS RELEASE, March 3, 2015", "News Release
    # - Page 2")
    r"(?i:news|press|media)[ \t]+(?i:release)(?:[ \t]*[,\u2013\u2014-][ \t]*"
    rf"(?:{_MONTH}[ \t]+\d{{1,2}},?[ \t]+(?:19|20)\d\d|{_PAGE_NUMBER}))?"
    # a page number alone ("- 2 -", "Page 2 of 4"), "(more)", "- more -"
    rf"|[-\u2013][ \t]*\d{{1,2}}[ \t]*[-\u2013]|{_PAGE_NUMBER}|\((?i:more)\)"
    r"|[-\u2013][ \t]*(?i:more)[ \t]*[-\u2013]"
)
_LONGEST = 60  # (longer: a line of the release's own text)


def page_furniture(para: str) -> bool:
    """Whether a paragraph is only a page's furniture (see above)."""
    return len(para) <= _LONGEST and _PAGE_FURNITURE.fullmatch(para.strip(" \t.")) is not None
