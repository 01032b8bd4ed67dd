#!/usr/bin/env bash
# Builds the release binary as it is shipped and prints its path on the last line.
#
#   packaging/build-release.sh [--scratch-path DIR]
#
# The executable is linked statically (-static-executable): the Swift
# libraries, ncursesw, tinfo and FriBidi are all inside it, so it runs
# copied alone to another x86-64 Linux with any glibc, and it starts
# without the dynamic loader's work (about 3.6 million instructions of
# symbol lookups and relocations, a fifth of the start in issue 14's
# profile). The static ncursesw and FriBidi come with libncursesw5-dev
# (libncurses-dev) and libfribidi-dev; the archives must come after the
# objects on the link line, hence -lncursesw -ltinfo -lfribidi once more.
# Terminal descriptions are read at run time from /usr/share/terminfo and
# /lib/terminfo (ncurses-base, essential on Debian). The only libc calls a
# static glibc cannot serve alone are the user database's (getpwuid), which
# FoundationEssentials makes only when HOME is unset; then the home folder
# is the account's as long as the machine's glibc is the one linked here.
# The program imports FoundationEssentials, not Foundation: no ICU (40 MB)
# is linked, and the binary is a third of the size.
#
# -disable-concrete-type-metadata-mangled-name-accessors: by default a
# concrete generic type (an Array of a struct, a Codable container) is
# made at run time from its mangled name, and each first such name walks
# every protocol conformance record in the binary (about 265 000
# instructions each, a fifth of the start). With the flag the compiler
# emits direct metadata accessors instead; the program is the same.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build
case "${1:-}" in
  --scratch-path) scratch="$2" ;;
  "") ;;
  *) echo "usage: packaging/build-release.sh [--scratch-path DIR]" >&2; exit 64 ;;
esac
flags=(-c release --scratch-path "$scratch" -Xswiftc -static-executable
       -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
       -Xlinker -lncursesw -Xlinker -ltinfo -Xlinker -lfribidi)
# The linker's notes on getpwnam and dlopen in a static glibc are the ones
# explained above; everything else it prints is kept.
set +e
swift build "${flags[@]}" --product amo-dossier 2>&1 >&2 \
  | grep -v "in statically linked applications requires at runtime the shared libraries" >&2
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || { echo "build-release: swift build failed (status $status)" >&2; exit "$status"; }
binary="$(swift build "${flags[@]}" --show-bin-path)/amo-dossier"
[ -x "$binary" ] || { echo "build-release: the build made no executable at $binary" >&2; exit 70; }
echo "$binary"
