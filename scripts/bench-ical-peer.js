// The calendar `podium export ics --programme-items` writes, built by
// ical-generator from the VEVENTs' fields that bench-ical-peer.py --dump
// wrote: times in the event's zone, SUMMARY, DESCRIPTION, LOCATION, URL,
// CATEGORIES, STATUS, SEQUENCE, ORGANIZER, CREATED, LAST-MODIFIED (and the
// items' parent, which ical-generator can only write as an X- property).
//
//   node bench-ical-peer.js PEERS_FOLDER FIELDS.json OUTPUT.ics
//
// Used by scripts/bench-compare.sh; not part of Podium.
const fs = require('fs');
const ical = require(process.argv[2] + '/node_modules/ical-generator').default;
const data = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const cal = ical({ prodId: '-//bench//EN', method: 'PUBLISH' });
const stamp = new Date();
const organizer = { email: data.organizer[0].replace('mailto:', ''), name: data.organizer[1] };
for (const f of data.events) {
  const event = cal.createEvent({
    id: f.uid, start: new Date(f.start), end: new Date(f.end), timezone: f.zone,
    summary: f.summary, description: f.description || undefined,
    location: f.location || undefined, url: f.url || undefined,
    categories: f.categories.map((name) => ({ name })),
    status: f.status, sequence: f.sequence, organizer, stamp,
    created: new Date(f.created), lastModified: new Date(f.modified),
  });
  if (f.related)
    event.x('X-RELATED-TO', f.related);
}
fs.writeFileSync(process.argv[4], cal.toString());
