#!/usr/bin/env python3
"""Writes N dossier files (schema version 2, as the wizard saves them) into a folder,
for bench/register.sh: varied names (some accented), CNIEs, first acts and sheets,
about one in ten incomplete. Deterministic: the same N gives the same files.

    python3 bench/generate.py N FOLDER
    python3 bench/generate.py --entries N FILE   one complete dossier with N pharmacy
                                                 purchases (bench/run.sh: the review)
"""
import json, os, random, sys, uuid
from datetime import date, timedelta

FIRST = ["Salma", "Youssef", "Élodie", "Imane", "Hamza", "Aïcha", "Omar", "Nadia", "Karim", "Zineb"]
LAST = ["Benali", "Amrani", "El Idrissi", "Fassi", "Tazi", "Berrada", "Ouazzani", "Chraïbi", "Alaoui", "Bennani"]


def dossier(i, rng, today):
    first_act = today - timedelta(days=rng.randint(0, 80))
    act = first_act.isoformat()
    complete = i % 10 != 0
    return {
        "createdAt": "2026-11-30T09:00:00Z",
        "dentists": [],
        "eligibility": {"enrolled": True, "otherCoverage": False, "traditionalEducationFinalStage": False},
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper(),
        "labs": [],
        "lastMailingDay": (first_act + timedelta(days=60)).isoformat(),
        "opticians": [],
        "originals": {"dentalChartAndXrays": False, "doctorInvoice": True, "imagingInvoice": False,
                      "imagingReport": False, "labInvoice": False, "labResults": False,
                      "medicineSerialNumbers": True, "opticianInvoice": False, "prescription": complete},
        "pharmacies": [{"date": act, "inpe": "771204", "name": "Pharmacie Menara",
                        "stampedAndSigned": True, "total": 89.6}],
        "practitioners": [{"date": act, "fee": 250, "inpe": "204518", "name": "Dr Nadia Fassi",
                           "specialty": "ORL", "stampedAndSigned": True}],
        "schemaVersion": 2,
        "sheet": "ordinary",
        "student": {"address": "3, derb Sidi Bouloukat, Marrakech", "birthDate": "2004-09-30",
                    "cnie": "JB%06d" % i, "email": "student%d@example.ma" % i,
                    "fullName": "%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
                    "institution": "Université Cadi Ayyad", "phone": "06 12 34 56 78"},
        "total": 339.6,
        "treatment": {"continuous": False, "firstActDate": act},
        "updatedAt": "2026-11-30T09:00:00Z",
    }


def with_entries(count, path):
    """One complete dossier (i = 1: no field missing) with `count` pharmacy purchases."""
    today = date.today()
    d = dossier(1, random.Random(count), today)
    act = d["treatment"]["firstActDate"]
    d["pharmacies"] = [{"date": act, "inpe": "771204", "name": "Pharmacie %d" % (i + 1),
                        "stampedAndSigned": True, "total": 89.6} for i in range(count)]
    d["total"] = round(250 + 89.6 * count, 2)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2, sort_keys=True)


def main():
    if sys.argv[1] == "--entries":
        with_entries(int(sys.argv[2]), sys.argv[3])
        return
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, mode=0o700, exist_ok=True)
    rng = random.Random(count)
    today = date.today()
    for i in range(count):
        path = os.path.join(folder, "JB%06d-20261130-090000.json" % i)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(dossier(i, rng, today), f, ensure_ascii=False, indent=2, sort_keys=True)


if __name__ == "__main__":
    main()
