"""Common given names (U.S. births of 1930-1995, with common Hispanic, European and Asian
ones: the people releases of 1993-2025 name), shared by the readers that must tell a person
from a firm named like one: contacts ("Mr. Gary Brands" is a person, "Mrs. Fields Brands" a
firm) and quotes ("Jane Doe analyst Piper Jaffray", a person then a firm, against "Piper
Jaffray analyst Jane Doe"). A name that opens a well-known firm's name as its first word is
left out where the list can do without it ("Simon Property", "Kurt Salmon", "Clifford
Chance")."""

from __future__ import annotations

GIVEN_NAMES = frozenset("""
    aaron abigail adam ajay alan albert alejandro alexander alexis alice alicia alison allison
    amanda amber amit amy ana andrea andrew angela anil ann anna anne anthony antonio arthur
    arun ashley audrey austin barbara barry benjamin beth betty beverly bill billy bob bobby
    bonnie bradley brandon brenda brett brian brittany bruce bryan carl carla carlos carmen
    carol carolyn carrie catherine cathy charles charlotte cheryl chris christian christina
    christine christopher claire colin colleen connie courtney craig curtis cynthia dale dan
    dana daniel danielle dave david dawn dean debbie deborah debra deepak denise dennis diana
    diane don donald donna doris dorothy doug douglas dwight dylan earl ed eduardo edward eileen
    elaine elena elizabeth ellen emily emma eric erica erin ethan eugene evelyn fernando frances
    francisco frank fred gabriel gail gary george gerald gina glenn gloria grace greg gregory
    hannah hans harold heather helen henry hiroshi holly howard ian isabella jack jacob
    jacqueline james jane janet janice jason javier jay jean jeff jeffrey jennie jennifer jeremy
    jerome jerry jesse jessica jill jim joan joanne joe joel john johnny jon jonathan jordan
    jorge jose joseph joshua joyce juan judith judy julia julie justin karen katherine kathleen
    kathryn kathy katie kayla keith kelly ken kenji kenneth kevin kimberly klaus kristen kristin
    kyle larry lars laura lauren lawrence leah leslie linda lisa logan lori louis luis lynn
    madison manuel marcia marco margaret maria marie marilyn mark martha mary matthew maureen
    megan melissa meredith michael michel michelle miguel mike ming molly monica morgan nancy
    natalie nathan neil nicholas nicole nigel nina noah norman olivia pamela patricia patrick
    paul paula pedro peggy peter phil philip phillip pierre priya rachel rafael rajesh ralph
    randy raul ravi raymond rebecca renee ricardo richard rick rita robert roberto robin rodney
    roger ron ronald rose roy russell ruth ryan samantha samuel sandra sanjay sara sarah scott
    sean sergio seth shannon sharon sheila shirley sofia sophia stacy stanley stefan stephanie
    stephen steve steven stuart sue sunil suresh susan suzanne takeshi tara ted teresa terry
    theresa thomas tim timothy tina todd tom tony tracy trevor tyler valerie vanessa victoria
    vijay vincent virginia vivek walter wayne wei wendy wesley william willie yvonne zachary
""".split())

_SHORT = 4  # the fewest letters of a given name's short form ("Alex", "Matt", "Greg")
_short_forms: frozenset[str] = frozenset()


def given_or_short(word: str) -> bool:
    """Whether ``word`` is a common given name or a short form of one: its first four letters
    or more ("Alex" of "Alexander", "Matt" of "Matthew", "Steve" of "Steven"). For a reader
    telling a given name from another's ("Per Alex Hui": "Per" a preposition, "Per Olof
    Hansson" a Swede's name); GIVEN_NAMES itself stays the full names the contacts read."""
    global _short_forms
    low = word.lower()
    if low in GIVEN_NAMES:
        return True
    if not _short_forms:  # (built on first use: most runs never ask)
        _short_forms = frozenset(n[:k] for n in GIVEN_NAMES for k in range(_SHORT, len(n)))
    return low in _short_forms


# Firms whose names read as a person's, as releases print them without "& Co." or "LLC"
# (banks whose analysts are quoted, investor-relations and public-relations agencies on a
# contact block's firm line). A firm whose founder is also quoted by that name ("Charles
# Schwab", "Thomas Weisel") is left out: the quote reads the person.
FIRMS_LIKE_PEOPLE = frozenset(" ".join(f.split()) for f in """
    Morgan Stanley, Goldman Sachs, Merrill Lynch, Smith Barney, Dean Witter, Piper Jaffray,
    Bear Stearns, Credit Suisse, Wells Fargo, Arthur Andersen, Raymond James, Morgan Keegan,
    Dain Rauscher, Keefe Bruyette, Stifel Nicolaus, Lazard Freres, Houlihan Lokey,
    Sandler O'Neill, Sharon Merrill, Sard Verbinnen, Abernathy MacGregor, Ruder Finn,
    Porter Novelli, Weber Shandwick, Fleishman Hillard, Lambert Edwards, Pondel Wilkinson,
    Lippert Heilshorn, Padilla Speer, Waggener Edstrom
""".split(","))


# Common nicknames and the formal given names they shorten ("Bill" of "William", "Peggy" of
# "Margaret"), for a reader matching a person quoted by the nickname ("Bill Gates said") to
# the full name the release prints ("William H. Gates"). A short form that is its name's
# first letters ("Alex", "Matt") needs no entry where a reader also asks given_or_short.
NICKNAMES: dict[str, tuple[str, ...]] = {
    nick: tuple(formal.split("/"))
    for nick, formal in (pair.split("=") for pair in """
        al=albert/alan/alfred andy=andrew barb=barbara ben=benjamin bert=albert/herbert
        beth=elizabeth betsy=elizabeth betty=elizabeth bill=william billy=william bob=robert
        bobby=robert cathy=catherine charlie=charles chris=christopher/christine/christina
        chuck=charles cindy=cynthia dan=daniel danny=daniel dave=david debbie=deborah/debra
        deb=deborah/debra dick=richard don=donald doug=douglas drew=andrew ed=edward/edwin
        eddie=edward frank=francis/franklin fred=frederick greg=gregory hank=henry
        jack=john jake=jacob jeff=jeffrey/jeffery jerry=gerald/jerome jim=james jimmy=james
        joe=joseph jon=jonathan kate=katherine/kathleen/catherine kathy=katherine/kathleen
        katie=katherine/kathleen ken=kenneth kenny=kenneth larry=lawrence liz=elizabeth
        maggie=margaret matt=matthew meg=margaret mike=michael mick=michael nate=nathan
        nick=nicholas pam=pamela pat=patrick/patricia peggy=margaret phil=philip/phillip
        rich=richard rick=richard rob=robert ron=ronald sam=samuel/samantha steve=stephen/steven
        sue=susan susie=susan ted=edward/theodore terry=terrence/theresa tim=timothy
        tom=thomas tommy=thomas tony=anthony vince=vincent walt=walter will=william
        """.split())}


def formal_names(given: str) -> tuple[str, ...]:
    """The formal given names (lower case) a nickname shortens ("Bill" -> ("william",)),
    none for a name no nickname of the table."""
    return NICKNAMES.get(given.lower(), ())
