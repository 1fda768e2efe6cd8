"""Keep a prefixed word whole: "counter-attack", "cease-fire", "co-operation", "re-imposed".

spaCy's English tokenizer splits every hyphen between letters, so "Iraq launched a
counter-attack on Iranian troops" reaches the parser as "counter - attack", which the small
model reads as three objects of "launched": no event noun is found, and nothing is coded. The
same split made "cease-fire" a "fire" modified by "cease" and left the lexicon's hyphenated
lemmas ("counter-terrorism") unreachable.

So the tokenizer of every pipeline we build keeps the hyphen after one of the word classes'
`joined_prefixes` (words/classes.yaml) when a lower-case letter follows: "counter-ISIS" and
"anti-Assad" keep the name apart, as the actors stage needs. The `lemmas` stage gives such a
word the lemma of the word it joins, and the events lexicon looks a hyphenated lemma up also
without its hyphen ("counter-attack" as "counterattack").
"""

from __future__ import annotations

import re

from spacy.lang.char_classes import ALPHA, HYPHENS
from spacy.language import Language
from spacy.tokens import Doc, Token

from faultlines import words

# spaCy's infix rule for a hyphen between letters (spacy/lang/punctuation.py, English infixes).
_HYPHEN_INFIX = r"(?<=[{a}0-9])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)


def infix_pattern(pattern: str, prefixes: frozenset[str]) -> str:
    """The tokenizer's infix pattern with its hyphen rule kept from splitting after one of the
    prefixes at a word's start when a lower-case letter follows: the hyphen splits where no
    prefix stands before it, or where what follows it is no lower-case letter. One
    fixed-width look-behind a prefix (and its capitalised form), as Python's re requires."""
    if _HYPHEN_INFIX not in pattern:
        raise ValueError("the tokenizer has no hyphen infix rule to narrow: is this spaCy's "
                         "English tokenizer?")
    if not prefixes:
        return pattern
    unprefixed = "".join(f"(?<!^{re.escape(p)})(?<!^{re.escape(p.capitalize())})"
                         for p in sorted(prefixes))
    narrowed = rf"(?<=[{ALPHA}0-9])(?:{unprefixed}|(?=.[^a-z]))(?:{HYPHENS})(?=[{ALPHA}])"
    return pattern.replace(_HYPHEN_INFIX, narrowed, 1)


def keep_prefixed_words(nlp: Language) -> None:
    """Narrow `nlp`'s tokenizer in place (before any text is tokenised)."""
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(
        infix_pattern(pattern, words.load().joined_prefixes)).finditer


class PrefixedLemmas:
    """The `faultlines_lemmas` stage: a prefixed word's lemma is its prefix and the lemma of
    the word it joins ("co-hosting" → "co-host", "counter-attacked" → "counter-attack").
    spaCy's rule lemmatizer knows no "co-host" and guesses "co-hoste", which no lexicon lists;
    the joined word, lemmatised with the tagger's part of speech and morphology, it knows."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.prefixes = words.load().joined_prefixes

    def _prefix(self, token: Token) -> str | None:
        head, _, rest = token.lower_.partition("-")
        return head if rest[:1].isalpha() and head in self.prefixes else None

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            return doc
        for token in doc:
            if "-" not in token.text or token.pos_ not in _INFLECTED:
                continue
            prefix = self._prefix(token)
            if prefix is None:
                continue
            rest = token.text[len(prefix) + 1:]
            word = Doc(self.vocab, words=[rest], pos=[token.pos_], morphs=[str(token.morph)])[0]
            token.lemma_ = f"{prefix}-{self.lemmatizer.rule_lemmatize(word)[0].lower()}"
        return doc


_INFLECTED = ("VERB", "NOUN", "ADJ")
