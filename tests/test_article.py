"""Loading articles: formats, metadata, offsets, paragraphs and sentences."""

from __future__ import annotations

import hashlib

import pytest

from summarizer.article import from_bytes, from_text, join_sentences, load_path

from .conftest import EXAMPLES


def test_text_file_offsets_index_the_file_text_and_sha256_is_of_the_bytes():
    path = EXAMPLES / "zh_trade_talks.txt"
    article = load_path(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert article.language == "zh"
    assert article.title == "海湾港口谈判陷入僵局 双方互设前提"


def test_every_sentence_and_paragraph_reproduces_from_its_offsets():
    for name in ("zh_trade_talks.txt", "en_port_dispute.md"):
        article = load_path(EXAMPLES / name)
        for seg in [*article.paragraphs, *article.sentences]:
            assert article.text[seg.start : seg.end] == seg.text


def test_chinese_sentences_end_after_closing_quotes():
    article = from_text("他说：“我们会谈。”她说：“不会。”随后散会。")
    assert [s.text for s in article.sentences] == ["他说：“我们会谈。”", "她说：“不会。”", "随后散会。"]


@pytest.mark.parametrize(
    ("texts", "language", "joined"),
    [
        (["港口谈判陷入僵局", "双方互设前提。"], "zh", "港口谈判陷入僵局。双方互设前提。"),
        (["他说：“可以谈。”", "对方拒绝。"], "zh", "他说：“可以谈。”对方拒绝。"),
        (["Harbour talks stall", "Both sides set terms."], "en", "Harbour talks stall. Both sides set terms."),
        (["She said so.", "He did not."], "en", "She said so. He did not."),
    ],
)
def test_joined_sentences_never_run_together(texts, language, joined):
    assert join_sentences(texts, language) == joined


def test_english_abbreviations_do_not_end_sentences():
    article = from_text("Sen. Smith met Dr. Jones in the U.S. capital on Monday. They talked.")
    assert len(article.sentences) == 2


def test_markdown_front_matter_gives_title_and_date():
    article = load_path(EXAMPLES / "en_port_dispute.md")
    assert article.format == "markdown"
    assert article.title == "Port talks stall as both sides set conditions"
    assert article.published == "2026-03-14"
    assert article.language == "en"


def test_html_keeps_visible_text_and_metadata_only():
    html = (
        "<html><head><title>Budget vote</title><style>p{color:red}</style>"
        '<meta property="article:published_time" content="2026-01-02"></head>'
        "<body><script>var secret = 1;</script><p>The council voted.</p>"
        "<p>&ldquo;It passed,&rdquo; the mayor said.</p></body></html>"
    )
    article = from_bytes(html.encode(), source="page.html")
    assert article.format == "html"
    assert article.title == "Budget vote"
    assert article.published == "2026-01-02"
    assert "secret" not in article.text and "color" not in article.text
    assert article.text == "The council voted.\n“It passed,” the mayor said."


def test_utf8_bom_is_tolerated():
    article = from_bytes("\ufeff他说。".encode(), source="a.txt")
    assert article.text == "他说。"


# Constructed for these tests: front matter whose values look like article text.
YAML_FM = ('---\ntitle: "Council \\"delays\\" vote"\ndate: 2031-04-02\nurl: https://example.org/a\n'
           'source: Eastmere Post\nsummary: \'The mayor said: "We will never raise fares."\'\n---\n'
           '# Council delays vote\n\nThe council met on Tuesday.\n\n'
           '“We need more time,” said chair Ana Reyes.\n')
TOML_FM = ('+++\ntitle = "Council \\"delays\\" vote"\ndate = 2031-04-02\nurl = "https://example.org/a"\n'
           '+++\nThe council met on Tuesday.\n\n“We need more time,” said chair Ana Reyes.\n')


@pytest.mark.parametrize("text", [YAML_FM, TOML_FM], ids=["yaml", "toml"])
def test_front_matter_is_metadata_and_never_article_text(text):
    article = from_bytes(text.encode(), source="a.md")
    fm_end = text.index("\n", text.index("---\n#" if text.startswith("---") else "+++\nThe") + 1)
    assert article.title == 'Council "delays" vote'
    assert article.published == "2031-04-02" and article.url == "https://example.org/a"
    # Offsets stay offsets into the file's text: same length, body untouched, front matter blank.
    assert len(article.text) == len(text) and article.text[fm_end:] == text[fm_end:]
    assert article.text[:fm_end].strip() == ""
    assert all(s.start >= fm_end for s in article.sentences)
    quote = "We need more time,"
    assert article.text.index(quote) == text.index(quote)


def test_front_matter_source_is_kept_as_metadata():
    assert from_bytes(YAML_FM.encode(), source="a.md").meta["source"] == "Eastmere Post"


def test_quotes_in_front_matter_are_not_cues():
    from summarizer.config import Settings
    from summarizer.pipeline import Summarizer

    result = Summarizer(Settings(engine="rules")).summarize(from_bytes(YAML_FM.encode(), source="a.md"))
    assert result.quotes and all("never raise fares" not in q.text for q in result.quotes)
    assert all(q.span[0] > YAML_FM.index("\n---\n") for q in result.quotes)


def test_malformed_front_matter_is_blanked_and_gives_no_metadata():
    text = "---\ntitle: [unclosed\n---\nThe council met on Tuesday.\n"
    article = from_bytes(text.encode(), source="a.md")
    assert "unclosed" not in article.text and article.title != "[unclosed"
    assert article.text.endswith("The council met on Tuesday.\n") and len(article.text) == len(text)


def test_a_period_before_a_lowercase_word_does_not_end_a_sentence() -> None:
    # Constructed: a lowercased Latin name inside Chinese text, and an English one.
    a = from_text("美国地区法院（u.s. dist. court）法官表示，该案将继续审理。他说，判决将在下月作出。")
    assert [s.text for s in a.sentences] == ["美国地区法院（u.s. dist. court）法官表示，该案将继续审理。", "他说，判决将在下月作出。"]
    b = from_text("The ruling came from the U.S. dist. court in Portland. Then the clerk read it.")
    assert len(b.sentences) == 2


def test_scraped_text_paragraphs_escaped_newlines_and_ideographic_indents() -> None:
    # Constructed: a newline left escaped by a scraper, and paragraphs opened by two
    # ideographic spaces with no line break between them.
    a = from_text("港口回應:新碼頭延後開放\\n本報訊，港務局表示將延後開放。")
    assert [p.text for p in a.paragraphs] == ["港口回應:新碼頭延後開放", "本報訊，港務局表示將延後開放。"]
    b = from_text("渡轮停航引发不满　　“我们每天都要过海。”一位乘客说。　　港务局表示，下周复航。")
    assert [p.text for p in b.paragraphs] == ["渡轮停航引发不满", "“我们每天都要过海。”一位乘客说。", "港务局表示，下周复航。"]


def test_ascii_spaces_before_an_ideographic_indent_still_open_a_paragraph() -> None:
    # Constructed: scraped Chinese text often has two ASCII spaces before the two ideographic ones.
    a = from_text("港务局表示，下周复航。  　　渡轮公司称将加开班次  　　一位乘客说，这是好消息。")
    assert [p.text for p in a.paragraphs] == ["港务局表示，下周复航。", "渡轮公司称将加开班次", "一位乘客说，这是好消息。"]


def test_every_short_title_ends_no_english_sentence():
    # constructed: one list of title abbreviations (article.EN_TITLE_ABBREVIATIONS) for the sentence splitter,
    # the experts' names and the stance holders: 'Capt.' and 'Pres.' were titles to one room, stops to another.
    article = from_text("Army Capt. Ann Lee spoke first. Pres. Tom Reyes answered her. Fr. Ray Diaz did not.")
    assert [s.text for s in article.sentences] == [
        "Army Capt. Ann Lee spoke first.", "Pres. Tom Reyes answered her.", "Fr. Ray Diaz did not."
    ]
