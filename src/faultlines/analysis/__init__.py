"""Fault-line analysis over coded events and stated ties: dyads, ties, dilemmas, escalation.

Start at api.py (`Network`); the weights of the ties live in ties.py.
"""
