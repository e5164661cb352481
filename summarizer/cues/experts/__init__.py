"""Experts: a named analyst, scholar or researcher introduced with a title (and often an institution).

The forms are the ones a style guide lists for introducing a source by expertise:

- Chinese: ``<机构><头衔><姓名>`` (南方大学教授李平, 中国工程院院士、某联盟理事长王某),
  a bare analyst title before the name when the name is followed by speech
  (业界评论员王某说), and ``姓名（机构头衔）``.
- English: the appositive ``X, a professor at Y`` / ``X, an economist``,
  ``X of <research institution>``, the prefix ``Y fellow X`` and the lowercase
  descriptive title ``economist X`` / ``nuclear experts X and Z of Y``.

An official speaking for an office is not an expert ("Port director Sara
Lind", 交通局局长王某): office titles (director, head, chair, 主任, 秘书长 …)
count only at a research or academic institution; analyst titles (professor,
economist, 研究员, 评论员 …) count anywhere.

Rooms: ``zh`` (the Chinese forms) and ``en`` (the English forms), over ``base``
(what both share). This module only exports.
"""

from __future__ import annotations

from .en import find_experts_en
from .zh import find_experts_zh

__all__ = ["find_experts_en", "find_experts_zh"]
