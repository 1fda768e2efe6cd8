# ties/ — stated ties between actors

A story often says in passing how two actors stand: "Armenia has long been a close ally of
Russia", "the two countries have strengthened their trade partnership", "Erdoğan, who has been
backing Azerbaijan against Armenia". The tie stage writes each as a RELATION of OUTPUT.md with
`basis: "stated"`; after them it adds the ties the article's events imply, summed per pair
(`from_events.py`, weighed by `faultlines/event_ties.yaml`, `basis: "events"`).

| module | job |
|---|---|
| `patterns.py` | loads and validates `patterns.yaml` |
| `parties.py` | from a token to the actors it stands for (mentions, "X and Y", "the two countries", "of which", a place at war) |
| `claim.py` | what a construction finds: the parties, type, sign and anchor of a tie |
| `roles.py` | roles ("X is an ally of Y", "NATO member X", "Y's NATO allies", "Z sees X as a partner") |
| `members.py` | members named beside an organisation ("the G20, a grouping of ...", "the G7 — Britain, ...") |
| `links.py` | links ("ties between X and Y", "X's war on Y", "the X-Y war", "X's support for Y") and their parties |
| `signs.py` | what a link's modifiers, verb and head say of its sign ("frosty relations", "a new low in relations") |
| `verbs.py` | verbs ("X backs Y against Z"), membership ("X joined Y", "Y comprises X"), "X-backed Y", "X-led Y" |
| `stance.py` | whether a construction states a tie that holds now (not denied, wished, asked for or past) |
| `dates.py` | the date a sentence gives a tie's clause |
| `find.py` | the finders per token, and the RELATION dicts of a Doc |
| `from_events.py` | the ties an article's events imply (`basis: "events"`) |
| `__init__.py` | `TieStage`, the `faultlines_ties` component |

## patterns.yaml

Every entry is keyed by a lower-case lemma. `type` is the RELATION type; `polarity` is 1 (a
friendly tie) or -1 (a hostile one).

- `roles`: nouns for what X is to Y. Read from copulas ("X has long been a close ally of Y"),
  appositions ("X, a longtime ally of Y", "X, Y's ally", "X, one of Y's closest allies"),
  possessives ("Y's rival X", "its ally X"), titles ("NATO member X", "US ally X"), a name the
  role stands beside ("X, a key Russian ally"), frames ("X is among Y's allies", "Y sees X as a
  partner", "X's role as a partner of Y") and plural subjects ("X and Y are allies").
  `direction: reverse` swaps the parties ("X is Y's proxy" → Y supports X).
- `links`: nouns for a tie between two parties, whose parties come from "between X and Y",
  "X's … with/to Y", "X's war on/against Y" (`link_preps`, and `hostile_preps` for hostile
  links), names on the noun ("the Russia-Ukraine war", "the US-China trade war"), the subject
  of the verb that governs the noun ("X established relations with Y"), or a plural subject
  ("X and Y have gone to war"), or the name it is said of ("X, at war with Y"); "between X and
  Y" may stand on the verb the link breaks out in ("war broke out between X and Y").
  `polarity: 0` is a neutral link ("relations", "relationship"): it states a tie only once
  something gives it a sign. `one_sided: true`: the noun is one party's act ("X's support for
  Y", "aggression against Y"), so two names on it ("US-Israeli aggression") are one side and
  ending it ("withdrew its support") states nothing; `preps` are its other party's
  prepositions.
- `modifiers`: adjectives or compounds on a link noun that set its `type` and/or `polarity`
  ("diplomatic relations" → diplomatic; "frayed ties", "frosty relations" → frayed, -1), also
  as the link's predicate ("relations between X and Y have been frosty"). A cold word (-1)
  turns any link hostile; a warm word (+1: close, good, brotherly) or a word of a kind (trade,
  diplomatic) makes a neutral link friendly and leaves a hostile one hostile ("growing
  tensions", "deep mistrust").
- `link_verbs`: verbs whose object or subject is a link noun. `effect`: `keep` the link's sign,
  `warm` it (a neutral link becomes friendly: "strengthened relations", "relations improved"),
  `turn` it to -1 ("severed ties", "relations deteriorated"), or `cancel` the tie (avoid
  tension: nothing is stated).
- `link_heads`: nouns a link is in or reaches, with the same effects ("a new low in relations",
  "ties hit a new low", "a thaw in relations").
- `verbs`: verbs that are ties ("X backs Y"): `prep` names the preposition of the other party
  (side with, ally with), `against` the type of the hostile tie between the other party and the
  object of "against"; a hostile verb takes its other party as object or after "against" ("the
  RSF, battling the army"). After a hyphen they read the same way: "the Iran-backed Houthis"
  (Iran backs the Houthis); a participle of a verb with `prep` is said of its noun ("fighters
  allied with Y").
- `hyphen_verbs`: verbs that state a tie only as a participle after a hyphen ("an
  al-Qaeda-linked group": the group is al-Qaeda's affiliate); as plain verbs they state none
  ("X linked Y to the attack").
- `membership`: `out_of` verbs ("pull Armenia out of the CSTO": Armenia is a member), `join`
  verbs, `lead` words for "<actor>-led <organisation>" (the actor leads it), `comprise` and
  `made_of` verbs ("NATO, which comprises X", "the bloc, made up of X and Y"), and `groupings`,
  nouns that set beside an organisation name its members ("the G20, a grouping of ... the EU").
  States listed after a dash or bracket beside an international organisation are its members
  ("the G7 — Britain, Canada, ... —").
- `past`: words that put a tie in the past ("a former ally", "were once allies").
- `hedges`: words that make a tie someone's allegation ("its alleged support for Y").
- `unstated`: verbs under which a tie is only wished, asked for or denied ("wants to join",
  "urged X to normalise ties with Y", "denies supporting Y", "refused any alliance with Y").
- `groups`: plural nouns that with "two" or "both" stand for the last two actors named.

Decisions:
- A negated statement ("is not an ally of", "never backed", "can no longer afford to have
  relations with") states no tie, and neither does one under a cancelling verb ("wants to
  avoid tension with") or an `unstated` verb. A word set on a name ("NATO member Turkey", "the
  Iran-backed Houthis") is not negated by the clause the name stands in ("Nato-backed Kyiv must
  not accept ...").
- A role that names an argument of a clause ("rebels tried to reach Syria's backer, Russia",
  "did not invite its ally Belarus") holds whatever the clause wishes or denies; a role said
  of its holder ("could become an ally", "is not among its allies") is the clause's.
- A hostile link owned by one side, or named by one, and set in a state or a place standing
  for one is a tie with that state ("Russia's war in Ukraine", "Israel's offensive in Gaza";
  `scene_preps`); a link with no side ("the war in Ukraine", "spent billions on the war in
  Ukraine") ties nothing. Invasion, offensive and occupation are one side's acts
  (`one_sided`); one side's act ended ("ended its occupation of Y") states nothing.
- A past tie ("a former ally", "Kyiv's one-time ally", "past ties", "were once allies") is not
  a present one, friendly or hostile; an alleged one ("its alleged support for the RSF") is an
  accusation (the events stage codes it), not a statement of the story.
- "X's relations with Y", "reset the relationship", "reevaluate its relationship with Y" state
  no tie: the words give no sign.
- "X has stakes in both A and B" states interest, not friendship, so it gives no tie: a stake
  can be a rival's as well as an ally's.
- "X sided with / backed Y against Z" gives X–Y (+1) and Y–Z (-1); it says nothing of X–Z.
- "ties between X, Y and Z" (one "and") pairs all three; "tensions between X and Y and Z" (two
  "and"s) sets X against Y and against Z, and does not pair Y with Z.
- Members are tied to their body, never to each other: "X and Y, both members of Z" and "Z,
  of which X and Y are members" give X–Z and Y–Z; "Y's NATO allies" says Y is in NATO;
  "Canada and Mexico, the two largest US trading partners" gives Canada–US and Mexico–US.
- A singular role after a list is said of its nearest name ("the EU and China, a close ally of
  Cambodia": China only).
- A link in a phrase of a verb whose object is an actor belongs to no subject: "X supported Y
  in the conflict with Z" does not make X a party of the conflict ("X seized the palace in a
  conflict with Z" does); a pair of subjects holds no link in a phrase of a verb with an
  object ("X and Y declared victory over Z in a conflict").
- A place named as a side of a conflict stands for its country ("Israel's war on Gaza":
  Palestine, as the places stage placed Gaza).
- Competition, rivalry, tension, friction and distrust are links of polarity -1: never a
  friendly tie.
- Both ends must be nodes of the network (faultlines.identity: a state, an organisation, a
  placed person) and two different ones: "countries", "reporters", a state and its own
  minister tie nothing; a state and its own armed group or opposition are two parties.

The loader (`patterns.load()`) stops on a malformed entry and names it:
`patterns.yaml, links.war: polarity must be 1, 0 or -1`.
