#!/usr/bin/env bash
# Builds Jalon in release mode with the Swift runtime linked statically and installs it with
# its shell completions (bash, zsh, fish) and man pages (English, French), all generated from
# the argument parser by the binary that is installed.
#
#   Scripts/install.sh [--prefix DIR] [--destdir DIR] [--binary PATH] [--scratch-path DIR]
#
#   --prefix DIR        where it goes (default /usr/local; $HOME/.local needs no root)
#   --destdir DIR       stage under DIR instead of / (used to build the Debian package)
#   --binary PATH       install this jalon instead of building one (the tests pass their build)
#   --scratch-path DIR  SwiftPM build folder (default .build-release)
#
# Installs PREFIX/bin/jalon, PREFIX/share/bash-completion/completions/jalon,
# PREFIX/share/zsh/site-functions/_jalon, PREFIX/share/fish/vendor_completions.d/jalon.fish,
# PREFIX/share/man/man1/jalon.1 and PREFIX/share/man/fr/man1/jalon.1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix=/usr/local destdir="" binary="" scratch="$root/.build-release"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --destdir) destdir="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --scratch-path) scratch="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

if [ -z "$binary" ]; then
  pkg-config --exists libgit2 || { echo "install.sh: libgit2 is missing: apt-get install libgit2-dev pkg-config" >&2; exit 1; }
  (cd "$root" && swift build -c release --static-swift-stdlib --product jalon --scratch-path "$scratch")
  binary="$scratch/release/jalon"
fi
[ -x "$binary" ] || { echo "install.sh: no executable at $binary" >&2; exit 1; }

# The man pages come from swift-argument-parser's own generator (the tool behind its
# generate-manual plugin), built from the package checkout SwiftPM already has.
manual_tool() {
  local tools="$root/.build-tools"
  if [ ! -x "$tools/debug/generate-manual" ]; then
    (cd "$root" && swift build --product generate-manual --scratch-path "$tools" >&2)
  fi
  echo "$tools/debug/generate-manual"
}

dest="$destdir$prefix"
install -d "$dest/bin" "$dest/share/bash-completion/completions" "$dest/share/zsh/site-functions" \
  "$dest/share/fish/vendor_completions.d" "$dest/share/man/man1" "$dest/share/man/fr/man1"
install -m 0755 "$binary" "$dest/bin/jalon"
installed="$dest/bin/jalon"
# Generated in a neutral folder and environment, so no board's language leaks into them.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && LANG=C.UTF-8 LC_ALL=C.UTF-8 "$installed" --generate-completion-script bash) > "$dest/share/bash-completion/completions/jalon"
(cd "$work" && LANG=C.UTF-8 LC_ALL=C.UTF-8 "$installed" --generate-completion-script zsh) > "$dest/share/zsh/site-functions/_jalon"
(cd "$work" && LANG=C.UTF-8 LC_ALL=C.UTF-8 "$installed" --generate-completion-script fish) > "$dest/share/fish/vendor_completions.d/jalon.fish"
gm="$(manual_tool)"
# generate-manual drops every non-ASCII character (accents): the help it reads goes through a
# wrapper that spells them as ASCII tokens, turned into groff's \[uXXXX] afterwards.
cat > "$work/jalon-help" <<WRAPPER
#!/bin/sh
"$installed" "\$@" | perl -CSD -pe 's/([^\\x00-\\x7F])/sprintf("JALONU%04XJ", ord(\$1))/ge'
WRAPPER
chmod +x "$work/jalon-help"
for lang in en fr; do
  if [ "$lang" = fr ]; then out="$dest/share/man/fr/man1" locale=fr_FR.UTF-8; else out="$dest/share/man/man1" locale=C.UTF-8; fi
  mkdir -p "$work/man-$lang"
  (cd "$work" && LANG=$locale "$gm" "$work/jalon-help" --section 1 --authors "Jalon" --output-directory "$work/man-$lang" >/dev/null)
  perl -pe 's/JALONU([0-9A-F]{4,6})J/\\[u$1]/g' "$work/man-$lang/jalon.1" > "$out/jalon.1"
  chmod 0644 "$out/jalon.1"
done
echo "installed $prefix/bin/jalon (completions: bash, zsh, fish; man jalon)"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) [ -z "$destdir" ] && echo "note: $prefix/bin is not on PATH" ;; esac
exit 0
