"""Experts: a person introduced with a title and an institution, in Chinese and English."""

from __future__ import annotations

import re

from .types import ExpertCue

_ZH_INST = r"(?:大学|学院|研究院|研究所|研究中心|中心|科学院|智库|基金会|协会|学会|研究会|实验室)"
# A scholar's title is a short modifier and an office word: 讲席教授, 首席专家, 高级研究员.
_ZH_OFFICE = r"(?:经济学家|研究员|教授|所长|院长|主任|学者|专家|分析师|讲师|秘书长|理事长|会长)"
_ZH_TITLE = rf"(?:[\u4e00-\u9fff]{{0,4}}?{_ZH_OFFICE})"
ZH_EXPERT = re.compile(
    rf"(?P<aff>[\u4e00-\u9fff]{{2,30}}?{_ZH_INST})"
    rf"(?P<title>{_ZH_TITLE}(?:、{_ZH_TITLE})*)"
    r"(?P<name>[\u4e00-\u9fff·]{2,4}?)"
    r"(?=对|向|在|表示|指出|认为|说|称|分析|强调|直言|告诉|接受|也|则|还|曾|此前|，|。|、|的看法)"
)
# Words that lead into an affiliation but are not part of it.
_ZH_LEAD = re.compile(r"^(?:据|由|经|和|与|及|对|向|请|邀请|包括|其中|还有|以及)+")

_EN_TITLE = (
    r"(?:professor|analyst|fellow|director|researcher|scholar|expert|economist|scientist|"
    r"historian|strategist|lecturer|dean|specialist|pollster|editor|chair|adviser|advisor|"
    r"consultant|head)"
)
_CAP = r"[A-Z][\w.&'’-]*"
_NAME = rf"{_CAP}(?:[ \u00a0]+{_CAP}){{1,4}}"
_AFF = rf"{_CAP}(?:[ \u00a0]+(?:of|for|and|on|the|at|in|&|{_CAP}))*"
EN_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:an?\s+|the\s+)?"
    rf"(?P<title>(?:[\w-]+\s+){{0,3}}?{_EN_TITLE}(?:\s+(?:of|in|on|for)\s+[a-z][\w ,-]*?)?)"
    rf"\s+(?:at|of|with|for|from)\s+(?:the\s+)?(?P<aff>{_AFF})"
)
EN_PREFIX = re.compile(
    rf"(?P<aff>{_CAP}(?:[ \u00a0]+(?:of|for|and|{_CAP}))*)[ \u00a0]+"
    rf"(?P<title>(?:senior\s+|associate\s+|assistant\s+|political\s+|research\s+)?{_EN_TITLE})"
    rf"\s+(?P<name>{_NAME})"
)


def find_experts_zh(text: str) -> list[ExpertCue]:
    """Each titled scholar; first mention wins."""
    out: list[ExpertCue] = []
    seen: set[str] = set()
    for m in ZH_EXPERT.finditer(text):
        aff = m.group("aff")
        lead = _ZH_LEAD.match(aff)
        start = m.start() + (lead.end() if lead else 0)
        name = m.group("name")
        if name in seen:
            continue
        seen.add(name)
        out.append(ExpertCue(name, m.group("title"), text[start : m.start("title")], start, m.end()))
    return out


def find_experts_en(text: str) -> list[ExpertCue]:
    """'X, a professor at Y' and 'Y fellow X'; first mention wins."""
    out: list[ExpertCue] = []
    seen: set[str] = set()
    found = [(m, "app") for m in EN_APPOSITIVE.finditer(text)]
    found += [(m, "pre") for m in EN_PREFIX.finditer(text)]
    for m, _ in sorted(found, key=lambda x: x[0].start()):
        name = m.group("name").strip()
        surname = name.split()[-1]
        if surname in seen:
            continue
        seen.add(surname)
        aff = re.sub(r"\s+(?:and|of|the|at|in|on|for|&)$", "", m.group("aff").strip())
        out.append(ExpertCue(name, m.group("title").strip(), aff, m.start(), m.end()))
    return out
