"""When and where a quote was said, as the sentence around it states it.

Only the sentence's own words outside the quotation count, and a 据…报道
phrase is dropped first: its date is the report's, not the speech's.
"""

from __future__ import annotations

import re

_ZH_REPORT = re.compile(r"据.{1,40}?报道")
_ZH_DATE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:今年|去年|\d{4}年)?\d{1,2}月(?:初|上旬|中旬|下旬|底)?"
    r"|\d{1,2}日|当天|当日|同日|日前|(?:上|下|本)?周[一二三四五六日末]|星期[一二三四五六日天]"
)
_ZH_OCCASION = re.compile(
    r"在[^，。；]{2,24}?(?:上|时|期间|中|前|后)(?=[，,]|[^，。；]{0,12}(?:表示|说|称|指出|强调))"
    r"|对(?:记者|媒体|[^，。；“”]{1,10}(?:新闻|报|台|社|媒))"
    r"|接受[^，。；“”]{1,16}采访"
)
_ZH_NOT_OCCASION = re.compile(r"^在(?:此|这|其|此前|这方面)|基础上|情况下|问题上|过程中")
_EN_DATE = re.compile(
    r"\b(?:on |last |this |earlier |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b(?: (?:morning|afternoon|evening|night))?"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?:,\s*\d{4})?\b"
)
_EN_OCCASION = re.compile(
    r"\btold (?:reporters|journalists|the [A-Z][\w.]*(?: [A-Z][\w.]*){0,3}|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})"
    r"(?: in [A-Z][\w]*(?: [A-Z]\w*)?| in the capital| at [\w ]{3,30})?"
    r"|\b(?:at|during) an? [\w -]{0,30}?(?:conference|briefing|rally|meeting|hearing|summit|"
    r"event|interview|speech|debate|forum|session)\b"
    r"|\bin an interview(?: with [A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?"
    r"|\bon (?:Twitter|Facebook|X|television|Fox News|CNN|MSNBC|NBC|CBS|ABC)\b"
)


def occasion_and_date(sentence: str, lang: str) -> tuple[str | None, str | None]:
    """(occasion, date) stated in ``sentence`` (quotations already blanked out)."""
    if lang == "zh":
        sentence = _ZH_REPORT.sub(lambda m: " " * len(m.group()), sentence)
        date = _ZH_DATE.search(sentence)
        occasion = [o for o in _ZH_OCCASION.findall(sentence) if not _ZH_NOT_OCCASION.search(o)]
        return ("，".join(dict.fromkeys(occasion)) or None), (date.group() if date else None)
    date, occasion = _EN_DATE.search(sentence), _EN_OCCASION.search(sentence)
    return (occasion.group() if occasion else None), (date.group().strip() if date else None)
