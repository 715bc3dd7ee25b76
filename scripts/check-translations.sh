#!/usr/bin/env bash
# Fails when a German, French or Spanish translation (or an English plural form) is
# unfinished, missing or stale.
# Runs lupdate over exactly the sources the build uses (the project file qt_add_translations
# wrote into the build tree) into temporary copies of translations/*.ts, so the sources are
# never touched, then checks every message of every copy:
#   - no new string without a translation (lupdate adds them as "unfinished"),
#   - no unfinished or empty translation, every plural form filled in,
#   - no string that has vanished from the code (refresh with the update_translations target),
#   - the same %1 / %n place markers as the source text.
#   scripts/check-translations.sh [BUILD_DIR]     (default: build; must be configured)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(realpath "${1:-build}")
project="$build_dir/app/.lupdate/promptdesk_project.cmake"
[ -f "$project" ] || { echo "check-translations: $project missing; configure $build_dir first" >&2; exit 1; }
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
generator=$(find /usr/lib/*/cmake/Qt6LinguistTools /usr/lib/cmake/Qt6LinguistTools \
  -name GenerateLUpdateProject.cmake 2>/dev/null | head -n1 || true)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# refresh PROJECT_CMAKE OUT_NAME LUPDATE_OPTIONS... : lupdate over the build's sources into a
# temporary copy of each .ts file the project names; prints the copies' paths.
refresh() {
  local project=$1 name=$2; shift 2
  local originals copies=()
  originals=$(sed -nE 's/^set\(lupdate_translations "(.*)"\)$/\1/p' "$project" | tr ';' ' ')
  for ts in $originals; do
    mkdir -p "$tmp/$name"
    cp "$ts" "$tmp/$name/"
    copies+=("$tmp/$name/$(basename "$ts")")
  done
  # System include paths (Qt, /usr/include) are dropped: lupdate finds our classes' contexts
  # in our own headers, gives the same result, and parses in a second instead of minutes.
  sed -E -e "s|^set\(lupdate_translations .*\)$|set(lupdate_translations \"$(IFS=';'; echo "${copies[*]}")\")|" \
    -e '/^set\(lupdate_include_paths /{s|/usr/[^;"]*;?||g;s|;"\)$|")|}' \
    "$project" > "$tmp/$name.cmake"
  cmake -DIN_FILE="$tmp/$name.cmake" -DOUT_FILE="$tmp/$name.json" -P "$generator"
  # Without -no-obsolete, strings gone from the code stay in the copy marked "vanished".
  "$lupdate" -project "$tmp/$name.json" -locations none -silent "$@" >"$tmp/$name.log" 2>&1
  cat "$tmp/$name.log" >&2
  printf '%s\n' "${copies[@]}"
}

mapfile -t copies < <(refresh "$project" translations)
# English is the source language: promptdesk_en.ts holds only the plural forms.
en_project="$build_dir/app/.lupdate/promptdesk_en_project.cmake"
if [ -f "$en_project" ]; then
  mapfile -t -O "${#copies[@]}" copies < <(refresh "$en_project" english -pluralonly)
fi
[ "${#copies[@]}" -ge 3 ] || { echo "check-translations: lupdate failed" >&2; exit 1; }
# A tr() outside a Q_OBJECT class or Q_DECLARE_TR_FUNCTIONS makes lupdate guess a context the
# running app never asks for: such a string stays English however well it is translated.
if grep -h "lacks Q_OBJECT macro" "$tmp"/*.log; then
  echo "check-translations: tr() without a translation context (use Q_DECLARE_TR_FUNCTIONS)" >&2
  exit 1
fi

python3 - "${copies[@]}" <<'PY'
import re, sys, xml.etree.ElementTree as ET

markers = re.compile(r"%(?:n|L?[1-9][0-9]?)")
problems = 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    lang = root.get("language", path)
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "missing"
            where = f"{lang}: [{name}] {source[:70]!r}"
            total += 1
            if kind in ("vanished", "obsolete"):
                print(f"{where}: no longer in the code (run the update_translations target)")
                problems += 1
                continue
            if kind in ("unfinished", "missing"):
                print(f"{where}: not translated")
                problems += 1
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                expected = 1 if lang.startswith("zh") else 2
                if len(forms) < expected or any(not f.strip() for f in forms):
                    print(f"{where}: a plural form is empty")
                    problems += 1
                    continue
                texts = forms
            else:
                texts = [translation.text or ""]
                if not texts[0].strip() and source.strip():
                    print(f"{where}: empty translation")
                    problems += 1
                    continue
            wanted = sorted(set(markers.findall(source)))
            for text in texts:
                got = sorted(set(markers.findall(text)))
                # %n may be spelled out in a singular form ("one file" / "un fichier").
                if [m for m in wanted if m != "%n"] != [m for m in got if m != "%n"]:
                    print(f"{where}: place markers {wanted} in the source, {got} in {text[:60]!r}")
                    problems += 1
                    break
    print(f"check-translations: {lang}: {total} messages checked")
if problems:
    print(f"check-translations: {problems} problem(s); translate them in translations/*.ts")
    sys.exit(1)
print("check-translations: de, fr and es complete; English plural forms complete")
PY
