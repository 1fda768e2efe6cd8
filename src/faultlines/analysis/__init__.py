"""Fault-line analysis over coded events and stated ties: dyads, signed ties, dilemmas, escalation."""
