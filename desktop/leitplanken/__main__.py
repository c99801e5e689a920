"""Lets `python -m leitplanken` behave exactly like the `leitplanken` command."""

import sys

from leitplanken.cli import main

sys.exit(main())
