"""Whom "he" or "she" means by sex: the one person of that sex (or of a sex the release leaves
unknown) among the people it names ('"...," said John Smith, CEO. ... "Costs fell," she
said.' is Jane Doe's when she is the only woman named). A person's sex is read from the
given name (the common given names of parsers/given_names.py, split here by sex; those given
to both, "Dana", "Jordan", "Morgan", and any name not listed leave it unknown; a nickname is
of its formal name's sex, "Liz" of "Elizabeth"), else from an honorific the release prints
before the surname ("Mr. Tanaka", "Ms. Ng")."""

from __future__ import annotations

from collections.abc import Iterable

from ..given_names import formal_names

FEMALE_GIVEN = frozenset("""
    abigail alice alicia alison allison amanda amber amy ana andrea angela ann anna anne ashley
    audrey barbara beth betty beverly bonnie brenda brittany carla carmen carol carolyn carrie
    catherine cathy charlotte cheryl christina christine claire colleen connie courtney cynthia
    danielle dawn debbie deborah debra denise diana diane donna doris dorothy eileen elaine
    elena elizabeth ellen emily emma erica erin evelyn frances gail gina gloria grace hannah
    heather helen holly isabella jacqueline jane janet janice jennie jennifer jessica jill joan
    joanne joyce judith judy julia julie karen katherine kathleen kathryn kathy katie kayla
    kimberly kristen kristin laura lauren leah linda lisa lori madison marcia margaret maria
    marie marilyn martha mary maureen megan melissa meredith michelle molly monica nancy natalie
    nicole nina olivia pamela patricia paula peggy priya rachel rebecca renee rita rose ruth
    samantha sandra sara sarah sharon sheila shirley sofia sophia stacy stephanie sue susan
    suzanne tara teresa theresa tina valerie vanessa victoria virginia wendy yvonne
""".split())
MALE_GIVEN = frozenset("""
    aaron adam ajay alan albert alejandro alexander amit andrew anil anthony antonio arthur arun
    austin barry benjamin bill billy bob bobby bradley brandon brett brian bruce bryan carl
    carlos charles christian christopher colin craig curtis dan daniel dave david dean deepak
    dennis don donald doug douglas dwight dylan earl ed eduardo edward eric ethan eugene
    fernando francisco frank fred gabriel gary george gerald glenn greg gregory hans harold
    henry hiroshi howard ian jack jacob james jason javier jay jeff jeffrey jeremy jerome jerry jim
    joe joel john johnny jon jonathan jorge jose joseph joshua juan justin keith ken kenji
    kenneth kevin klaus kyle larry lars lawrence louis luis manuel marco mark matthew michael
    michel miguel mike nathan neil nicholas nigel noah norman patrick paul pedro peter phil
    philip phillip pierre rafael rajesh ralph randy raul ravi raymond ricardo richard rick
    robert roberto rodney roger ron ronald roy russell ryan samuel sanjay scott sean sergio seth
    stanley stefan stephen steve steven stuart sunil suresh takeshi ted thomas tim timothy todd tom
    tony trevor tyler vijay vincent vivek walter wayne wesley william willie zachary
""".split())
SHARED = "?"  # a surname two people named differently share: either may be meant


def given_sex(given: str) -> str | None:
    """ "he", "she" or None for a given name ("Jane" -> "she", "Dana" -> None); a nickname
    is of its formal names' sex when they agree ("Liz" of "Elizabeth": "she"; "Chris" of
    "Christopher" and "Christine": None)."""
    low = given.lower()
    if low in FEMALE_GIVEN:
        return "she"
    if low in MALE_GIVEN:
        return "he"
    sexes = {given_sex(formal) for formal in formal_names(low)}
    return sexes.pop() if len(sexes) == 1 else None


def _same_given(one: str, other: str) -> bool:
    """Whether two given names may be one person's: the same, or a nickname and a formal
    name it shortens ("Liz" and "Elizabeth Hui": one woman, not two people named Hui)."""
    a, b = one.lower(), other.lower()
    return a == b or b in formal_names(a) or a in formal_names(b)


def people_sexes(names: Iterable[tuple[str, str]],
                 honorific: dict[str, str | None]) -> dict[str, str | None]:
    """Surname -> "he", "she", None (unknown) or SHARED of people named (given, surname):
    the given name's sex, else the honorific's the release prints before the surname (the
    two at odds, or two given names neither a nickname of the other: two people, SHARED)."""
    givens: dict[str, str] = {}
    sexes: dict[str, str | None] = {}
    for given, surname in names:
        key = surname.lower()
        seen = givens.get(key)
        if seen is not None and len(seen) > 2 and len(given) > 2 and not _same_given(seen, given):
            sexes[key] = SHARED  # ("John Smith" and "Jane Smith"; not "J." and "John")
            continue
        if key in sexes:
            continue
        givens[key] = given
        by_name, by_title = given_sex(given), honorific.get(key)
        # ("Jane Smith" and "Mr. Smith": another Smith, as the honorific says)
        sexes[key] = SHARED if by_name and by_title and by_name != by_title else (
            by_name or by_title)
    return sexes


def one_of_sex(pronoun: str, sexes: dict[str, str | None]) -> str | None:
    """The key of the one person ``pronoun`` may mean, by sex, or None when none or several
    may (a SHARED surname may mean either of two)."""
    found = [k for k, sex in sexes.items() if sex in (None, pronoun, SHARED)]
    return found[0] if len(found) == 1 and sexes[found[0]] != SHARED else None
