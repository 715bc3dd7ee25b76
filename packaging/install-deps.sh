#!/usr/bin/env bash
# Installs every build and test dependency of Promptdesk from Debian 12 / Ubuntu 24.04 packages.
# Idempotent: packages already present are left alone. Works as root or through sudo.
#   packaging/install-deps.sh            build + run + test dependencies
#   packaging/install-deps.sh --runtime  only what building and starting the app needs
set -euo pipefail

mode=all
[ "${1:-}" = "--runtime" ] && mode=runtime

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "install-deps: run as root or install sudo" >&2; exit 1; fi

build_pkgs=(
  build-essential cmake ninja-build pkg-config git ca-certificates file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-pdf-dev qt6-svg-dev qt6-charts-dev
  qt6-qpa-plugins libqt6sql6-sqlite libgl-dev libvulkan-dev libxkbcommon-dev
  qtkeychain-qt6-dev libsodium-dev libsqlite3-dev libphonenumber-dev libicu-dev libpcre2-dev
  libgmime-3.0-dev libquazip1-qt6-dev libxlsxwriter-dev libxml2-dev libleptonica-dev
  libtesseract-dev tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa
  fonts-dejavu-core librsvg2-bin
)
test_pkgs=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  sqlite3 python3 openssl gnutls-bin rsyslog rsyslog-gnutls tinyproxy poppler-utils
  desktop-file-utils appstream lintian clang-format clang libclang-rt-dev libomp-dev
)

pkgs=("${build_pkgs[@]}")
[ "$mode" = all ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"; exit 0
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
