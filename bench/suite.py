#!/usr/bin/env python3
"""The benchmark of bench/run.sh: amo-dossier beside whiptail, dialog and
python3, in one run, on the same machine. Python 3 standard library only;
needs valgrind (callgrind), whiptail and dialog.

    python3 bench/suite.py AMO_DOSSIER_BINARY

For each action it reports, from one run:
  ms       wall-clock time (median of BENCH_RUNS runs; noisy on a shared machine)
  B        bytes sent to the terminal (mean per action; the largest in brackets)
  instr    instructions per action, counted by valgrind --tool=callgrind: the
           program is run twice under callgrind, with the actions and without
           (same start, same way there, same quit), and the difference is
           divided by the number of actions. Stable under load: rely on these.
  MiB      peak resident memory (VmHWM) in the normal run.
Writes bench/out/suite.json (every figure) and prints the table.
"""
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
PTYBENCH = os.path.join(ROOT, "bench", "ptybench.py")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
DOWN = r"\x1bOB"          # the down arrow as xterm sends it in keypad mode
UP = r"\x1bOA"
NAME = "Fatima Zahra Benali El Idrissi"
ARABIC_NAME = "فاطمة الزهراء بنعلي الإدريسي"
# From the welcome screen to the Student screen's "Full name" field.
TO_NAME = [r"\r", r"\r", r"\r", r"14/03/2004\r", r"\r", r"\r"]
# From the welcome screen to the list of the 42 diseases (ALD sheet).
TO_DISEASES = [r"\r", r"\r", r"\r", r"14/03/2004\r", r"\r", DOWN, r"\t"]


def world():
    folder = tempfile.mkdtemp(prefix="amo-bench-")
    os.chmod(folder, 0o700)
    return folder


def amo_env(home, lang="C.UTF-8"):
    return ["env", "-i", "PATH=/usr/bin:/bin", "TERM=xterm-256color", f"LANG={lang}", f"HOME={home}",
            f"XDG_DATA_HOME={home}/data", f"XDG_CONFIG_HOME={home}/config", f"XDG_CONFIG_DIRS={home}/etc"]


def plain_env():
    return ["env", "-i", "PATH=/usr/bin:/bin", "TERM=xterm-256color", "LANG=C.UTF-8"]


def callgrind(out_file):
    return ["valgrind", "-q", f"--log-file={out_file}.log", "--tool=callgrind", f"--callgrind-out-file={out_file}"]


def instructions(out_file):
    with open(out_file) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"no totals in {out_file}")


class Program:
    """How to start one program for one scenario: `command(home, wrapper)`."""

    def __init__(self, label, command, quit_keys):
        self.label = label
        self.command = command
        self.quit = quit_keys


def ptybench(program, before, actions, record, wrapper=(), no_actions=False, first_wait=0.0):
    home = world()
    try:
        args = [sys.executable, PTYBENCH, "--label", program.label, "--record", record]
        for keys in before:
            args += ["--before", keys]
        for keys in program.quit:
            args += ["--quit", keys]
        args += actions
        if no_actions:
            args.append("--no-actions")
        if first_wait:
            args += ["--first-wait", str(first_wait)]
        args += ["--"] + program.command(home, list(wrapper))
        result = subprocess.run(args, capture_output=True, text=True, check=True)
        return json.loads(result.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(home, ignore_errors=True)


def scenario(program, name, before, actions, count):
    """Times and bytes (median of RUNS), then instructions per action."""
    record = os.path.join(OUT, f"{program.label}.{name}.bytes")
    runs = [ptybench(program, before, actions, record) for _ in range(RUNS)]
    cg = os.path.join(OUT, f"callgrind.{program.label}.{name}")
    ptybench(program, before, actions, os.devnull, callgrind(cg), first_wait=10)
    ptybench(program, before, actions, os.devnull, callgrind(cg + ".0"), no_actions=True, first_wait=10)
    with_actions, without = instructions(cg), instructions(cg + ".0")
    row = {
        "program": program.label, "action": name, "count": count,
        "start_ms": statistics.median(r["start_ms"] for r in runs if r["start_ms"] is not None),
        "first_screen_bytes": statistics.median(r["first_screen_bytes"] for r in runs),
        "peak_mib": max(r["peak_rss_kib"] or 0 for r in runs) / 1024,
        "bytes_mean": statistics.median(r["mean_bytes"] for r in runs) if count else None,
        "bytes_max": max(r["max_bytes"] for r in runs) if count else None,
        "instr_per_action": (with_actions - without) / count if count else None,
        "instr_total_without_actions": without,
    }
    print(f"  {program.label:<15} {name:<16} done", file=sys.stderr)
    return row


def start_instructions(program, before=()):
    """Instructions from launch to quitting at the first screen."""
    cg = os.path.join(OUT, f"callgrind.{program.label}.start")
    ptybench(program, list(before), [], os.devnull, callgrind(cg), no_actions=True, first_wait=10)
    return instructions(cg)


def command_figures(label, command):
    """A command that prints and ends: median wall time of 20 runs, and its instructions."""
    times = []
    for _ in range(20):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - started) * 1000)
    cg = os.path.join(OUT, f"callgrind.{label}")
    subprocess.run(callgrind(cg) + command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return {"program": label, "ms": statistics.median(times), "instr": instructions(cg)}


def disease_names():
    folder = os.path.join(ROOT, "Resources", "reference", "editions")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            edition = json.load(f)
        diseases = edition.get("chronicDiseases") or edition.get("diseases")
        if diseases:
            return [d.get("en") or d.get("fr") for d in diseases]
    return [f"Disease {n}" for n in range(1, 43)]


def main():
    binary = os.path.abspath(sys.argv[1])
    os.makedirs(OUT, exist_ok=True)
    python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else shutil.which("python3")

    def amo(*arguments):
        return lambda home, wrapper: amo_env(home) + wrapper + [binary, *arguments, "--dir", f"{home}/dossiers"]

    amo_quit = [r"\x11", "2"]
    # As a student starts it: no argument (English from LANG; the dossiers
    # in the private world's data folder).
    wizard = Program("amo-dossier", lambda home, wrapper: amo_env(home, "en_US.UTF-8") + wrapper + [binary], amo_quit)
    wizard_ar = Program("amo-dossier-ar", amo("--lang", "ar", "--bidi", "app"), amo_quit)
    whiptail_input = Program("whiptail", lambda home, w: plain_env() + w + ["whiptail", "--inputbox", "Full name", "8", "60"],
                             [r"\x1b"])
    dialog_input = Program("dialog", lambda home, w: plain_env() + w + ["dialog", "--inputbox", "Full name", "8", "60"],
                           [r"\x1b", r"\x1b"])
    menu = []
    for number, disease in enumerate(disease_names()[:42], start=1):
        menu += [str(number), disease[:60]]
    whiptail_menu = Program("whiptail", lambda home, w: plain_env() + w + ["whiptail", "--menu", "Disease", "22", "78", "14"] + menu,
                            [r"\x1b"])
    dialog_menu = Program("dialog", lambda home, w: plain_env() + w + ["dialog", "--menu", "Disease", "22", "78", "14"] + menu,
                          [r"\x1b", r"\x1b"])

    rows = []
    starts = {}
    typing = ["--text", NAME]
    moves = ["--press", DOWN, "--times", "30"]
    rows.append(scenario(wizard, "type Latin", TO_NAME, typing, 30))
    rows.append(scenario(wizard_ar, "type Arabic", TO_NAME, ["--text", ARABIC_NAME], len(ARABIC_NAME)))
    rows.append(scenario(whiptail_input, "type Latin", [], typing, 30))
    rows.append(scenario(dialog_input, "type Latin", [], typing, 30))
    rows.append(scenario(wizard, "42-list move", TO_DISEASES, moves, 30))
    rows.append(scenario(whiptail_menu, "42-list move", [], moves, 30))
    rows.append(scenario(dialog_menu, "42-list move", [], moves, 30))
    # A screen change: the welcome screen to the coverage screen and back, 20 times.
    rows.append(scenario(wizard, "screen change", [], ["--press", r"\r", "--press", r"\x1b", "--times", "20"], 20))
    rows.append(scenario(wizard, "resize", TO_NAME, ["--resize", "30x100"], 1))
    rows.append(scenario(whiptail_input, "resize", [], ["--resize", "30x100"], 1))
    rows.append(scenario(dialog_input, "resize", [], ["--resize", "30x100"], 1))
    for entries in (20, 200):
        path = os.path.join(OUT, f"review-{entries}.json")
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), "--entries", str(entries), path],
                       check=True)
        review = Program("amo-dossier", amo("--lang", "en", "open", path), amo_quit)
        rows.append(scenario(review, f"review {entries}", [], ["--press", UP, "--times", "20"], 20))
        # The entry list of the same dossier's pharmacy purchases: from the review's
        # Save row, six rows down is "Pharmacies" among the screens to change.
        rows.append(scenario(review, f"entry list {entries}", [DOWN] * 6 + [r"\r"], ["--press", DOWN, "--times", "20"], 20))
    for program in (wizard, whiptail_input, dialog_input):
        starts[program.label] = start_instructions(program)

    commands = [
        command_figures("python3 -c pass", [python, "-c", "pass"]),
        command_figures("amo-dossier deadline", [binary, "deadline", "--first-act", "2026-01-10", "--today",
                                                  "2026-01-20", "--lang", "en"]),
        command_figures("amo-dossier address", [binary, "address", "--lang", "en"]),
    ]

    machine = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": python, "runs": RUNS,
    }
    with open(os.path.join(OUT, "suite.json"), "w") as f:
        json.dump({"machine": machine, "actions": rows, "starts": starts, "commands": commands}, f, indent=2)
    print_table(machine, rows, starts, commands)


def print_table(machine, rows, starts, commands):
    print(f"{machine['date']} · {machine['machine']} · median of {machine['runs']} runs")
    print()
    print("| program | start ms | first screen B | start instr | peak MiB |")
    print("|---|---:|---:|---:|---:|")
    seen = set()
    for row in rows:
        if row["program"] in seen or row["program"] not in starts:
            continue
        seen.add(row["program"])
        first = next(r for r in rows if r["program"] == row["program"])
        print(f"| {row['program']} | {first['start_ms']:.1f} | {first['first_screen_bytes']:.0f} | "
              f"{starts[row['program']] / 1e6:.1f} M | {max(r['peak_mib'] for r in rows if r['program'] == row['program']):.1f} |")
    print()
    print("| action | program | bytes (max) | instructions per action |")
    print("|---|---|---:|---:|")
    for row in rows:
        print(f"| {row['action']} | {row['program']} | {row['bytes_mean']:.1f} ({row['bytes_max']}) | "
              f"{row['instr_per_action'] / 1e3:,.0f} k |")
    print()
    print("| command | ms | instructions |")
    print("|---|---:|---:|")
    for c in commands:
        print(f"| {c['program']} | {c['ms']:.1f} | {c['instr'] / 1e6:.1f} M |")


if __name__ == "__main__":
    main()
