"""Chinese quoted strings that are written or held up, not said: constructed sentences (written for these tests, not from any article)."""

from __future__ import annotations

from summarizer.article import from_text
from summarizer.cues import find_cues


def kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in find_cues(from_text(text)).quotes}


def test_banners_messages_notices_and_cited_texts_are_written_not_said() -> None:
    # constructed: a banner, a text message, a posted notice, a system prompt, a sign and what an article is
    # cited as saying; a person's own 提示 and 短信里说 stay speech
    k = kinds(
        "村民在路口拉起横幅“还我清水河，还我好收成”。"
        "当晚，张先生收到一条短信：“您的包裹已到驿站，请凭取件码领取。”"
        "车站门口张贴着通知：“本站自下月起暂停售票，请旅客改乘公交。”"
        "页面随后弹出后台提示称“系统繁忙，请稍后再试”。"
        "路口的警示牌提示“前方施工，车辆绕行”。"
        "经核查，该文中所称“某小区发生爆炸”系虚假信息。"
        "民警提示：“骗子常冒充客服，大家不要轻信。”"
        "李女士在短信里说：“钱我下个月还你。”"
    )
    assert k["还我清水河，还我好收成"] == "other"
    assert k["您的包裹已到驿站，请凭取件码领取。"] == "other"
    assert k["本站自下月起暂停售票，请旅客改乘公交。"] == "other"
    assert k["系统繁忙，请稍后再试"] == "other"
    assert k["前方施工，车辆绕行"] == "other"
    assert k["某小区发生爆炸"] == "other"
    assert k["骗子常冒充客服，大家不要轻信。"] == "speech"
    assert k["钱我下个月还你。"] == "speech"


def test_a_list_of_quoted_names_before_a_noun_is_names_but_speech_before_a_name_stays() -> None:
    # constructed: three shop names before 的招牌 are names, whatever the sentence's speech verb; a
    # sentence of speech juxtaposed with a quoted name before a noun stays speech
    k = kinds(
        "店主王强说，大风吹落了“红星理发店”、“东方快餐店”、“丽人美容工作室”的招牌。"
        "有网友评论：“这种视频早该下架了！”“笑料工厂”官网随后删除了视频。"
    )
    assert k["红星理发店"] == "name"
    assert k["东方快餐店"] == "name"
    assert k["丽人美容工作室"] == "name"
    assert k["这种视频早该下架了！"] == "speech"


def test_a_person_whose_noun_ends_in_ren_speaks_people_in_general_do_not() -> None:
    # constructed: 老人/当事人/主持人 are someone who speaks; 人们常说 / 有人说 / 老辈人说 report a saying
    k = kinds(
        "女儿病了，老人说：“她扛不得，她扛不得。”"
        "庭审结束后，当事人说：“我们需要这样干净又干事的好法官。”"
        "颁奖时主持人说：“这是该奖设立以来首次有演员登台领奖。”"
        "人们常说：“好事不出门，坏事传千里。”"
    )
    assert k["她扛不得，她扛不得。"] == "speech"
    assert k["我们需要这样干净又干事的好法官。"] == "speech"
    assert k["这是该奖设立以来首次有演员登台领奖。"] == "speech"
    assert k["好事不出门，坏事传千里。"] != "speech"


def test_a_long_slogan_a_content_noun_heads_or_yi_wei_frames_is_a_name() -> None:
    # constructed: slogans with commas inside a clause before 理念/精神/活动/之称, and inside 以…为主题, are
    # names whatever their length; 以…为由 gives someone's reason in their words; a quote that opens
    # its sentence before a noun that starts the narration stays speech
    k = kinds(
        "该村始终秉承“守住青山，留住乡愁”理念，发展乡村旅游。"
        "学校开展了以“读好书，做好人，走好路”为主题的读书月。"
        "活动旨在落实市里关于“减负提质，快乐成长”精神，推进课堂改革。"
        "该县自古便有“南北通衢，商旅云集”之称。"
        "物业公司以“电梯老化，暂时无法维修”为由，拒绝了业主的要求。"
        "“我们要把每一笔钱都用在刀刃上，让群众看得见，摸得着。”会议通报了上半年的支出情况。"
    )
    assert k["守住青山，留住乡愁"] == "name"
    assert k["读好书，做好人，走好路"] == "name"
    assert k["减负提质，快乐成长"] == "name"
    assert k["南北通衢，商旅云集"] == "name"
    assert k["电梯老化，暂时无法维修"] != "name"  # left to the rules for words said
    assert k["我们要把每一笔钱都用在刀刃上，让群众看得见，摸得着。"] == "speech"


def test_a_saying_named_as_one_or_what_everyone_says_is_not_speech() -> None:
    # constructed: a saying introduced by a noun for sayings (民谚, 老话, 谚语, 诗云, 有句话叫) or by 都说 with
    # no subject is held up, not reported; a named person's words after 说 stay speech
    k = kinds(
        "真应了那句民谚：“种瓜得瓜，种豆得豆。”"
        "有句老话曾经说，“远亲不如近邻”，邻里之间要互相帮助。"
        "都说“一分钱一分货”，可这次的货实在太差。"
        "古人有诗云：“春眠不觉晓，处处闻啼鸟。”"
        "村支书李建国说：“今年的收成比去年好。”"
    )
    assert k["种瓜得瓜，种豆得豆。"] != "speech"
    assert k["远亲不如近邻"] != "speech"
    assert k["一分钱一分货"] != "speech"
    assert k["春眠不觉晓，处处闻啼鸟。"] != "speech"
    assert k["今年的收成比去年好。"] == "speech"


def test_a_numbered_article_an_old_name_and_the_next_item_of_a_list_of_names_are_not_speech() -> None:
    # constructed: an article cited by its number (no code named right before it) is document text; 古称/素称
    # and 第三届 give names; a quote right after a quoted name, joined by 、 or nothing, is one more name;
    # a short quote opening its sentence, the clause going on with no speech verb, is a name
    k = kinds(
        "根据相关规定，第十二条明确规定：“经营者不得以任何理由拒绝退还押金。”"
        "该镇古称“清河”，素称“鱼米之乡”。"
        "第五届“山城读书节”由市图书馆主办。"
        "园区引进了两只小熊猫“欢欢”“乐乐”，每天吸引大批游客。"
        "端午节又称“端阳节”、“重五节”，各地习俗不同。"
        "比赛结束后，张教练说：“队员们都尽力了。”“山城快报”随后发布了赛况。"
    )
    assert k["经营者不得以任何理由拒绝退还押金。"] == "other"
    assert k["清河"] == "name"
    assert k["鱼米之乡"] == "name"
    assert k["山城读书节"] == "name"
    assert k["乐乐"] != "speech"
    assert k["重五节"] == "name"
    assert k["队员们都尽力了。"] == "speech"
    assert k["山城快报"] != "speech"


def test_a_quote_with_no_chinese_and_no_sentence_and_a_counted_writing_are_not_speech() -> None:
    # constructed: a ship's name in Latin letters, a phone number, a CSS fragment are names or code; an
    # English sentence someone said stays speech; 一篇“…” names an article
    k = kinds(
        "海事部门称，货轮“ocean star”昨日已驶离港口。"
        "派出所接到“110”指令后赶到现场。"
        "英国游客对记者说：“It is a wonderful city!”"
        "小编为你准备了一篇“震惊！这样存钱最划算”，请收藏。"
    )
    assert k["ocean star"] == "other"
    assert k["110"] == "other"
    assert k["It is a wonderful city!"] == "speech"
    assert k["震惊！这样存钱最划算"] == "title"
