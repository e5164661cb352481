"""Grounding: every check of model or cue output against the article.

    locate    find cited text: exact, then normalised, then fuzzy
    context   what a check needs (article, candidates, window)
    quotes    quotes from a model citation or a cue
    evidence  sentences behind positions, assessments, conditions; the
              article's own clause for a stance
    support   free text held to the sentences it cites (language, names,
              numbers, negations, holders, planted instructions): pure checks
    checks    those checks applied to records; the final verify pass
"""

# The face hands on locate alone: `summarizer check` verifies spans with it and
# should not load the cues that context, quotes and evidence need.
from .locate import Located, fold, locate, mentions, to_span, trim_marks, verify_span

__all__ = ["Located", "fold", "locate", "mentions", "to_span", "trim_marks", "verify_span"]
