"""From a cue word to the one who speaks: the subject, a conjunct's subject, a document's author.

Speakers are actor mentions of the actors stage; this module only decides which token of the
parse is the speaker and reads the mention there. Where no mention names an actor the speaker
stays None (the words are kept in `text` for inspection): a guess would poison every later count.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from faultlines.nlp import documents
from faultlines.quotes.cues import Cues
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import subject_of

_PERSONAL = {"he": "person", "she": "person", "him": "person", "her": "person"}


@dataclass(frozen=True)
class Speaker:
    """The speaker found: its actor (or None), the words, and their character span."""

    actor: dict | None
    text: str
    start: int
    end: int


def _span_speaker(index: MentionView, token: Token, cues: Cues | None = None) -> Speaker:
    mention = index.mention_at(token.i)
    if mention is not None:
        return Speaker(mention.get("actor"), mention["text"], mention["start_char"],
                       mention["end_char"])
    chunk = [t for t in token.subtree if t.i <= token.i or t.dep_ in ("compound", "flat")]
    start = min(t.idx for t in chunk + [token])
    end = token.idx + len(token.text)
    if cues is not None and token.lemma_.lower() in cues.bodies:
        return _described(index, token)
    return Speaker(None, index.text[start:end], start, end)


def _described(index: MentionView, head: Token) -> Speaker:
    """"A group representing the families of the hostages has demanded …": a body of people
    the story describes but does not name speaks as the body its words describe. Its ACTOR is
    those words, placed nowhere and coded as nothing: the words, not a guess."""
    words = [t for t in head.subtree if not (t.i > head.i and t.dep_ == "punct"
                                            and t.i == head.right_edge.i)]
    start, last = words[0].idx, words[-1]
    end = last.idx + len(last.text)
    text = index.text[start:end]
    name = text[len(words[0].text) + 1:] if words[0].dep_ == "det" else text
    actor = {"text": text, "name": name, "code": None, "country": None, "sector": None,
             "kind": "organization", "role": None}
    return Speaker(actor, text, start, end)


def cue_subject(verb: Token) -> Token | None:
    """Who speaks through a cue verb: its subject, or in the passive only its "by" agent. "X
    has been accused of …" makes X the one accused, never the speaker; "was told by the
    minister" makes the minister speak."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "al-Assad, long accused of abuses"
        return None
    found = subject_of(verb)
    if found is None and (governor := _governing_verb(verb)) is not None:
        return subject_of(governor)  # "Kyiv was criticised by Moscow after saying": Kyiv
    return found


# "compromised *by* saying …", "*after* saying …", "*while* warning …": a participle under one of
# these speaks for the subject of the verb the phrase hangs on
_MANNER_PREPS = frozenset({"by", "after", "before", "while", "in", "without", "when"})


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject speaks through a cue that has none of its own: the verb a "by
    saying" phrase hangs on, or the one a "likely to announce" adjective completes."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in _MANNER_PREPS \
            and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        return head.head  # "the Pentagon is likely to announce"
    return None


_BETWEEN = frozenset({",", "”", "’", '"', "'", "—", "-"})
_OBJECTS = frozenset({"pobj", "dobj", "dative", "attr", "oprd"})


def named_before(verb: Token, index: MentionView) -> Token | None:
    """The actor named right before a cue, with only commas, closing quotes and adverbs
    between: the speaker where the parser gave the cue no subject or a wrong one ("Amid new
    strains with Kabul, Interior Minister Omar Khan said …" hangs the name on "strains";
    "Kenya's envoy-at-large for the region, Ruth Wanjiru, told AFP"; "“…,” Trump wrote").
    Never in the passive: "X was told" does not speak."""
    if verb.pos_ != "VERB" or verb.tag_ == "VBG" or bare_participle(verb) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None  # "…, saying": a participle speaks for its clause's subject, not a name;
        # "Matthews, 43, accused of attending camps": the accused, never the speaker
    doc, i = verb.doc, verb.i - 1
    first = index.sentence(verb.i).start
    while i >= first and (doc[i].text in _BETWEEN or doc[i].pos_ == "ADV"
                          or doc[i].dep_ in ("aux", "neg") or _age(doc[i])):
        i -= 1
    if i < first:
        return None
    token = phrase_head(doc[i], index)
    mention = index.mention_at(token.i)
    if mention is None or not mention.get("actor") or mention.get("label") == "PRON" \
            or token.dep_ in _OBJECTS or token.head.dep_ in ("prep", "agent"):
        return None  # "the brother of Omar Khan, said", "a letter seen by AFP calls for"
    return token


def bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary ("X, accused of …", "a letter seen by AFP"): a
    passive that names no speaker beside it."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _age(token: Token) -> bool:
    """"Ishiba, 68, told …": a number set off by commas after a name is an age."""
    doc = token.doc
    return token.like_num and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," \
        and doc[token.i + 1].text == ","


# "a spokesperson *for* the ministry", "the head *of* the agency", "a source *at* the embassy"
_OWNER_PREPS = frozenset({"for", "of", "at", "from", "with"})


def phrase_head(token: Token, index: MentionView) -> Token:
    """The noun a name before a cue belongs to: "a spokesperson for India's defence ministry
    told AFP" speaks as the spokesperson, not the ministry; "Maher, director at the centre at
    King's College London, said" as Maher; "the brother of Omar Khan" as the brother (no actor,
    so no one), never as the name the phrase ends on."""
    climbed = False
    while True:
        prep = token.head
        if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS \
                and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i < token.i:
            token, climbed = prep.head, True
        elif climbed and token.dep_ == "appos" and token.head.i < token.i:
            token = token.head  # "Maher, director at …": the title's owner ("Ishiba, 68" stays)
        else:
            return token


def cue_speaker(verb: Token, subject: Token | None, index: MentionView,
                cues: Cues) -> Speaker | None:
    """The speaker of a cue from its parsed subject; where the parser gave it none, or a word
    that is no noun ("envoy-at-large" parsed with "large" as the subject), the actor named
    right before the cue (`named_before`). A noun subject the actors stage did not resolve
    ("Amina, the sister of …, said") stays as it is: the name before the cue is someone
    else's."""
    found = speaker_of(subject, index, cues)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        beside = named_before(verb, index)
        if beside is not None and beside is not subject:
            return speaker_of(beside, index, cues) or found
    return found


def speaker_of(token: Token | None, index: MentionView, cues: Cues) -> Speaker | None:
    """The speaker a subject token stands for (a mention, a document's author, a pronoun)."""
    if token is None:
        return None
    if index.resolved_at(token) is None and token.lemma_.lower() in cues.documents:
        author = document_author(token, index, cues)
        if author is not None:
            return author
    if token.pos_ == "PRON":
        # a subordinate clause's pronoun repeats its main clause's subject ("the Foreign
        # Ministry ... called on Moscow to ... intervene in what it called ..."): that reading,
        # where the parse gives it, beats the nearest-antecedent guess of a pronoun mention
        found = _clause_antecedent(token, index)
        if found is not None:
            return found
    return _span_speaker(index, token, cues)


def _clause_antecedent(pronoun: Token, index: MentionView) -> Speaker | None:
    """A subject pronoun read as the subject of a clause above it in its sentence, if they agree.

    Agreement (he/she → a person, it → a singular non-person) keeps it from taking a noun
    blindly; with no agreeing subject above, the actors stage's resolution stands.
    """
    want = _PERSONAL.get(pronoun.lower_, "thing" if pronoun.lower_ in ("it", "its") else None)
    if want is None:
        return None
    verb = pronoun.head
    for _ in range(6):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        mention = index.resolved_at(subject) if subject is not None else None
        if mention and _agrees(mention, subject, want):
            start = pronoun.idx  # the words stay the pronoun's; the actor is its antecedent's
            return Speaker(mention["actor"], pronoun.text, start, start + len(pronoun.text))
    return None


def _agrees(mention: dict, head: Token, want: str) -> bool:
    is_person = mention["actor"].get("kind") == "person"
    if want == "person":
        return is_person
    return not is_person and head.tag_ not in ("NNS", "NNPS")


def document_author(noun: Token, index: MentionView, cues: Cues) -> Speaker | None:
    """Who a document speaks for (nlp/documents.py): “…,” the message read → "a message ...
    posted on the Senate Foreign Relations Committee’s X account" → the committee."""
    mention = documents.author(noun, index, cues.documents, cues.accounts)
    if mention is None:
        return None
    return Speaker(mention["actor"], mention["text"], mention["start_char"], mention["end_char"])
