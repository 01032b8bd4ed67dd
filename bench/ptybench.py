#!/usr/bin/env python3
"""Measures one full-screen program in a pseudo-terminal of 80x24, as a
user on a slow SSH link would feel it: time to the first settled screen,
bytes sent for it, bytes sent per measured action (a typed character, a
move in a list, a resize...), and peak resident memory (VmHWM). Python 3
standard library only.

Usage: ptybench.py --label NAME [--text TEXT] [--press KEYS --times N]
                   [--resize ROWSxCOLS] [--before KEYS]... [--quit KEYS]...
                   [--first-wait SECONDS] -- COMMAND...
  --text    typed one character at a time, each character one measured action.
  --press   KEYS sent as one measured action, --times N times (default 1);
            escapes such as \\r, \\x1b[B are understood; several --press
            are taken in turn.
  --resize  one measured action: the terminal becomes ROWSxCOLS (the kernel
            sends SIGWINCH to the program), after the other actions.
  --before  keys sent (one settle each) to reach the place measured.
  --quit    keys sent at the end (then the program is killed if still alive).
  --record  file to write every byte the program sent, byte for byte.
  --first-wait  how long the first byte of an answer may take (a program
            under valgrind answers slowly; the settle time stays 200 ms).
  --no-actions  run the same start, --before and --quit, but no action: the
            difference of two runs under callgrind is the actions' cost.
Prints one JSON object on standard output.
"""
import argparse
import fcntl
import json
import os
import pty
import select
import signal
import struct
import termios
import time

SETTLE = 0.200          # no output for this long: the screen is settled
NAME = "Fatima Zahra Benali El Idrissi"   # 30 characters, typed one by one
assert len(NAME) == 30
FIRST_WAIT = 0.0


def read_until_settled(fd, log, limit=10.0):
    """Reads until nothing comes for SETTLE seconds (the first byte may take
    FIRST_WAIT longer); returns (bytes, time of the last byte)."""
    total = 0
    last = None
    deadline = time.monotonic() + limit + FIRST_WAIT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], SETTLE if total else SETTLE + FIRST_WAIT)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        total += len(data)
        last = time.monotonic()
        log.write(data)
    return total, last


def peak_memory_kib(pid):
    """VmHWM of the process, or of its child when it is a wrapper (env, valgrind)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def set_size(fd, rows, columns):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def main():
    global FIRST_WAIT
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", required=True)
    parser.add_argument("--before", action="append", default=[])
    parser.add_argument("--quit", action="append", default=[])
    parser.add_argument("--record", default=os.devnull)
    parser.add_argument("--text")
    parser.add_argument("--press", action="append")
    parser.add_argument("--times", type=int, default=1)
    parser.add_argument("--resize")
    parser.add_argument("--first-wait", type=float, default=0.0)
    parser.add_argument("--no-actions", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    FIRST_WAIT = args.first_wait
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    decode = lambda keys: keys.encode().decode("unicode_escape").encode("utf-8")

    actions = []
    if args.text is not None:
        actions += [("key", character.encode("utf-8")) for character in args.text]
    if args.press:
        # Several --press: taken in turn (Enter, Esc, Enter, Esc...).
        actions += [("key", decode(args.press[i % len(args.press)])) for i in range(args.times)]
    if args.resize is not None:
        rows, columns = (int(n) for n in args.resize.split("x"))
        actions.append(("resize", (rows, columns)))
    if args.no_actions:
        actions = []

    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        set_size(0, 24, 80)
        os.execvp(command[0], command)
    with open(args.record, "wb") as log:
        first_bytes, first_last = read_until_settled(fd, log)
        start_ms = (first_last - started) * 1000 if first_last else None
        for keys in args.before:
            os.write(fd, decode(keys))
            read_until_settled(fd, log)
        per_action = []
        for kind, value in actions:
            if kind == "key":
                os.write(fd, value)
            else:
                set_size(fd, *value)
            sent, _ = read_until_settled(fd, log)
            per_action.append(sent)
        peak = peak_memory_kib(pid)
        for keys in args.quit:
            os.write(fd, decode(keys))
            read_until_settled(fd, log, limit=2.0)
    # A program that ended by itself (valgrind writes its counts on exit)
    # is waited for; one still running after the quit keys is killed.
    for _ in range(100):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.1)
    else:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
    print(json.dumps({
        "label": args.label,
        "start_ms": round(start_ms, 1) if start_ms is not None else None,
        "first_screen_bytes": first_bytes,
        "actions": len(per_action),
        "mean_bytes": round(sum(per_action) / len(per_action), 1) if per_action else None,
        "max_bytes": max(per_action) if per_action else None,
        "min_bytes": min(per_action) if per_action else None,
        "peak_rss_kib": peak,
    }))


if __name__ == "__main__":
    main()
