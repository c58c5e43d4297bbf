/*
 * Parses a calendar file with libical, runs its RFC 5546 restriction check
 * and prints how many VEVENTs it read and how many errors it found, with
 * the first few; for scripts/bench-compare.sh, which compares Podium's
 * export with the peers' calendars.
 *
 *   cc -O2 bench-ical-check.c $(pkg-config --cflags --libs libical) -o ical-check
 *   ical-check FILE.ics        (exit code 0: no errors, 1: errors, 2: unreadable)
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static int shown = 0;

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
    const int errors = icalcomponent_count_errors(root);
    report(root);
    printf("%d events, %d errors\n", events, errors);
    icalcomponent_free(root);
    return errors == 0 ? 0 : 1;
}
