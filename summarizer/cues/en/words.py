"""Closed classes of English words the speaker cues read: pronouns, function words, prepositions, determiners."""

from __future__ import annotations


PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "you"}
SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "is"}


LEADING = {
    "after", "in", "as", "but", "and", "when", "while", "if", "on", "at", "during", "following",
    "since", "even", "although", "though", "so", "then", "yet", "still", "meanwhile", "also",
    "instead", "however", "now", "later", "earlier", "today", "yesterday", "last", "this", "that",
    # "On Saturday Zhou insisted": day and month names are not part of a name.
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
    # Sentence connectives (a closed class): 'Specifically, "…"', 'Perhaps young voters …'.
    "because", "perhaps", "likewise", "neither", "nor", "either", "specifically", "indeed",
    "moreover", "furthermore", "besides", "otherwise", "nevertheless", "nonetheless", "thus",
    "therefore", "hence", "similarly", "additionally", "ultimately", "finally", "separately",
    "notably", "regardless", "accordingly", "consequently", "rather",
}  # fmt: skip
NOT_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "I", "It", "They", "We", "He", "She", "The", "A", "An", "There", "Here",
    "This", "That", "These", "Those",
}  # fmt: skip


# Determiners that open a sentence's subject noun phrase ('His campaign protested', 'The crowd chanted').
DET_CAPS = {"The", "A", "An", "His", "Her", "Their", "Its", "Our", "One", "Another", "Some", "Many", "Several", "Both", "Each"}
PREPOSITIONS = {
    "from", "with", "by", "for", "of", "about", "under", "over", "among", "amid", "despite", "against",
    "without", "through", "like", "unlike", "beyond", "before", "after", "in", "on", "at", "during",
    "into", "toward", "towards", "across", "behind", "besides", "regarding", "given",
}  # fmt: skip

# AP style's state abbreviations of three letters or more ('Jackson, Miss.', 'Elma, Wash.'): a full stop
# after one is the abbreviation's, not the sentence's.
AP_STATES = frozenset(
    "ala ariz ark calif colo conn del fla ill ind kan mass mich minn miss mont neb nev okla ore tenn wash wis wyo".split()
)
