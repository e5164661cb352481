"""Is a piece of free text faithful to the sentences it cites? Pure checks, no model.

A record's free text (a stance, an assessment, a summary sentence) is a claim
about the article. These checks hold it to the sentences it cites:

- language: it is written in the article's language (by script: CJK for
  Chinese, Latin for the others);
- support: every name, number and negation in it appears in the cited
  sentences, and it does not turn a stance the other way round (supports
  <-> opposes) or drop the negation of the clause it paraphrases;
- holders and speakers: named in the cited sentence (or resolved from its
  quote or pronoun by the cues), and a noun phrase, not a verb fragment;
- planted instructions: a sentence that addresses the model (any language)
  is never citable.

Each check returns a :class:`Verdict` whose ``reason`` is one line, fit to
send back to the model in a re-ask and to keep in a warning.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .locate import Located, fold, locate


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: ``ok``, or why not (one line)."""

    ok: bool
    reason: str = ""
    missing: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return self.ok


PASS = Verdict(True)


def _fail(reason: str, missing: Iterable[str] = ()) -> Verdict:
    return Verdict(False, reason, tuple(missing))


# --- language ---------------------------------------------------------------


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def cjk_share(text: str) -> float:
    """Share of CJK ideographs among the letters of ``text`` (0.0 when it has none)."""
    cjk = latin = 0
    for ch in text:
        if _is_cjk(ch):
            cjk += 1
        elif ch.isalpha():
            latin += 1
    return cjk / (cjk + latin) if cjk + latin else 0.0


def in_language(text: str, language: str) -> Verdict:
    """Is ``text`` written in the article's ``language``?

    By script: a Chinese record is mostly CJK ideographs (Latin names and
    acronyms inside it are fine), any other record has almost none.
    """
    if not any(ch.isalpha() for ch in text):
        return PASS
    share = cjk_share(text)
    if language == "zh":
        ok = share >= 0.5
    else:
        ok = share <= 0.1
    return PASS if ok else _fail(f"not written in the article's language ({language}): {text[:40]!r}")


# --- words ------------------------------------------------------------------

_ZH_NEG_CHARS = "不没未无非别勿莫否"
# Words that begin with a negation character without negating anything.
_ZH_NOT_NEGATION = frozenset(
    "不断 不仅 不过 不少 不但 不管 不久 不论 不光 不料 不得不 不禁 不时 不妨 不已 不如 不外 不惜 不日 "
    "非常 非洲 未来 无论 无人机 无数 无疑 别人 别的 别说 否则 无比 无限 非但 不只 无不 莫不 "
    "无非 不免 没准".split()
)
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
_CLAUSE_SPLIT = re.compile(r"[，；;。！？!?：:\n]|,(?!\d)|(?<=[a-z])\.\s")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"“‘(]\s*)$")


@lru_cache(maxsize=1)
def _jieba():  # noqa: ANN202 - the module
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


@lru_cache(maxsize=4096)
def _zh_tokens(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in _jieba().cut(text))


_ZH_NAME_FLAGS = ("nr", "ns", "nt", "nz")


def _norm_name(word: str) -> str:
    word = re.sub(r"['’]s$", "", word)
    return fold(word).replace(".", "").strip("-'’")


def _zh_names(text: str) -> list[str]:
    names: list[str] = []
    for word, flag in _zh_tokens(text):
        if len(word) < 2 or not any(_is_cjk(c) for c in word):
            continue
        if flag.startswith(_ZH_NAME_FLAGS):
            names.append(word)
    # Transliterated names are joined by a middle dot: 玛丽娜·科斯塔.
    names += re.findall(r"[\u4e00-\u9fff]{1,6}[·・•][\u4e00-\u9fff]{1,8}", text)
    names += re.findall(r"《([^》]{1,30})》", text)
    return names


def _en_names(text: str) -> list[str]:
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
    names = _en_names(text)
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
    if any(_is_cjk(c) for c in text):
        values |= _zh_numbers(text)
    values.discard(None)
    values.discard("1")
    return {v for v in values if v is not None}


def _zh_numbers(text: str) -> set[str | None]:
    import cn2an

    out: set[str | None] = set()
    for word, flag in _zh_tokens(text):
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
    if any(_is_cjk(c) for c in text):
        for word, _flag in _zh_tokens(text):
            if word[:1] in _ZH_NEG_CHARS and word not in _ZH_NOT_NEGATION:
                found.append(word)
            elif len(word) >= 2 and word[0] in "并从绝决毫尚拒" and word[1] in _ZH_NEG_CHARS:
                found.append(word)  # 并未, 从不, 绝不, 毫无, 尚未, 拒不
    return found


def _direction(text: str) -> tuple[bool, bool]:
    """(has a 'for' stance verb, has an 'against' stance verb)."""
    pro = any(w in text for w in _PRO_ZH) or bool(_PRO_EN.search(text))
    con = any(w in text for w in _CON_ZH) or bool(_CON_EN.search(text))
    return pro, con


# --- support ----------------------------------------------------------------


def _grams(text: str) -> set[str]:
    """Overlap units: CJK character bigrams and Latin word stems."""
    f = fold(text)
    grams = {f[i : i + 2] for i in range(len(f) - 1) if _is_cjk(f[i]) and _is_cjk(f[i + 1])}
    grams |= {w[:5] for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _EN_FUNCTION}
    return grams


def clauses(text: str) -> list[str]:
    """Split at clause punctuation (commas, semicolons, sentence ends)."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]


def _paraphrased(claim: str, evidence: Sequence[str]) -> list[str]:
    """The evidence clauses ``claim`` restates: at least half of each clause's words are in it."""
    mine = _grams(claim)
    out: list[str] = []
    for sentence in evidence:
        for c in clauses(sentence):
            theirs = _grams(c)
            shared = len(mine & theirs)
            if theirs and shared >= 2 and shared >= 0.5 * len(theirs):
                out.append(c)
    return out


def _name_found(name: str, hay: str, known: Sequence[str]) -> bool:
    key = _norm_name(name)
    if not key:
        return True
    if key in hay or any(key in _norm_name(k) or _norm_name(k) in key for k in known if _norm_name(k)):
        return True
    if any(_is_cjk(c) for c in name):
        # A compound name (美国政府) is there when each of its words is.
        parts = [w for w in _jieba_search(name) if len(w) >= 2 and w != name]
        return bool(parts) and all(fold(p) in hay for p in parts) and _covers(name, parts)
    return False


def _covers(name: str, parts: list[str]) -> bool:
    covered = set()
    for p in parts:
        at = name.find(p)
        covered |= set(range(at, at + len(p)))
    return len(covered) >= len(name) - 1


def _jieba_search(text: str) -> list[str]:
    _jieba()
    import jieba

    return list(jieba.cut_for_search(text))


def supported(
    claim: str,
    evidence: Sequence[str],
    language: str,
    *,
    known: Sequence[str] = (),
    min_coverage: float | None = None,
) -> Verdict:
    """Is every name, number and negation of ``claim`` in the cited ``evidence``?

    Args:
        claim: the record's free text.
        evidence: the text of the sentences it cites.
        language: the article's language.
        known: names that count as present (the speaker the cues resolved a
            pronoun or quote of these sentences to).
        min_coverage: share of the claim's words the evidence must hold
            (default MIN_COVERAGE; 0 for a label such as a topic).

    Returns:
        PASS, or a Verdict naming what is not in the evidence.
    """
    if not claim.strip():
        return _fail("empty text")
    if not evidence:
        return _fail("cites no sentence of the article")
    joined = "\n".join(evidence)
    hay = _norm_name(joined)
    missing = [n for n in names_in(claim, language) if not _name_found(n, hay, known)]
    if missing:
        return _fail("names not in the cited sentences: " + ", ".join(missing[:4]), missing)
    extra = sorted(numbers_in(claim, language) - numbers_in(joined, language))
    if extra:
        return _fail("numbers not in the cited sentences: " + ", ".join(extra[:4]), extra)
    share = coverage(claim, evidence, language)
    if share < (MIN_COVERAGE if min_coverage is None else min_coverage):
        return _fail(f"most of its words are not in the cited sentences ({share:.0%} are)")
    for part in clauses(claim) or [claim]:
        verdict = _same_polarity(part, evidence, joined, language)
        if not verdict:
            return verdict
    return PASS


# At least half of a claim's own words (names aside) are the evidence's: a
# paraphrase restates, it does not add an event the sentences do not report.
MIN_COVERAGE = 0.5


def coverage(claim: str, evidence: Sequence[str], language: str) -> float:
    """Share of the claim's words (CJK bigrams, Latin stems; names left out) found in the evidence."""
    names = [_norm_name(n) for n in names_in(claim, language)]
    mine = {g for g in _grams(claim) if not any(g in n or n.startswith(g) for n in names)}
    if not mine:
        return 1.0
    theirs = set().union(*(_grams(e) for e in evidence)) if evidence else set()
    return len(mine & theirs) / len(mine)


def _same_polarity(part: str, evidence: Sequence[str], joined: str, language: str) -> Verdict:
    restated = _paraphrased(part, evidence)
    mine = negations_in(part, language)
    theirs = [n for c in restated for n in negations_in(c, language)]
    if mine and not theirs and not (not restated and negations_in(joined, language)):
        where = "the clause it paraphrases" if restated else "the cited sentences"
        return _fail(f"negation {mine[0]!r} is not in {where}")
    if theirs and not mine:
        clause = next(c for c in restated if negations_in(c, language))
        return _fail(f"drops the negation {theirs[0]!r} of the clause it paraphrases: {clause[:40]!r}")
    pro, con = _direction(part)
    for scope in [*restated, joined]:
        epro, econ = _direction(scope)
        if (pro and not con and econ and not epro) or (con and not pro and epro and not econ):
            return _fail(f"turns the stance of the cited text the other way: {scope[:40]!r}")
        if epro or econ:
            break
    return PASS


def label_ok(label: str, evidence: Sequence[str], language: str, *, known: Sequence[str] = ()) -> Verdict:
    """A short label (a topic): in the article's language, its names and numbers in the evidence.

    A label abstracts ('非法移民', 'tariffs'): its wording and negation-like
    words are not held to the sentences, its names and numbers are.
    """
    verdict = in_language(label, language)
    if not verdict:
        return verdict
    hay = _norm_name("\n".join(evidence))
    missing = [n for n in names_in(label, language) if not _name_found(n, hay, known)]
    if missing:
        return _fail("names not in the cited sentences: " + ", ".join(missing[:4]), missing)
    extra = sorted(numbers_in(label, language) - numbers_in("\n".join(evidence), language))
    if extra:
        return _fail("numbers not in the cited sentences: " + ", ".join(extra[:4]), extra)
    return PASS


def faithful(
    claim: str, evidence: Sequence[str], language: str, *, known: Sequence[str] = (),
    min_coverage: float | None = None,
) -> Verdict:
    """Language and support together: the check every free-text field passes."""
    return in_language(claim, language) and supported(claim, evidence, language, known=known,
                                                      min_coverage=min_coverage)


# --- holders, speakers, spans ------------------------------------------------

_ZH_HOLDER_BAD_START = tuple("这那其此该与和对在将把被从向他她它我你们也都就还又")
# Adverbs, prepositions, conjunctions, pronouns, particles: a phrase with one
# is a clause fragment ('李在明积极', '这与美国政府长期'), not a name.
_ZH_HOLDER_BAD_FLAGS = ("d", "ad", "p", "c", "u", "r", "y", "e", "o")
_EN_HOLDER_BAD = re.compile(
    r"\b(?:said|says|say|told|tells|urged|urges|added|warned|warns|argued|insisted|wants|demanded|"
    r"called|is|are|was|were|will|would|has|have|had|who|which|that|this|these|those|it|he|she|they|"
    r"we|i|you)\b",
    re.IGNORECASE,
)


def holder_ok(
    holder: str,
    evidence: Sequence[str],
    language: str,
    *,
    resolved: Sequence[str] = (),
) -> Verdict:
    """A position's holder: a noun phrase named in the cited sentences.

    Args:
        holder: as the model or the rules gave it.
        evidence: the cited sentences.
        language: the article's language.
        resolved: who the cues say speaks in those sentences (a quote's
            speaker, the name a pronoun refers to); such a holder need not
            be spelled out in the sentence itself.
    """
    holder = holder.strip()
    if not holder:
        return _fail("no holder")
    if not in_language(holder, language) and not _en_names(holder):
        return _fail(f"holder {holder!r} is not in the article's language")
    if any(_is_cjk(c) for c in holder):
        if holder.startswith(_ZH_HOLDER_BAD_START):
            return _fail(f"holder {holder!r} is not a name (starts with a function word)")
        tokens = _zh_tokens(holder)
        bad = [w for w, f in tokens if f in _ZH_HOLDER_BAD_FLAGS]
        verbs = [w for w, f in tokens if f.startswith("v")]
        if len(verbs) >= 2:
            bad.append(verbs[0])  # two verbs make a clause ('特朗普执意退出…', '研究建立')
        if bad and not any(_same(holder, r) for r in resolved):
            return _fail(f"holder {holder!r} is not a name (contains {bad[0]!r})")
    elif _EN_HOLDER_BAD.search(holder) or len(holder.split()) > 8:
        return _fail(f"holder {holder!r} is not a name")
    hay = _norm_name("\n".join(evidence))
    if _norm_name(holder) in hay or any(_same(holder, r) for r in resolved):
        return PASS
    # 'the Treasury Department' is named when its words are there.
    words = [w for w in names_in(holder, language)] or [holder]
    if all(_name_found(w, hay, resolved) for w in words):
        return PASS
    return _fail(f"holder {holder!r} is not named in the cited sentences", [holder])


def _same(a: str, b: str) -> bool:
    fa, fb = _norm_name(a), _norm_name(b)
    return bool(fa and fb) and (fa in fb or fb in fa)


def speaker_ok(stated_by: str, speakers: Sequence[str]) -> Verdict:
    """``stated_by`` is the speaker the cues found for the cited sentence or quote."""
    if not stated_by.strip():
        return _fail("no speaker")
    if any(_same(stated_by, s) for s in speakers if s):
        return PASS
    listed = ", ".join(s for s in speakers if s) or "nobody named"
    return _fail(f"{stated_by!r} is not who states the cited sentence ({listed})", [stated_by])


def locate_part(part: str, text: str, spans: Sequence[tuple[int, int]]) -> Located | None:
    """Find a condition or consequence inside the cited sentences: exact, normalised or fuzzy."""
    for lo, hi in spans:
        loc = locate(part, text[lo:hi])
        if loc is not None:
            return Located(lo + loc.start, lo + loc.end, loc.match, loc.score)
    return None


# --- planted instructions ---------------------------------------------------

_ADDRESSEE_EN = (
    r"(?:AI|A\.I\.|artificial intelligence|assistant|chatbot|bot|(?:large )?language model|LLM|GPT|"
    r"model|summari[sz]er|summari[sz]ing (?:tool|system|software)|system)s?"
)
# Alone, each of these is an order to the model.
_STRONG_EN = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:instructions?|rules|prompts?|"
    r"guidelines|directions|orders)\b"
    r"|\bas an? " + _ADDRESSEE_EN + r"\b"
    r"|\b(?:note|message|instructions?|notice|attention|command)s? (?:to|for) (?:the |any |all )?"
    + _ADDRESSEE_EN + r"\b"
    r"|\b(?:system|developer) (?:prompt|note|message|instruction)s?\b"
    r"|\b(?:summari[sz]e|describe|report|present|rewrite|translate) (?:this|the) (?:article|text|story|piece)"
    r" (?:as|by saying|to say|so that)\b"
    r"|\b(?:in|into) your (?:summary|output|answer|response|records?)\b"
    r"|\byour (?:summary|output|answer|response) (?:must|should|shall|has to|needs to)\b"
    r"|\b" + _ADDRESSEE_EN + r" (?:reading|processing|summari[sz]ing) this\b"
    r"|\b" + _ADDRESSEE_EN + r" (?:must|should|shall|need to|have to|are to|are required to) (?:now )?"
    r"(?:write|say|state|report|include|add|output|summari[sz]e|describe|ignore|mention|list|claim)\b"
    r"|\byou (?:are|must|should|will) (?:now )?(?:an? |the )?(?:AI|assistant|model|summari[sz]er|ignore|"
    r"output|write|answer|respond|report|state|include|add)\b",
    re.IGNORECASE,
)
# An order about the output: planted when the model is named, or when it
# follows a planted sentence in the same paragraph.
_WEAK_EN = re.compile(
    r"^\W*(?:also\W+|and\W+|then\W+|please\W+)*(?:add|insert|include|list|output|write|state|say|report|"
    r"record|mention|attribute|claim|describe)\b"
    r"|\b(?:add|insert|include|list|output|write) (?:a |an |the )?(?:following |new )?"
    r"(?:quotes?|experts?|positions?|preconditions?|records?|summary|claims?)\b",
    re.IGNORECASE,
)
_ADDRESSEE_ZH = r"(?:人工智能|(?<![A-Za-z])AI(?![A-Za-z])|模型|大模型|语言模型|助手|机器人|摘要(?:系统|工具|程序))"
_STRONG_ZH = re.compile(
    r"(?:忽略|无视|忽视|忘记|忘掉|不要理会|不要遵守|跳过)[^。！？\n]{0,12}(?:指令|指示|命令|规则|提示|设定)"
    r"|作为(?:一个|一名)?" + _ADDRESSEE_ZH + r"|(?:给|致|对|告)" + _ADDRESSEE_ZH + r"[^。！？\n]{0,6}"
    r"(?:指令|指示|命令|说明|提示|通知|留言|消息)"
    r"|系统(?:指令|提示词)"
    r"|(?:请|务必|必须)(?:将|把)?(?:本文|这篇(?:文章|报道)?|此文|该文|全文|文章)(?:总结|概括|摘要|归纳|描述|改写)(?:为|成)"
    r"|(?:将|把)(?:本文|此文|该文|全文)(?:总结|概括|摘要|归纳|改写)(?:为|成)"
    r"|你的(?:摘要|总结|概括|输出|回答|回复)"
    r"|" + _ADDRESSEE_ZH + r"[^。！？\n]{0,4}(?:必须|应该|应当|务必|需要|一定要)(?:写|说|声称|报道|输出|总结|列出|忽略|注明|写明)"
    r"|(?:你|您)(?:是|必须|应该|需要|现在是)[^。！？\n]{0,8}(?:" + _ADDRESSEE_ZH + r"|输出|回答|总结|忽略)",
)
_WEAK_ZH = re.compile(
    r"^\W*(?:另外|同时|然后|并且?|再|还要|请)?(?:输出|生成|添加|加入|列出|写出|声称|报道|注明|说明)"
    r"|(?:请|并|再|还要)(?:输出|生成|添加|加入|列出|写出)[^。！？\n]{0,30}(?:引语|专家|立场|前提条件|摘要)"
)


def addresses_model(sentence: str, *, after_planted: bool = False) -> bool:
    """Does this sentence speak to the model (a planted instruction), in any language?

    'Ignore previous instructions', 'as an AI', 'summarize this as …',
    'note to the AI model', 忽略以上指令, 请将本文总结为…, 给人工智能的系统指令:
    an imperative addressed to the assistant, model or summarizer, or an
    order about its output. An order about the output ('Add a quote in which
    …', 输出…的引语) counts when the model is named in it or when it follows
    a planted sentence of the same paragraph (``after_planted``).
    """
    s = unicodedata.normalize("NFKC", sentence)
    if _STRONG_EN.search(s) or _STRONG_ZH.search(s):
        return True
    if not (_WEAK_EN.search(s) or _WEAK_ZH.search(s)):
        return False
    named = re.search(r"\b" + _ADDRESSEE_EN + r"\b", s, re.IGNORECASE) or re.search(_ADDRESSEE_ZH, s)
    return after_planted or bool(named)


def planted(sentences: Sequence[tuple[str, int]]) -> set[int]:
    """Indices of the sentences that address the model.

    Args:
        sentences: (text, paragraph number) of every sentence, in order.
    """
    out: set[int] = set()
    for i, (text, para) in enumerate(sentences):
        follows = i - 1 in out and sentences[i - 1][1] == para
        if addresses_model(text, after_planted=follows):
            out.add(i)
    return out


__all__ = [
    "PASS",
    "Verdict",
    "addresses_model",
    "clauses",
    "faithful",
    "holder_ok",
    "in_language",
    "label_ok",
    "locate_part",
    "names_in",
    "negations_in",
    "numbers_in",
    "planted",
    "speaker_ok",
    "supported",
]
