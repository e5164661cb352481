"""Chinese surface cues: who said a quotation, through which outlets, and whether it is speech.

Chinese has no capitals to mark names, so speakers are found by position:
the noun phrase before a speech verb, cut at the first time word,
preposition or adverb, and split into role and name at the last title word.

One module a concern, each importing only those above it in this list:
``words`` (closed word classes), ``tags`` (jieba), ``verbs`` (speech verbs),
``outlets`` (outlets and documents), ``names`` (names and posts), ``subject`` (a
clause's subject noun phrase), ``verb_speaker`` (the speaker of a speech verb),
``attribution`` (a quote's speaker), ``quote_kind`` (speech, name, title or scare
quote), ``reference`` (who 他 / 这位专家 stands for), ``speaker`` (the speaker's
name cleaned) and ``quotes`` (the article's quote cues, which ``find`` imports
itself). The names below are what the other cues import from here.
"""

from .attribution import OPINION, attribute, cut_name, name_for_title, named_subjects
from .names import (
    LATIN_RUN,
    NAME_AFTER_TITLE,
    POST_END,
    PRONOUNS,
    cut_surname,
    last_person,
    looks_person,
    name_shaped,
    names_a_body,
    org_name,
    person_in,
    split_name,
    title_cut_inside_word,
)
from .outlets import DOCUMENT_END, OUTLET, OUTLET_END, OUTLET_REACH, REPORT, REPORT_NOUNS, outlets
from .quote_kind import classify, introduced, modifies_noun, sums_up
from .subject import LONG_POST, modifier_head, strip_opener, subject_np, surnamed
from .tags import dictionary_word, pos_tags, tagger
from .verb_speaker import VerbMemo, person_np, speaker_of_verb
from .verbs import QUOTE_VERB, VERB, VERB_END, exchange_verb

__all__ = [
    "DOCUMENT_END",
    "LATIN_RUN",
    "LONG_POST",
    "NAME_AFTER_TITLE",
    "OPINION",
    "OUTLET",
    "OUTLET_END",
    "OUTLET_REACH",
    "POST_END",
    "PRONOUNS",
    "QUOTE_VERB",
    "REPORT",
    "REPORT_NOUNS",
    "VERB",
    "VERB_END",
    "VerbMemo",
    "attribute",
    "classify",
    "cut_name",
    "cut_surname",
    "dictionary_word",
    "exchange_verb",
    "introduced",
    "last_person",
    "looks_person",
    "modifier_head",
    "modifies_noun",
    "name_for_title",
    "name_shaped",
    "named_subjects",
    "names_a_body",
    "org_name",
    "outlets",
    "person_in",
    "person_np",
    "pos_tags",
    "speaker_of_verb",
    "split_name",
    "title_cut_inside_word",
    "strip_opener",
    "subject_np",
    "surnamed",
    "sums_up",
    "tagger",
]
