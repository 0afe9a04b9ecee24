#!/usr/bin/env bash
# Builds the Debian package dist/jalon_VERSION_ARCH.deb with dpkg-deb: the release binary (Swift
# runtime linked statically, so it needs only libgit2 from Debian), completions and man pages,
# staged by Scripts/install.sh under /usr.
#
#   Scripts/build-deb.sh [--binary PATH] [--output DIR]
#
# Install it on a lab machine with `apt install ./dist/jalon_*.deb` (pulls libgit2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
output="$root/dist" pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) pass+=(--binary "$2"); shift 2 ;;
    --output) output="$2"; shift 2 ;;
    *) echo "build-deb.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
"$root/Scripts/install.sh" --prefix /usr --destdir "$stage/root" "${pass[@]}"
version="$(cd "$stage" && "$stage/root/usr/bin/jalon" --version | tr -d '[:space:]')"
arch="$(dpkg --print-architecture)"
# The libgit2 runtime package that provides the soname the binary was linked against.
soname="$(objdump -p "$stage/root/usr/bin/jalon" | awk '/NEEDED/ && /libgit2/ {print $2}')"
libpkg="$(dpkg -S "*/$soname" 2>/dev/null | head -n1 | cut -d: -f1)"
[ -n "$libpkg" ] || { echo "build-deb.sh: no Debian package provides $soname" >&2; exit 1; }
others="$(objdump -p "$stage/root/usr/bin/jalon" | awk '/NEEDED/ {print $2}' | grep -v -e libgit2 -e '^libc\.so' -e '^libm\.so' -e '^ld-linux' -e '^libpthread' -e '^libdl' -e '^libstdc++' -e '^libgcc_s' -e '^libutil' -e '^librt' || true)"
[ -z "$others" ] || { echo "build-deb.sh: unexpected shared libraries: $others (is the Swift runtime linked statically?)" >&2; exit 1; }
size="$(du -sk "$stage/root" | cut -f1)"
install -d "$stage/root/DEBIAN" "$stage/root/usr/share/doc/jalon"
install -m 0644 "$root/README.md" "$stage/root/usr/share/doc/jalon/README.md"
cat > "$stage/root/DEBIAN/control" <<CONTROL
Package: jalon
Version: $version
Architecture: $arch
Maintainer: Jalon <jalon@localhost>
Depends: $libpkg, libc6, libstdc++6, libgcc-s1
Installed-Size: $size
Section: devel
Priority: optional
Description: project board for student teams, stored as files in Git
 Jalon keeps a team's tasks, milestones, spec, minutes and documents as
 Markdown files with a YAML front matter in a Git repository; every change is
 one commit by the member who made it. Reports in French and English.
CONTROL
mkdir -p "$output"
deb="$output/jalon_${version}_${arch}.deb"
fakeroot dpkg-deb --build -Zxz "$stage/root" "$deb" >/dev/null 2>&1 || dpkg-deb --root-owner-group --build -Zxz "$stage/root" "$deb" >/dev/null
echo "built $deb"
