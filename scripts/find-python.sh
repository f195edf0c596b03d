#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 runs on 3.10, not on 3.11+), or explains
# on stderr how to get one and exits 1. Looks at $PYTHON, python3.10 on PATH, pyenv, then python3.
set -u
is310() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }
for candidate in "${PYTHON:-}" "$(command -v python3.10 2>/dev/null)"; do
  if is310 "$candidate"; then command -v "$candidate"; exit 0; fi
done
if command -v pyenv >/dev/null 2>&1; then
  for dir in $(ls -d "$(pyenv root)"/versions/3.10.* 2>/dev/null | sort -V -r); do
    if is310 "$dir/bin/python3.10"; then echo "$dir/bin/python3.10"; exit 0; fi
  done
fi
if is310 "$(command -v python3 2>/dev/null)"; then command -v python3; exit 0; fi
cat >&2 <<'MSG'
error: Python 3.10 not found. Rasa 3.6 needs Python 3.10 (it does not run on 3.11 or newer).
Install it (for example `pyenv install 3.10.13`, or your system's python3.10 package), or point
PYTHON at one: make run PYTHON=/path/to/python3.10
MSG
exit 1
