"""Who takes part in a candidate event: its actor and recipient lists, and the tests the rules
put to them (placed, named, political, the same side, a body of people that acts together).

Plain functions over the ACTOR dicts the actors stage wrote (doc._.mentions) and the
candidate's argument tokens; none changes what it reads.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from faultlines.identity import STATE_ORGANS
from faultlines.events.arguments import mentions_of, subject_token
from faultlines.events.extract import Candidate
from faultlines.events.lexicon import Lexicon, Policy
from faultlines.nlp.mentions import MentionView

_CONDITION_MARKS = ("until", "till", "unless", "before")
_GROUP_PRONOUNS = ("they", "them", "we", "us")
FIRST_PERSON = frozenset(("we", "us", "our", "ours", "ourselves", "i", "me", "my", "mine",
                          "myself"))


def actor(mention: dict) -> dict:
    """A copy of a mention's ACTOR: the event owns its lists."""
    return dict(mention["actor"])


def unique(actors: list[dict]) -> list[dict]:
    seen, out = set(), []
    for a in actors:
        key = a.get("id") or a.get("code") or a.get("name")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def quoted_pronoun(mention: dict, text: str) -> bool:
    """A pronoun inside quotation marks: "they" in someone's words refers within the quote,
    which the story's antecedents do not reach, so it is no reliable actor. The first person is
    the speaker ("“We arrested them,” the AA said"), which the coreference stage links only where
    one speaker cues the quotation (coref/speakers.py)."""
    if mention.get("via") != "pronoun" and mention.get("label") != "PRON":
        return False
    if mention["text"].lower() in FIRST_PERSON and mention.get("via") == "coreference":
        return False
    start = mention["start_char"]
    before = text[text.rfind("\n", 0, start) + 1:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def participants(cand: Candidate, inner: list[Candidate],
                 text: str = "") -> tuple[list[dict], list[dict]]:
    """ACTOR dicts of the actor and recipient lists; a governed clause lends its recipients."""
    actors = unique([actor(m) for m in cand.actors if not quoted_pronoun(m, text)])
    for pool in cand.options + [o for c in inner for o in c.options]:
        recipients = [r for r in unique([actor(m) for m in pool]) if not same_side(r, actors)]
        if recipients:
            return actors, recipients
    return actors, []


def organ(actor: dict) -> bool:
    """A state's own organ or official (a state or person of a state sector)."""
    return actor.get("kind") in ("state", "person") and actor.get("sector") in STATE_ORGANS


def same_side(recipient: dict, actors: list[dict]) -> bool:
    """A recipient that is the actor itself, or the state the actor is an organ or official of
    ("Pashinyan ... Armenia"). An armed group or civilians are no organ of the state they are
    placed in: "Islamic State attacked Ramadi" keeps Iraq as the recipient, and "Kenya's police
    fired on protesters" keeps Kenya's protesters (sector CVL)."""
    for a in actors:
        if recipient.get("id") and recipient.get("id") == a.get("id"):
            return True
        if recipient.get("name") == a.get("name"):
            return True
        if recipient.get("kind") == "state" and recipient.get("code") \
                and recipient.get("code") == a.get("country") and organ(a) \
                and recipient.get("sector") in STATE_ORGANS:
            return True
    return False


def placed(actors: list[dict] | tuple[dict, ...]) -> bool:
    return any(a.get("country") or a.get("code") for a in actors)


def political(actors: list[dict] | tuple[dict, ...], policy: Policy) -> bool:
    """A state, an IGO or a political sector (policy.yaml `political`); a state's people ("850
    Britons", sector CVL) are private travellers, not the state."""
    return any(a.get("sector") in policy.political_sectors
               or (a.get("kind") in policy.political_kinds and not a.get("sector"))
               for a in actors)


def nameless(recipient: dict, mentions: list[dict], doc: Doc, lexicon: Lexicon) -> bool:
    """A recipient read from a common noun or a pronoun (among `mentions`, the candidate's
    recipient mentions) whose actor has no country, no code and no identity ("a woman", "the
    families", "him" left unresolved): it stands for no political actor. A body of people of
    one trade or standing ("85 journalists", "a group of 80 migrants": a noun of group_nouns in
    the mention, or `group`) stands for its sector."""
    if recipient.get("country") or recipient.get("code") or recipient.get("id"):
        return False
    own = [m for m in mentions if m.get("label") in ("PRON", "NOUN")
           and (m.get("actor") or {}).get("text") == recipient.get("text")]
    nouns = lexicon.words("group_nouns")
    return bool(own) and not group(own, doc, lexicon) and not any(
        doc[i].lemma_.lower() in nouns for m in own for i in range(m["start"], m["end"]))


def named(mentions: list[dict]) -> bool:
    """An actor the story names ("Reliance Jio", "Andrej Babis", "the Senate Electoral
    Tribunal"): known by name though put in no country, unlike a common noun ("a local
    resident", "the NGO") or a pronoun, which stand alone only when placed."""
    return any(m.get("actor") and m.get("label") not in ("PRON", "NOUN") for m in mentions)


def group(mentions: list[dict], doc: Doc, lexicon: Lexicon) -> bool:
    """A body of people of one trade or standing that acts together ("Teachers went on
    strike", "three thousand employees", "the protesters", and "they" for them): PLOVER and
    ICEWS code strikes and protests by sector even where the story names no country. Only the
    nouns of group_nouns (frames.yaml) stand so: "people", "hospitals" or "a local resident"
    are too vague to stand alone, and an organ of a state no one names needs the state."""
    nouns = lexicon.words("group_nouns")
    for m in mentions:
        found = m.get("actor") or {}
        if found.get("sector") in (None, *STATE_ORGANS):
            continue
        if m.get("label") == "NOUN" and doc[m["head"]].tag_ == "NNS":
            heads = [doc[m["head"]]]
        elif m.get("label") == "PRON" and m["text"].lower() in _GROUP_PRONOUNS:
            # the noun the pronoun stands for: the story's last common-noun mention of its actor
            heads = [doc[a["head"]] for a in doc._.mentions or []
                     if a.get("label") == "NOUN" and (a.get("actor") or {}).get("name")
                     == found.get("name")][-1:]
        else:
            continue
        if any(h.lemma_.lower() in nouns for h in heads):
            return True
    return False


def alone(cand: Candidate, inner: list[Candidate], actors: list[dict],
          recipients: tuple[dict, ...] | list[dict], found: tuple[Token, ...] = ()) -> bool:
    """One party and no phrase for another: "the cabinet met for two hours", "after Congress
    convened" consult no one (PLOVER's CONSULT is between actors; "Putin and Erdogan met" has
    two, and "held talks with his counterpart" has a counterpart even when it is not resolved).
    Mediation names its parties elsewhere ("brokered a truce"). A place or a thing visited is
    no party: "inspectors visited the suspected site" consult no one. `found`: recipient
    phrases a rule added."""
    phrases = [*cand.recipient_tokens, *found, *(t for c in inner for t in c.recipient_tokens)]
    others = [t for t in phrases
              if not (cand.entry.mode == "visit" and t.pos_ == "NOUN" and not t.ent_type_)]
    return not recipients and not others and len(actors) < 2 and cand.entry.mode != "mediate" \
        and not members_meet(cand, actors)


def members_meet(cand: Candidate, actors: list[dict]) -> bool:
    """"EU leaders met in Brussels", "finance ministers of the GCC states will meet": the
    members of an organisation of states, named in the plural, meet one another - a
    multilateral meeting with no outside party, unlike one state's cabinet meeting."""
    return bool(actors) and all(a.get("kind") == "igo" for a in actors) \
        and any(t.tag_ == "NNS" for t in cand.actor_tokens)


def own_side_only(cand: Candidate, actors: list[dict], recipients: tuple[dict, ...]) -> bool:
    """"visited Kurdistan, meeting British troops": every party met is the actor's own side
    (dropped as recipients), so no one else was consulted."""
    pools = [actor(m) for pool in cand.options for m in pool]
    return not recipients and bool(pools) and all(same_side(r, actors) for r in pools)


def press(recipients: tuple[dict, ...]) -> bool:
    """"speaking to reporters, the senator said": the press is no party consulted."""
    return bool(recipients) and all(r.get("sector") == "JRN" for r in recipients)


def conditioned(cand: Candidate, inner: list[Candidate], actors: list[dict],
                index: MentionView, lexicon: Lexicon) -> tuple[list[dict], Token | None]:
    """The one whose act would end a refusal, and its phrase: the subject of an
    "until"/"unless" clause of the refused act ("will not end the strike until the government
    pays"), or the agent of a passive one ("until their demands are met by the authorities")."""
    for verb in [cand.anchor, *(c.anchor for c in inner)]:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                                 for m in clause.children):
                continue
            who, _ = subject_token(clause)
            if who is None:
                continue
            found = [r for r in unique([actor(m) for m in mentions_of(who, index, lexicon,
                                                                        modifiers=False)])
                     if not same_side(r, actors)]
            if found:
                return found, who
    return [], None
