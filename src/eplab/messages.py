"""User-facing Dutch strings shared by the faces (CLI, widgets, grading helpers).

Keeping them in one place makes an English edition a translation, not a rewrite.
Module-specific strings live in the module's own `*_text` constants where noted.
"""

INTERRUPTED = "Afgebroken."
