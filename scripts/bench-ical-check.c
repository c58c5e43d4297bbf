/*
 * Parses a calendar file with libical, runs its RFC 5546 restriction check
 * and prints how many VEVENTs it read and how many errors it found, with
 * the first few; for scripts/bench-compare.sh, which compares Podium's
 * export with the peers' calendars.
 *
 * libical unfolds and reads leniently, so the rules it does not check are
 * checked here as well:
 *   - RFC 5545 §3.1 on the bytes as written: every line ends with CRLF, holds
 *     at most 75 octets, and is valid UTF-8 by itself (a fold never splits a
 *     character); no control character but HTAB (§3.3.11: TEXT has none);
 *   - RFC 5545 §3.3.5: no TZID parameter on a time in UTC ("…Z");
 *   - RFC 5545 §3.2.19: a VTIMEZONE for every TZID used.
 *
 *   cc -O2 bench-ical-check.c $(pkg-config --cflags --libs libical) -o ical-check
 *   ical-check FILE.ics        (exit code 0: no errors, 1: errors, 2: unreadable)
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int shown = 0;
static int extra = 0;
static char first[160] = "";

static void problem(const char *text)
{
    if (shown++ < 3)
        fprintf(stderr, "  %s\n", text);
    if (!first[0])
        snprintf(first, sizeof first, "%s", text);
    ++extra;
}

/* The length of the UTF-8 sequence at p (at most n octets), or 0 if it is none. */
static size_t utf8Sequence(const unsigned char *p, size_t n)
{
    size_t len = p[0] < 0x80             ? 1
                 : (p[0] & 0xE0) == 0xC0 ? 2
                 : (p[0] & 0xF0) == 0xE0 ? 3
                 : (p[0] & 0xF8) == 0xF0 ? 4
                                         : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t k = 1; k < len; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    }
    return len;
}

/* RFC 5545 §3.1 and §3.3.11 on the raw bytes. */
static void checkLines(const unsigned char *data, size_t size)
{
    char text[160];
    size_t line = 1, start = 0;
    int longLines = 0, splitLines = 0, controls = 0, bareEnds = 0;
    for (size_t i = 0; i <= size; ++i) {
        const int end = i == size || data[i] == '\n' || data[i] == '\r';
        if (!end)
            continue;
        const int crlf = i + 1 < size && data[i] == '\r' && data[i + 1] == '\n';
        if (i < size && !crlf && bareEnds++ == 0) {
            snprintf(text, sizeof text,
                     "line %zu: a bare %s inside a line or as its end (RFC 5545 3.1)", line,
                     data[i] == '\r' ? "CR" : "LF");
            problem(text);
        }
        const size_t length = i - start;
        if (length > 75 && longLines++ == 0) {
            snprintf(text, sizeof text, "line %zu: %zu octets, more than 75 (RFC 5545 3.1)", line,
                     length);
            problem(text);
        }
        for (size_t k = start; k < i;) {
            const size_t n = utf8Sequence(data + k, i - k);
            if (n == 0) {
                if (splitLines++ == 0) {
                    snprintf(text, sizeof text,
                             "line %zu: not UTF-8 by itself, a fold splits a character "
                             "(RFC 5545 3.1)",
                             line);
                    problem(text);
                }
                break;
            }
            if (n == 1 && ((data[k] < 0x20 && data[k] != '\t') || data[k] == 0x7F) &&
                controls++ == 0) {
                snprintf(text, sizeof text,
                         "line %zu: control character 0x%02X in a value (RFC 5545 3.3.11)", line,
                         data[k]);
                problem(text);
            }
            k += n;
        }
        if (crlf)
            ++i;
        start = i + 1;
        ++line;
    }
    /* Each kind counted once per line it occurs on, reported once. */
    extra += (longLines > 1 ? longLines - 1 : 0) + (splitLines > 1 ? splitLines - 1 : 0) +
             (controls > 1 ? controls - 1 : 0) + (bareEnds > 1 ? bareEnds - 1 : 0);
}

/* The TZIDs of the VTIMEZONEs, read once: libical's iterators live in the
 * components, so looking them up while walking the calendar would restart
 * the walk. */
static const char *zones[64];
static int zoneCount = 0;

static void readZones(icalcomponent *root)
{
    for (icalcomponent *z = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT);
         z && zoneCount < 64;
         z = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *p = icalcomponent_get_first_property(z, ICAL_TZID_PROPERTY);
        if (p)
            zones[zoneCount++] = icalproperty_get_tzid(p);
    }
}

static int hasZone(const char *tzid)
{
    for (int k = 0; k < zoneCount; ++k) {
        if (strcmp(zones[k], tzid) == 0)
            return 1;
    }
    return 0;
}

/* RFC 5545 §3.3.5 and §3.2.19: TZID parameters. */
static void checkZones(icalcomponent *c)
{
    char text[160];
    static int onUtc = 0, withoutZone = 0;
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_ANY_PROPERTY)) {
        icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
        if (!tz)
            continue;
        const char *tzid = icalparameter_get_tzid(tz);
        const char *value = icalproperty_get_value_as_string(p);
        if (value && *value && value[strlen(value) - 1] == 'Z') {
            if (onUtc++ == 0) {
                snprintf(text, sizeof text, "%s;TZID=%s:%s: TZID on a time in UTC (RFC 5545 3.3.5)",
                         icalproperty_get_property_name(p), tzid, value);
                problem(text);
            } else {
                ++extra;
            }
        }
        if (!hasZone(tzid)) {
            if (withoutZone++ == 0) {
                snprintf(text, sizeof text, "TZID=%s without its VTIMEZONE (RFC 5545 3.2.19)",
                         tzid);
                problem(text);
            } else {
                ++extra;
            }
        }
    }
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(s) != ICAL_VTIMEZONE_COMPONENT)
            checkZones(s);
    }
}

static void report(icalcomponent *c)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        if (shown++ < 3)
            fprintf(stderr, "  %s\n", icalproperty_get_xlicerror(p));
    }
    for (icalcomponent *s = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); s;
         s = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        report(s);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: ical-check FILE.ics\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    fseek(f, 0, SEEK_END);
    const long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", argv[1]);
        return 2;
    }
    data[size] = 0;
    fclose(f);
    checkLines((const unsigned char *)data, (size_t)size);
    icalcomponent *root = icalparser_parse_string(data);
    free(data);
    if (!root) {
        printf("unreadable\n");
        return 2;
    }
    icalrestriction_check(root);
    int events = 0;
    for (icalcomponent *e = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT))
        ++events;
    readZones(root);
    checkZones(root);
    report(root);
    const int errors = icalcomponent_count_errors(root) + extra;
    if (first[0])
        printf("%d events, %d errors (%s)\n", events, errors, first);
    else
        printf("%d events, %d errors\n", events, errors);
    icalcomponent_free(root);
    return errors == 0 ? 0 : 1;
}
