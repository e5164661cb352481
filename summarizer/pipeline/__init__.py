"""The one orchestrator: article -> cues -> (rules | model in windows) -> merge -> records.

    run      Summarizer, summarize(), asummarize(): one configured run
    windows  the model engine, window by window (loaded only when used)
    merge    window answers into one; recall and speaker checks against the cues
"""

from .run import Summarizer, article_info, asummarize, summarize

__all__ = ["Summarizer", "article_info", "asummarize", "summarize"]
