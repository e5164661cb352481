"""English speech verbs and titles: the shipped lexicon (``lexicon_en.json``), compiled; ``use_lexicon`` swaps it.

Other modules read ``lexicon.VERB`` and ``lexicon.TITLES`` at call time, so a lexicon swapped in
(``bench/build_lexicon.py`` cross-validates this way) is the one every cue uses.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ...article import EN_TITLE_ABBREVIATIONS

_LEXICON_FILE = Path(__file__).parent.parent / "lexicon_en.json"

# Honorifics that precede a name (AP style abbreviations and forms of address)
# and general offices; the lexicon adds the titles learned from train.
HONORIFICS = {a.lower() for a in EN_TITLE_ABBREVIATIONS} | {
    "sir", "president", "vice", "secretary", "senator", "governor", "general",
    "retired", "former", "chairman", "chairwoman", "chief", "justice", "judge", "mayor",
    "minister", "prime", "speaker", "leader", "director", "ambassador", "commissioner",
    "attorney", "state", "house", "senate", "majority", "minority", "deputy", "press",
    "spokesman", "spokeswoman", "candidate", "nominee", "pastor", "king", "queen", "prince",
    "lord", "coach", "captain", "officer", "detective", "sheriff", "councilor", "councilman",
    "councilwoman", "chancellor", "provost",
}  # fmt: skip


def use_lexicon(lexicon: dict) -> None:
    """Compile the speech verbs and titles of a lexicon (``lexicon_en.json``'s shape).

    The shipped lexicon is loaded at import; ``bench/build_lexicon.py`` calls
    this with lexicons learned on part of train to cross-validate.
    """
    global VERB, VERB_AT_START, TITLES
    by_letter: dict[str, list[str]] = {}
    # The learned verbs and the grammar's closed classes of reporting and judgment verbs (rare in
    # train, not in news).
    verbs = {*lexicon["speech_verbs"], *lexicon.get("reporting_verbs", ()), *lexicon.get("judgment_verbs", ())}
    for v in sorted(verbs, key=len, reverse=True):
        by_letter.setdefault(v[0], []).append(re.escape(v[1:]).replace(r"\ ", r"\s+"))
    # 'According to X': a cue may open a sentence, so its first letter may be a capital.
    # Grouping by first letter keeps the alternation fast (one branch per letter).
    alternation = "|".join(f"[{c}{c.upper()}](?:{'|'.join(rest)})" for c, rest in sorted(by_letter.items()))
    # Not inside a hyphenated compound: 'the self-described socialist', 'a much-told story'.
    VERB = re.compile(rf"(?<![\w-])(?:{alternation})\b(?!-)")
    VERB_AT_START = re.compile(rf"^\s*(?:{alternation})\b")
    TITLES = HONORIFICS | set(lexicon["titles"])


VERB: re.Pattern[str]
VERB_AT_START: re.Pattern[str]
TITLES: set[str]
_SHIPPED = json.loads(_LEXICON_FILE.read_text(encoding="utf-8"))
use_lexicon(_SHIPPED)
# The closed class alone (past, third-person and -ing forms), for the rules that read an
# attribution next to a clause rather than a quote (experts, stances, conditions): one class,
# not a short list in each.
REPORTING = "(?:" + "|".join(sorted(_SHIPPED["reporting_verbs"], key=len, reverse=True)) + ")"
