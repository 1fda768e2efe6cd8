"""The mention view under the name eval/polnear.py imports it by (`MentionIndex(doc)`,
`.actor_at(token)` → ACTOR): one view, nlp/mentions.py, which every stage reads."""

from faultlines.nlp.mentions import MentionView as MentionIndex

__all__ = ["MentionIndex"]
