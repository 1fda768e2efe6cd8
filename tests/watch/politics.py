"""Invented political stories between real states, for the command's tests: the pipeline codes
events from them, so cycles raise alerts. The events are made up for these tests."""

from __future__ import annotations

import random

BORDER = (
    "Azerbaijan attacks Armenian positions near the border",
    [
        "Shelling was heard before dawn.",
        "Azerbaijan attacked Armenian positions near the village of Sotk on Tuesday, the "
        "Armenian defence ministry said, in the heaviest fighting on the border this year.",
        "The ministry said two soldiers were wounded and that artillery fire had damaged a "
        "school. Baku said its forces had answered provocations and had taken no territory.",
        "Residents of the village spent the night in basements, a local official said, and "
        "several families left for the regional capital in the morning.",
    ],
)

BORDER_UPDATE = (
    BORDER[0],
    BORDER[1] + [
        "Update: Armenia accused Azerbaijan on Wednesday of breaking the ceasefire agreed in "
        "the spring and asked its allies to condemn the attack.",
    ],
)

_WORDS = ("harbour council river market bridge winter orchard railway museum festival "
          "library factory theatre garden tunnel quarry valley meadow lantern castle "
          "mill ferry canal forest island mountain village tower square fountain "
          "bakery stadium vineyard lighthouse brewery barracks cathedral windmill").split()


def filler(seed: int, paragraphs: int = 4) -> tuple[str, list[str]]:
    """A story of its own: random words, so that no two seeds are near-duplicates."""
    pick = random.Random(seed)
    body = []
    for _ in range(paragraphs):
        sentences = [" ".join(pick.choice(_WORDS) for _ in range(14)).capitalize() + "."
                     for _ in range(3)]
        body.append(" ".join(sentences))
    return f"Local notes number {seed}", body
