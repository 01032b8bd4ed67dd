#!/usr/bin/env python3
"""The python baseline of bench/register.sh: reads and parses every *.json of a
folder (sorted, hidden files aside, as amo-dossier sees it), nothing more.

    python3 bench/baseline.py FOLDER
"""
import json, os, sys

folder = sys.argv[1]
count = 0
for name in sorted(os.listdir(folder)):
    if name.startswith(".") or not name.endswith(".json"):
        continue
    with open(os.path.join(folder, name), "rb") as f:
        json.loads(f.read())
    count += 1
print(count)
