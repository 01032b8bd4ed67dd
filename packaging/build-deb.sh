#!/usr/bin/env bash
# Builds amo-dossier_<version>_<arch>.deb for help desks:
#
#   packaging/build-deb.sh [--binary PATH] [--output DIR] [--no-lintian] [--compression xz|gzip|none]
#
# Without --binary, the release binary is built by packaging/build-release.sh:
# one static executable, so the package depends on no library (terminal
# descriptions come from ncurses-base, which is essential), and it ships
# lintian overrides for statically-linked-binary and embedded-library that say
# why. --binary packages a binary already built (the
# end-to-end test packages the debug build, which is much faster to get);
# --output is where the .deb goes (default: .build/deb). The version is the
# binary's own (`amo-dossier --version`, Sources/amo-dossier/ProgramVersion.swift).
#
# The man pages and completions are the ones committed under docs/, which
# DocumentationCurrencyTests keeps equal to what the command definitions
# give (packaging/generate-docs.sh writes them again).
#
# The help desk's config is NOT installed in /etc/xdg: there it would put
# every account on the machine in kiosk mode. The example goes to
# /usr/share/doc/amo-dossier/examples/config.json; README "Installing at a
# help desk" says how to turn it on.
#
# Prints the path of the .deb on its last line. When lintian is installed it
# is run on the package, and any error fails the build; --no-lintian skips it
# (the end-to-end test's package holds a debug binary, whose RUNPATH to the
# toolchain's Swift libraries lintian rightly calls an error), and that test
# asks for --compression none: xz takes most of the time of a build.
#
# A native package (its source is this repository, there is no Debian
# revision): its changelog is changelog.gz, as Debian policy 12.7 has it.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
output=".build/deb"
lintian=yes
compression=xz
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary="$2"; shift 2 ;;
    --output) output="$2"; shift 2 ;;
    --no-lintian) lintian=no; shift ;;
    --compression) compression="$2"; shift 2 ;;
    *) echo "usage: packaging/build-deb.sh [--binary PATH] [--output DIR] [--no-lintian] [--compression xz|gzip|none]" >&2
       exit 64 ;;
  esac
done

if [ -z "$binary" ]; then
  binary="$(packaging/build-release.sh | tail -n 1)"
fi
[ -x "$binary" ] || { echo "build-deb: no executable at $binary" >&2; exit 66; }

version="$("$binary" --version)"
arch="$(dpkg --print-architecture)"
package="amo-dossier"
name="${package}_${version}_${arch}"

# The maintainer: the usual Debian variables, else the repository's git identity.
maintainer_name="${DEBFULLNAME:-$(git config user.name || echo "amo-dossier maintainers")}"
maintainer_email="${DEBEMAIL:-$(git config user.email || echo "maintainers@amo-dossier.invalid")}"
# The package's date: the last commit's, so the same commit builds the same package.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
changelog_date="$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

mkdir -p "$output"
stage="$(mktemp -d "${TMPDIR:-/tmp}/amo-dossier-deb.XXXXXXXX")"
trap 'rm -rf "$stage"' EXIT
root="$stage/$name"
doc="$root/usr/share/doc/$package"
install -d -m 0755 "$root/DEBIAN" "$root/usr/bin" "$doc/examples" \
  "$root/usr/share/man/man1" "$root/usr/share/man/fr/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d"

install -m 0755 "$binary" "$root/usr/bin/amo-dossier"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/amo-dossier"

gzip -9n < docs/man/amo-dossier.1 > "$root/usr/share/man/man1/amo-dossier.1.gz"
gzip -9n < docs/man/fr/amo-dossier.1 > "$root/usr/share/man/fr/man1/amo-dossier.1.gz"
# bash-completion sources the file: no #! line (lintian: bash-completion-with-hashbang).
sed '1{/^#!/d}' docs/completions/amo-dossier.bash > "$root/usr/share/bash-completion/completions/amo-dossier"
chmod 0644 "$root/usr/share/bash-completion/completions/amo-dossier"
install -m 0644 docs/completions/_amo-dossier "$root/usr/share/zsh/vendor-completions/_amo-dossier"
install -m 0644 docs/completions/amo-dossier.fish "$root/usr/share/fish/vendor_completions.d/amo-dossier.fish"
# A static executable is deliberate (packaging/build-release.sh says why):
# lintian's statically-linked-binary and embedded-library (ncurses) ask for
# an override then. It is told by readelf (binutils, as strip is): a static
# executable asks for no program interpreter.
static=no
readelf -l "$root/usr/bin/amo-dossier" | grep -q 'INTERP' || static=yes
if [ "$static" = yes ]; then
  install -d -m 0755 "$root/usr/share/lintian/overrides"
  {
    echo "# One static executable: it starts without the dynamic loader's relocations"
    echo "# and runs copied alone to a help-desk terminal (packaging/build-release.sh)."
    echo "statically-linked-binary [usr/bin/amo-dossier]"
    echo "# ncursesw is linked in for the same reason; the package needs no libncursesw6."
    echo "embedded-library ncurses [usr/bin/amo-dossier]"
  } > "$root/usr/share/lintian/overrides/$package"
  chmod 0644 "$root/usr/share/lintian/overrides/$package"
fi
install -m 0644 packaging/kiosk-config.json "$doc/examples/config.json"
install -m 0644 packaging/copyright "$doc/copyright"
gzip -9n < README.md > "$doc/README.md.gz"
chmod 0644 "$root/usr/share/man/man1/amo-dossier.1.gz" "$root/usr/share/man/fr/man1/amo-dossier.1.gz" \
  "$doc/README.md.gz"

cat > "$stage/changelog" <<EOF
$package ($version) unstable; urgency=medium

  * Version $version, built from commit $commit of the repository.

 -- $maintainer_name <$maintainer_email>  $changelog_date
EOF
gzip -9n < "$stage/changelog" > "$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"

# Depends: the shared libraries the binary links to, as the packages that
# ship them (dpkg-shlibdeps, from dpkg-dev; the Swift libraries are linked
# in by a release build, and a debug build's are left to the toolchain).
# A static executable depends on no package.
depends="libc6, libfribidi0, libgcc-s1, libncursesw6, libstdc++6, libtinfo6"
[ "$static" = yes ] && depends=""
if [ "$static" = no ] && command -v dpkg-shlibdeps >/dev/null 2>&1; then
  mkdir -p "$stage/debian"
  printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$package" "$package" > "$stage/debian/control"
  shlibs="$(cd "$stage" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "$root/usr/bin/amo-dossier" 2>/dev/null || true)"
  shlibs="${shlibs#shlibs:Depends=}"
  [ -n "$shlibs" ] && depends="$shlibs"
fi

installed_size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: $maintainer_name <$maintainer_email>
Installed-Size: $installed_size
${depends:+Depends: $depends
}Section: utils
Priority: optional
Description: reimbursement dossier of the Moroccan student health insurance
 A keyboard-only terminal program that walks a university student through
 the reimbursement dossier of the student health insurance (AMO, managed by
 CNOPS): which care sheet, what goes on it, which originals go in the
 envelope, the last day to mail it and the address; then follows the dossier
 until it is reimbursed. Coverage officers keep a register with it.
 .
 French, Arabic and English; a plain mode of line prompts for screen readers
 and braille; a kiosk mode for shared terminals at a help desk.
EOF
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb="$output/$name.deb"
dpkg-deb --root-owner-group "-Z$compression" --build "$root" "$deb" >&2

if [ "$lintian" = yes ] && command -v lintian >/dev/null 2>&1; then
  # Error tags fail the build; warnings and notes are printed.
  lintian --fail-on error "$deb" >&2
fi
echo "$deb"
