#!/bin/sh
# Prints the path of a Python 3.12 or newer, or explains what to install and fails.
# PySide6 6.12 on Python 3.11 crashes the interpreter, so 3.11 is not good enough.
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
for cand in python3.13 python3.12 python3.14 python3; do
    p=$(command -v "$cand" 2>/dev/null) || continue
    if ok "$p"; then echo "$p"; exit 0; fi
done
root=${PYENV_ROOT:-$HOME/.pyenv}
for p in "$root"/versions/3.13*/bin/python3 "$root"/versions/3.12*/bin/python3 "$root"/versions/3.14*/bin/python3; do
    [ -x "$p" ] && ok "$p" && { echo "$p"; exit 0; }
done
echo "Leitplanken needs Python 3.12 or newer, and none was found." >&2
echo "Install it (e.g. 'apt-get install python3.12 python3.12-venv', 'brew install python@3.12'," >&2
echo "or 'pyenv install 3.12'), or run: make PYTHON=/path/to/python3.12" >&2
exit 1
