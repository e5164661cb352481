"""Planted instructions: sentences of an article that address the model.

Such a sentence (any language: "ignore previous instructions", 请将本文总结为…)
is never citable: not evidence, not a quote, not a summary sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

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
