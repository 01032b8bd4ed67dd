#!/usr/bin/env python3
"""The officer's register against python (issue 12): `list --dir D --json` and
`check D --json` on 1 000, 10 000 and 50 000 generated dossier files, beside
python3 reading and parsing the same files (bench/baseline.py).

    python3 bench/register.py BINARY [SIZES...]

Each command runs once to warm the page cache, then RUNS times (env BENCH_RUNS,
default 3); the best wall time is kept. Output goes to /dev/null. Prints a
Markdown table and writes bench/out/register.json. The target: at 50 000 files
both commands within 3 times python's time.
"""
import json, os, platform, shutil, subprocess, sys, tempfile, time
from datetime import datetime, timezone

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import generate  # noqa: E402


def best(command, env, runs):
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        status = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
    return min(times), status


def main():
    binary = sys.argv[1]
    sizes = [int(s) for s in sys.argv[2:]] or [1000, 10000, 50000]
    runs = int(os.environ.get("BENCH_RUNS", "3"))
    world = tempfile.mkdtemp(prefix="amo-register-bench-")
    os.chmod(world, 0o700)
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": world, "XDG_DATA_HOME": world + "/data",
           "XDG_CONFIG_HOME": world + "/config", "XDG_CONFIG_DIRS": world + "/etc"}
    results = []
    try:
        for n in sizes:
            folder = os.path.join(world, "dossiers-%d" % n)
            sys.argv = ["generate", str(n), folder]
            generate.main()
            py, _ = best([sys.executable, os.path.join(here, "baseline.py"), folder], env, runs)
            ls, ls_status = best([binary, "list", "--dir", folder, "--json"], env, runs)
            ck, ck_status = best([binary, "check", folder, "--json"], env, runs)
            results.append({"files": n, "python": py, "list": ls, "check": ck,
                            "listStatus": ls_status, "checkStatus": ck_status})
            shutil.rmtree(folder)
    finally:
        shutil.rmtree(world, ignore_errors=True)
    machine = "%s, %d cores, %s, Python %s" % (platform.machine(), os.cpu_count(), platform.platform(terse=True),
                                              platform.python_version())
    day = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0]
    print("Measured %s on %s (load average %.1f), best of %d runs:\n" % (day, machine, load, runs))
    print("| files | python3 read+parse | list --json | × python | check DIR --json | × python |")
    print("|------:|-------------------:|------------:|---------:|-----------------:|---------:|")
    for r in results:
        print("| %d | %.2f s | %.2f s | %.1f | %.2f s | %.1f |" % (
            r["files"], r["python"], r["list"], r["list"] / r["python"], r["check"], r["check"] / r["python"]))
    os.makedirs(os.path.join(here, "out"), exist_ok=True)
    with open(os.path.join(here, "out", "register.json"), "w") as f:
        json.dump({"date": day, "machine": machine, "load": load, "runs": runs, "results": results}, f, indent=2)
    worst = max(max(r["list"], r["check"]) / r["python"] for r in results if r["files"] == max(sizes))
    if worst > 3:
        print("\nOver the target: %.1f × python at %d files" % (worst, max(sizes)))
        sys.exit(1)


if __name__ == "__main__":
    main()
