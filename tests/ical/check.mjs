// Parses a Podium calendar export with ical.js, the parser Thunderbird uses,
// and prints every VEVENT's start and end as absolute UTC instants (or dates
// for all-day events) as JSON, for tst_icalwriter to compare with the
// database. A timed start that resolves to floating time (a TZID without its
// VTIMEZONE) is an error: calendars would show it at the wrong hour.
//
// Usage: node check.mjs FILE.ics
// Exit codes: 0 parsed cleanly, 1 problems found (listed in "errors"),
// 2 the file could not be read or parsed at all.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

function fail(message) {
  process.stderr.write(`check.mjs: ${message}\n`);
  process.exit(2);
}

if (process.argv.length !== 3)
  fail('usage: node check.mjs FILE.ics');

let root;
try {
  root = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
} catch (e) {
  fail(`cannot parse ${process.argv[2]}: ${e.message}`);
}

const errors = [];
if (root.name !== 'vcalendar')
  errors.push(`the top component is ${root.name}, not vcalendar`);
for (const name of ['version', 'prodid'])
  if (!root.getFirstPropertyValue(name))
    errors.push(`VCALENDAR has no ${name.toUpperCase()}`);

function instant(event, name) {
  const prop = event.getFirstProperty(name);
  if (!prop)
    return null;
  const time = prop.getFirstValue();
  if (time.isDate)
    return { date: time.toString(), tzid: null };
  const tzid = prop.getParameter('tzid') || null;
  if (time.zone === ICAL.Timezone.localTimezone)
    errors.push(`${event.getFirstPropertyValue('uid')}: ${name.toUpperCase()} ${prop.toICALString()} is floating time`);
  else if (tzid && time.zone.tzid !== tzid)
    errors.push(`${event.getFirstPropertyValue('uid')}: ${name.toUpperCase()} resolved to zone ${time.zone.tzid}, not ${tzid}`);
  return { utc: new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z'), tzid };
}

const events = root.getAllSubcomponents('vevent').map((event) => {
  const start = instant(event, 'dtstart');
  const end = instant(event, 'dtend');
  if (!start)
    errors.push(`${event.getFirstPropertyValue('uid')}: no DTSTART`);
  return {
    uid: event.getFirstPropertyValue('uid'),
    summary: event.getFirstPropertyValue('summary'),
    status: event.getFirstPropertyValue('status'),
    sequence: event.getFirstPropertyValue('sequence'),
    start,
    end,
  };
});

process.stdout.write(JSON.stringify({ events, errors }, null, 1) + '\n');
process.exit(errors.length ? 1 : 0);
