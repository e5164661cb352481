"""jieba's part-of-speech tagger for the Chinese cues, loaded on first use, and its dictionary."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def tagger():  # noqa: ANN201 - jieba's part-of-speech tagger (the module), loaded on first use; the checks share it
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


@lru_cache(maxsize=4096)
def pos_tags(text: str) -> tuple:  # noqa: ANN201 - jieba's pair objects (.word, .flag)
    """jieba's words and parts of speech for a short piece of text (a holder, a name)."""
    return tuple(tagger().cut(text))


_COMMON = 50  # how often jieba's dictionary must have seen a word to call it common


def dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary has seen ``word`` often (a common word, not a name)."""
    tagger()
    import jieba

    jieba.dt.check_initialized()  # the dictionary loads on the first cut: FREQ is empty before it
    return jieba.dt.FREQ.get(word, 0) >= _COMMON
