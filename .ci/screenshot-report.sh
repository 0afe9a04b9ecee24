#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium (Debian package `chromium`), to look
# at it as a trainer would. Also prints it to PDF (A4, print style sheet) when asked.
#
#   .ci/screenshot-report.sh REPORT.html OUT.png [WIDTH] [HEIGHT]
#   .ci/screenshot-report.sh --pdf REPORT.html OUT.pdf
#   .ci/screenshot-report.sh --demo OUT_DIR      # builds the example board, renders its status page
#   .ci/screenshot-report.sh --class OUT_DIR     # the class overview of three copies of it, at 1280 and 800 px
#
# The demo mode replays Boards/exemple-association at a fixed date (JALON_NOW), exports the
# status report as HTML and renders status.png (and status.pdf) in OUT_DIR.
set -euo pipefail
# Paths given are read from where the script was started, before it moves to the repository.
args=()
for a in "$@"; do
  case "$a" in --*|[0-9]*) args+=("$a") ;; *) args+=("$(realpath -m -- "$a")") ;; esac
done
set -- "${args[@]}"
cd "$(dirname "$0")/.."

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
  echo "chromium is missing: apt-get install -y chromium" >&2
  exit 3
fi
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-dev-shm-usage
       --force-device-scale-factor=1 --user-data-dir="$(mktemp -d)")

shot() { # html png width height
  "$browser" "${flags[@]}" --window-size="${3:-1200},${4:-2600}" --screenshot="$2" "file://$(realpath "$1")" >/dev/null 2>&1
  [ -s "$2" ] || { echo "no screenshot written for $1" >&2; exit 1; }
  echo "$2"
}
pdf() { # html pdf
  "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$2" "file://$(realpath "$1")" >/dev/null 2>&1
  [ -s "$2" ] || { echo "no PDF written for $1" >&2; exit 1; }
  echo "$2"
}

case "${1:-}" in
  --pdf) pdf "$2" "$3" ;;
  --demo)
    out=$(mkdir -p "$2" && realpath "$2")
    jalon=${JALON:-}
    if [ -z "$jalon" ]; then swift build --product jalon >/dev/null; jalon="$(swift build --show-bin-path)/jalon"; fi
    demo=$(mktemp -d)/demo
    NO_COLOR=1 "$jalon" demo "$demo" --to-end >/dev/null
    export JALON_NOW=${JALON_NOW:-2027-02-03T18:00:00+01:00}
    (cd "$demo" && "$jalon" report status --format html --out "$out/status.html" 2>/dev/null \
       && "$jalon" report bilan --format html --out "$out/bilan.html" 2>/dev/null)
    shot "$out/status.html" "$out/status.png" 1200 3000
    shot "$out/bilan.html" "$out/bilan.png" 1200 3400
    pdf "$out/status.html" "$out/status.pdf"
    ;;
  --class)
    out=$(mkdir -p "$2" && realpath "$2")
    jalon=${JALON:-}
    if [ -z "$jalon" ]; then swift build --product jalon >/dev/null; jalon="$(swift build --show-bin-path)/jalon"; fi
    demo=$(mktemp -d)/demo
    NO_COLOR=1 "$jalon" demo "$demo" --to-end >/dev/null
    printf 'class: "MC SNO 2026-2027"\nteams:\n  - name: Les Tilleuls\n    path: %s\n  - name: Les Érables, équipe au nom long\n    path: %s\n  - name: Troisième équipe\n    path: %s\n' \
      "$demo" "$demo" "$demo" > "$out/classe.yml"
    JALON_NOW=${JALON_NOW:-2027-02-03T18:00:00+01:00} "$jalon" report class "$out/classe.yml" --format html --out "$out/class.html" 2>/dev/null
    shot "$out/class.html" "$out/class-1280.png" 1280 900
    shot "$out/class.html" "$out/class-800.png" 800 900
    ;;
  ""|-h|--help) sed -n 2,12p "$0" ;;
  *) shot "$1" "$2" "${3:-1200}" "${4:-2600}" ;;
esac
