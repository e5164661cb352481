"""Chinese word classes the cue rooms share: nouns for a person, the narrator, bodies, quantities, clause openers.

Closed classes of Chinese grammar and news style, written once here and read by
the attribution rules (``zh``: ``speaker``, ``reference`` and the rest), the stance,
expert and condition cues. Where two rooms need a class cut differently, both
variants stand here side by side, each named for what it is for, with the line
that says why it differs.
"""

from __future__ import annotations

import re

# --- Nouns for a person ----------------------------------------------------------------

# The characters that end a noun for a person: agent suffixes (读者, 委托人, 警员, 网友, 摊主,
# 车主, 男子, 群众) and kin (父亲, 丈夫, 妻子, 奶奶, 大爷).
PERSON_END_CHARS = "者人员家师手工生士民友客主长官兵警众子女儿孙亲夫妻父母爷奶姐妹兄弟哥嫂叔姨婆妈爸"
PERSON_END = re.compile(rf"[{PERSON_END_CHARS}]$")
# 时间未 is no one (speaker): the head that keeps its name ends as a person or a body does
# (村委, 公安局, 公司, 叔伯, 姑娘, 同学们).
NAME_HEAD_END = re.compile(rf"[{PERSON_END_CHARS}伯娘们局部委会司]$")
# Nouns for a person with no name (reference: 投诉人, 律师, 车主, 网友, 群众, kin): whole words where
# PERSON_END has a last character, since a phrase with no name is a person only by its head (样子, 叶子).
PERSON_NOUN = re.compile(
    r"(?:[者人员师士民友客官警兵众]|[车业店摊事]主|家长|选手|歌手|学生|医生|男子|女子|妻子|儿子|孩子|小伙子?|丈夫|"
    r"父亲|母亲|爸爸|妈妈|爷爷|奶奶|姐姐|妹妹|哥哥|弟弟|叔叔|阿姨|大爷|大妈|女儿|老板)$"
)
# An actor whose report may go on past its sentence (conditions): a noun for a person, or for an
# office or a body (教授, 主任, 经理, 人士, 警方, 公司 …): PERSON_END widened, since a body reports too.
ACTOR_END = re.compile(
    rf"(?:[{PERSON_END_CHARS}授任理绅队]"
    r"|人士|专家|记者|机场|方面|警方|公安|部门|机关|单位|机构|公司|集团|企业|网站|物业|银行|学校)$"
)
# A surname and a form of address, the head of the noun phrase before the verb (学院李老师表示).
ADDRESS = "老师|先生|女士|同学|师傅"
ADDRESSED = re.compile(rf"[\u4e00-\u9fff](?:{ADDRESS})$")
# 这名外交官 / 该负责人 / 这位专家: a noun phrase pointing back, read like 他.
ANAPHOR = re.compile(r"^(?:这名|这位|该名|该位|那位|此名)")

# --- The narrator ----------------------------------------------------------------------

# Who tells a news text rather than acts in it, one closed class in parts: the writer's words for
# themself (笔者, 小编), the editor (编者, of 编者按), the reporter (记者), the publication speaking of
# itself (本报, 本刊, 本网) and the first person (我们, 我). Each cut below takes the parts its room reads.
WRITER = "笔者|小编"
EDITOR = "编者"
REPORTER = "记者"
PUBLICATION = "本报|本刊|本网"
WE = "我们"
ME = "我"
# 我国 / 我省 / 我市 … / 我校 / 我军 / 我方 / 我党: the writer's country, town or side, not the writer speaking.
NOT_MY_PLACE = "(?![国省市县区乡镇校院军方党])"
# Who a 他 or 她 in the narration never stands for (reference): the reporter, the writer, the editor,
# the first person, at the end of a noun phrase.
NARRATOR_END = re.compile(rf"(?:{REPORTER}|{WRITER}|{EDITOR}|{ME}|{WE})$")
# A stance holder that is the narrator (stances: 本报记者, 新京报记者, 笔者): the first person is
# rejected there among the pronouns (clause_inside), and 编者 has never been in this cut.
STANCE_NARRATOR_END = re.compile(rf"(?:{WRITER}|{REPORTER})$")
# The writer speaking in the running text (conditions: a sentence between a report and its
# condition that is the writer's own, 笔者也在考虑…); 我 but not 我国 / 我市 ….
WRITER_VOICE = re.compile(rf"{WRITER}|{EDITOR}|{WE}|{ME}{NOT_MY_PLACE}")
# A condition's speaker that is the writer or the publication, whole (conditions: 小编, 本报记者):
# they state the article's own conditions; 记者 alone is left to the actor test, as it always was.
WRITER_NAME = re.compile(rf"{WRITER}|{EDITOR}|{PUBLICATION}|本报{REPORTER}")

# --- Bodies ----------------------------------------------------------------------------

# The last words of a public body's or an organisation's name (外交部, 公安局, 方面, 组织).
ORG_END = re.compile(
    r"(?:部|省|院|所|军|方|国|府|会|社|局|处|厅|委|团|党|台|报|网|媒|中心|大学|政府|方面|组织|"
    r"声明)$"
)
# A firm's last word inside an analyst's title phrase (experts: 某某证券首席分析师): searched, not
# anchored, because the title follows it; a closing bracket ends a body glossed in brackets.
FIRM_END = re.compile(r"(?:公司|集团|银行|证券|基金|资本|咨询|控股|[)）])")

# --- Quantities ------------------------------------------------------------------------

# An indefinite quantity before a group noun (不少网友, 一些网友认为): the group is the clause's own subject.
QUANTITIES = "不少|很多|许多|一些|有些|部分|多数|大多数|少数|多名|多位|数名|数位|几位|几名"
QUANTIFIER = re.compile(rf"^(?:{QUANTITIES})(?=[\u4e00-\u9fff]{{2}})")
# What opens a subject that is no actor (conditions: 很多人, 有人, 当然): the quantities of QUANTIFIER,
# read without its lookahead, with 当然, 小 and 有人.
INDEFINITE = re.compile(rf"(?:{QUANTITIES}|当然|小|有人)")
# 也有律师称 / 有网友说: an existential 有 (with a count at most) before the noun that speaks.
EXISTENTIAL = re.compile(r"^(?:也|还)?有(?:[一几](?:位|名|个|些))?(?=[\u4e00-\u9fff]{2})")

# --- Clause openers --------------------------------------------------------------------

# Time words and adverbials that come between a subject and its verb, or open a clause.
TIME = (
    r"[一二三四五六七八九十]+月|当天|当日|当晚|今天|昨天|明天|今日|昨日|日前|近日|近期|近来|最近|"
    r"此前|先前|早前|早些时候|目前|此后|随后|事后|当时|同日|今年|去年|本周|上周|下周|本月|上月|"
    r"周[一二三四五六日末]|星期[一二三四五六日天]|上午|下午|晚间|晚上|早上|凌晨|中午|傍晚|"
    r"会上|会后|会中|席间|期间|届时"
)
# What may open a clause before its subject: conjunctions and time adverbials (所以X感慨道 /
# 当时X称 / 28日X表示); they are no part of the subject.
OPENER = re.compile(
    r"^(?:(?:所以|因此|因而|于是|但是|可是|然而|不过|而且|并且|另外|此外|同时|但|而|[也还](?=有)|"
    + TIME + r"|\d+(?:年|月|日|号|时|点|分)(?:许|左右)?)[，,\s]*)+"
)
# Words that lead into a subject without being part of it (正如X所言).
AS_LEAD = re.compile(r"^(?:正如|诚如|一如|如同)")
# Clause openers before a stance holder (stances): connectors, 另据 / 据悉, a few time adverbials;
# unlike OPENER, no comma after them and a shorter list of time words.
CONNECTOR_LEAD = re.compile(
    r"^(?:而且|并且|但是|然而|不过|此外|同时|因此|所以|另外|其中|对此|另据|据悉|此前|随后|目前|如今|"
    r"当地时间|与此同时|而|但|并|且|另)+"
)
# Words that open a clause before an analyst title's noun phrase (experts), not part of it:
# connectors, and 在 / 据 / 根据 / 包括 before the phrase.
TITLE_LEAD = re.compile(r"^(?:在|据|根据|此外|另外|对此|其中|而|但|不过|同时|并|还有|以及|包括)+")
# Words that lead into an expert's affiliation but are not part of it (experts): prepositions
# and speech verbs too, since the affiliation is matched from any Han run (称南方大学…).
AFFILIATION_LEAD = re.compile(r"^(?:据|根据|由|经(?!济)|和|与|及|对|向|在(?!线)|请|邀请|包括|其中|还有|以及|称|说|表示)+")

# Parts of speech (jieba's flags) that make a clause of what comes before a name: pronouns,
# adverbs, prepositions, conjunctions, aspect and modal particles.
CLAUSE_FLAGS = ("r", "d", "p", "c", "ul", "uz", "ug", "y", "e")
