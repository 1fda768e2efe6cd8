"""Proper names the statistical model left unlabelled where the parse shows an actor: a
capitalised proper noun that is a verb's subject or object ("Malloy says ...", "Haaretz
conducted an investigation", "awarded the Warmbiers $500 million").

The small model misses rare names, mostly surnames and outlet names it never saw; the parse
still tags them proper nouns and links them to their verb. Such a name is a mention of an
actor the KB does not know, with no state and no sector (kind "unknown": a person, a family
or a body, the words do not say which). Not a name: a word the KB or the sector list knows
("Police", "Parliament"), a form of address, or a word of a line written in capitals.
"""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from faultlines.actors.phrases import HONORIFICS
from faultlines.nlp.parse import tokens_where

ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "dative"))


def unlabelled_names(doc: Doc, kb_tokens: dict[int, str], common: frozenset[str],
                     taken: set[int]) -> list[Span]:
    """The spans of unlabelled proper names that are a verb's subject or object (with the
    proper nouns compounded before them: "Pat Cipollone"), not covering a `taken` token."""
    out = []
    for t in tokens_where(doc, DEP, ROLES):
        if not _name_word(t, kb_tokens, common) or t.i in taken \
                or t.head.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" \
                and start <= doc[start - 1].head.i <= t.i \
                and _name_word(doc[start - 1], kb_tokens, common) and start - 1 not in taken:
            start -= 1  # "Pablo Emilio [Moncayo]": the name's other words
        out.append(doc[start:t.i + 1])
    return out


def _name_word(t: Token, kb_tokens: dict[int, str], common: frozenset[str]) -> bool:
    return t.pos_ == "PROPN" and t.is_title and t.is_alpha and len(t) > 1 and not t.ent_type_ \
        and t.i not in kb_tokens and not _common(t.lower_, common) \
        and t.lower_.rstrip(".") not in HONORIFICS and not _shouting(t)


def _common(word: str, common: frozenset[str]) -> bool:
    """Is the word, or the singular of a plural ("Refugees" capitalised in a headline), a
    sector word? (The lemmatizer leaves proper nouns as written.)"""
    return word in common or (word.endswith("s") and word[:-1] in common) \
        or (word.endswith("es") and word[:-2] in common)


def _shouting(t: Token) -> bool:
    """Is the token in a headline written in capitals or with every word capitalised ("US
    Lifts Travel Ban"), where every word looks like a name?"""
    words = [w for w in t.sent if w.is_alpha]
    return len(words) >= 3 and sum(w.text[0].isupper() for w in words) * 5 > len(words) * 3


def english_words(nlp: Language | None) -> frozenset[str]:
    """The words of English the pipeline's lemmatizer knows (its lookup of nouns, verbs,
    adjectives and adverbs, lower case), or none where it has no such table: "Rights", "News"
    and "Chamber" are words, "Koseoglu" and "Nyiem" are not."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(word for pos in table for word in table[pos])


def personal_name(ent: Span, kb_tokens: dict[int, str], common: frozenset[str],
                  english: frozenset[str]) -> bool:
    """Is a name the model took for an organisation a person's ("Al Jazeera's [Sinem
    Koseoglu], reporting from Istanbul")? Two to four capitalised words (an initial allowed),
    none of them a word of English, a sector word or a KB name, written where news writes
    people: after an owner's "'s", or before a comma and a description ("a", "the", "who",
    "reporting")."""
    words = [t for t in ent if t.lower_ != "the"]
    if not english or not 2 <= len(words) <= 4 or not _person_cue(ent):
        return False
    return all(t.is_title and t.is_alpha and t.i not in kb_tokens
               and not _common(t.lower_, common) and not _english(t.lower_, english)
               for t in words)


def _english(word: str, english: frozenset[str]) -> bool:
    return len(word) > 1 and (word in english or word.rstrip("s") in english)


def _person_cue(ent: Span) -> bool:
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("'s", "’s"):
        return True
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        after = doc[ent.end + 1]
        return after.pos_ == "DET" or after.tag_ == "VBG" or after.lower_ in ("who", "whose")
    return False
