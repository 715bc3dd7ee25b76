#!/usr/bin/env bash
# Builds the Debian package from an already built tree and checks it the way a distribution
# would: lintian (no errors), desktop-file-validate, appstreamcli validate --no-net; then
# installs it with apt (which pulls the dependencies it declares) after purging any earlier
# install, runs the installed promptdesk-cli --version, and purges it again.
#   scripts/check-package.sh [BUILD_DIR]     (default: build)
# Needs root or sudo for the install step.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(realpath "${1:-build}")
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

echo "check-package: desktop entry and AppStream metadata"
desktop-file-validate resources/linux/io.promptdesk.Promptdesk.desktop
appstreamcli validate --no-net resources/linux/io.promptdesk.Promptdesk.metainfo.xml

echo "check-package: building the .deb in $build_dir"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(find "$out" -maxdepth 1 -name 'promptdesk_*.deb' | head -n1)
[ -n "$deb" ] || { echo "check-package: cpack produced no .deb" >&2; exit 1; }
echo "check-package: $(basename "$deb") declares: $(dpkg-deb -f "$deb" Depends)"

# The checked files must be the ones in the package, not only the sources.
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/promptdesk ./usr/bin/promptdesk-cli ./usr/libexec/promptdesk/promptdesk-pdf-reader \
         ./usr/share/applications/io.promptdesk.Promptdesk.desktop \
         ./usr/share/metainfo/io.promptdesk.Promptdesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.promptdesk.Promptdesk.svg \
         ./usr/share/icons/hicolor/48x48/apps/io.promptdesk.Promptdesk.png \
         ./usr/share/icons/hicolor/256x256/apps/io.promptdesk.Promptdesk.png; do
  grep -qF " $f" <<<"$contents" || { echo "check-package: $f missing from the package" >&2; exit 1; }
done

echo "check-package: lintian"
# Errors fail; warnings are printed. Lintian refuses to run as root unless told it may.
lintian --fail-on error --allow-root "$deb"

echo "check-package: installing in a clean state"
export DEBIAN_FRONTEND=noninteractive
$SUDO dpkg --purge promptdesk >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq --no-install-recommends "$deb" >"$out/apt.log" 2>&1 \
  || { cat "$out/apt.log" >&2; exit 1; }
state=$(mktemp -d)
version=$(PROMPTDESK_CONFIG_DIR="$state/config" PROMPTDESK_DATA_DIR="$state/data" /usr/bin/promptdesk-cli --version)
# A PDF read by the installed CLI through the installed PDF reader child process.
pdf_text=$(PROMPTDESK_CONFIG_DIR="$state/config" PROMPTDESK_DATA_DIR="$state/data" \
  /usr/bin/promptdesk-cli extract-text tests/fuzz/documents/seeds_pdf/two-pages.pdf 2>&1)
grep -q "Seed page text" <<<"$pdf_text" \
  || { echo "check-package: the installed CLI could not read a PDF: $pdf_text" >&2; exit 1; }
if grep -q "promptdesk-pdf-reader not found" <<<"$pdf_text"; then
  echo "check-package: the installed CLI did not find its PDF reader" >&2; exit 1
fi
rm -rf "$state"
$SUDO dpkg --purge promptdesk >/dev/null
echo "check-package: installed /usr/bin/promptdesk-cli --version -> $version"
