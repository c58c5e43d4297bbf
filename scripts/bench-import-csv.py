#!/usr/bin/python3
"""Writes the registration CSV that podium-bench imports (tests/tools/bench.cpp,
importFile()): ROWS new people, two thirds with one of 500 organisations.

    scripts/bench-import-csv.py ROWS OUTPUT.csv
"""
import sys

GIVEN = ["Laura", "Jürgen", "Małgorzata", "Søren", "Zoë", "José", "Anaïs", "Ömer", "Hélène"]
FAMILY = ["Valdés", "Müller", "Øvergaard", "Kowalczyk", "Dubois", "Şahin", "Lefèvre", "Ó Briain"]


def main():
    rows = int(sys.argv[1])
    out = ["Vorname;Nachname;E-Mail;Organisation;Status;Anmerkungen\n"]
    for i in range(rows):
        organisation = "Städtenetzwerk %d" % (i % 500 + 1) if i % 3 != 0 else ""
        out.append("%s;%s %d;teilnehmer%d@example.org;%s;%s;%s\n" % (
            GIVEN[i % 9], FAMILY[(i // 9) % 8], i + 1, i + 1, organisation,
            "Warteliste" if i % 7 == 0 else "angemeldet", "vegetarisch" if i % 11 == 0 else ""))
    with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
