"""Widgets shared by screens: typed fields, table delegates, the record table and the list page."""
