"""argparse in Dutch: the fixed words of help and usage errors that argparse writes itself.

argparse looks up each of its messages through `gettext` at the moment it prints them, and no
Dutch catalogue ships with Python, so we give it one. Messages meant for programmers (a broken
parser definition) stay English.
"""

from __future__ import annotations

import argparse

DUTCH: dict[str, str] = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "onbekende keuze: %(value)r (kies uit %(choices)s)",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s":
        "optie %(option)s is niet eenduidig: bedoel je %(matches)s?",
    "not allowed with argument %s": "kan niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "ignored explicit argument %r": "waarde %r genegeerd",
}


def dutch(message: str) -> str:
    return DUTCH.get(message, message)


def install() -> None:
    """Make argparse speak Dutch in this process."""
    argparse._ = dutch  # argparse calls its module-level `_` at print time
