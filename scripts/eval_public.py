#!/usr/bin/env python3
"""Public QA sets through answer(): see ``assistant eval-public --help`` (assistant/evals/public.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.evals.public import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
