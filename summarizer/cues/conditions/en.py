"""English conditionals: 'If X, Y' and 'Y if X' split into condition and main clause (where the clauses end:
``en_clause``; who states them: ``en_who``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...article import Segment
from ..types import ConditionCue
from .en_clause import (
    COMMA,
    EN_CLAUSE_WORD,
    condition_first,
    in_noun_content,
    opens_quotation,
    quoted_word,
    without_frame,
)
from .en_who import retold, speaker_name

Speaker = Callable[..., str | None]  # (position, sentence start[, sentence end]) -> name

EN_MARK = re.compile(
    r"\b(?:only if|even if|if|unless|as long as|so long as|provided that|on condition that|in case(?! of)|"
    r"once(?=\s+(?:the|a|an|we|they|he|she|it|you|I|this|that|these|those|someone|everyone)\s)|"
    r"until(?=\s+(?:after|the|a|an|we|they|he|she|it|you|I|this|that|these|those|there|our|their|his|her|"
    r"its|[A-Z][a-z]+)\s))\b",
    re.IGNORECASE,
)

# Inversion: '…, should he win the nomination' = 'if he wins': 'should' before its subject
# (a pronoun, 'the' noun, a name) and a bare verb. A question ends in '?'; after a wh-word
# ('what should they do') it is one too.
EN_INVERTED = re.compile(
    r"(?<![\w’'])[Ss]hould(?=\s+(?:he|she|they|we|you|I|it|the\s+[a-z]\w*|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:not\s+)?[a-z]+\b)"
)

# 'once' after these words is an adverb ('at once', 'more than once', 'was once').
_EN_ONCE_ADVERB = re.compile(r"\b(?:the|at|than|all|for|is|was|were|had|has|have|been|not|only|just)\s*$", re.IGNORECASE)
_EN_WH_BEFORE = re.compile(r"\b(?:what|how|why|where|when|who|whom|which|whether)\s*$", re.IGNORECASE)

# 'Once a proponent of X, …' is an apposition; a conditional 'once' clause has a finite verb ('once the
# Senate goes on recess': a small word in -s, not -ss, is one too).
_EN_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|gets?|got|\w+ed"
    r"|(?-i:[a-z]\w*[^s\W'’]s))\b",
    re.IGNORECASE,
)
_EN_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered)\b(?:\s+[^\s,.;:]+){0,12}\s*$", re.IGNORECASE)

# Hedges, not conditions: 'if you will', 'if you like', 'if needed', 'if so', 'if need be', 'if and when'.
# An anaphoric condition ('if it happens', 'if that's true', 'if they like') states no content of its own.
_EN_HEDGE = re.compile(
    r"^(?:[\w’']+|(?:you|it|they|that|this)(?:[’']s)?\s+[\w’']+|needs?\s+be|and\s+when|at\s+all)$", re.IGNORECASE
)

# 'if nothing else, X', 'if anything else', 'if for no other reason than X': X holds anyway (a hedge).
_EN_HEDGE_OPEN = re.compile(r"^(?:(?:nothing|anything)\s+else|for\s+no\s+other\s+reason)\b", re.IGNORECASE)

# 'If there's one thing I learned, it's X', 'if there is anyone who …, it is X': a focus, not a condition;
# 'if history is any guide, X': evidence for X, which holds anyway.
_EN_FOCUS = re.compile(
    r"^there(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:any(?:one|body|thing)|one|only\s+one|a\s+single)\b",
    re.IGNORECASE,
)
_EN_FOCUSED = re.compile(r"^(?:it|that)\b", re.IGNORECASE)  # '…, it's X', '…, it came …'
_EN_EVIDENCE = re.compile(
    r"\b(?:is|was|are|were)\s+any\s+(?:guide|indication|sign|measure|gauge|barometer)$", re.IGNORECASE
)

# 'if elected', 'if confirmed': a participle alone is the condition's whole content ('if needed' is a hedge).
_EN_PARTICIPLE = re.compile(r"^(?!(?:need|requir|desir|warrant|want)ed$)(?:re-?)?[a-z]{3,}ed$")

# 'if you are not leading, you are failing', 'it is rewarded if you get things done': 'you' is
# anyone (or the listener), so the condition binds no actor the article names.
_EN_GENERIC_YOU = re.compile(r"^(?:you|you[’'](?:re|ve|ll|d))\b", re.IGNORECASE)

# 'if we're a teacher, we …': a plural 'we' taking a single role (a, an) is anyone in that role, not a
# group's own condition ('if we go to a convention' is one).
_EN_GENERIC_ROLE = re.compile(r"^we(?:[’']re|\s+are|\s+were)\s+an?\s", re.IGNORECASE)

# 'see if', 'decide if', 'not sure if', 'no idea if', 'cared if': 'if' means 'whether' after these (an
# embedded question); 'as if' and 'than if' compare.
_EN_NOT_COND = re.compile(
    r"(?:\bask(?:ed|s)?|wonder(?:ed|s|ing)?|whether|see|know|as|what|decid(?:e|es|ed|ing)|determin(?:e|es|ed|ing)"
    r"|unclear|sure|doubt(?:s|ed)?|check|tell|out|consider(?:s|ed|ing)?|idea|cares?|cared|caring|than)[\s\"”’']*$",
    re.IGNORECASE,
)

# 'as long as three hours': a measure compared, not a condition.
_EN_MEASURE = re.compile(
    r"^(?:\d|\$|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|possible|necessary)\b)",
    re.IGNORECASE,
)

# A main clause has a verb: 'with no camouflage' before a trailing 'if' is not one.
_EN_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|do|does|did|"
    r"\w+['’](?:ll|d|s|re|ve)|\w+ed|\w+s)\b", re.IGNORECASE,
)

# 'If you look at Iowa, …': the speaker frames a view; it is no condition on anything.
_EN_DISCOURSE = re.compile(r"^(?:you|we)\s+(?:look|think|consider|compare|ask|listen)\b", re.IGNORECASE)

# 'a website called "Cape Breton If Donald Trump Wins"': a capitalised marker after a capitalised
# word, with no mark between them, is a word of a title, not a conditional.
_EN_IN_TITLE = re.compile(r"\b[A-Z][\w.'’-]*\s+$")

# A trailing condition ends at a clause mark or the sentence's end (not at the dots of 'U.S.').
_EN_CONDITION_STOP = re.compile(rf"{COMMA}|[;!?]|(?<![A-Z])\.(?!\w)")
_EN_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
_EN_FREE_RELATIVE = re.compile(r"^(?:what|whatever|who|whoever|how)\b", re.IGNORECASE)

# 'most if not all', 'hard if not impossible': an elliptic comparison, not a condition.
_EN_ELLIPTIC = re.compile(r"^not\b", re.IGNORECASE)
_EN_TRAILING_DOTS = re.compile(r"[\s…]*(?:\.\.\.[\s…]*)?$")

# 'that's fine if X', 'it would be terrific if X', 'he is crazy if X', 'I'd be surprised if X': a main
# clause that only judges the condition (a subject, a copula and an evaluative word) states no outcome
# of it: the speaker wants, opposes or doubts the condition (a position, not a precondition).
_EN_EVALUATIVE = re.compile(
    r"^(?:(?:but|and|so|well|then|frankly|honestly|maybe|perhaps)\s*,?\s+)?"
    r"(?:(?:that|it|this|which|he|she|they|I|we|you|(?:the|this|that)\s+[a-z]+"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?:['’]s|['’]d(?:\s+[a-z]+){0,2}\s+be|['’]ll\s+be|['’]m|['’]re|\s+(?:is|are|am|was|were|"
    r"(?:would|will|could|might|must|should)(?:\s+[a-z]+){0,2}\s+be))\s+)?"
    r"(?:(?:very|really|so|totally|absolutely|perfectly|just|pretty|"
    r"quite|too|also|all|even|a|an|the|most|more|much|truly|completely|simply|not)\s+)*"
    r"(?:fine|ok|okay|great|terrific|wonderful|fantastic|good|bad|better|best|worse|crazy|nuts|insane|foolish|"
    r"stupid|dumb|silly|ridiculous|absurd|outrageous|wrong|right|fair|unfair|nice|shame|mistake|disgrace|"
    r"tragedy|terrible|awful|horrible|happy|glad|pleased|delighted|surprised|shocked|thrilled|helpful|"
    r"welcome|acceptable|unacceptable|appropriate|inappropriate|irresponsible|reasonable|unreasonable|"
    r"smart|wise|unwise|hypocritical|sad|shameful|disgraceful|ironic|amazing|disappointed|"
    r"disappointing|embarrassing|cool|lovely|weird|strange|odd|funny|interesting|ideal|preferable|easier)"
    r"(?:\s+off)?(?:\s+(?:thing|idea|move|step|sign|news|development))?"
    r"(?:\s+(?:with|for|to|by)\s+(?:me|us|him|her|them|everyone|everybody))?\W*$",
    re.IGNORECASE,
)

# 'Y until X': a requirement when X is still to happen (a modal or a present verb in X: 'until we can
# verify', 'until Congress acts') and Y is not a past event ('he served until he retired' is a time).
_EN_UNTIL_REQUIREMENT = re.compile(
    r"^(?:[\w’'-]+\s+){0,6}?(?:can|could|is|are|has|have|does|do|gets?|acts|agrees?|shows?|proves?|figures?|"
    r"becomes?|meets?|passes|pays?|returns?|changes?|stops?|ends?|takes?|makes?|finds?)\b(?!.*\b(?:was|were|had|did)\b)",
    re.IGNORECASE,
)
_EN_PAST = re.compile(
    r"^(?!.*\b(?:will|would|should|can|could|must|may|might|wants?|needs?|is|are|am|\w+['’](?:s|ll|d|re))\b)"
    r".*\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)

# A main clause about what is still to come or would be: 'once X was done, Y was going to Z' reports a
# condition; 'once X was done, Y happened' narrates.
_EN_MODAL = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|going\s+to|\w+['’](?:ll|d)|won['’]t|can['’]t)\b",
    re.IGNORECASE,
)

# … in the past: 'was', 'had', 'talked' ('speed', 'agreed' are not read as one), no present verb or modal.
_EN_ONCE_PAST = re.compile(
    r"^(?!.*\b(?:is|are|am|has|have|does|do|\w+['’](?:s|ll|d|re)|will|would|can|could|must|may|might|"
    r"should)\b).*\b(?:was|were|had|did|\w{2,}[^e\W]ed)\b",
    re.IGNORECASE,
)
_EN_DOUBLE_QUOTES = re.compile(r'["“”]')

# 'X should not act until after Y' is a requirement; 'it will not happen until after Y' a forecast of a time.
_EN_DEONTIC = re.compile(
    r"\b(?:should|must|ought|shall|needs?\s+to|ha(?:ve|s)\s+to|wait|waits|waiting)\b", re.IGNORECASE
)

# 'stopped short of committing to Y if X', 'declined to say whether she would Y if X': a commitment
# withheld; the actor states no precondition.
_EN_WITHHELD = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+short\s+of|(?:declin|refus)(?:e|es|ed|ing)\s+to\s+(?:say|commit|promise|pledge|rule)|"
    r"(?:would|will|did|does|do)(?:\s+not|n['’]t)\s+(?:say|commit|promise|pledge))\b",
    re.IGNORECASE,
)


def find_conditions_en(text: str, sents: list[Segment], speaker: Speaker) -> list[ConditionCue]:
    """Conditionals in English sentences: 'If X, Y' and 'Y if X'."""
    out: list[ConditionCue] = []
    for s in sents:
        marks = sorted([*EN_MARK.finditer(text, s.start, s.end), *EN_INVERTED.finditer(text, s.start, s.end)],
                       key=lambda m: m.start())  # fmt: skip
        last_condition = (-1, -1)
        for m in marks:
            inverted = m.group().lower() == "should"
            if inverted and text[s.start : s.end].rstrip(" \"”’'").endswith("?"):
                continue  # 'Should they stay?': a question
            if m.group()[0].isupper() and _EN_IN_TITLE.search(text, s.start, m.start()):
                continue  # 'Cape Breton If Donald Trump Wins': a title's word
            if quoted_word(text, m.start(), m.end()):
                continue  # the marker quoted as a word: "an 'if' question"
            if m.group().lower() == "even if":
                continue  # concessive: the main clause holds whether or not X does
            if _EN_NOT_COND.search(text[max(s.start, m.start() - 12) : m.start()]):
                continue
            if _EN_ASKED.search(text[max(s.start, m.start() - 80) : m.start()]):
                continue  # 'asked the senator if …': an embedded question
            if m.group().lower() == "once" and _EN_ONCE_ADVERB.search(text[max(s.start, m.start() - 12) : m.start()]):
                continue
            if inverted and _EN_WH_BEFORE.search(text[max(s.start, m.start() - 12) : m.start()]):
                continue  # 'what should they do': a question, not an inversion
            if last_condition[0] <= m.start() < last_condition[1]:
                continue  # 'if X and frankly if Z': the second marker is inside the first condition
            if out and out[-1].sentence == s.index and out[-1].start <= m.start() < out[-1].end and out[-1].stated_by:
                continue  # 'A said if X, he would Y if Z': a condition inside A's main clause is A's one statement
            # (in the main clause of the narrator's 'If X, A argued that Y if Z', A's condition is its own)
            lead = text[s.start : m.start()].rstrip(" \"“”'‘’")
            lead = lead if re.search(r"\w", lead) else ""  # '” … if X, Y': marks and dots only
            # 'that should X happen, Y' opens with its condition; ', should X happen' trails its main clause;
            # 'writes: "Should X happen, Y"' opens the quotation with it.
            first = not lead or bool(EN_CLAUSE_WORD.search(lead)) or lead[-1] in (":" if inverted else ",;:—(")
            found = condition_first(text, m.end(), s.end) if first else None
            if found is not None:
                cond_hi, consequence, question = found
                start, end = m.start(), s.end
            elif first and not (lead.endswith((",", "—", "–")) and len(lead.split()) >= 3):
                continue  # ('Y, if X' and 'Y — if X.' trail their main clause)
            elif opens_quotation(text[s.start : m.start()]):
                continue  # 'Clinton said, "as long as X."': the quotation holds no main clause
            else:
                # 'Y if X' (and 'Y, so long as X.'): the main clause is the one before.
                lead_end = s.start + len(lead.rstrip(",—– "))
                clause_lo = max(text.rfind(",", s.start, lead_end) + 1, s.start)
                consequence = without_frame(text[clause_lo:lead_end].strip(" \"“”"))
                if _EN_FREE_RELATIVE.match(consequence) or in_noun_content(text[s.start : lead_end]):
                    continue  # inside a noun phrase: 'What X can do if Y is …', 'dismissed the argument that X if Y'
                if _EN_WHETHER.search(consequence):
                    continue  # 'asking her whether she would X, should she win': a question, not a claim
                stop = _EN_CONDITION_STOP.search(text, m.end(), s.end)
                cond_hi = stop.start() if stop else s.end
                question = text[cond_hi : cond_hi + 1] == "?"
                start, end = clause_lo, cond_hi
            body = text[m.end() : cond_hi].strip()
            hedge = _EN_HEDGE.match(body) and not _EN_PARTICIPLE.match(body) or _EN_HEDGE_OPEN.match(body)
            focus = _EN_FOCUS.match(body) and _EN_FOCUSED.match(consequence or "")
            hedge = hedge or focus or _EN_EVIDENCE.search(body)
            if question or not body or hedge or _EN_ELLIPTIC.match(body) or _EN_DISCOURSE.match(body):
                continue  # a question, a hedge or 'most if not all' states no precondition
            if _EN_GENERIC_YOU.match(body) or _EN_GENERIC_ROLE.match(body):
                continue  # 'if you …', 'if we're a nurse': anyone's condition, no actor's
            if "long as" in m.group().lower() and _EN_MEASURE.match(body):
                continue  # 'as long as three hours'
            if consequence and _EN_EVALUATIVE.match(_EN_DOUBLE_QUOTES.sub("", consequence).strip()):
                last_condition = (m.start(), cond_hi)  # nor is an 'if' inside its condition one
                continue  # 'that's fine if X': the main clause judges the condition
            if found is None and _EN_WITHHELD.search(consequence or ""):
                continue  # 'X stopped short of committing to Y if Z': X stated no such condition
            frame_at = m.start() if found is not None else text.find(consequence or "", start, m.start())
            if frame_at > s.start and retold(text, s.start, frame_at):
                continue  # '"One guy said we should Y if X," she said': a third party's conditional, retold
            if found is None and not _EN_VERBISH.search(consequence or ""):
                continue  # 'Y if X' needs a main clause with a verb
            if m.group().lower() == "once" and not _EN_FINITE.search(body):
                continue
            once_past = _EN_ONCE_PAST.search(body) and not _EN_MODAL.search(consequence or "")
            if m.group().lower() == "once" and once_past:
                continue  # 'once he talked to them, they were sold': a past event's time, not a condition
            after = body.lower().startswith("after ") and _EN_DEONTIC.search(consequence or "")
            if m.group().lower() == "until" and (found is not None or _EN_PAST.search(consequence or "")
                                                 or not (_EN_UNTIL_REQUIREMENT.search(body) or after)):
                continue  # 'until X can Y', 'wait until after X': a requirement; 'until he retired': a time
            # The marker is part of the condition: 'unless X' states the opposite of X.
            condition = _EN_TRAILING_DOTS.sub("", text[m.start() : cond_hi].strip())
            last_condition = (m.start(), cond_hi)
            out.append(
                ConditionCue(start, end, condition, consequence or None,
                             speaker_name(speaker(m.start(), s.start, s.end)), s.index)
            )
    return out
