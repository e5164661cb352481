"""Chinese sources that are no person: news outlets (据…报道, 《…》), pieces of the press and documents."""

from __future__ import annotations

import re

_VIA = re.compile(r"据(.{1,40}?)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:的)?报道")
TITLED_OUTLET = re.compile(r"《([^》]{1,20})》(?:网站|网)?$")
# A news outlet's name ends in a media noun (新华社, 《人民日报》, 央视网, 韩联社, 凤凰卫视频道).
OUTLET_END = r"(?:通讯社|社|报|网站|网|台|刊|杂志|新闻|媒体|媒|频道)"
OUTLET = re.compile(rf"{OUTLET_END}》?$")
# Pieces of the press: 报道称 / 文章指出 speak for the outlet named before them (within a few sentences).
REPORT_NOUNS = r"(?:报道|文章|消息|报告|社论|评论)"
REPORT = re.compile(rf"(?:该|这篇|此|上述)?{REPORT_NOUNS}")
OUTLET_REACH = 300
# Documents and statements: the texts that say things for their issuer, which is no actor itself.
# Announcements (公告, 通报, 公报) and written instruments (裁定书, 起诉书, 白皮书 …; 秘书 is an office) are documents too.
DOCUMENT_END = re.compile(rf"(?:{REPORT_NOUNS}|通知|信息|声明|言论|研究|分析|规定|意见|文件|裁定|公告|通告|公报|通报|(?<![秘尚])书)$")


def outlets(s: str) -> tuple[str, ...]:
    """The outlet chain of a 据…报道 phrase in ``s``, outermost first."""
    m = _VIA.search(s)
    if not m:
        return ()
    parts = re.split(r"援引|引述|引用|转引|转载", m.group(1))
    return tuple(p.strip("《》 ").rstrip("0123456789月日") for p in parts if p.strip("《》 "))
