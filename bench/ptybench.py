#!/usr/bin/env python3
"""Measures one full-screen program in a pseudo-terminal of 80x24, as a
user on a slow SSH link would feel it: time to the first settled screen,
bytes sent for it, bytes sent per keystroke while typing a name, and peak
resident memory (VmHWM). Python 3 standard library only.

Usage: ptybench.py --label NAME [--text TEXT] [--before KEYS]... [--quit KEYS]... -- COMMAND...
  --text    what is typed one character at a time (default: a 30-letter
            Latin name; the Arabic run types an Arabic name).
  --before  keys sent (one settle each) to reach the text field; escapes
            such as \\r and \\x11 are understood.
  --quit    keys sent at the end (then the program is killed if still alive).
  --record  file to write every byte the program sent, byte for byte.
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
import sys
import termios
import time

SETTLE = 0.200          # no output for this long: the screen is settled
NAME = "Fatima Zahra Benali El Idrissi"   # 30 characters, typed one by one
assert len(NAME) == 30


def read_until_settled(fd, log, limit=10.0):
    """Reads until nothing comes for SETTLE seconds; returns (bytes, time of the last byte)."""
    total = 0
    last = None
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], SETTLE)
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
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", required=True)
    parser.add_argument("--before", action="append", default=[])
    parser.add_argument("--quit", action="append", default=[])
    parser.add_argument("--record", default=os.devnull)
    parser.add_argument("--text", default=NAME)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    decode = lambda keys: keys.encode().decode("unicode_escape").encode("utf-8")

    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvp(command[0], command)
    with open(args.record, "wb") as log:
        first_bytes, first_last = read_until_settled(fd, log)
        start_ms = (first_last - started) * 1000 if first_last else None
        for keys in args.before:
            os.write(fd, decode(keys))
            read_until_settled(fd, log)
        per_key = []
        for character in args.text:
            position = log.tell()
            os.write(fd, character.encode("utf-8"))
            sent, _ = read_until_settled(fd, log)
            per_key.append(sent)
            if len(per_key) == 10 and os.environ.get("PTYBENCH_SHOW_KEY"):
                log.flush()
                with open(args.record, "rb") as again:
                    again.seek(position)
                    sys.stderr.write(f"10th keystroke sent: {again.read(sent)!r}\n")
        peak = peak_memory_kib(pid)
        for keys in args.quit:
            os.write(fd, decode(keys))
            read_until_settled(fd, log, limit=2.0)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(json.dumps({
        "label": args.label,
        "start_ms": round(start_ms, 1) if start_ms is not None else None,
        "first_screen_bytes": first_bytes,
        "keystrokes": len(per_key),
        "mean_bytes_per_key": round(sum(per_key) / len(per_key), 1),
        "max_bytes_per_key": max(per_key),
        "min_bytes_per_key": min(per_key),
        "peak_rss_kib": peak,
    }))


if __name__ == "__main__":
    main()
