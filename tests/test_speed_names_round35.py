"""Speed round 35: person_name keeps a small cache of its answers, and its token loop stops
at a possessive before reading the tokens. The answers must be those of the rules themselves,
for a string asked again (as quotes and contacts do within one release) and for one asked
after others."""

from __future__ import annotations

from filing2json.parsers.sections.person_names import person_name

# (text, answer): what quotes, contacts and signatures ask of real releases and filings
CASES = [
    ("Alan J. Lacy", "Alan J. Lacy"),
    ("Mr. Gary Stern", "Mr. Gary Stern"),
    ("Dr.  Kanwar J. S. Chadha", "Dr. Kanwar J. S. Chadha"),
    ("Maria de la Cruz", "Maria de la Cruz"),
    ('William "Bill" Smith', 'William "Bill" Smith'),
    ("Patrick O\u2019Brien", "Patrick O'Brien"),
    ("Jos\u00e9 M\u00fcller", "Jos\u00e9 M\u00fcller"),
    ("Sarah O'Brien-Smith", "Sarah O'Brien-Smith"),
    ("Contoso Energy's", None),  # a possessive
    ("Rachel Green's", None),
    ("J. R.", None),  # initials only: no token in lower case after its capital
    ("Mr. J.", None),
    ("CTC Communications", None),
    ("Feldman Communications Inc.", None),
    ("Chief Financial Officer", None),
    (" President", None),
    ("Mr.", None),
    ("Apple", None),
    ("Frederic Kunzi CTO", None),
    ("Commenting on the", None),
    ("410-571-8900", None),
    ("Jan van der Berg", "Jan van der Berg"),
    ("van der Berg", None),  # a particle opens no name
    ("A B C D E F", None),  # six tokens
]


def test_person_name_answers_the_same_when_asked_again() -> None:
    for _ in range(3):  # the first pass fills the cache, the others read it
        assert [person_name(text) for text, _ in CASES] == [answer for _, answer in CASES]


def test_person_name_cached_answers_match_the_rules() -> None:
    person_name.cache_clear()
    first = [person_name(text) for text, _ in CASES]
    again = [person_name(text) for text, _ in reversed(CASES)][::-1]
    assert first == again == [person_name.__wrapped__(text) for text, _ in CASES]
    info = person_name.cache_info()
    assert info.hits >= len(CASES) and info.maxsize is not None and info.maxsize <= 1024
