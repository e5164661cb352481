"""Rebuild summarizer/cues/lexicon_en.json from the PolNeAR train split, and cross-validate it.

The English speech verbs and name titles are learned by frequency, not listed
by hand: a verb is kept when annotators marked it as the cue of a direct or
mixed quote in at least ``--min-articles`` train articles, and in at least
``--min-share`` of the articles that use the word at all (this drops function
words such as 'the' or 'as' that annotators sometimes included in a cue, and
common verbs such as 'made' that are rarely speech), and the verb in all its
forms (lemminflect's lemma) is a cue in at least ``--min-lemma-share`` of the
articles that use any form of it ('played' passes alone, 'play' does not;
off by default: it counts noun uses too, so 'stated' scores 0.085 through
'state'), and the form introduces a direct or mixed quote in at least
``--min-use-share`` of its uses in the text, read as the lower end of a 95%
Wilson interval so that two cues in eleven uses do not pass on luck ('began'
is a cue 4 times in 87 uses, 'said' thousands of times in about as many).
Words keep their apostrophes: "Trump's" is no use of a word 's'.
A title is kept when it stands right before an annotated speaker's name in
that many articles, before different names, and is also written in lower
case as an ordinary word. The thresholds are the ones 5-fold cross-validation
on train chose (bench/README.md). The word class comes from
lemminflect's English dictionary, not from a list: a speech verb must be
readable as a verb (not 'assertion'), a title as a noun (not 'new'), and a
title must precede a person's name, not the rest of an organisation's name
made of ordinary words ('Human Rights Watch').

Needs lemminflect, a build-time dependency: ``pip install -e '.[lexicon]'``
(the test extra includes it).

Run:
    python bench/build_lexicon.py            # write the lexicon from all of train
    python bench/build_lexicon.py --cv 5     # k-fold cross-validation on train (writes nothing)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllInflections, getAllLemmas, getLemma

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TRAIN = ROOT.parent / "shared" / "eval" / "polnear" / "polnear-train.jsonl"
OUT = ROOT / "summarizer" / "cues" / "lexicon_en.json"

# Closed classes (grammar, not data): words that precede or follow the verb
# of an attribution cue without being it ('has also said', 'said Sunday').
_AUX = {
    "has", "have", "had", "also", "then", "later", "was", "were", "is", "are", "be", "been",
    "would", "will", "did", "does", "do", "once", "previously", "recently", "again", "further",
    "repeatedly", "publicly", "reportedly", "just", "first", "often", "even", "never", "not",
    "already", "still", "i", "he", "she", "they", "we", "it",
}  # fmt: skip
_FUNCTION = {"the", "a", "an", "our", "my", "his", "her", "their", "this", "that"}
_PARTICLES = {"out", "on", "back", "to", "for"}  # phrasal verbs: pointed out, went on, shot back
# The reporting verbs of English grammar (a closed class, not data): Levin (1993) verbs of
# communication: say (37.7), transfer of a message (37.1), manner of speaking (37.3), complain
# (37.8), advise (37.9); and the reporting verbs of Quirk et al. (1985, 16.31: assert, insist,
# concede …). Train cannot teach the rare ones ('cautioned', 'contended' are cues in fewer
# than two train articles), and an article nobody tuned on may use any of them.
REPORTING_LEMMAS = (
    "announce", "articulate", "claim", "confess", "confide", "declare", "disclose", "explain", "mention",
    "note", "observe", "proclaim", "propose", "recount", "reiterate", "remark", "repeat", "report",
    "reveal", "say", "state", "suggest", "ask", "cite", "quote", "relay", "write", "tweet",
    "bellow", "growl", "grumble", "holler", "mumble", "murmur", "mutter", "scream", "shout", "whisper", "yell",
    "exclaim", "boast", "brag", "complain", "gripe", "grouse", "lament", "admonish", "advise", "caution",
    "counsel", "warn", "urge", "acknowledge", "add", "admit", "affirm", "agree", "allege", "answer", "argue",
    "assert", "assure", "concede", "conclude", "confirm", "contend", "deny", "emphasize", "emphasise",
    "estimate", "insist", "maintain", "predict", "promise", "recall", "reply", "respond", "retort",
    "speculate", "stress", "testify", "vow", "pledge", "joke", "quip", "marvel", "muse", "opine", "posit",
    "reckon", "scoff", "sigh", "inquire", "query", "concur", "interject", "recollect",
)  # fmt: skip
# Verbs that judge or name someone in words, whose object is often the words quoted ('praised
# him for his "courage"', 'branded the plan "a disaster"'): Levin's (1993) judgment verbs (33)
# that are acts of speech (not the legal or material ones: fine, sentence, pardon, punish,
# reward, prosecute, indict, impeach …), the dub verbs of naming (29.3) and the characterize
# verbs that take 'as' (29.2: describe, portray …). A short quote in
# their sentence is the speaker's words, not a scare quote. They are not reporting verbs: the
# rules that read an attribution before a clause (experts, stances, conditions) do not use them.
# Not 'thank': its 'thanks' reads as a verb to lemminflect, and 'thanks to' is no judgment.
JUDGMENT_LEMMAS = (
    "acclaim", "accuse", "applaud", "berate", "blame", "castigate", "censure", "chastise", "chide",
    "commend", "compliment", "condemn", "congratulate", "criticize", "criticise", "decry", "denigrate",
    "denounce", "deride", "disparage", "excoriate", "extol", "fault", "hail", "herald", "lambaste",
    "laud", "mock", "praise", "rebuke", "reprimand", "reproach", "reprove", "repudiate", "revile",
    "ridicule", "salute", "scold", "scorn", "upbraid", "vilify",
    "brand", "call", "christen", "dub", "label", "nickname", "term",
    "characterize", "characterise", "depict", "describe", "portray",
)  # fmt: skip
# A word keeps its apostrophes (don't, Trump's, O'Brien): no word starts right after one.
_START = r"(?<![\w’'-])"
_WORD = re.compile(_START + r"[a-z][a-z’'-]*")
_USE = re.compile(_START + r"[a-z][a-z’'-]*(?: (?:%s)\b)?" % "|".join(sorted(_PARTICLES)))
_TOKEN = re.compile(_START + r"[A-Za-z]+(?:[’'][A-Za-z]+)*")
# A capitalised word right before a two-word name at the end of a speaker span.
_NAME = re.compile(r"([A-Z][\w.’'-]*)\s+([A-Z][\w’'-]+)\s+([A-Z][\w’'-]+)\s*$")


def _cue_verb(cue: str) -> str | None:
    """The verb (with its particle) of an attribution cue: 'has also pointed out' -> 'pointed out'."""
    words = _WORD.findall(cue.lower())
    while words and (words[0] in _AUX or words[0].endswith("ly")):  # 'has repeatedly said'
        words.pop(0)
    if not words:
        return None
    if len(words) > 1 and words[1] in _PARTICLES:
        return f"{words[0]} {words[1]}"
    return words[0]


def _can_be(word: str, pos: str) -> bool:
    """Whether ``word`` can be read in the word class ``pos`` (a Universal POS tag).

    lemminflect's English dictionary decides for the words it knows; a word it does not
    know ('retweeted') is left to the train counts.
    """
    classes = getAllLemmas(word)
    return not classes or pos in classes


@lru_cache(maxsize=None)
def _lemma(verb: str) -> str:
    """The verb's dictionary form, particle kept: 'pointed out' -> 'point out', 'says' -> 'say'."""
    word, *rest = verb.split()
    lemma = getLemma(word, upos="VERB")
    return " ".join([lemma[0] if lemma else word, *rest])


def reporting_forms(lemmas: Iterable[str] = REPORTING_LEMMAS) -> list[str]:
    """The past, third-person and -ing forms of the grammar's reporting verbs that read only as verbs.

    A form lemminflect can also read as a noun ('states', 'reports', 'warning', 'saying') is left
    out: 'the United States' and 'a warning' are no attribution.
    """
    forms: set[str] = set()
    for lemma in lemmas:
        for tag in ("VBD", "VBZ", "VBG"):
            for form in getAllInflections(lemma, upos="VERB").get(tag, ()):
                if set(getAllLemmas(form)) <= {"VERB"}:
                    forms.add(form)
    return sorted(forms)


def wilson_low(hits: int, n: int, z: float = 1.96) -> float:
    """The lower end of the 95% Wilson interval for a share of ``hits`` in ``n``: what the
    counts show at least, so a verb seen 2 times in 11 does not pass on luck."""
    if n == 0:
        return 0.0
    p = hits / n
    centre = p + z * z / (2 * n)
    spread = z * ((p * (1 - p) + z * z / (4 * n)) / n) ** 0.5
    return (centre - spread) / (1 + z * z / n)


def build(
    articles: Iterable[dict], min_articles: int, min_share: float, min_lemma_share: float = 0.0,
    min_use_share: float = 0.0,
) -> dict:
    """The lexicon learned from ``articles`` (PolNeAR train lines)."""
    articles = list(articles)
    verbs: dict[str, set[str]] = defaultdict(set)
    used: dict[str, int] = defaultdict(int)  # articles whose text uses the word or phrase
    occurrences: dict[str, int] = defaultdict(int)  # times the text uses it
    cue_count: dict[str, int] = defaultdict(int)  # times annotators marked it as a quote's cue
    lemma_cued: dict[str, set[str]] = defaultdict(set)  # articles where a form of the verb is a cue
    lemma_used: dict[str, int] = defaultdict(int)  # articles whose text uses a form of the verb
    before_names: list[tuple[str, tuple[str, str], str]] = []  # (capitalised word, the two after, article)
    lower_words: dict[str, int] = defaultdict(int)
    capital_words: dict[str, int] = defaultdict(int)
    for a in articles:
        for g in a.get("gold_attributions", []):
            if g.get("type") == "direct_or_mixed":
                v = _cue_verb(g.get("cue") or "")
                if v:
                    cue_count[v] += 1
                    verbs[v].add(a["id"])
                    lemma_cued[_lemma(v)].add(a["id"])
        for q in a.get("gold_quotes", []):
            m = _NAME.search(q.get("speaker") or "")
            if m:
                title, first, last = (w.rstrip(".").lower() for w in m.groups())
                before_names.append((title, (first, last), a["id"]))
        for w in _TOKEN.findall(a["text"]):
            (lower_words if w[0].islower() else capital_words)[w.lower()] += 1
        uses = _USE.findall(a["text"])
        for w in uses:
            occurrences[w] += 1
        forms = set(uses)
        for w in forms:
            used[w] += 1
        for lemma in {_lemma(w) for w in forms}:
            lemma_used[lemma] += 1

    def ordinary(w: str) -> bool:  # written in lower case as an ordinary word, not only as a name
        return lower_words[w] >= max(min_articles, 0.1 * capital_words[w])

    # Precision twice: the form is a cue in enough of the articles that use it, and so is the verb
    # over all its forms, which drops verbs that are rarely speech ('played', 'opened') even when
    # one form happened to pass ('played' 2 of 31 articles; 'play' in any form 2 of 107).
    kept = {
        v for v, ids in verbs.items()
        if len(ids) >= min_articles and len(ids) >= min_share * used[v] and _can_be(v.split()[0], "VERB")
        and len(lemma_cued[_lemma(v)]) >= min_lemma_share * lemma_used[_lemma(v)]
        and wilson_low(min(cue_count[v], occurrences[v]), occurrences[v]) >= min_use_share
    }  # fmt: skip
    kept = {v for v in kept if " " not in v or v.split()[0] not in kept}  # 'said on': 'said' covers it
    # A title stands before the names of different people (Comedian Sarah Silverman, Comedian
    # George Lopez), not before the rest of one organisation's name (The Wall Street Journal) or
    # one made of ordinary words (Human Rights Watch, Human Rights Campaign).
    titles: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for t, after, article in before_names:
        if not all(ordinary(w) for w in after):
            titles[t].add(article)
            names[t].add(after)
    return {
        "about": "Learned from PolNeAR train by bench/build_lexicon.py; do not edit by hand.",
        "min_articles": min_articles,
        "articles": len(articles),
        "min_share": min_share,
        "min_lemma_share": min_lemma_share,
        "min_use_share": min_use_share,
        "speech_verbs": sorted(kept),
        # Not learned: the grammar's closed class (REPORTING_LEMMAS above), in the forms that are only verbs.
        "reporting_verbs": reporting_forms(),
        "judgment_verbs": reporting_forms(JUDGMENT_LEMMAS),
        "titles": sorted(
            t for t, ids in titles.items()
            # An ordinary noun (president, senator), not a name (Trump), a function word (The)
            # or an adjective (New).
            if len(ids) >= min_articles and len(names[t]) >= min_articles
            and t not in _AUX | _FUNCTION and ordinary(t) and _can_be(t, "NOUN")
        ),
    }


def _load() -> list[dict]:
    return [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()]


def cross_validate(
    articles: list[dict], folds: int, min_articles: int, min_share: float, min_lemma_share: float,
    min_use_share: float = 0.0,
) -> list[dict]:
    """Learn on k-1 folds, score the rules engine on the held-out fold; one row per fold."""
    from summarizer.config import resolve
    from summarizer.cues import en
    from summarizer.evaluate import evaluate, parse_gold
    from summarizer.pipeline import Summarizer

    order = list(range(len(articles)))
    random.Random(0).shuffle(order)
    rows = []
    for k in range(folds):
        held = {i for n, i in enumerate(order) if n % folds == k}
        train = (a for i, a in enumerate(articles) if i not in held)
        en.use_lexicon(build(train, min_articles, min_share, min_lemma_share, min_use_share))
        with Summarizer(resolve(engine="rules")) as s:
            r = evaluate([parse_gold(articles[i]) for i in sorted(held)], s.summarize)
        rows.append({"fold": k, "articles": len(held), "precision": r.precision, "recall": r.recall,
                     "f1": r.f1, "speaker_accuracy": r.speaker_accuracy})  # fmt: skip
    en.use_lexicon(json.loads(OUT.read_text(encoding="utf-8")))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-articles", type=int, default=2)
    ap.add_argument("--min-share", type=float, default=0.05)
    ap.add_argument("--min-lemma-share", type=float, default=0.0)
    ap.add_argument("--min-use-share", type=float, default=0.02)
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="k-fold cross-validation; writes nothing")
    args = ap.parse_args()
    articles = _load()
    if args.cv:
        rows = cross_validate(
            articles, args.cv, args.min_articles, args.min_share, args.min_lemma_share, args.min_use_share
        )
        for r in rows:
            print(f"fold {r['fold']}: {r['articles']:3} articles  P {r['precision']:.4f}  R {r['recall']:.4f}  "
                  f"F1 {r['f1']:.4f}  speaker {r['speaker_accuracy']:.4f}")  # fmt: skip
        mean = {k: sum(r[k] for r in rows) / len(rows) for k in ("precision", "recall", "f1", "speaker_accuracy")}
        print(f"mean (min_articles={args.min_articles}, min_share={args.min_share}, "
              f"min_lemma_share={args.min_lemma_share}, min_use_share={args.min_use_share}): P {mean['precision']:.4f}  R {mean['recall']:.4f}  "
              f"F1 {mean['f1']:.4f}  speaker {mean['speaker_accuracy']:.4f}")  # fmt: skip
        return
    lex = build(articles, args.min_articles, args.min_share, args.min_lemma_share, args.min_use_share)
    OUT.write_text(json.dumps(lex, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lex['speech_verbs'])} speech verbs, {len(lex['titles'])} titles")


if __name__ == "__main__":
    main()
