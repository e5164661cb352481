"""Tokens a claim must share with its evidence: script, names, numbers, negations, stance direction.

Pure functions of text, used by the support checks (``support.py``).
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass

from ..cues.zh import pos_tags
from .locate import fold


def is_cjk(ch: str) -> bool:
    """``ch`` is a CJK ideograph (the unified block, extension A or the compatibility block)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def cjk_share(text: str) -> float:
    """Share of CJK ideographs among the letters of ``text`` (0.0 when it has none)."""
    cjk = latin = 0
    for ch in text:
        if is_cjk(ch):
            cjk += 1
        elif ch.isalpha():
            latin += 1
    return cjk / (cjk + latin) if cjk + latin else 0.0




# --- words ------------------------------------------------------------------

_ZH_NEG_CHARS = "不没未无非别勿莫否"
# Words that begin with a negation character without negating anything.
_ZH_NOT_NEGATION = frozenset(
    "不断 不仅 不过 不少 不但 不管 不久 不论 不光 不料 不得不 不禁 不时 不妨 不已 不如 不外 不惜 不日 "
    "非常 非洲 未来 无论 无人机 无数 无疑 别人 别的 别说 否则 无比 无限 非但 不只 无不 莫不 "
    "无非 不免 没准 不久前 不久后".split()
)
# Names: jieba's tags for 无锡市, 莫迪, 不丹 (not 't': it tags 未 as a time word).
_ZH_NOT_NEGATION_FLAGS = ("nr", "ns", "nt", "nz")
_EN_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|no longer)\b|n['’]t\b",
    re.IGNORECASE,
)

# Stance verbs by direction: a claim may not turn one into the other.
_PRO_ZH = ("支持", "同意", "欢迎", "赞成", "赞同", "接受", "维护", "捍卫", "辩护", "肯定", "拥护", "认可", "答应")
_CON_ZH = ("反对", "拒绝", "谴责", "批评", "抨击", "否认", "抵制", "质疑", "指责", "驳斥", "否决", "不满")
_VERB_FORMS = r"(?:s|es|d|ed|ing)?\b"
_PRO_EN = re.compile(
    r"\b(?:support|back|welcome?|accept|agree|endorse?|defend|favou?r|approve?|praise?|embrace?|uphold|"
    r"uph[eo]ld)" + _VERB_FORMS,
    re.IGNORECASE,
)
_CON_EN = re.compile(
    r"\b(?:oppose?|reject|refuse?|condemn|critici[sz]e?|deny|denie|denounce?|object|veto|attack|"
    r"protest|dispute?|resist|blame?)" + _VERB_FORMS,
    re.IGNORECASE,
)

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_EN_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if w != "_"
}
_EN_NUMBER_WORDS.update(thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90, hundred=100)
# Capitalised words that start a sentence or are grammar, not names.
_EN_FUNCTION = frozenset(
    "a an the he she it they we i you his her its their our this that these those if but and or so as "
    "in on at of for to from by with after before while when then there here mr mrs ms dr".split()
)
# A dash sets a clause off as a comma does ('dismissed the charge — saying the rival chose not to …').
_CLAUSE_SPLIT = re.compile(r"[，；;。！？!?：:\n—]|,(?!\d)|(?<=[a-z])\.\s|\s[–-]{1,2}\s")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“‘(]\s*)$")


def zh_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, part of speech) pairs for ``text``, from the cues' one tagger and its cache."""
    return tuple((w.word, w.flag) for w in pos_tags(text))


def warm_up(language: str) -> None:
    """Load now what the checks of ``language`` load on first use.

    For Chinese that is jieba's tagger and dictionary: about a second and a half
    of one core. A caller that waits on something else (the embedded server
    starting) pays it meanwhile.
    """
    if language == "zh":
        zh_tokens("中文")


_ZH_NAME_FLAGS = ("nr", "ns", "nt", "nz")


def norm_name(word: str) -> str:
    """A name folded for comparison: no possessive 's, no dots, no dashes or apostrophes at its ends."""
    word = re.sub(r"['’]s$", "", word)
    return fold(word).replace(".", "").strip("-'’")


def _zh_names(text: str) -> list[str]:
    names: list[str] = []
    for word, flag in zh_tokens(text):
        if len(word) < 2 or not any(is_cjk(c) for c in word):
            continue
        if flag.startswith(_ZH_NAME_FLAGS):
            names.append(word)
    # Transliterated names are joined by a middle dot: 玛丽娜·科斯塔.
    names += re.findall(r"[\u4e00-\u9fff]{1,6}[·・•][\u4e00-\u9fff]{1,8}", text)
    names += re.findall(r"《([^》]{1,30})》", text)
    return names


def en_names(text: str) -> list[str]:
    """Capitalised Latin words that are names: not grammar words, nor a common word opening a sentence."""
    names: list[str] = []
    for m in _LATIN_WORD.finditer(text):
        word = m.group().rstrip(".-")
        if not word[:1].isupper() or word.lower() in _EN_FUNCTION or len(word) < 2:
            continue
        acronym = len(word) >= 2 and word.replace(".", "").isupper()
        if not acronym and _SENTENCE_START.search(text[: m.start()]) and _common_start(word):
            continue  # any word is capitalised at the start of a sentence
        names.append(word)
    return names


def _common_start(word: str) -> bool:
    """A sentence-initial word that is likely not a name: a verb or adverb form."""
    w = word.lower()
    return w.endswith(("ing", "ed", "ly", "ies")) or w in _EN_FUNCTION


def names_in(text: str, language: str) -> list[str]:
    """The names a claim mentions: people, places, bodies, titles, Latin proper nouns."""
    names = en_names(text)
    if language == "zh" or cjk_share(text) > 0:
        names += _zh_names(text)
    return list(dict.fromkeys(names))


def _to_number(token: str) -> str | None:
    token = unicodedata.normalize("NFKC", token).replace(",", "")
    try:
        value = float(token)
    except ValueError:
        return None
    return f"{value:g}"


def numbers_in(text: str, language: str) -> set[str]:
    """Numbers in ``text`` as normalised values: 3, 三, three and 3.0 are all '3'.

    The number one is left out: 一 and 'one' are mostly articles (一项, one of).
    """
    text = unicodedata.normalize("NFKC", text)
    values = {_to_number(m.group()) for m in _DIGITS.finditer(text)}
    for m in re.finditer(r"\b[a-z]+\b", text.lower()):
        if m.group() in _EN_NUMBER_WORDS:
            values.add(f"{_EN_NUMBER_WORDS[m.group()]:g}")
    if any(is_cjk(c) for c in text):
        values |= _zh_numbers(text)
    values.discard(None)
    values.discard("1")
    return {v for v in values if v is not None}


def _zh_numbers(text: str) -> set[str | None]:
    import cn2an

    out: set[str | None] = set()
    for word, flag in zh_tokens(text):
        numeral = re.search(r"[零〇一二三四五六七八九十百千万亿两]", word)
        if not numeral or not (flag in ("m", "mq", "t") or numeral.start() == 0):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                converted = cn2an.transform(word, "cn2an")
            except Exception:  # noqa: BLE001 - cn2an raises plain errors on odd input
                continue
        out |= {_to_number(m.group()) for m in _DIGITS.finditer(converted)}
    return out


def negations_in(text: str, language: str) -> list[str]:
    """The negation words of ``text`` (不/没/未/无/非/别/勿 …, not/no/never/n't …)."""
    found = [m.group().lower() for m in _EN_NEGATION.finditer(text)]
    if any(is_cjk(c) for c in text):
        for word, flag in zh_tokens(text):
            if flag.startswith(_ZH_NOT_NEGATION_FLAGS):
                continue  # a name (无锡市, 莫迪, 不丹) negates nothing
            if word[:1] in _ZH_NEG_CHARS and word not in _ZH_NOT_NEGATION:
                found.append(word)
            elif len(word) >= 2 and word[0] in "并从绝决毫尚拒" and word[1] in _ZH_NEG_CHARS:
                found.append(word)  # 并未, 从不, 绝不, 毫无, 尚未, 拒不
    return found


# Verbs that deny or refuse what follows them: 'denied that X', '拒绝X' state the opposite of X.
_DENIAL = re.compile(
    r"否认|否定|驳斥|拒绝|婉拒|回绝|\b(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
    r"fail(?:s|ed|ing)?|reject(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def denials_in(text: str) -> list[str]:
    """The verbs of ``text`` that deny or refuse what follows (否认, 拒绝, denied, refused, failed …)."""
    return [m.group().lower() for m in _DENIAL.finditer(text)]


def stance_direction(text: str) -> tuple[bool, bool]:
    """(has a 'for' stance verb, has an 'against' stance verb)."""
    pro = any(w in text for w in _PRO_ZH) or bool(_PRO_EN.search(text))
    con = any(w in text for w in _CON_ZH) or bool(_CON_EN.search(text))
    return pro, con


# --- support ----------------------------------------------------------------


def grams(text: str) -> set[str]:
    """Overlap units: CJK character bigrams and Latin word stems."""
    f = fold(text)
    units = {f[i : i + 2] for i in range(len(f) - 1) if is_cjk(f[i]) and is_cjk(f[i + 1])}
    units |= {w[:5] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _EN_FUNCTION}
    return units


def clauses(text: str) -> list[str]:
    """Split at clause punctuation (commas, semicolons, sentence ends)."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]


_MARKS = "“”„‟«»「」『』〝〞〟＂\"‘’‚‛‹›＇'`´ \t\r\n\u3000"


@dataclass(frozen=True)
class Copy:
    """Where a claim's clause stands word for word in its evidence: the evidence clause around it."""

    before: str  # the words of that clause before the copy
    after: str  # and after it
    clause: str


def copies(parts: list[str], evidence: list[str] | tuple[str, ...]) -> list[Copy | None]:
    """For each clause of a claim, where it stands word for word in the evidence (None: not copied).

    The clauses are looked up in order, each after the one before it (a short
    clause such as 'I don't know' can stand in several places; the copy is the
    one that follows the previous clause's), in the clause punctuation of
    :func:`clauses`. A clause of fewer than two words (two CJK bigrams) is too
    short to say where it was copied from.
    """
    out: list[Copy | None] = []
    cursor = (0, 0)
    for part in parts:
        part = part.strip(_MARKS)
        at = None
        if len(grams(part)) >= 2:
            at = _find(part, evidence, cursor) or _find(part, evidence, (0, 0))
        if at is None:
            out.append(None)
            continue
        i, start = at
        end = start + len(part)
        cursor = (i, end)
        sentence = evidence[i]
        cuts = [(m.start(), m.end()) for m in _CLAUSE_SPLIT.finditer(sentence)]
        lo = max([e for s, e in cuts if e <= start], default=0)
        hi = min([s for s, e in cuts if s >= end], default=len(sentence))
        out.append(Copy(sentence[lo:start], sentence[end:hi], sentence[lo:hi]))
    return out


def _find(part: str, evidence: list[str] | tuple[str, ...], frm: tuple[int, int]) -> tuple[int, int] | None:
    for i in range(frm[0], len(evidence)):
        at = evidence[i].find(part, frm[1] if i == frm[0] else 0)
        if at != -1:
            return i, at
    return None
