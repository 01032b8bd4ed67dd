#!/usr/bin/env bash
# Writes again, from the command definitions in Sources/amo-dossier, what is
# committed under docs/ for the man page and the shell completions:
#
#   docs/man/amo-dossier.1, docs/man/fr/amo-dossier.1   (English, French)
#   docs/completions/amo-dossier.bash, _amo-dossier, amo-dossier.fish
#
# The man pages are made by swift-argument-parser's manual generator (the
# tool its GenerateManual plugin, `swift package plugin generate-manual`,
# builds and runs), from the built binary's `--experimental-dump-help`. That
# generator drops every character that is not ASCII (all the accents of the
# French page, and "Élodie" in the English one), so the dump it reads has
# each such character written as a groff escape (\[u00E9]), which it then
# escapes once more (\e[u00E9]) and this script restores.
#
# Each page records the SHA-256 of the dump it was made from, so
# DocumentationCurrencyTests sees, without running the generator, whether the
# page still matches the command definitions. A page whose dump did not
# change is left as it is (its date too). No Arabic page: man shows text in
# logical order, which most terminals cannot reorder (`--help --lang ar`
# reorders it).
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product amo-dossier >&2
bin="$(swift build --show-bin-path)/amo-dossier"
generator="$(swift build --show-bin-path)/generate-manual-tool"
work="$(mktemp -d "${TMPDIR:-/tmp}/amo-dossier-docs.XXXXXXXX")"
trap 'rm -rf "$work"' EXIT

# What the generator runs in place of the binary: the same dump, with each
# non-ASCII character as a groff escape (its backslash doubled for JSON).
cat > "$work/amo-dossier" <<'EOF'
#!/bin/sh
"$AMO_DOSSIER_BINARY" "$@" | perl -CS -pe 's/([^\x00-\x7F])/sprintf("\\\\[u%04X]", ord($1))/ge'
EOF
chmod 0755 "$work/amo-dossier"
export AMO_DOSSIER_BINARY="$bin"

for language in en fr; do
  page="docs/man/amo-dossier.1"
  [ "$language" = en ] || page="docs/man/$language/amo-dossier.1"
  sum="$(LC_ALL="$language" "$bin" --experimental-dump-help | sha256sum | cut -d' ' -f1)"
  stamp=".\\\" command definitions: sha256 $sum"
  if [ -f "$page" ] && grep -qxF "$stamp" "$page"; then
    echo "generate-docs: $page is current" >&2
    continue
  fi
  # The plugin builds the generator (and runs it once on the real binary).
  [ -x "$generator" ] || swift package plugin generate-manual --configuration debug >&2
  mkdir -p "$work/$language" "$(dirname "$page")"
  LC_ALL="$language" "$generator" "$work/amo-dossier" --date "$(date -u +%F)" --output-directory "$work/$language"
  generated="$work/$language/amo-dossier.1"
  {
    head -n 1 "$generated"
    echo "$stamp"
    tail -n +2 "$generated" | sed 's/\\e\[u\([0-9A-F]*\)\]/\\[u\1]/g'
  } > "$page"
  echo "generate-docs: wrote $page" >&2
done

mkdir -p docs/completions
LC_ALL=en "$bin" --generate-completion-script bash > docs/completions/amo-dossier.bash
LC_ALL=en "$bin" --generate-completion-script zsh > docs/completions/_amo-dossier
LC_ALL=en "$bin" --generate-completion-script fish > docs/completions/amo-dossier.fish
echo "generate-docs: wrote docs/completions/" >&2
