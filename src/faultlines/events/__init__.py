"""PLOVER 2.0 events from the dependency parse, with modality, dates, places and CAMEO codes.

extract.py finds triggers and arguments, policy/ decides by named rules which candidates are
kept, dropped or retyped (explain.py shows why), modality.py reads negation, hypotheticals and
reported speech, setting.py dates and places an event, cameo.py projects it; component.py is the
stage. The knowledge is data: lexicon/*.yaml (triggers per type, frame words, the policy's
tables) and cameo.tsv.
"""
