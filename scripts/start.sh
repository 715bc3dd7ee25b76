#!/usr/bin/env bash
# README command 1: install what building needs, build, and start Promptdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --runtime
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
exec build/bin/promptdesk "$@"
