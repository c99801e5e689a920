"""The open workspace as the window sees it: the session, its undo commands, edit helpers."""
