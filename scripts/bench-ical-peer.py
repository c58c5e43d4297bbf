#!/usr/bin/env python3
"""The calendar `podium export ics --programme-items` writes, built by a peer.

Reads what Podium's export reads (the three queries of
app/core/io/icalevents.cpp: the events, their confirmed roles with people
and organisations, their programme items) and writes the same calendar:
every event and programme item with the properties Podium writes (times in
the event's own zone, SUMMARY, DESCRIPTION with the subtitle, the text and
the programme with its people, LOCATION, URL, CATEGORIES, STATUS,
SEQUENCE, ORGANIZER, CREATED, LAST-MODIFIED, RELATED-TO on the items).

    bench-ical-peer.py DATABASE OUTPUT.ics        python3-icalendar builds it
    bench-ical-peer.py --dump DATABASE FILE.json  the VEVENTs' fields as JSON,
                                                  for bench-ical-peer.js
                                                  (ical-generator), whose time
                                                  then leaves out reading and
                                                  shaping the rows

Used by scripts/bench-compare.sh; not part of Podium.
"""
import json
import sqlite3
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

RANGE = ("WHERE e.end_utc >= '1899-12-30T00:00:00Z' "
         "AND e.start_utc <= '3001-01-02T00:00:00Z'")
EVENTS = f"""SELECT e.id, e.uid, e.title_en, e.title_de, e.subtitle_en, e.subtitle_de,
  e.description_en, e.description_de, s.name_en, s.name_de, e.topic_en, e.topic_de,
  e.start_utc, e.end_utc, e.time_zone, e.all_day, e.language, e.status, e.published,
  e.public_url, e.ical_sequence, v.name, rm.name, v.address, v.postal_code, v.city,
  e.created_at, e.modified_at
FROM event e LEFT JOIN series s ON s.id = e.series_id LEFT JOIN venue v ON v.id = e.venue_id
LEFT JOIN room rm ON rm.id = e.room_id {RANGE} ORDER BY e.start_utc, e.id"""
ROLES = f"""SELECT e.id, r.programme_item_id, r.role, r.affiliation_en, r.affiliation_de,
  p.honorific, p.given_name, p.family_name, p.position, o.name
FROM event e JOIN role r ON r.event_id = e.id JOIN person p ON p.id = r.person_id
LEFT JOIN organisation o ON o.id = p.organisation_id {RANGE} AND r.status = 'confirmed'
ORDER BY e.start_utc, e.id, r.programme_item_id, r.position, r.id"""
ITEMS = f"""SELECT e.id, i.id, i.start_utc, i.end_utc, i.kind, i.title_en, i.title_de,
  i.description_en, i.description_de, rm.name, i.created_at, i.modified_at
FROM event e JOIN programme_item i ON i.event_id = e.id LEFT JOIN room rm ON rm.id = i.room_id
{RANGE} ORDER BY e.start_utc, e.id, i.start_utc, i.position, i.id"""
ORGANIZER = ("mailto:events@example.org", "Podium")
ROLE_NAMES = {"chair": "Chair", "moderator": "Moderator", "panellist": "Panellist",
              "speaker": "Speaker", "keynote": "Keynote", "welcome": "Welcome address"}


def rows(con):
    return (con.execute(EVENTS).fetchall(), con.execute(ROLES).fetchall(),
            con.execute(ITEMS).fetchall())


def text(en, de, language):
    first, other = (de, en) if language == "de" else (en, de)
    return (first or "").strip() or (other or "").strip()


def instant(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def person_line(role, lang):
    _, _, kind, aff_en, aff_de, honorific, given, family, position, org = role
    name = " ".join(x for x in (honorific, given, family) if x)
    affiliation = text(aff_en, aff_de, lang) or ", ".join(x for x in (position, org) if x)
    line = f"{ROLE_NAMES.get(kind, kind)}: {name}"
    return f"{line} ({affiliation})" if affiliation else line


def build(events, roles, items, add):
    """Calls add(kind, fields) for each VEVENT, in Podium's order."""
    by_event_roles, by_event_items = {}, {}
    for r in roles:
        by_event_roles.setdefault(r[0], []).append(r)
    for i in items:
        by_event_items.setdefault(i[0], []).append(i)
    for e in events:
        (eid, uid, ten, tde, sen, sde, den, dde, seren, serde, topen, topde, start, end, tz,
         allday, lang, status, published, url, seq, venue, room, address, postal, city,
         created, modified) = e
        zone = ZoneInfo(tz) if tz else timezone.utc
        title = text(ten, tde, lang)
        event_roles = by_event_roles.get(eid, [])
        event_items = by_event_items.get(eid, [])
        programme = []
        for i in event_items:
            s, t = instant(i[2]).astimezone(zone), instant(i[3]).astimezone(zone)
            programme.append(f"{s:%H:%M}–{t:%H:%M} {text(i[5], i[6], lang)}")
            programme += ["  " + person_line(r, lang) for r in event_roles if r[1] == i[1]]
        parts = [text(sen, sde, lang), text(den, dde, lang),
                 "\n".join(person_line(r, lang) for r in event_roles if r[1] is None),
                 "\n".join(programme)]
        place = ", ".join(x for x in (venue, room, address, f"{postal or ''} {city or ''}".strip())
                          if x)
        common = {"url": url, "categories": [x for x in (text(seren, serde, lang),
                                                         text(topen, topde, lang)) if x],
                  "status": "CANCELLED" if status == "cancelled" else "CONFIRMED",
                  "sequence": seq or 0}
        add({"uid": uid, "zone": tz or "UTC", "start": instant(start).astimezone(zone),
             "end": instant(end).astimezone(zone), "summary": title,
             "description": "\n\n".join(p for p in parts if p), "location": place,
             "created": instant(created), "modified": instant(modified), **common})
        for i in event_items:
            people = "\n".join(person_line(r, lang) for r in event_roles if r[1] == i[1])
            description = "\n\n".join(p for p in (text(i[7], i[8], lang), people) if p)
            add({"uid": f"{uid}-item-{i[1]}", "zone": tz or "UTC", "start": instant(i[2]).astimezone(zone),
                 "end": instant(i[3]).astimezone(zone),
                 "summary": f"{text(i[5], i[6], lang)} – {title}", "description": description,
                 "location": ", ".join(x for x in (venue, i[9] or room, address) if x),
                 "created": instant(i[10]), "modified": instant(i[11]), "related": uid,
                 **common})


def main():
    if sys.argv[1] == "--dump":
        con = sqlite3.connect("file:" + sys.argv[2] + "?mode=ro", uri=True)
        fields = []

        def keep(f):
            for key in ("start", "end", "created", "modified"):
                f[key] = f[key].astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            fields.append(f)

        build(*rows(con), keep)
        with open(sys.argv[3], "w") as f:
            json.dump({"organizer": ORGANIZER, "events": fields}, f)
        return
    from icalendar import Calendar, Event, vCalAddress

    con = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
    cal = Calendar()
    cal.add("prodid", "-//bench//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    stamp = datetime.now(timezone.utc)
    organizer = vCalAddress(ORGANIZER[0])
    organizer.params["cn"] = ORGANIZER[1]

    def add(f):
        ev = Event()
        ev.add("uid", f["uid"])
        ev.add("dtstamp", stamp)
        ev.add("dtstart", f["start"])
        ev.add("dtend", f["end"])
        ev.add("summary", f["summary"])
        if f["description"]:
            ev.add("description", f["description"])
        if f["location"]:
            ev.add("location", f["location"])
        if f["url"]:
            ev.add("url", f["url"])
        if f["categories"]:
            ev.add("categories", f["categories"])
        ev.add("status", f["status"])
        ev.add("sequence", f["sequence"])
        ev["organizer"] = organizer
        if "related" in f:
            ev.add("related-to", f["related"])
        ev.add("created", f["created"])
        ev.add("last-modified", f["modified"])
        cal.add_component(ev)

    build(*rows(con), add)
    with open(sys.argv[2], "wb") as f:
        f.write(cal.to_ical())


if __name__ == "__main__":
    main()
