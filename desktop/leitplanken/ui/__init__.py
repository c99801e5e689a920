"""The Qt user interface, one sub-package per part of the window the user sees.

Lower packages never import higher ones (tests/test_import_graph.py checks it):
workspace (session, undo commands) ← widgets, settings ← editor, files, export ← shell.
Only leitplanken.app imports this package; storage is reached through leitplanken.storage.
"""
