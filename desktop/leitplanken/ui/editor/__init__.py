"""The use-case editor: its tabs (overview, systems, RACI, checklist, CX, decisions), their models,
the readiness panel and the first-use-case wizard."""
