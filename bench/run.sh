#!/usr/bin/env bash
# Benchmark of the full-screen wizard and of the one-shot commands beside
# Debian's whiptail and dialog and python3 (issues 4 and 14), in one run.
#
#   bench/run.sh            build release into .build-bench, run, print the tables
#
# bench/suite.py drives each program in a pseudo-terminal of 80x24 through
# bench/ptybench.py (Python 3 standard library, pty.fork; every byte sent is
# kept in bench/out/<program>.<action>.bytes) and reports per action (a typed
# letter, Latin and Arabic; a move in the list of the 42 diseases, beside
# `dialog --menu` and `whiptail --menu`; a screen change; a resize from 80x24 to
# 100x30; a move in the review of a dossier of 20 and of 200 entries, and in
# the list of its pharmacy purchases):
#   bytes sent, wall-clock time, and instructions per action counted by
#   valgrind --tool=callgrind (a run with the actions minus a run without);
# and per program the time to the first settled screen, its bytes, the
# instructions to it, and the peak resident memory (VmHWM); and for
# `deadline`, `address` and `python3 -c pass` the median time of 20 runs and
# their instructions. Wall-clock times are noisy on a shared machine; the
# instruction counts are not. Targets (issue 14): start ≤ 2× whiptail's, peak
# ≤ 16 MiB, deadline and address ≤ 1.5× python3 -c pass, a typed letter ≤ 0.5 M
# instructions, a review and an entry list of 200 entries ≤ 1.5× the cost of 20
# per move, a move in the 42-list no more bytes than dialog's, a resize about
# one screen of bytes. The release binary is built as it is shipped, by
# packaging/build-release.sh (one static executable). whiptail, dialog and
# valgrind are installed with apt-get when missing (it says so). Not run by
# `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out

binary="$(packaging/build-release.sh --scratch-path .build-bench | tail -n 1)"

for tool in whiptail dialog valgrind; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench: $tool is missing; installing it with apt-get (package $tool)" >&2
        apt-get install -y "$tool" >&2
    fi
done

python3 bench/suite.py "$binary"
