"""Round 61 (contacts): a sentence's stop after a cell's e-mail or phone is no role; a label
run into an e-mail's end ("ahui@pericom.comFax: ...") is no part of the address; "Ext: 204"
stays with its phone; a department after a firm's legal form is the role."""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import contacts_in
from support import FILINGS

_PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_4.txt"
# Pericom's 2006 block as printed (two people, one phone, their mailboxes on one line)
_ROWS = b"Tel: 408-435-0800\nahui@pericom.com/achen@pericom.com\n"


def _contacts(new: bytes, old: bytes = _ROWS) -> list[tuple[str | None, ...]]:
    """(name, organisation, role, phone, email) of each contact of Pericom's 8-K with its
    block's ``old`` rows (its last two by default) edited into ``new``."""
    data = _PERICOM.read_bytes()
    assert data.count(old) == 1
    record = parse(data.replace(old, new), str(_PERICOM))
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for pr in record["press_releases"] for c in pr["contacts"]]


_FIRM = "Pericom Semiconductor Corporation"
_AS_PRINTED = [("Alex Hui", _FIRM, None, "408-435-0800", "ahui@pericom.com"),
               ("Angela Chen", _FIRM, None, "408-435-0800", "achen@pericom.com")]


@pytest.mark.parametrize("rows", [
    # the phone's line ended by a stop, as a sentence-like block prints it
    b"Tel: 408-435-0800.\nahui@pericom.com/achen@pericom.com\n",
    # a mailbox alone on its line with a stop (was: Angela Chen's role ".")
    b"Tel: 408-435-0800\nahui@pericom.com/\nachen@pericom.com.\n",
])
def test_a_stop_after_a_number_or_an_e_mail_is_no_role(rows: bytes) -> None:
    assert _contacts(rows) == _AS_PRINTED


def test_a_label_run_into_an_e_mail_is_no_part_of_it() -> None:
    assert _contacts(_ROWS) == _AS_PRINTED  # (as printed)
    # the fax's line run into the mailboxes' with no break, as HTML rendered without its
    # <br> prints it (was: "achen@pericom.comFax", and the fax Angela Chen's phone)
    assert _contacts(b"Tel: 408-435-0800\nahui@pericom.com/achen@pericom.comFax: 408-435-1100\n"
                     ) == _AS_PRINTED
    # the phone's line after the mailbox: the number still read, under its label
    assert _contacts(b"ahui@pericom.comTel: 408-435-0800\n") == [
        ("Alex Hui", _FIRM, None, "408-435-0800", "ahui@pericom.com"),
        ("Angela Chen", _FIRM, None, "408-435-0800", None)]
    # a domain printed in capitals or mixed case stays whole
    assert _contacts(b"Tel: 408-435-0800\nahui@Pericom.COM/achen@pericom.com\n")[0][4] == (
        "ahui@Pericom.COM")


@pytest.mark.parametrize("ext", ["Ext: 204", "ext. #204"])
def test_an_extension_after_ext_and_a_colon_or_a_number_sign_stays_with_the_phone(
        ext: str) -> None:
    # (was: "408-435-0800", the extension lost)
    phone = f"408-435-0800 {ext}"
    assert _contacts(f"Tel: {phone}\nahui@pericom.com/achen@pericom.com\n".encode()) == [
        ("Alex Hui", _FIRM, None, phone, "ahui@pericom.com"),
        ("Angela Chen", _FIRM, None, phone, "achen@pericom.com")]


def test_a_department_after_a_firm_s_legal_form_is_the_role() -> None:
    # the firm's line and its people's edited into one person over "<firm> Investor
    # Relations", as other filers print their desk (was: all of it the organisation)
    assert _contacts(b"Alex Hui\nPericom Semiconductor Corporation Investor Relations\n"
                     b"Tel: 408-435-0800\n",
                     b"Pericom Semiconductor Corporation\nAlex Hui/Angela Chen\n" + _ROWS) == [
        ("Alex Hui", _FIRM, "Investor Relations", "408-435-0800", None)]
    # a firm with no legal form before the words may be named for them: left whole
    assert _contacts(b"Alex Hui\nIntegrated Corporate Relations\nTel: 408-435-0800\n",
                     b"Pericom Semiconductor Corporation\nAlex Hui/Angela Chen\n" + _ROWS) == [
        ("Alex Hui", "Integrated Corporate Relations", None, "408-435-0800", None)]


def test_e_mails_run_into_words_on_a_long_line_read_fast() -> None:
    # ~200 KB of mailboxes each run into a label: one pass, no backtracking
    rows = ["Contact:", "Jane Doe", "jdoe@acme.comPhone: x " * 9000]
    began = time.process_time()
    contacts_in(rows)
    assert time.process_time() - began < 5

