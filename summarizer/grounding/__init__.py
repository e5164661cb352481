"""Grounding: every check of model or cue output against the article.

    locate    find cited text: exact, then normalised, then fuzzy
    support   free text held to the sentences it cites (language, names,
              numbers, negations, holders, planted instructions)
"""

from .locate import Located, fold, fold_char, locate, to_span, trim_marks, verify_span

__all__ = ["Located", "fold", "fold_char", "locate", "to_span", "trim_marks", "verify_span"]
