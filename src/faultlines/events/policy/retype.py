"""The rules that give a candidate another type, mode, trigger or recipient than its trigger's
lexicon entry: refusals, promises, threats, complaints, requests, verbal protests, verbal
clashes, peacekeeping.

Which types each rule applies to and what it makes of them are the rule's table in
events/lexicon/policy.yaml (`facts.table(name)`); the rule says when. Each rule is
`rule(facts, reading) -> Decision | None` (policy/decision.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.extract import to_verbs
from faultlines.events.lexicon import Lexicon
from faultlines.events.policy import parties
from faultlines.events.policy.decision import Decision, Facts, Reading, retarget, retype


def declined(facts: Facts, reading: Reading) -> Decision | None:
    """"will not lift the ban", "won't accept refugees": a cooperative act its actor says it
    will not do is a refusal, stated now."""
    table, entry = facts.table("declined"), facts.cand.entry
    if entry.type not in table.types or not modality.declined(facts.cand.anchor, facts.lexicon):
        return None
    return retype("a cooperative act its actor says it will not do is a refusal",
                  type=table.becomes, mode=table.mode_by_type.get(entry.type, entry.mode),
                  stated=True, declined=True)


def promised(facts: Facts, reading: Reading) -> Decision | None:
    """"will release the hostages", "is willing to provide aid": a promise (CAMEO 03). The
    types of the table's `said` are promised only where their actor is reported ("said he
    would visit"): the story's own "will meet on Friday" is a meeting planned, which the news
    guidelines code as the meeting, hypothetical."""
    table, entry, anchor = facts.table("promised"), facts.cand.entry, facts.cand.anchor
    if entry.type not in table.types or not modality.promised(anchor, facts.lexicon):
        return None
    if entry.type in table.said and anchor.dep_ != "xcomp" \
            and modality.speech_verb(anchor, facts.lexicon) is None:
        return None  # "will meet next week" in the story's own voice: planned, no promise
    return retype("a cooperative act its actor says it will do is a promise",
                  type=table.becomes, mode=table.mode, stated=True)


def refused(facts: Facts, reading: Reading) -> Decision | None:
    """"refused to lift the ban": the act is the complement of a refuse verb (refuse_verbs of
    frames.yaml) that is no trigger itself; the refusal is the event."""
    refuser = modality.refusal(facts.cand.anchor, facts.lexicon)
    if refuser is None:
        return None
    table = facts.table("refused")
    return retype(f"the act is the complement of '{refuser.text}': a refusal",
                  type=table.becomes, mode=table.mode_by_type.get(facts.cand.entry.type),
                  trigger=(refuser, *reading.trigger))


def refused_complement(facts: Facts, reading: Reading) -> Decision | None:
    """"refused to sign the deal", where the refuse verb is the trigger and absorbed the act
    it refuses: the refused act gives the mode."""
    cand, inner = facts.cand, facts.inner
    if not inner or modality.lemma(cand.anchor) not in facts.lexicon.words("refuse_verbs"):
        return None
    table = facts.table("refused_complement")
    refused_act = inner[0]
    return retype(f"a refusal of '{refused_act.anchor.text}', which gives the mode",
                  type=table.becomes,
                  mode=table.mode_by_type.get(refused_act.entry.type, cand.entry.mode),
                  trigger=(*reading.trigger, *refused_act.trigger))


def threat_complement(facts: Facts, reading: Reading) -> Decision | None:
    """"threatened to pull Armenia out of the CSTO": the threatened act gives the mode."""
    table, entry, inner = facts.table("threat_complement"), facts.cand.entry, facts.inner
    if entry.type not in table.types or entry.mode is not None or not inner:
        return None
    return retype(f"a threat of '{inner[0].anchor.text}', which gives the mode",
                  type=table.becomes, mode=table.mode_by_type.get(inner[0].entry.type))


def harm_promised(facts: Facts, reading: Reading) -> Decision | None:
    """"vowed to carry on fighting", "pledged to continue its attacks on Israel", "vowed to
    retaliate": what a promise verb (promise_verbs of frames.yaml) promises is hostile, so the
    promise is a threat (CAMEO 13), no agreement; the act promised gives the mode."""
    table, cand = facts.table("harm_promised"), facts.cand
    if cand.entry.type not in table.types \
            or modality.lemma(cand.anchor) not in facts.lexicon.words("promise_verbs"):
        return None
    acts = [c for c in facts.inner if c.entry.type in table.of]
    if acts:
        return retype(f"a promise of '{acts[0].anchor.text}', a hostile act, is a threat",
                      type=table.becomes, mode=table.mode_by_type.get(acts[0].entry.type))
    answer = _answer(cand.anchor, facts.lexicon)
    if answer is None:
        return None
    return retype(f"a promise to '{answer.text}' is a threat", type=table.becomes,
                  mode=table.mode)


def _answer(verb: Token, lexicon: Lexicon) -> Token | None:
    """The "to V" of a promise that answers an attack in kind: "vowed *to retaliate*", "vowed
    *to avenge* the deaths", "vowed *to respond to* the strikes" (retaliation_verbs of
    frames.yaml; "respond" only to an attack noun: "vowed to respond to the crisis" is none)."""
    for comp in to_verbs(verb):
        lemma = modality.lemma(comp)
        if lemma in lexicon.words("retaliation_verbs"):
            return comp
        aimed = [p for prep in comp.children if prep.dep_ == "prep" and prep.lower_ == "to"
                 for p in prep.children if p.dep_ == "pobj"]
        if lemma == "respond" and any(p.lemma_.lower() in lexicon.words("attack_nouns")
                                      for p in aimed):
            return comp
    return None


def complaint_meeting(facts: Facts, reading: Reading) -> Decision | None:
    """"summoned the ambassador to complain": a meeting held to complain is the complaint
    (CAMEO 114), aimed at the one met."""
    table, entry = facts.table("complaint_meeting"), facts.cand.entry
    if entry.type not in table.types:
        return None
    complaints = [c for c in facts.inner if c.entry.type in table.of]
    if not complaints:
        return None
    return retype("a meeting held to complain is the complaint",
                  type=table.becomes, mode=complaints[0].entry.mode or table.mode,
                  trigger=(*reading.trigger, *complaints[0].trigger))


def request_complement(facts: Facts, reading: Reading) -> Decision | None:
    """"urged Moscow to withdraw", "said Israel must end its strikes": what is asked gives the
    request its mode."""
    table, entry, inner = facts.table("request_complement"), facts.cand.entry, facts.inner
    if entry.type not in table.types or entry.mode is not None or not inner:
        return None
    return retype(f"a request that '{inner[0].anchor.text}', which gives the mode",
                  type=table.becomes, mode=table.mode_by_type.get(inner[0].entry.type))


# The typing rules: the first that applies gives the event its type; the others are not asked.
TYPING = (declined, promised, refused, refused_complement, threat_complement, harm_promised,
          complaint_meeting, request_complement)


def condition_recipient(facts: Facts, reading: Reading) -> Decision | None:
    """"will not end the strike until the government pays", "will not lift the embargo unless
    Cuba reforms": a refusal with no recipient is aimed at the one whose act would end it."""
    if reading.type not in facts.table("condition_recipient").types or reading.recipients:
        return None
    found, who = parties.conditioned(facts.cand, facts.inner, facts.actors, facts.index,
                                     facts.lexicon)
    if who is None:
        return None
    return retarget(f"a refusal is aimed at the one whose act would end it ('{who.text}')",
                    recipients=tuple(found), recipient_tokens=(*reading.recipient_tokens, who))


def threatened(facts: Facts, reading: Reading) -> Decision | None:
    """"Turkey has said it will invade", "Russia's chief of staff said Russia would shoot down
    the missiles": a hostile act its own side says it will do is a threat (CAMEO 13), and so
    is one it warns it could or may do ("Putin warned that Russia could use nuclear weapons if
    attacked": warning_verbs of frames.yaml). A narrator's "Russia will attack" is a prediction
    and stays a hypothetical act."""
    table, cand, actors = facts.table("threatened"), facts.cand, facts.actors
    if cand.entry.type not in table.types:
        return None
    reporter = facts.reporter
    if reporter is None or not (parties.same_side(reporter, actors)
                                or any(parties.same_side(a, [reporter]) for a in actors)):
        return None
    if facts.negated:
        return None
    if not modality.volition(cand.anchor, facts.lexicon):
        if not modality.warned(cand.anchor, facts.lexicon):
            return None
        return retype("a hostile act its own side warns it could do is a threat",
                      type=table.becomes, mode=table.mode_by_type.get(cand.entry.type),
                      stated=True)
    return retype("a hostile act its own side says it will do is a threat",
                  type=table.becomes, mode=table.mode_by_type.get(cand.entry.type), stated=True)


def verbal_protest(facts: Facts, reading: Reading) -> Decision | None:
    """"the government protested at the arrests": a state organ or official protesting (the
    verb) does it in words, a complaint (CAMEO 11); demonstrators march."""
    table = facts.table("verbal_protest")
    if reading.type not in table.types or reading.mode not in table.modes \
            or facts.cand.noun is not None or not facts.actors \
            or not all(parties.organ(a) for a in facts.actors):
        return None
    return retype("a state organ protesting does it in words: a complaint",
                  type=table.becomes, mode=table.mode)


def verbal_clash(facts: Facts, reading: Reading) -> Decision | None:
    """"Trump clashed with Zelensky in the Oval Office", "Trump attacked Biden in a speech": one
    person fighting another person by name (verbal_fight_words of frames.yaml), with no force,
    group or state on either side and no weapon or word of violence in the sentence
    (weapon_nouns, violence_words), fights in words: a disapproval (CAMEO 11). "Assad
    loyalists clashed with government forces" names groups and stays a fight."""
    table, cand = facts.table("verbal_clash"), facts.cand
    head = cand.noun if cand.noun is not None else cand.anchor
    words = facts.lexicon.words
    if reading.type not in table.types or head.lemma_.lower() not in words("verbal_fight_words"):
        return None
    others = [*cand.recipient_tokens, *reading.recipient_tokens]
    if not cand.actor_tokens or not others or not reading.recipients \
            or not all(t.ent_type_ == "PERSON" for t in (*cand.actor_tokens, *others)):
        return None
    violent = words("violence_words") | words("weapon_nouns")
    if any(t.lemma_.lower() in violent for t in head.sent if t != head):
        return None
    return retype("a person fighting a person by name, with no weapon: words",
                  type=table.becomes, mode=table.mode)


def forces_arriving(facts: Facts, reading: Reading) -> Decision | None:
    """"Two battalions of Russian troops arrived in Minsk": forces that arrive somewhere are
    deployed there (MOBILIZE), no visitors come to talk; peacekeepers then become aid
    (peacekeeping). Forces are actors of a force sector, or phrases headed by a force_nouns word
    (frames.yaml)."""
    table, cand = facts.table("forces_arriving"), facts.cand
    if reading.type not in table.types or (table.modes and reading.mode not in table.modes) \
            or not facts.actors:
        return None
    forces = facts.lexicon.words("force_nouns")
    if not all(a.get("sector") == "MIL" for a in facts.actors) and not (
            cand.actor_tokens and all(t.lemma_.lower() in forces for t in cand.actor_tokens)):
        return None
    return retype("forces that arrive are deployed, not visiting", type=table.becomes,
                  mode=table.mode)


def peacekeeping(facts: Facts, reading: Reading) -> Decision | None:
    """"sent troops to the UN peacekeeping force in South Sudan", "Russian peacekeepers began
    deploying": troops sent to keep the peace are aid (PLOVER AID), not a mobilisation against
    anyone (peace_words of frames.yaml, in the verb's object, destination or purpose, or in the
    deployed subject)."""
    table, cand = facts.table("peacekeeping"), facts.cand
    if reading.type not in table.types or cand.anchor.pos_ != "VERB":
        return None
    words = facts.lexicon.words("peace_words")
    aims = [t for child in cand.anchor.children if child.dep_ not in ("nsubj", "nsubjpass")
            for t in child.subtree]
    # the deployed phrase itself ("Japanese peacekeepers arrived"), not a clause of the
    # anchor's that the phrase may hold ("peacekeepers who were sent to ...": those are aims)
    deployed = [t for actor in cand.actor_tokens for t in actor.subtree if t != cand.anchor
                and not (actor.is_ancestor(cand.anchor) and cand.anchor.is_ancestor(t))]
    if not any(t.lemma_.lower() in words or t.lower_ in words for t in aims + deployed):
        return None
    return retype("troops sent to keep the peace are aid", type=table.becomes, mode=table.mode)


def police_raid(facts: Facts, reading: Reading) -> Decision | None:
    """"Police raided the offices of the newspaper", "police conducted a raid on his house", "a
    raid by US authorities": a raid whose every actor is the police (sector COP) or named by
    a raid_agents word is coercion, a search for people or evidence, not violence; where the
    sentence names violence ("raided the camp, killing two militants", "in a shootout") it
    stays an assault (raid_words and violence_words of frames.yaml). A raid by troops, and an
    air raid by anyone, are left to their lexicon entries."""
    table, cand = facts.table("police_raid"), facts.cand
    if reading.type not in table.types or not facts.actors:
        return None
    words = facts.lexicon.words
    heads = [t for t in (cand.anchor, cand.noun) if t is not None]
    if not any(t.lemma_.lower() in words("raid_words") for t in heads):
        return None
    agents = words("raid_agents")
    police = all(a.get("sector") == "COP" for a in facts.actors) or cand.actor_tokens and all(
        t.lemma_.lower() in agents for t in cand.actor_tokens)
    if not police or any(c.lower_ == "air" for h in heads for c in h.children):
        return None
    violence = words("violence_words")
    if any(t.lemma_.lower() in violence or t.lower_ in violence for t in cand.anchor.sent):
        return None
    return retype("a raid or search by the police is coercion, not violence",
                  type=table.becomes, mode=table.mode)
