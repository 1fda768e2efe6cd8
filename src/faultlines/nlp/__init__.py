"""spaCy glue: the Doc extensions and component factories our stages share."""
