"""Press-release quotes (round 44): a quote said by two people named by their surnames
("said Zionts and Kirby", "Messrs. Zionts and Kirby said"), an adverb between a speaker and
the verb ("Kirby also noted", "Jane Doe, CEO, further stated, "...""), and "in a statement"
set off by commas or run on ("said in a statement issued today"), as 1990s-2020s releases
print them.

Each test edits the quotes of Westell's 1999 8-K on its Teltrend merger (two chief
executives quoted, then named again) into a shape other releases print (said in each test).
"""

from __future__ import annotations

from filing2json.parsers import parse
from support import FILINGS

WESTELL = "8k_1999_westelltechnologiesinc_3.txt"
_KIRBY_END = "expansion into the DSL arena.\"\n"
_ZIONTS = ("Marc Zionts", "Chief Executive Officer of Westell")
_KIRBY = ("Howard Kirby", "Chairman and Chief Executive Officer of Teltrend")


def _quotes(old: str, new: str) -> list[tuple[str, str | None, str]]:
    """Westell's quotes with ``old`` (a real passage of the release) printed as ``new``."""
    text = (FILINGS / WESTELL).read_text(encoding="latin-1")
    assert old in text
    record = parse(text.replace(old, new, 1).encode("latin-1"), WESTELL)
    return [(q["speaker"], q["role"], q["text"]) for q in record["press_releases"][0]["quotes"]]


def test_a_quote_of_two_surnames_is_the_first_persons() -> None:
    # a closing quote given to both chief executives, by surname, after each was quoted
    # with his full name and role (as joint statements of merging firms are attributed)
    joint = '"We expect to close the merger in the first quarter of 2000,"'
    for said in ("said Zionts and Kirby.", "Zionts and Kirby said.",
                 # (with honorifics, 1990s "Messrs.", and "in a joint statement")
                 "said Mr. Zionts and Mr. Kirby.", "Messrs. Zionts and Kirby said.",
                 "said Zionts and Kirby in a joint statement."):
        quotes = _quotes(_KIRBY_END, f"{_KIRBY_END}\n{joint} {said}\n")
        assert quotes[-1] == (*_ZIONTS, "We expect to close the merger in the first quarter "
                                        "of 2000")
        assert [q[0] for q in quotes] == ["Marc Zionts", "J. Nelson", "Howard Kirby",
                                          "Marc Zionts"]


def test_two_surnames_with_a_shared_role() -> None:
    # (the role printed after the pair is the quote's)
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"We expect to close the merger soon," said '
                                 "Zionts and Kirby, the two chief executives.\n")
    assert quotes[-1] == ("Marc Zionts", "the two chief executives",
                          "We expect to close the merger soon")


def test_a_firm_of_two_names_is_no_joint_speaker() -> None:
    # "&" joins a firm's names ("Johnson & Johnson"), and two names never printed in full
    # before are no one's: no quote
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"We expect to close the merger soon," said '
                                 "Zionts & Kirby.\n")
    assert [q[0] for q in quotes] == ["Marc Zionts", "J. Nelson", "Howard Kirby"]
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"The deal is fairly priced," said Barnes '
                                 "and Noble.\n")
    assert [q[0] for q in quotes] == ["Marc Zionts", "J. Nelson", "Howard Kirby"]


def test_an_adverb_before_the_verb_after_a_quote() -> None:
    # Kirby's second quote attributed after it by surname with "also"/"further"
    for said in ("Kirby also noted", "Mr. Kirby further stated", "Kirby additionally said"):
        quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"Our customers will benefit," {said}.\n')
        assert quotes[-1] == (*_KIRBY, "Our customers will benefit")


def test_an_adverb_before_the_verb_before_a_quote() -> None:
    # Zionts' attribution with an adverb after his role ('..., further stated, "..."'), and
    # a surname's ('Kirby also said, "..."'): the adverb is no part of the role
    quotes = _quotes("Officer of Westell,  stated that \"Teltrend",
                     "Officer of Westell,  further stated, \"Teltrend")
    assert quotes[0][:2] == _ZIONTS
    assert quotes[0][2].startswith("Teltrend brings outstanding products")
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\nKirby also said, "Our customers will '
                                 'benefit."\n')
    assert quotes[-1] == (*_KIRBY, "Our customers will benefit.")


def test_an_adverb_alone_is_no_speaker() -> None:
    # '"...," also said' names no one: the word is kept (no speaker found)
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"Our customers will benefit," also '
                                 "noted the release.\n")
    assert [q[0] for q in quotes] == ["Marc Zionts", "J. Nelson", "Howard Kirby"]


def test_in_a_statement_set_off_by_commas() -> None:
    # 'Kirby, in a statement, said: "..."': the phrase and its commas are no part of the name
    quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\nKirby, in a statement, said: "Our customers '
                                 'will benefit."\n')
    assert quotes[-1] == (*_KIRBY, "Our customers will benefit.")


def test_said_in_a_statement_issued_today() -> None:
    # Kirby's attribution printed after his quote, the verb last, with the statement's
    # issue ("said in a statement issued today", five words after the verb)
    old = ('"Teltrend  is very  pleased to join the  Westell  team",  stated  Howard  Kirby,\n'
           "Chairman  and Chief  Executive  Officer  of  Teltrend.")
    new = ('"Teltrend is very pleased to join the Westell team," Howard Kirby, Chairman and '
           "Chief Executive Officer of Teltrend,\nsaid in a statement issued today.")
    quotes = _quotes(old, new)
    assert quotes[2][:2] == _KIRBY
    assert quotes[2][2].startswith("Teltrend is very pleased to join the Westell team. ")


def test_a_job_before_two_full_names_is_the_first_persons() -> None:
    # '"...," said co-founders Marc Zionts and Howard Kirby' (a merger's joint quote, the
    # shared job before the names): the first speaks, as with "&"; not the second with the
    # first's name in the role
    for said in ("said co-founders Marc Zionts and Howard Kirby",
                 "said Co-CEOs Marc Zionts and Howard Kirby"):
        quotes = _quotes(_KIRBY_END, f'{_KIRBY_END}\n"We expect to close the merger soon," '
                                     f"{said}.\n")
        assert quotes[-1] == ("Marc Zionts", said.split()[1],
                              "We expect to close the merger soon")
