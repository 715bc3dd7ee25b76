#!/usr/bin/env bash
# README command 2: install every dependency, build with warnings as errors, print the
# benchmark figures, then run the whole test suite headless and print ctest's summary.
# Headless means a real X server (Xvfb) for the GUI tests and a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"

headless() {
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$@"
}

# One at a time: two benchmarks side by side on 2 cores halve each other's figures.
echo "== benchmarks (figures, not pass/fail timings) =="
headless ctest --preset ci -L benchmark -j 1 --verbose 2>&1 | grep -E '^[0-9]+: ' | sed -E 's/^[0-9]+: /  /' \
  | grep -vE '^  (Test command|Working Directory|Environment variables|Test timeout)' || true

echo "== tests =="
status=0
headless ctest --preset ci -LE benchmark || status=$?

# Formatting as .clang-format says; translations complete in de/fr/es; the .deb builds, passes
# lintian and installs.
echo "== format =="
scripts/check-format.sh || status=1
echo "== translations =="
scripts/check-translations.sh build || status=1
echo "== package =="
scripts/check-package.sh build || status=1
exit "$status"
