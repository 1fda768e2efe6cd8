"""An article laid out for a person: its entities, each event under its sentence, its quotes.

The trigger is marked in the sentence with [brackets] and the event reads actor → TYPE →
recipient, so a reader can check every coded event against the words it came from.
"""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console
from rich.markup import escape

from faultlines.model import Actor, Article, Event


def _who(actors: tuple[Actor, ...] | list[Actor]) -> str:
    if not actors:
        return "—"
    return ", ".join(f"{a.name} ({'/'.join(x for x in (a.country or a.code, a.sector) if x)})"
                     for a in actors)


def _marked(event: Event) -> str:
    """The sentence with the trigger in brackets, found by its text within the sentence."""
    sentence, trigger = event.sentence, event.trigger.text
    at = sentence.find(trigger)
    if at < 0:
        return escape(sentence)
    return (escape(sentence[:at]) + "[bold yellow]\\[" + escape(trigger) + "][/]"
            + escape(sentence[at + len(trigger):]))


def _modality(event: Event) -> str:
    flags = [name for name, on in (("negated", event.negated),
                                   ("hypothetical", event.hypothetical)) if on]
    if event.reported_by:
        flags.append(f"reported by {event.reported_by.name}")
    return f" [dim]({'; '.join(flags)})[/]" if flags else ""


def render(article: Article, console: Console | None = None) -> None:
    console = console or Console()
    console.rule(f"[bold]{escape(article.title or '(untitled)')}[/]")
    console.print(f"id {article.id} · published {article.published or '?'} · "
                  f"source {escape(article.source or '?')} · {len(article.text.split())} words")
    if article.actors:
        console.print("\n[bold]Actors[/]")
        for actor in article.actors:
            console.print(f"  {escape(actor.name)}  {actor.country or '-'}/{actor.sector or '-'}"
                          f"  {actor.kind}{'  ' + escape(actor.role) if actor.role else ''}")
    by_sentence: dict[str, list[Event]] = defaultdict(list)
    for event in article.events:
        by_sentence[event.sentence].append(event)
    if by_sentence:
        console.print("\n[bold]Events[/]")
    for events in by_sentence.values():
        console.print(f"\n  {_marked(events[0])}")
        for e in events:
            place = f" · in {escape(e.location.name)}" if e.location else ""
            console.print(f"    {escape(_who(e.actor))} → [bold]{e.type}[/]"
                          f"{'/' + e.mode if e.mode else ''} → {escape(_who(e.recipient))}"
                          f"  · {e.date or 'no date'}{place} · CAMEO {e.cameo or '-'}"
                          f" · Q{e.quad_class or '-'}{_modality(e)}")
    _render_quotes(article, console)
    if article.relations:
        console.print("\n[bold]Ties[/]")
        for r in article.relations:
            sign = "+" if r.polarity > 0 else "−"
            console.print(f"  {escape(r.a.name)} {sign} {escape(r.b.name)}  {r.type} ({r.basis})")


def _render_quotes(article: Article, console: Console) -> None:
    by_speaker: dict[str, list] = defaultdict(list)
    for quote in article.quotes:
        by_speaker[quote.speaker.name if quote.speaker else "(speaker unknown)"].append(quote)
    if by_speaker:
        console.print("\n[bold]Quotes[/]")
    for speaker, quotes in by_speaker.items():
        console.print(f"  [bold]{escape(speaker)}[/]")
        for q in quotes:
            console.print(f"    “{escape(q.text)}” [dim]({q.kind}"
                          f"{', ' + escape(q.cue) if q.cue else ''})[/]")
