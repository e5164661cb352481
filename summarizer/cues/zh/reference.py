"""Who a Chinese back-reference stands for: 他 / 她, 这位专家, an unnamed post.

The attribution rules (``zh``) find the mention before a speech verb; when it
points back (他说, 这位专家表示), the reader looks for the person the text was
about: the subject of the sentence before, of the pronoun's sex, not merely
the last speaker named. A post or a noun for a person with no name (民警,
律师, 办公室主任) is a person too.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..types import Attribution
from .attribution import cut_name
from .names import LATIN_RUN, POST_END, PRONOUNS, SURNAMES, cut_surname, looks_person, split_name
from .subject import subject_np, surnamed
from .tags import dictionary_word, pos_tags
from .verb_speaker import person_np, speaker_of_verb
from .verbs import QUOTE_VERB
from .words import (
    ADDRESS,
    ADDRESSED,
    ANAPHOR,
    AS_LEAD,
    CLAUSE_FLAGS,
    NARRATOR_END,
    OPENER,
    ORG_END,
    PERSON_NOUN,
)

# The words that give a person's sex: 她 never stands for 张先生, nor 他 for 刘女士.
_MALE = re.compile(
    r"(?:先生|男子|男士|男孩|男童|男生|小伙子?|丈夫|老公|父亲|爸爸|爷爷|外公|公公|儿子|哥哥|弟弟|叔叔|伯伯|舅舅|大爷|大叔|大伯|男)$"
)
_FEMALE = re.compile(
    r"(?:女士|小姐|女子|女孩|女童|女生|姑娘|妻子|老婆|太太|夫人|母亲|妈妈|奶奶|外婆|婆婆|女儿|姐姐|妹妹|阿姨|大妈|大姐|阿婆|女)$"
)


def fits_pronoun(name: str, pronoun: str) -> bool:
    """Whether 他 / 她 can stand for ``name``: not the other sex's words, not the reporter."""
    if NARRATOR_END.search(name):
        return False
    if pronoun.startswith("她"):
        return not _MALE.search(name)
    if pronoun.startswith("他"):
        return not _FEMALE.search(name)
    return True


def person_phrase(name: str, role: str | None) -> bool:
    """A person's noun phrase: a name, a name with a post, or a post or a noun for a person alone
    (民警, 律师, 中国政法大学副教授, 办公室主任), not a body or a thing (样子, 叶子, 幼儿园)."""
    phrase = (role or "") + name
    if POST_END.search(phrase) and not ORG_END.search(name):
        return True
    if role is not None and LATIN_RUN.fullmatch(name):
        return True  # 委员会主席naoshi hirata
    if _FAMILIAR.fullmatch(name) or ADDRESSED.search(phrase) or re.search(r"[\u4e00-\u9fff]某某?$", name):
        return True  # 小陈, 刘女士, 庞某某
    if role is None and cut_name(name):
        return True  # 付|生财: a surname and a given name jieba read as other words
    tokens = pos_tags(phrase)
    if not any(t.flag.startswith("nr") for t in tokens):
        return PERSON_NOUN.search(phrase) is not None and not any(t.flag.startswith(CLAUSE_FLAGS) for t in tokens)
    if role is None:
        # jieba tags some common words as names (古文, 盖子, 幼儿园): a name is no frequent word of its
        # dictionary; and a name alone is names only (别克|轿车 is a car), or a name jieba cut short (梁后|权).
        named = all(t.flag.startswith("nr") for t in tokens) or cut_surname(name) or (
            len(tokens) == 2 and tokens[0].flag.startswith("nr") and len(tokens[1].word) == 1
        )
        transliterated = len(tokens) == 1 and tokens[0].flag == "nrt"  # 克拉克: a foreign name, however common
        if (dictionary_word(name) and not transliterated) or not named:
            return False
    return person_np(Attribution(name, role))


# 小陈 / 老王: a surname called familiarly (jieba reads 小 as an adjective).
_FAMILIAR = re.compile(r"[小老阿][\u4e00-\u9fff]")
# Parts of speech inside a person's noun phrase at the head of a clause: nouns and names,
# abbreviations, distinguishing words, Latin words, and a measure word (张|先生: jieba's q).
_HEAD_FLAGS = ("n", "j", "b", "eng", "q")


def _leading_np(tokens: tuple, i: int) -> tuple[str, int]:
    """The run of nominal words from ``tokens[i]`` (小|曹: 小 before a surname is part of it)."""
    j = i
    while j < len(tokens):
        t = tokens[j]
        familiar = t.word in ("小", "老") and j + 1 < len(tokens) and tokens[j + 1].flag.startswith("nr")
        unnamed = t.word in ("某", "某某") and j > i  # 庞某某: a surname and 某, a name withheld
        # 何|女士: a surname jieba reads as another word, before a form of address.
        addressed = len(t.word) == 1 and j + 1 < len(tokens) and re.fullmatch(ADDRESS, tokens[j + 1].word)
        # 常务委员、董事总经理曾志萍: posts listed before the name are one phrase.
        listed = t.word == "、" and j > i and j + 1 < len(tokens) and tokens[j + 1].flag.startswith(_HEAD_FLAGS)
        # 村民黄|恩泽: a surname jieba reads as another word (黄 as an adjective) before a given name it reads as one.
        surname = (
            t.word in SURNAMES and j + 1 < len(tokens) and tokens[j + 1].flag.startswith("nr")
            and looks_person(t.word + tokens[j + 1].word) and not dictionary_word(t.word + tokens[j + 1].word)
        )  # fmt: skip
        if not (t.flag.startswith(_HEAD_FLAGS) or familiar or unnamed or listed or addressed or surname) or t.word in PRONOUNS:
            break
        j += 1
    return "".join(t.word for t in tokens[i:j]), j


def clause_person(clause: str, known: Collection[str] = ()) -> str | None:
    """The person a clause is about: its subject when that is a person's noun phrase.

    刘女士也为孩子准备好了… -> 刘女士; 家住南门的袁女士最近… / 女儿在读幼儿园中班的刘女士也… -> the
    head after the modifier that ends in 的 (a modifier holds no adverb: 张先生就准备带…的女儿 is
    张先生's clause); 墨菲的好运终于来了 -> 墨菲 (the possessor, when the head is no person).
    """
    c = OPENER.sub("", AS_LEAD.sub("", clause.strip(" \u3000\n\t\r")))
    c = c[1:] if c.startswith("当") and not c.startswith(("当地", "当事")) else c  # 当记者问X…时
    c = c[1:] if c.startswith("据") else c  # 据王建华介绍: the person the account is according to
    verb = QUOTE_VERB.search(c)
    if verb:
        # 高级研究员陈启航指出: the speaker of a speech verb, as the attribution rules read it.
        who = speaker_of_verb(c, verb.start(), 0)
        if who and not who.pronoun and not NARRATOR_END.search(who.name) and person_phrase(who.name, who.role):
            return _addressed((who.role or "") + who.name)
    # The subject a speech verb would have (赵晶晶还是…, 村民黄恩泽正在…), when it is a person's.
    subject = subject_np(c)
    # 队长王|和|新: a post and a name jieba cut into other words; the post is read, not the name.
    name, post = split_name(subject) if subject else ("", None)
    read = post if post and surnamed(name) and not NARRATOR_END.search(post) else subject  # not 记者|问林春梅
    nominal = subject and cut_name(subject) or subject and all(
        not t.flag.startswith(("v", "r", "d", "p", "c", "u")) or t.flag == "vn" or t.word in ("某", "某某")
        for t in pos_tags(read)
    )  # 没有|盖子, 为啥|老师: a verb or a pronoun opens no person's noun phrase
    if nominal and c.startswith(subject) and subject not in PRONOUNS and not NARRATOR_END.search(subject):
        name, role = split_name(subject)
        # 赵|晶晶: a surname and a given name jieba reads as two words is still a name.
        cut = len(name) <= 3 and pos_tags(name)[0].flag.startswith("nr") and looks_person(name)
        if person_phrase(name, role) or (cut and not dictionary_word(name)):
            return _addressed(subject)
    tokens = pos_tags(c)
    np, j = _leading_np(tokens, 0)
    for k in range(j, len(tokens)):
        t = tokens[k]
        if t.flag.startswith(("d", "ul", "r", "c")):
            break
        if t.word == "的":
            head, hj = _leading_np(tokens, k + 1)
            if len(head) >= 2 and (head in known or person_phrase(*split_name(head))):
                return _addressed(head)
            last = tokens[hj - 1] if hj > k + 1 else None
            if last is not None and len(head) > len(last.word) and _bare_name(last.word, last.flag):
                # 苏享茂的哥哥苏享龙 (哥哥 read as a place): a kin word or a post, then the name, is the head;
                # the name is who the clause is about, not the possessor before 的.
                return last.word
            break
    if np and (NARRATOR_END.search(np) or NARRATOR_END.search(split_name(np)[1] or "")):
        # 记者与小博的班主任董老师取得联系: the reporter meets someone; that person is who is about to speak.
        return _last_named(tokens[j:])
    if len(np) >= 2 and (np in known or person_phrase(*split_name(np))):
        return _addressed(np)
    return None


def _addressed(np: str) -> str:
    """游客罗女士 -> 罗女士: a surname and a form of address name the person without the post."""
    m = ADDRESSED.search(np)
    if not m:
        return np
    at, prev = 0, None
    for t in pos_tags(np[: m.start() + 1]):
        # 贾少谦先生 / 村民黄|恩泽先生: the character before the form of address ends a whole name jieba reads
        # as one (after a surname it read apart); the name is kept with it (not 谦先生).
        if at < m.start() and at + len(t.word) == m.start() + 1 and t.flag.startswith("nr") and len(t.word) <= 3:
            surname = prev is not None and len(prev.word) == 1 and prev.word in SURNAMES and len(t.word) == 2
            return np[at - 1 if surname else at : m.end()]
        at += len(t.word)
        prev = t
    return m.group()


def _last_named(tokens: tuple) -> str | None:
    """The last person's name in ``tokens``, with the form of address after it (孙|老师) or the
    小/老 before a surname (小|曹)."""
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        addressed = i + 1 < len(tokens) and re.fullmatch(ADDRESS, tokens[i + 1].word) is not None
        if not (t.flag.startswith("nr") or (addressed and len(t.word) == 1)):
            continue
        name = t.word + (tokens[i + 1].word if addressed else "")
        if len(name) == 1 and i > 0 and tokens[i - 1].word in ("小", "老"):
            name = tokens[i - 1].word + name
        if len(name) >= 2:
            return name
    return None


def named_earlier(phrase: str, masked: str, pos: int) -> bool:
    """这位专家 / 该投诉人: a noun phrase pointing back whose head noun the text before ``pos`` names
    (有知情专家向记者透露 … 这位专家说)."""
    m = ANAPHOR.match(phrase) or re.match(r"^(?:该|此|这|那)", phrase)
    head = phrase[m.end() :] if m else ""
    return len(head) >= 2 and head in masked[:pos].replace(phrase, "")


def antecedent(masked: str, lo: int, pos: int, pronoun: str, known: Collection[str] = ()) -> str | None:
    """The person 他 / 她 at ``pos`` stands for: the subject of the sentence before it (or of
    its own sentence's clauses before it) when that is a person of the pronoun's sex, not the
    last speaker named (庞某某充满感动，他说 -> 庞某某).

    Sentences are read from the nearest back, each from its start: the first clause with a
    person's subject gives it. A sentence that opens with the same pronoun is about the same
    person and is passed over; a clause with the pronoun inside (职工给了她…) is about someone
    else, and so is the pronoun's own clause (她冲女儿吼: not 女儿).
    """
    own = masked[max((m.end() for m in _ANY_CLAUSE.finditer(masked, lo, pos)), default=lo) : pos + 40]
    own = own[: _ANY_CLAUSE.search(own).start()] if _ANY_CLAUSE.search(own) else own
    sentences = [x for x in _SENTENCE.split(masked[lo:pos]) if x.strip()]
    for sentence in reversed(sentences):
        for clause in _ANY_CLAUSE.split(sentence):
            bare = OPENER.sub("", clause.strip(" \u3000\n\t\r"))
            if bare.startswith(pronoun):
                break  # 她被骗了，…: the same person again; the sentence before says who
            if pronoun in clause:
                continue
            if _ANSWER.search(own) and _ASK.search(clause) and not _NARRATOR_OPENS.match(clause.strip()):
                continue  # X问道。“…”她回答说: who answers is not who asked (记者问X: X answers)
            person = clause_person(clause, known)
            if person and fits_pronoun(person, pronoun) and person not in own:
                return person
    return None


_ANSWER = re.compile(r"回答|答道|答复|回应|回复")
_ASK = re.compile(r"问")
_NARRATOR_OPENS = re.compile(r"^(?:而|但|当|在)*[\u4e00-\u9fff]{0,8}?记者")
_SENTENCE = re.compile(r"[。！？!?\n”」』]|\u3000\u3000|\\n")  # and a line break spelled out as a backslash and n
_ANY_CLAUSE = re.compile(r"[，,。！？!?；;：:\n）)]|\u3000\u3000|\\n")  # a caption's bracket ends one too


def next_subject(after: str) -> str | None:
    """“…”（a paragraph opens with the quote）中国某银行分行职工刘威心情激动…: the person named as
    the subject of the sentence after a quote that stands alone, read from ``after`` (the text past
    the closing mark).

    The sentence's first three clauses are read (a date or a time clause may come first: 5月15日，
    …); the subject is a person's name (jieba's nr, or a surname and 先生/女士) with only posts,
    bodies, places, times and numbers before it in its clause, and no 的, kin or place word after it
    (张三的父亲 is the father). 在X眼中 / 在X眼里 is X's view.
    """
    end = _SENTENCE_END.search(after)
    for clause in _ANY_CLAUSE.split(after[: end.start() if end else len(after)])[:3]:
        c = OPENER.sub("", clause.strip(" \u3000\n\t\r"))
        view = _EYES.match(c)
        if view:
            # 在万达金街商会会长屈金海眼中: the whole phrase is the person (jieba may split the name).
            name, role = split_name(view.group(1))
            return name if role is not None and person_phrase(name, role) and looks_person(name) else None
        tokens = pos_tags(c)
        name = None
        for i, t in enumerate(tokens):
            nxt = tokens[i + 1].word if i + 1 < len(tokens) else ""
            if _bare_name(t.word, t.flag):
                # 徐某的父亲 / 张三妻子 / 闻堰街道: a possessor or a place, not the subject; of a place,
                # a body and a post before it (东坎镇司法所所长李平), the last name is the person's.
                name = None if nxt == "的" or _NOT_HEAD.match(nxt) else t.word
                continue
            # A verb inside a post (分行 read as one) may stand between its nouns, but not open the
            # clause, nor follow a person (记者前往…) or the name (刘威看望王鹏: 王鹏 is the object).
            inside = 0 < i < len(tokens) - 1 and name is None and tokens[i + 1].flag.startswith("n")
            listed = t.word == "、" and name is None  # 司法所所长、服务站站长李平: posts listed
            if not t.flag.startswith(_TITLE_FLAGS) and not listed and not (t.flag == "v" and inside and not PERSON_NOUN.search(tokens[i - 1].word)):
                break  # a predicate, a preposition, a pronoun, a particle: the subject ends
        if name:
            return name
    return None


_SENTENCE_END = re.compile(r"[。！？!?\n“]|\\n")
_EYES = re.compile(r"^在(.{2,20}?)(?:的)?眼[中里]")
_TITLE_FLAGS = ("n", "j", "l", "m", "q", "b", "eng", "f", "t")  # posts (退休工人: l), bodies, places, numbers, times
# After a name: kin (张三妻子 is his wife) or a place's or body's word (闻堰街道), so the name is no subject.
_NOT_HEAD = re.compile(
    r"(?:儿子|女儿|父亲|母亲|妻子|丈夫|爸爸|妈妈|家人|家属|孩子|哥哥|姐姐|弟弟|妹妹|"
    r"街道|社区|村|镇|乡|县|市|区|路|街|公司|集团|团队|家|一家)"
)


def _bare_name(word: str, flag: str) -> bool:
    """A person's name as jieba reads it (2–4 characters, nr, no common word), or 刘女士 / 王先生."""
    place = word[-1] in "省市县区镇乡村"  # 东坎镇: a place jieba reads as a name
    if flag.startswith("nr") and 2 <= len(word) <= 4 and looks_person(word) and not dictionary_word(word) and not place:
        return True
    return ADDRESSED.fullmatch(word) is not None


def salient_person(masked: str, lo: int, pos: int, pronoun: str) -> str | None:
    """The last person named (a name jieba reads as a person's, or 刘女士) in [lo, pos) that
    ``pronoun`` can stand for, in any role (…激发了学生陶鹤天的…。“…”她写道), outside the pronoun's
    own clause (向X说: X is spoken to)."""
    own = max((m.end() for m in _ANY_CLAUSE.finditer(masked, lo, pos)), default=lo)
    found = None
    for t in pos_tags(masked[lo:own]):
        if _bare_name(t.word, t.flag) and fits_pronoun(t.word, pronoun):  # fits_pronoun: never the narrator
            found = t.word
    return found
