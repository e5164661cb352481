"""Chinese conditionals: 如果…则… split into condition and consequence, with who states them (its speakers in ``zh_who``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...article import Segment
from .. import zh as cues_zh
from ..script import simplified
from ..types import ConditionCue
from .en import EN_INVERTED, EN_MARK, Speaker
from .zh_who import ZH_DEMAND, ZH_LAW_SAYS, zh_body_start, zh_demander, zh_persona, zh_writer

# 若 alone is a marker only when it is not part of 若干 / 倘若 / 如若 (those are matched whole);
# 要是 is not the 要 of a word before 是 (主要是, 需要是, 重要是, 想要是, 必要是: 'mainly is').
ZH_MARK = re.compile(r"如果|假如|倘若|如若|(?<![主需重想必])要是|只要(?![\d０-９]|[一两二三四五六七八九十几半][个张注份块元天件次位名斤])|一旦|万一|除非|只有|(?<![不都也还])要想|(?<![倘如假])若(?![干])")
# Discourse conditionals frame the speaker's own statement, not a condition of events:
# 如果说A，(那么)B contrasts A with B; 如果(仅)从这个角度看 / 若就整体而言 choose a point of view (a parenthesis may follow);
# 若以体积衡量 / 如按年计算 choose a measure.
# (如果说了 / 要是说成 … are saying something, a real condition.)
_ZH_DISCOURSE = re.compile(
    r"(?:如果|假如|倘若|如若|要是|若)(?:说(?![了成出]|过(?!去))[^，,。；;]*"
    r"|(?:仅|只|单|光|单纯)?(?:从|站在|就)[^，,。；;]{1,15}?(?:看|来看|看来|讲|来讲|说|来说|而言|出发|角度|立场)"
    r"(?:[(（][^)）]*[)）])?"
    r"|(?:以|按|按照)[^，,。；;]{1,15}?(?:衡量|计算|统计|折算))"
)
# 只有 (only if) and 要想 (to … one must) are conditions only with their main-clause partner;
# otherwise 只有 is 'there are only' (只有三个人).
_ZH_PARTNER = {"只有": re.compile(r"才"), "要想": re.compile(r"必须|就|才|得|需要|要")}
# …的话 closes a condition that no marker opened: 中方让步的话，谈判就能继续.
# 说的话 is the noun 'the words one says' (想说的话, 所说的话), not 'if'.
_ZH_DEHUA = re.compile(r"(?<!说)的话(?=[，,])")
# A，否则B: B follows when the requirement A is not met (除非…否则 is the marker's own cue).
_ZH_FOUZE = re.compile(r"[，,](?:否则|要不然)")
# 幸亏A，否则B: A happened, and B is what it prevented; a counterfactual about the past, not a
# condition (the closed class of 'luckily' adverbs).
_ZH_LUCKILY = re.compile(r"幸亏|幸好|多亏|好在|幸而|还好|所幸|万幸")
# 感谢X及时处置，否则B: thanks for what was done, and B what it prevented; a counterfactual too.
_ZH_THANKS = re.compile(r"感谢|谢谢|多谢|感激")
# A，否则(他)早就B: B would have happened long ago; A is a fact, not a requirement.
_ZH_LONG_AGO = re.compile(r"[\u4e00-\u9fff]{0,3}?早(?:就|已|都|该)")
# (一句|这番…)…的话: 话 is the noun 'words' after a measure word or a demonstrative, not 的话 'if'.
_ZH_WORDS = re.compile(r"[一这那此几每两]\s*[句番段]")
_ZH_CLAUSE_START = re.compile(r"[，,。；;：:！？“”\n]")
# 则 and 便 end a condition, but not inside words (即便, 以便, 否则, 规则, 原则 …);
# 否则 after a comma is the consequence marker of 除非….
# A short subject before 就 / 便 also opens the main clause (如果A，B，我们就C): the condition
# runs to it, and the subject stays with the consequence (group ``subject``).
_ZH_THEN = re.compile(
    r"[，,](?:那么|否则|则|就|便|才|(?=即可|那(?![些个种样里时儿边])))|(?<=[^，,即以方随顺否规原准法细])(?:则|便)"
    r"|[，,](?P<subject>[^，,。；;：:“”]{1,12}?)(?<![成迁将造])(?:就|便)(?![是业近算此]|这一|这个|相关|有关)"
)
_ZH_SUBJECT_MAX = 4  # characters: 我们, 企业, 网络客服
# Without a comma, 的话 or 就 + modal ends a marker's condition inside its clause
# (要是不够的话你再给我说 / 只要保证烹制时间就行); 就是 is 'exactly'.
# Prompt action opens the main clause too (一旦发现施工立即制止 / 如遇紧急情况请及时报警 / 发现不对劲
# 要及时退出); 及时 alone may be the condition's own (如果没有及时送来 / 不进行及时的治疗).
_ZH_PROMPT = r"(?<![不没未有行])(?:立即|立刻|马上)|(?<![更也还都])(?:要|应|应该|应当|请|须|必须)及时"
_ZH_INNER_THEN = re.compile(
    r"的话(?![，,])|(?<=[^，,即以方随顺否规原准法细成迁将造])就(?=行|好|可以|可|能|会|要|得)|" + _ZH_PROMPT
)
# A comma before a coordinator (以及, 和, 或者 …) continues the condition: 如果没有A，以及B，就….
_ZH_COMMA = re.compile(r"[，,](?!以及|及|和|或者|或是|并且|而且|且|还有)")
# The consequence ends at a contrast, at the sentence's end, and where a quotation opens (，“…).
# The consequence also ends where a further condition opens (如果A，就B，如果C，就D).
_ZH_STOP = re.compile(
    r"[，,](?:但|可是|不过|然而|而且|但是|“|如果|假如|倘若|要是|只要|一旦|万一|除非|若)|[。！？；;\n”]"
)
# X，才能Y / X时才可Y: 才 with a modal marks Y as holding only when X does (只有 left out).
# The main clause's subject before 才 is short (货运量才能…); a longer run is a duration or
# an adverbial (最快也要3到5年才能…), not a condition's main clause.
_ZH_CAI = re.compile(r"(?:[，,][^，,。；;“”\d０-９]{0,5}?|(?<=[时后]))才(?=能|会|可|行|算)")
# 如X，可以Y: 如 opens a condition only at a clause start and with a modal main clause;
# elsewhere it is 'such as' or part of a word (如今, 如何, 如此 …).
# 当X后/时，Y应… : once X happens, Y must (as 'once' in English); with a modal main clause only,
# so narration (当记者赶到时，火已扑灭) is not a condition.
_ZH_OPENER = re.compile(
    r"如(?![果若今何此下上同实期意常图表前所述题愿数约])(?=[\u4e00-\u9fff])"
    r"|当(?![时地天前今年局选作成然初即场面事中下日晚])(?=[\u4e00-\u9fff])"
)
_ZH_WHEN_END = re.compile(r"(?:后|时|之后|以后)$")
_ZH_WHEN_MAIN = re.compile(r"[^，,。；]{0,12}?(?:应该|应当|应|将|会|就|才|必须|可以|能|需要)")
# The main clause after 如X， opens with a modal or an advice (尽量, 最好), or has a full modal
# after a short subject (如当事人要求，首裁宜退出).
_ZH_RU_MAIN = re.compile(
    r"可以|可|将|就|则|应|宜|须|需|必须|会|便|不得|不能|一律|均|尽量|最好|务必|切勿"
    r"|(?!我|您|你)[\u4e00-\u9fff]{2,4}?(?:宜|应当|应该|应|必须|可以|将)"
)
# 如遇X请Y / 如发现X立即Y: 如 with a prompt or a request in its own clause, no comma.
_ZH_RU_PROMPT = re.compile(_ZH_PROMPT)
# 在X的情况下，Y应… / 待X后，Y可以…: a case or a wait before a modal main clause (在这种情况下 is
# anaphoric, its condition stated before; 对待 / 等待 / 有待 are other words).
_ZH_CASE = re.compile(
    r"在(?!这|此|该|那|上述|任何|各种)[^，,。；;“”]{3,30}?的?情况下(?=[，,])|(?<![对接期等看招款亟有留])待[^，,。；;“”]{2,20}?(?:之后|以后|后)(?=[，,])"
)
# 待X后，再Y: what will be done once X happens.
_ZH_AGAIN = re.compile(r"再")
# 但如X，… : a contrastive connective may stand before 如 at the clause start.
_ZH_BUT = ("但", "而", "但是", "不过", "可是", "然而")
# 如A、B等，…: 如 'such as' opens a list of examples, which ends in 等.
_ZH_EXAMPLES = re.compile(r"等等?$")


# The legal form X的，Y: 'whoever does X, Y' (构成犯罪的，依法追究刑事责任). Only with a main
# clause of legal consequence (可 but not 可能 / 可是 'but'): elsewhere X的， ends a noun phrase
# (他说的，我都同意), and a clause with 是 is the assertion 是…的.
# A classification (X的，应当认定为Y / 可视为Y) names what X is, not a consequence that follows it.
_ZH_LEGAL = re.compile(
    r"的[，,](?!(?:应当|应|可以|可)(?:认定|视为|视作))"
    r"(?=依法|由[^，,。；;]{1,12}?(?:依法|给予|处)|应当|应|须|必须|可以|可(?![能是想见惜])|处以?|予以|不得|一律)"
)
_ZH_COPULA = re.compile(r"是(?!否)")
_ZH_LEGAL_FROM = re.compile(r"[。；;：:\n]")
# A word that every match of the markers ``find_conditions_zh`` reads holds (ZH_MARK's words,
# 的话, 否则, 才, 如/当 that open _ZH_OPENER, 的， of _ZH_LEGAL, 情况下/待 of _ZH_CASE): a sentence without one has no
# conditional. Literal alternatives only, so ``re`` skips to their first characters.
ZH_ANY_MARK = re.compile(r"如|假如|倘若|要是|只要|一旦|万一|除非|只有|要想|若|的话|否则|要不然|才|当|的，|的,|情况下|待")


def has_conditional(text: str) -> bool:
    """Whether ``text`` holds a conditional marker of either language (a sentence a condition can cite).

    Chinese markers are read in the simplified view (否則 is 否则).
    """
    text = simplified(text)
    return any(p.search(text) for p in (ZH_MARK, EN_MARK, EN_INVERTED, _ZH_DEHUA, _ZH_FOUZE, _ZH_CAI, _ZH_LEGAL))


def find_conditions_zh(text: str, sents: list[Segment], speaker: Speaker) -> list[ConditionCue]:
    """Conditionals in Chinese sentences: 如果…则…, 一旦…, 只要…就…, …的话, …，否则…, …，才能…."""
    out: list[ConditionCue] = []
    for s in sents:
        if not ZH_ANY_MARK.search(text, s.start, s.end):
            continue  # no marker below can match in this sentence (most sentences: one scan, not six)
        marks = list(ZH_MARK.finditer(text, s.start, s.end))
        covered: list[tuple[int, int]] = []  # each marker's condition
        for m in marks:
            partner = _ZH_PARTNER.get(m.group())
            if partner and not partner.search(text, m.end(), s.end):
                continue
            if m.group() == "若" and _zh_in_name(text, s, m.start()):
                continue  # 王若飞 / 刘若英: a character of a name; 若隐若现 / 置若罔闻: of an idiom
            cond_start = m.end()
            # The main clause comes before the sentence's next condition (如果A，B，如果C，就D).
            nxt = next((k.start() for k in marks if k.start() >= cond_start), s.end)
            then = _ZH_THEN.search(text, cond_start, nxt)
            if then is not None and len(then.group("subject") or "") > _ZH_SUBJECT_MAX:
                then = None  # 一旦A，B，最终C就D: a long run before 就 is a clause of its own, not a subject
            if then is None:
                comma = _ZH_COMMA.search(text, cond_start, s.end)
                inner = _ZH_INNER_THEN.search(text, cond_start, comma.start() if comma else s.end)
                if inner is not None and inner.end() < (comma.start() if comma else s.end):
                    # 只要X就行 / 要是X的话你再Y: the main clause follows in the same clause, no comma.
                    cond_end = cons_start = inner.end() if inner.group() == "的话" else inner.start()
                elif comma is None:
                    if m.group() == "除非":
                        out.extend(_zh_unless_after(text, s, m.start(), speaker))  # Y，除非X。
                    continue
                else:
                    cond_end, cons_start = comma.start(), comma.end()
            else:
                # …，才能Y keeps its 才 ('only then'); 则 / 那么 / 就 after the comma only join;
                # a subject before 就 stays with the consequence.
                cond_end, cons_start = then.start(), then.end() - (then.group().endswith("才"))
                if then.group("subject") or then.group().endswith(("就", "便")) and then.group()[0] in "，,":
                    cons_start = then.start() + 1  # 我们就… / 就会…: the main clause's own words
            body = text[cond_start:cond_end].strip("，, ")
            if _ZH_DISCOURSE.fullmatch(text, m.start(), cond_end):
                covered.append((m.start(), cond_end))  # 如果说…的话 too
                continue
            if body:
                # The marker is part of the condition: 除非X states the opposite of X.
                condition = text[m.start() : cond_end].strip("，, ")
                covered.append((m.start(), cond_end))
                out.append(_zh_cue(text, s, m.start(), condition, cons_start, speaker))
        for d in _ZH_DEHUA.finditer(text, s.start, s.end):
            if any(lo <= d.start() <= hi for lo, hi in covered):
                continue  # 如果…的话: the marker's cue has it
            lo = _zh_clause_start(text, s, d.start())
            if _ZH_WORDS.search(text, lo, d.start()):
                continue  # 一句简单的话，…: the noun
            if len(text[lo : d.start()].strip("，, ")) >= 2:
                out.append(_zh_cue(text, s, lo, text[lo : d.end()].strip("，, "), d.end() + 1, speaker))
        for f in _ZH_FOUZE.finditer(text, s.start, s.end):
            if any(m.group() == "除非" and m.start() < f.start() for m in marks):
                continue
            lo = _zh_clause_start(text, s, f.start())
            if (_ZH_LUCKILY.match(text, zh_body_start(text, lo)) or _ZH_LONG_AGO.match(text, f.end())
                    or _ZH_THANKS.search(text, s.start, f.start())):
                continue  # 幸亏A，否则B / A，要不然他早就B了 / 感谢X做了A，否则B: a counterfactual
            # 否则 stays with its clause: the consequence follows when the condition is NOT met.
            if len(text[lo : f.start()].strip("，, ")) >= 2:
                out.append(_zh_cue(text, s, lo, text[lo : f.start()].strip("，, "), f.start() + 1, speaker))
        for c in _ZH_CAI.finditer(text, s.start, s.end):
            cai = c.end() - 1
            if any(m.start() < c.start() for m in marks) or "何" in text[max(s.start, cai - 4) : cai]:
                continue  # 只有…才 / 要想…才: the marker's cue has it; 何时才 / 如何才: a question
            if c.group().startswith(("，", ",")) and not text[c.start() : cai].endswith(("时", "后")):
                # X，Y才能Z: the condition is the clause before the comma.
                lo, hi, cons_start = _zh_clause_start(text, s, c.start()), c.start(), c.start() + 1
            else:
                # 在X时才可Z / X后才能Z: the condition is the clause up to 时 / 后.
                lo, hi, cons_start = _zh_clause_start(text, s, cai), cai, cai
            condition = text[lo:hi].strip("，, ")
            if len(condition) >= 2 and not cues_zh.VERB.search(condition[-3:]):  # not 他表示，…
                out.append(_zh_cue(text, s, lo, condition, cons_start, speaker))
        for r in _ZH_OPENER.finditer(text, s.start, s.end):
            at = r.start()
            if r.group() == "如":
                at -= next((len(b) for b in sorted(_ZH_BUT, key=len, reverse=True) if text.endswith(b, s.start, at)), 0)
            if at > zh_body_start(text, s.start) and text[at - 1] not in "，,；;：:":
                continue  # these open a condition only at a clause start
            comma = _ZH_COMMA.search(text, r.end(), s.end)
            prompt = _ZH_RU_PROMPT.search(text, r.end(), comma.start() if comma else s.end) if r.group() == "如" else None
            if prompt is not None and prompt.start() - r.end() >= 2:
                out.append(_zh_cue(text, s, r.start(), text[r.start() : prompt.start()], prompt.start(), speaker))
                continue
            if comma is None or comma.start() - r.end() < 2 or _ZH_EXAMPLES.search(text, r.end(), comma.start()):
                continue
            main = _ZH_RU_MAIN if r.group() == "如" else _ZH_WHEN_MAIN
            if r.group() == "当" and not _ZH_WHEN_END.search(text, r.end(), comma.start()):
                continue  # 当…后/时 only: 当X，Y is not a condition
            if main.match(text, comma.end()):
                out.append(_zh_cue(text, s, r.start(), text[r.start() : comma.start()], comma.end(), speaker))
        for k in _ZH_CASE.finditer(text, s.start, s.end):
            if k.group().startswith("待") and k.start() > zh_body_start(text, s.start) and text[k.start() - 1] not in "，,；;：:":
                continue  # 待…后 opens a clause
            if (_ZH_WHEN_MAIN.match(text, k.end() + 1) or _ZH_AGAIN.match(text, k.end() + 1)) and not any(c.start <= k.start() < c.end for c in out):
                out.append(_zh_cue(text, s, k.start(), k.group(), k.end() + 1, speaker))
        for g in _ZH_LEGAL.finditer(text, s.start, s.end):
            # The condition runs back over its commas to a clause mark or the frame (X法明确，).
            lo = max((m.end() for m in _ZH_LEGAL_FROM.finditer(text, s.start, g.start())), default=s.start)
            frames = [*ZH_LAW_SAYS.finditer(text, lo, g.start()),
                      *(v for v in cues_zh.VERB.finditer(text, lo, g.start()) if text[v.end() : v.end() + 1] in "，,：:")]
            lo = max((f.end() + (text[f.end() : f.end() + 1] in "，,：:") for f in frames), default=lo)
            condition = text[lo : g.end() - 1].strip("，, ")
            if _ZH_COPULA.search(text, _zh_clause_start(text, s, g.start()), g.start()):
                continue  # 人是放松的，可以… / 专家都是校方组织的，应当…: 是…的 asserts, no 'whoever' clause
            if len(condition) >= 3 and not any(c.start <= g.start() < c.end for c in out):
                out.append(_zh_cue(text, s, lo, condition, g.end(), speaker))
    out = [c for c in out
           if not _zh_asks(text, c) and not _ZH_BUT_FIRST.match(c.consequence or "") and not _zh_only_judges(c)]
    return zh_persona(text, sents, _zh_siblings(text, sorted(out, key=lambda c: c.start)))


# A main clause that asks (如果X，动机是什么呢？ / 否则岂不是…？) states no consequence: a
# rhetorical question is the writer's or speaker's argument, not a condition they set.
_ZH_QUESTION_END = re.compile(r"[吗呢]$|[？?]")


# A conditional that sets no condition: a main clause that only judges (如果X，…就尴尬了 / 要是辍学了就太可惜了:
# evaluative, as a rhetorical question is), a wish (要是X就好了 / 该多好 'if only X'; but 只要X就好了 is 'X is
# enough', a condition), or a hedge for a prediction or a wish whose condition names nothing (如果有可能，她仍然愿意… /
# 幸运的话，修复工作将于明年实施 / 如果顺利的话，…有望…).
_ZH_JUDGES = re.compile(r"(?:就|便|那|可)(?:太|很|真|更|会很|会)?(?:尴尬|麻烦|糟|糟糕|惨|可惜|遗憾|完|坏事)(?:了|啦)[!！。…]*$")
_ZH_WISH = re.compile(r"(?:就|便|那)好(?:了|啦)[!！。…]*$|(?:该|会)多好[啊呀]?[!！。…]*$")
_ZH_ENOUGH = re.compile(r"只要|只有|只需")
_ZH_HEDGE = re.compile(
    r"(?:而|但|但是|不过)?(?:如果|假如|倘若|如若|要是|若|如)?(?:有)?(?:可以|可能|顺利|幸运|运气好|不出意外|没有意外|没意外)(?:的话)?"
)


def _zh_only_judges(cue: ConditionCue) -> bool:
    """Whether the conditional is a wish, a judgement or a hedge rather than a condition someone sets."""
    consequence = cue.consequence or ""
    wish = _ZH_WISH.search(consequence) and not _ZH_ENOUGH.match(cue.condition)
    return bool(_ZH_JUDGES.search(consequence) or wish or _ZH_HEDGE.fullmatch(cue.condition))


# Y，除非X。: the condition comes after its main clause, and runs to the clause's end.
_ZH_UNLESS_END = re.compile(r"[，,。！？；;\n“”]")


def _zh_unless_after(text: str, s: Segment, at: int, speaker: Speaker) -> list[ConditionCue]:
    """The condition 除非X at ``at`` closing the clause before it (法律不再保护，除非双方另有约定。), when
    除非 opens a clause after a comma and nothing follows X in the sentence: Y holds unless X."""
    if at <= s.start or text[at - 1] not in "，,":
        return []
    end = _ZH_UNLESS_END.search(text, at, s.end)
    hi = end.start() if end else s.end
    if end is not None and end.group() not in "。！？；;\n”":
        return []  # 除非X，…: a clause follows; not this form
    lo = _zh_clause_start(text, s, at - 1)
    main = text[lo : at - 1].strip("，, ")
    if len(main) < 4 or hi - at < 4:
        return []
    return [ConditionCue(lo, hi, text[at:hi], main, speaker(lo, s.start, s.end), s.index)]


# A main clause cannot open with a contrast (我们都要想要赚钱，但是…): the clause before it is no condition.
_ZH_BUT_FIRST = re.compile(r"(?:但|可是|不过|然而)")


def _zh_in_name(text: str, s: Segment, at: int) -> bool:
    """Whether the character at ``at`` is inside a person's name of three or more characters (王若飞) or
    an idiom (若隐若现, 置若罔闻, 若无其事: jieba's ``i``)."""
    lo = _zh_clause_start(text, s, at)
    hi = _ZH_CLAUSE_START.search(text, at, s.end)
    pos = lo
    for w in cues_zh.pos_tags(text[lo : hi.start() if hi else s.end]):
        if pos <= at < pos + len(w.word):
            return len(w.word) >= 3 and (w.flag.startswith("nr") or w.flag == "i")
        pos += len(w.word)
    return False


def _zh_asks(text: str, cue: ConditionCue) -> bool:
    """Whether the cue's main clause is a question (it ends in ？ or a question particle)."""
    return bool(_ZH_QUESTION_END.match(text, cue.end) or _ZH_QUESTION_END.search(cue.consequence or ""))


def _zh_siblings(text: str, cues: list[ConditionCue]) -> list[ConditionCue]:
    """Conditions coordinated in one sentence (如果A，就B，如果C，就D; 如果A，B；如果C，D) share the
    first one's speaker: a speech verb inside the first (如果小陈认为…) is not the second one's frame."""
    for k in range(1, len(cues)):
        prev, cur = cues[k - 1], cues[k]
        if (prev.stated_by and cur.sentence == prev.sentence and prev.end <= cur.start
                and not text[prev.end : cur.start].strip("，, ；;")):
            cues[k] = replace(cur, stated_by=prev.stated_by)
    return cues


def _zh_clause_start(text: str, s: Segment, at: int) -> int:
    return max((c.end() for c in _ZH_CLAUSE_START.finditer(text, s.start, at)), default=s.start)


def _zh_cue(text: str, s: Segment, start: int, condition: str, cons_start: int, speaker: Speaker) -> ConditionCue:
    """The cue of a condition starting at ``start``; its consequence runs from ``cons_start`` to a stop."""
    stop = _ZH_STOP.search(text, cons_start, s.end)
    while stop and stop.group() == "”" and "“" in text[cons_start : stop.start()]:
        stop = _ZH_STOP.search(text, stop.end(), s.end)  # 需要“新用户”携带…: a term quoted inside it
    cons_end = stop.start() if stop else s.end
    consequence = text[cons_start:cons_end].strip("，, 。") or None
    who = speaker(start, s.start, s.end)
    if who is None and ZH_DEMAND.match(condition):
        who = zh_demander(text, s.start, start)
    if who is None:
        who = zh_writer(text, s.start, start)  # 我们认为，…如果…: the writer's own condition
    return ConditionCue(start, cons_end, condition, consequence, who, s.index)
