#!/usr/bin/env bash
# Benchmark of the full-screen wizard against Debian's whiptail (issue 4).
#
#   bench/run.sh            build release into .build-bench, run, print a table
#
# What it measures, in a pseudo-terminal of 80x24 driven by bench/ptybench.py
# (Python 3 standard library, pty.fork; every byte the program sends is
# recorded in bench/out/<name>.bytes):
#   start        time from launch to the first settled screen (no output for 200 ms)
#   first screen bytes sent for that first screen
#   bytes/key    mean and max bytes sent per keystroke while typing a 30-character
#                name one key at a time, waiting for output to settle after each;
#                amo-dossier-ar types an Arabic name the same way (--lang ar
#                --bidi app: each letter reshapes its neighbour, and must
#                still cost about what a Latin letter costs, not ~36 bytes)
#   peak memory  VmHWM of the process (/proc/<pid>/status) after typing
# The wizard is driven to the Student screen's "Full name" field first; whiptail
# is `whiptail --inputbox`. whiptail is installed with apt-get when missing (it
# says so). Targets: bytes/key no higher than whiptail's, first screen < 4 KB,
# start < 100 ms, peak memory < 32 MB. Not run by `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"

swift build -c release --scratch-path .build-bench >&2
binary="$(swift build -c release --scratch-path .build-bench --show-bin-path)/amo-dossier"

if ! command -v whiptail >/dev/null; then
    echo "bench: whiptail is missing; installing it with apt-get (package whiptail)" >&2
    apt-get install -y whiptail >&2
fi

# A private world for the wizard's draft, removed on exit.
world="$(mktemp -d)"
chmod 700 "$world"
trap 'rm -rf "$world"' EXIT

runs=${BENCH_RUNS:-5}
results="$out/results.jsonl"
: > "$results"
for i in $(seq "$runs"); do
    rm -rf "$world"/*
    python3 bench/ptybench.py --label amo-dossier --record "$out/amo-dossier.bytes" \
        --before '\r' --before '\r' --before '\r' --before '14/03/2004\r' --before '\r' --before '\r' \
        --quit '\x11' --quit '2' -- \
        env -i PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 HOME="$world" \
        XDG_DATA_HOME="$world/data" XDG_CONFIG_HOME="$world/config" XDG_CONFIG_DIRS="$world/etc" \
        "$binary" --lang en --dir "$world/dossiers" >> "$results"
    rm -rf "$world"/*
    python3 bench/ptybench.py --label amo-dossier-ar --record "$out/amo-dossier-ar.bytes" \
        --text 'فاطمة الزهراء بنعلي الإدريسي' \
        --before '\r' --before '\r' --before '\r' --before '14/03/2004\r' --before '\r' --before '\r' \
        --quit '\x11' --quit '2' -- \
        env -i PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 HOME="$world" \
        XDG_DATA_HOME="$world/data" XDG_CONFIG_HOME="$world/config" XDG_CONFIG_DIRS="$world/etc" \
        "$binary" --lang ar --bidi app --dir "$world/dossiers" >> "$results"
    python3 bench/ptybench.py --label whiptail --record "$out/whiptail.bytes" --quit '\x1b' -- \
        env -i PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 \
        whiptail --inputbox "Full name" 8 60 >> "$results"
done

python3 - "$results" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print(f"{'program':<12} {'start ms':>9} {'first screen B':>15} {'mean B/key':>11} {'max B/key':>10} {'peak MiB':>9}")
for label in ("amo-dossier", "amo-dossier-ar", "whiptail"):
    r = [row for row in rows if row["label"] == label]
    median = lambda key: statistics.median(row[key] for row in r)
    print(f"{label:<12} {median('start_ms'):>9.1f} {median('first_screen_bytes'):>15.0f} "
          f"{median('mean_bytes_per_key'):>11.1f} {max(row['max_bytes_per_key'] for row in r):>10} "
          f"{max(row['peak_rss_kib'] for row in r) / 1024:>9.1f}")
print(f"(median of {len(r)} runs; max B/key and peak memory: the largest seen)")
PY
