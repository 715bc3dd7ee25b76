#!/usr/bin/env bash
# README command 1: install what building needs, build the app alone (no tests) in its own
# folder, build-app/, so that command 2's build/ is left as it is, and start Promptdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --runtime
cmake --preset app >/dev/null
cmake --build --preset app -j "$(nproc)"
exec build-app/bin/promptdesk "$@"
