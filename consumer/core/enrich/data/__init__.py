"""Word lists and patterns the enrichment stages apply: knowledge kept apart from code."""
