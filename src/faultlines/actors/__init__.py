"""Actors: the knowledge base (kb/), recognition (ruler.py) and resolution (resolve.py) of who
is named in a story, written to `doc._.mentions` by the actors stage (component.py)."""
