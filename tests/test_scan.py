"""The first-character lookahead that keeps long word alternations fast."""

from __future__ import annotations

import re

from summarizer.cues import zh
from summarizer.cues.experts import en as experts_en
from summarizer.cues.experts import zh as experts_zh
from summarizer.cues.zh import attribution as zh_attribution
from summarizer.cues.zh import names as zh_names
from summarizer.cues.zh import verbs as zh_verbs
from summarizer.cues.scan import blank_out, finditer_at, first_chars


def test_first_chars_is_a_lookahead_on_first_characters() -> None:
    guard = re.compile(first_chars(["表示", "说", "a.b"]))
    assert [bool(guard.match(s)) for s in ("表", "说", "a", "示", ".")] == [True, True, True, False, False]


def test_every_speech_verb_still_matches_behind_the_guard() -> None:
    # Constructed: each verb of the closed class after a name; the guard must not hide any.
    for verb in zh_verbs._VERBS:
        assert zh.VERB.search(f"李平{verb}，") is not None, verb


def test_every_institution_still_matches_behind_the_guard() -> None:
    # Constructed: 南方<institution>教授李平表示 for each institution word.
    for inst in experts_zh._ZH_INST_WORDS:
        m = experts_zh.ZH_EXPERT.search(f"据悉，南方{inst}教授李平表示，")
        assert m is not None and m.group("name") == "李平", inst


def test_every_office_word_still_introduces_a_name() -> None:
    for office in (*zh_names._OFFICE_WORDS, "部长", "首相"):
        assert zh_attribution._INTRODUCED.search(f"该国{office}王明，") is not None, office


def _blank_by_characters(text: str, spans: list[tuple[int, int]]) -> str:
    # The plain definition: one character at a time.
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "\uff3f" * (end - start)
    return "".join(chars)


def test_blank_out_is_blanking_character_by_character() -> None:
    # Constructed: spans out of order, overlapping, nested, touching, empty and at both ends.
    text = "他说：“我们会来。”她说：“不会。” He said \"no\"."
    cases = [[], [(0, 1)], [(4, 8), (14, 17)], [(14, 17), (4, 8)], [(3, 10), (5, 7)], [(3, 6), (5, 9)],
             [(2, 4), (4, 6)], [(5, 5)], [(0, len(text))], [(len(text) - 3, len(text))]]  # fmt: skip
    for spans in cases:
        out = blank_out(text, spans)
        assert out == _blank_by_characters(text, spans), spans
        assert len(out) == len(text)


def test_a_verb_memo_gives_the_same_speakers() -> None:
    # Constructed: the memo answers a verb asked twice; the answers are those found without it.
    masked = "外交部发言人李明5日说，中方欢迎。他表示，会谈有成果。"
    verbs = [m.start() for m in zh.VERB.finditer(masked)]
    memo: zh.VerbMemo = {}
    first = [zh.speaker_of_verb(masked, v, 0, memo) for v in verbs]
    again = [zh.speaker_of_verb(masked, v, 0, memo) for v in verbs]
    assert first == again == [zh.speaker_of_verb(masked, v, 0) for v in verbs]
    assert first[0] is not None and first[0].name == "李明"
    assert set(memo) == {(v, 0) for v in verbs}


def test_patterns_tried_only_where_they_can_open_find_what_a_full_scan_finds() -> None:
    # Constructed runs of institution, title, name and speech pieces, deterministic: the
    # anchored scans of the experts must find exactly the matches of a full finditer.
    import random

    zh_pieces = ["南方", "大学", "学院", "研究中心", "中心", "科学院", "教授", "副教授", "研究员", "首席专家", "主任", "李平",
                 "王", "张大同", "表示", "说", "认为", "，", "。", "、", "（", "）", "(", ")", "威廉·诺德豪斯", "评论员",
                 "分析人士", "专家", "经济学家", "a", "B", "在", "日", "“", "据", "联盟", "理事长", "院士", "基金会",
                 "高级", "同样", "律师事务所", "律师", "ann lee", "博士"]  # fmt: skip
    en_pieces = ["economist", "economists", "Professor", "professor", "Prof.", "nuclear", "experts", "fellow", "Ann",
                 "Reyes", "Lee", "of", "the", "University", "at", "and", ",", "\n", "\u00a0", "-", "_", "x1", "senior-",
                 "analyst", "who", ".", "Zoë", "a", "an", "director", "Institute", "was", "said", "retired as",
                 "adviser"]  # fmt: skip
    rnd = random.Random(5)

    def spans(matches) -> list[tuple[tuple[int, int], dict]]:  # noqa: ANN001
        return [(m.span(), m.groupdict()) for m in matches]

    found = 0
    for _ in range(1500):
        zh_text = "".join(rnd.choice(zh_pieces) for _ in range(rnd.randint(1, 30)))
        en_text = "".join(rnd.choice(en_pieces) + rnd.choice(["", " ", "  "]) for _ in range(rnd.randint(1, 30)))
        # and appositives: 'Ann Reyes, a senior economist at the Elma Institute, said …'
        en_text += " ".join(
            rnd.choice(["Ann Reyes,", "Lee,", "said Ann Lee,", "Zoë Reyes Lee,", "The", ","])
            + " " + rnd.choice(["a", "an", "the", "who was", "who retired as", ""])
            + " " + rnd.choice(["senior", "", "political"]) + " " + rnd.choice(["economist", "director", "adviser", "fellow"])
            + " " + rnd.choice(["at", "of", "with", "and an analyst at"]) + " " + rnd.choice(["the Elma Institute", "Reyes University", "X"])
            + rnd.choice([", said.", ".", ","])
            for _ in range(rnd.randint(0, 3))
        )
        cases = [
            (experts_zh.ZH_EXPERT, zh_text, experts_zh._starts(experts_zh._ZH_EXPERT_AT, zh_text, 2, 30)),
            (experts_zh.ZH_BRACKET, zh_text, experts_zh._starts(experts_zh._ZH_BRACKET_AT, zh_text, 2, 8)),
            (experts_zh.ZH_BARE, zh_text, experts_zh._starts(experts_zh._ZH_BARE_AT, zh_text, 0, experts_zh.ZH_BARE_REACH)),
            (experts_zh.ZH_EXPERT_POST, zh_text, experts_zh._starts(experts_zh._ZH_POST_AT, zh_text, 2, 30)),
            (experts_en.EN_LOWER, en_text, experts_en._starts_with_word_before(experts_en._EN_LOWER_AT, en_text)),
        ]
        named = [m.start() for m in experts_en._EN_NAME_COMMA_AT.finditer(en_text)]
        for pattern in (experts_en.EN_APPOSITIVE, experts_en.EN_APPOSITIVE_BARE, experts_en.EN_APPOSITIVE_AND, experts_en.EN_FORMER):
            assert pattern.pattern.startswith(f"(?P<name>{experts_en._NAME}),")
            cases.append((pattern, en_text, named))
        for pattern, text, starts in cases:
            full = spans(pattern.finditer(text))
            assert spans(finditer_at(pattern, text, starts)) == full, (pattern.pattern[:40], text)
            found += len(full)
    assert found > 300


def test_every_zh_marker_match_holds_a_word_the_sentence_filter_looks_for() -> None:
    # find_conditions_zh skips a sentence where ZH_ANY_MARK finds nothing; that is only safe
    # while every match of every marker pattern holds one of its words. Constructed runs of
    # marker pieces and filler, deterministic.
    import random

    from summarizer.cues.conditions import zh as c

    pieces = ["如果", "假如", "倘若", "如若", "要是", "只要", "一旦", "万一", "除非", "只有", "要想", "若", "若干", "如", "当",
              "的话", "否则", "才", "才能", "时", "后", "的", "，", ",", "。", "依法", "应当", "可以", "就", "则", "港口", "扩建",
              "货运量", "回升", "必须", "由", "法院", "给予", "处罚", "会"]  # fmt: skip
    rnd = random.Random(12)
    patterns = [c.ZH_MARK, c._ZH_DEHUA, c._ZH_FOUZE, c._ZH_CAI, c._ZH_OPENER, c._ZH_LEGAL]
    seen = 0
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        for pattern in patterns:
            for m in pattern.finditer(text):
                seen += 1
                assert c.ZH_ANY_MARK.search(text, m.start(), m.end()), (pattern.pattern, text)
    assert seen > 1000
