#!/usr/bin/env bash
# Set up (first run) and start the chat UI over seeds/ on http://127.0.0.1:7860.
# The index is built into index/ on first use. Extra arguments go to `assistant serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/assistant serve "$@"
