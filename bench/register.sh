#!/usr/bin/env bash
# The officer's register beside python3 (issue 12): `list --json` and `check DIR
# --json` on 1 000, 10 000 and 50 000 generated dossiers (bench/generate.py),
# beside python3 reading and parsing the same files (bench/baseline.py).
#
#   bench/register.sh [SIZES...]    build release into .build-bench, run, print a table
#
# Exit 1 when either command takes more than 3 times python's time at the
# largest size. Not run by `swift test` (it takes minutes); the small-size check
# that time grows linearly is EndToEndTests/CheckManyFilesTests.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-bench >&2
binary="$(swift build -c release --scratch-path .build-bench --show-bin-path)/amo-dossier"
python3 bench/register.py "$binary" "$@"
