"""Chinese stances that have no speech verb's subject: the writer's own (我们 / 笔者 认为 …) and a named court's
ruling told in the passive or after 经 / 由.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...article import Article
from .. import zh as cues_zh
from ..scan import BLANK
from ..zh.words import WE, WRITER
from .base import StanceCue
from .zh_names import zh_named
from .zh_verbs import ZH_CLAUSE_END, content_start, stance_end


# The writer's names, as the conditions' writer spells them (zh words WE, WRITER), but a site's 小编: it narrates
# listicles and advice columns (小编认为，车子撞了不要紧…), advice to readers, no stance in the news (test_stances).
_ZH_WRITER_NAMES = "|".join(n for n in (WE, *WRITER.split("|")) if n != "小编")
_WRITER_WHO = re.compile(_ZH_WRITER_NAMES)

# The writer's own voice taking a stance: a commentary's or a research note's 我们 / 笔者 as the subject of a verb of
# opinion (我们认为…, 对此我们并不认同, 笔者建议…). The silver sets name such a holder as the text does (我们, 笔者).
# (Wishes, 我们希望 / 期待 / 坚信, are the writer's too, but on inews-train they were mostly an advertiser's or a
# site's boilerplate and an interviewee's unmarked speech: 15 of 28 right.)
_ZH_WRITER_STANCE = re.compile(
    r"(?:^|(?<=[，,。；;！？!?\n：:]))\s*(?:因此|所以|对此|但是|但|而|不过|同时|此外|总之|综上所述|综上|故|因而|然而|那么|当然)?[，,]?"
    rf"(?P<who>{_ZH_WRITER_NAMES})(?P<adv>[也还都则更始终一直并仍亦]{{0,3}})(?P<verb>倾向于认为|认为|并不认同|不认同|认同|建议)"
)

# A transcript's speaker label (答：, 彭博社记者：, 主持人：): what follows is that speaker's, 我们 included.
_ZH_SPEAKER_LABEL = re.compile(r"(?:^|(?<=[\n。！？]))[^，,。\n]{0,12}(?:答|问|记者|主持人|发言人)[：:]")


def _someone_speaks(masked: str, lo: int, hi: int) -> bool:
    """A speech verb between ``lo`` and ``hi`` has a named speaker, or a pronoun for one (not the writer's names themselves)."""
    for v in cues_zh.VERB.finditer(masked, lo, hi):
        who = cues_zh.speaker_of_verb(masked, v.start(), lo)
        if who is not None and not _WRITER_WHO.fullmatch(who.name) and (who.pronoun or zh_named(who.name)):
            return True
    return False


def writer_stances(article: Article, masked: str) -> Iterator[StanceCue]:
    """The writer's views: 我们 / 笔者 heading a clause whose verb states an opinion, in a text where nobody has been
    quoted before it, no transcript label stands before it and nobody is reported speaking earlier in its paragraph
    (else the 我们 may be that speaker's, unmarked: an executive's 我们相信…, a spokesman's 答：我们要求…)."""
    text = article.text
    for s in article.sentences:
        for m in _ZH_WRITER_STANCE.finditer(masked, s.start, s.end):
            at, v_end = m.start("who"), m.end("verb")
            para = masked.rfind("\n", 0, at) + 1
            if BLANK in masked[:v_end] or _ZH_SPEAKER_LABEL.search(masked, 0, at) or _someone_speaks(masked, para, at):
                continue
            start = content_start(masked, v_end)
            end = stance_end(masked, start, v_end, s.end)
            stance = text[start:end].strip("，, ：:")
            if len(stance) < 6 or masked[end : end + 1] in ("？", "?"):
                continue  # 对此我们并不认同: what is not agreed with is the sentence before; a question takes no view
            start = text.index(stance, start)
            topic = re.split(r"[，,：:；]", stance, maxsplit=1)[0][:30] or stance
            yield StanceCue(m.group("who"), m.group("verb"), stance, topic, start, start + len(stance), s.index, False)


# A court's ruling told in the passive or after 经 / 由 (张某被榆阳区人民法院以受贿罪判处有期徒刑六年, 经保定中院二审裁定…):
# the court, named with its place, rules; the clause's subject is whom it rules on.
_ZH_PASSIVE_RULING = re.compile(
    r"(?P<prep>被|经|由|在)(?P<court>[\u4e00-\u9fff]{2,20}?(?:人民法院|法院|中院|高院|法庭))"
    r"(?P<adv>(?:[^，,。；;：:！？\n]{0,12}?审理[，,])?[^，,。；;：:！？\n]{0,20}?)(?P<verb>判处|判决|裁定|驳回|改判)"
)
_ZH_RULING_OBJECT_AFTER = {
    "判处": re.compile(r"[^，,。；;]{0,20}?(?:有期徒刑|无期徒刑|死刑|死缓|拘役|管制|罚金|缓刑)"),
    "驳回": re.compile(r"[^，,。；;]{0,12}?(?:上诉|起诉|诉讼请求|申请|请求|再审)"),
}

# A ruling that is the background of the story (此前曾因盗窃被法院判处…, …刑满释放), supposed (如果…被判处), or
# to come (将被, 可能被): not the court's act this article reports.
_ZH_RULING_BACKGROUND = re.compile(r"此前|之前|以前|曾经|曾因|曾被|曾|前科|早年|多年前|年前|刑满|释放|如果|假如|若|一旦|可能|或将|将被|会被|将|应当|应")
_ZH_COURT_PLACE = re.compile(r"[省市县区州旗盟]|中级|高级|铁路|海事")


def passive_rulings(article: Article, masked: str) -> Iterator[StanceCue]:
    """A named court's ruling where the court stands after 被 / 经 / 由 in its clause: its stance on the case."""
    text = article.text
    for s in article.sentences:
        for m in _ZH_PASSIVE_RULING.finditer(masked, s.start, s.end):
            court, verb = m.group("court"), m.group("verb")
            place = re.sub(r"(?:人民法院|法院|中院|高院|法庭)$", "", court)
            tags = cues_zh.pos_tags(place)
            if not (_ZH_COURT_PLACE.search(place) or any(t.flag == "ns" for t in tags)) or any(t.flag == "v" for t in tags):
                continue  # 被法院, 经一审法院, 由人民法院: no court named; 在履行银海法院…: a verb's object, no court acting
            if masked[m.end() : m.end() + 1] in ("的", "书") or masked[m.start() - 1 : m.start()] == "的":
                continue  # 被法院判决的罚金: a noun
            obj = _ZH_RULING_OBJECT_AFTER.get(verb)
            if obj is not None and not obj.match(masked, m.end()):
                continue
            clause = max((c.end() for c in re.finditer(r"[，,：:；;]", masked[s.start : m.start()])), default=0) + s.start
            stop = ZH_CLAUSE_END.search(masked, m.end(), s.end)
            if _ZH_RULING_BACKGROUND.search(masked, s.start, m.start()) or _ZH_RULING_BACKGROUND.search(masked, m.end(), stop.start() if stop else s.end):
                continue
            start = m.end("court")
            end = stance_end(masked, start, m.end(), s.end)
            stance = text[start:end].strip("，, ")
            if len(stance) < 6 or clause > m.start():
                continue
            start = text.index(stance, start)
            yield StanceCue(court, verb, stance, stance[:30], start, start + len(stance), s.index, False)
