"""Leitplanken: guardrails that turn AI pilots into reliable everyday processes in an SME."""

__version__ = "0.1.0"
APP_NAME = "Leitplanken"
FILE_SUFFIX = ".leitplanken"
