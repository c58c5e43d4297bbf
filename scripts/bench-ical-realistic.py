#!/usr/bin/python3
# Fills a new, empty Podium database (podium init) with a few events of the
# content a foundation's calendar really holds, for scripts/bench-compare.sh
# to export with Podium and with the peers and check all three files:
# German titles longer than a line, with umlauts where a fold at 75 octets
# would fall inside a character; commas, semicolons, backslashes and line
# breaks in TEXT; events in Europe/Berlin, one in the hour that occurs twice
# when the clocks go back; a cancelled event; and a description pasted from
# a word processor with its manual line break (U+000B) and a lone CR.
#
#   bench-ical-realistic.py DATABASE
import sqlite3
import sys

con = sqlite3.connect(sys.argv[1])
now = "2026-11-01T10:00:00Z"
title = ("Städtepartnerschaften über Grenzen hinweg: Köln, Düsseldorf und Görlitz im "
         "Gespräch über Frieden und Öffentlichkeit")
description = (
    "Wie können Städte Frieden fördern? Ein Abend über kommunale Außenpolitik; mit Beiträgen "
    "aus Köln, Görlitz und Zgorzelec.\n"
    "Anmeldung: bitte bis 20. Oktober unter events@example.org (Pfad: C:\\Veranstaltungen\\2026).\n\n"
    "Second paragraph in English, with commas, semicolons; and “quotes” – plus a "
    "non-breaking space\u00a0here.")
events = [
    # uid, title_en, title_de, description_en, start, end, status
    ("real-1@example.org", None, title, description,
     "2026-09-17T16:00:00Z", "2026-09-17T18:30:00Z", "confirmed"),
    # 02:30 CEST (the first 02:30) to 02:45 CET (the second pass).
    ("real-2@example.org", "Night of the clocks: the repeated hour, 02:30 to 02:45", "Nacht der Uhren",
     "Starts in the first 02:30, ends in the second.",
     "2026-10-25T00:30:00Z", "2026-10-25T01:45:00Z", "confirmed"),
    ("real-3@example.org", "Cancelled: Größenwahn, Übermut und Ökologie – ein Gespräch über Maß "
     "und Mäßigung in der Politik", None, "Abgesagt; wird nachgeholt.",
     "2026-12-03T17:00:00Z", "2026-12-03T19:00:00Z", "cancelled"),
    ("real-4@example.org", "a" * 68 + "äöü" * 8, None,
     "Folding at 75 octets must not split ä, ö or ü: " + "ä" * 80,
     "2026-06-01T10:00:00Z", "2026-06-01T12:00:00Z", "confirmed"),
    ("real-5@example.org", "Pasted from a word processor", None,
     "Aus Word kopiert:\x0bzweite Zeile\ralte Mac-Zeile",
     "2026-05-04T16:00:00Z", "2026-05-04T18:00:00Z", "planned"),
]
for k, (uid, en, de, text, start, end, status) in enumerate(events, 1):
    con.execute(
        "INSERT INTO event (id, uid, title_en, title_de, description_en, start_utc, end_utc,"
        " time_zone, language, status, published, published_at, ical_sequence, title_key,"
        " created_at, modified_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'Europe/Berlin', 'de', ?, 1, ?, 2, ?, ?, ?)",
        (k, uid, en, de, text, start, end, status, now, (en or de).lower(), now, now))
items = [
    (1, 0, "2026-09-17T16:00:00Z", "2026-09-17T16:15:00Z", "Begrüßung"),
    (1, 1, "2026-09-17T16:15:00Z", "2026-09-17T17:30:00Z",
     "Podiumsgespräch: Städte, Regionen und Zivilgesellschaft; grenzüberschreitend"),
    (2, 0, "2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "In the first 02:30"),
    (2, 1, "2026-10-25T01:00:00Z", "2026-10-25T01:45:00Z", "In the second 02:00"),
]
for k, (event, position, start, end, text) in enumerate(items, 1):
    con.execute(
        "INSERT INTO programme_item (id, event_id, position, start_utc, end_utc, title_de,"
        " created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (k, event, position, start, end, text, now, now))
con.commit()
