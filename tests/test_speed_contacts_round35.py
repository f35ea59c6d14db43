"""Round 35 (speed): the quick tests in front of slower rules must let every case through."""

from __future__ import annotations

from filing2json.parsers.sections.press_contacts import contacts_in


def test_obfuscated_email_in_capitals_passes_the_at_mark_test() -> None:
    # _AT_MARK rules out a phone's "(t)" label; "(AT)" and "[At]" spell an "@" still
    rows = ["Contact:", "Margaret Ellison", "Zenith Instruments, Inc.", "(512) 555-0143 (t)",
            "mellison (AT) zenithinst.com"]
    assert contacts_in(rows) == [{
        "name": "Margaret Ellison", "organization": "Zenith Instruments, Inc.", "role": None,
        "phone": "(512) 555-0143", "email": "mellison@zenithinst.com", "url": None}]
    rows[-1] = "mellison[At]zenithinst[DOT]com"
    assert contacts_in(rows)[0]["email"] == "mellison@zenithinst.com"


def test_columns_chosen_once_per_cell_text_name_both_people() -> None:
    # the same cell text in two rows ("CTC Communications"): asked once, read in each column
    rows = ["Contact:\tJohn Dinsmore\t\tJohn Pittenger",
            "\tCTC Communications\t\tCTC Communications",
            "\t781-466-1302 (t)\t\t781-466-8731 (t)"]
    assert [(c["name"], c["organization"], c["phone"]) for c in contacts_in(rows)] == [
        ("John Dinsmore", "CTC Communications", "781-466-1302"),
        ("John Pittenger", "CTC Communications", "781-466-8731")]
