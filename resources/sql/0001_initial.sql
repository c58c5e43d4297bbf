-- Podium schema, version 1.
--
-- Conventions (see docs/SCHEMA.md):
--   * Instants are TEXT in UTC, ISO 8601 with a trailing Z ("2023-09-19T17:00:00Z"),
--     so that they sort and compare as text and read plainly in the sqlite3 shell.
--   * Every record has created_at, modified_at and row_version; the storage layer
--     sets them and raises row_version on every update.
--   * Columns ending in _key hold folded text (lower case, accents removed) for
--     search and sorting; SQLite on Debian has no ICU, and a custom collation
--     would make the file unreadable to the plain sqlite3 shell.
--   * Bilingual text comes in _en and _de pairs, each optional.
--   * Booleans are INTEGER 0/1 with a CHECK.

CREATE TABLE organisation (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    short_name    TEXT,
    kind          TEXT    NOT NULL DEFAULT 'other'
                  CHECK (kind IN ('foundation', 'university', 'city_network', 'ngo',
                                  'public_body', 'company', 'other')),
    city          TEXT,
    country       TEXT,
    website       TEXT,
    -- Deleting a parent leaves its members standing on their own.
    parent_id     INTEGER REFERENCES organisation (id) ON DELETE SET NULL,
    notes         TEXT,
    name_key      TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    modified_at   TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX organisation_name_key_idx ON organisation (name_key);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);

CREATE TABLE person (
    id                   INTEGER PRIMARY KEY,
    honorific            TEXT,
    given_name           TEXT,
    family_name          TEXT,
    position             TEXT,
    -- Deleting an organisation never deletes its people: it is refused while
    -- anyone still belongs to it.
    organisation_id      INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    -- Not unique: offices share addresses.
    email                TEXT,
    phone                TEXT,
    biography            TEXT,
    photo                BLOB,
    photo_mime_type      TEXT,
    notes                TEXT,
    consent_contact      INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_contact_at   TEXT,
    consent_list         INTEGER NOT NULL DEFAULT 0 CHECK (consent_list IN (0, 1)),
    consent_list_at      TEXT,
    consent_photo        INTEGER NOT NULL DEFAULT 0 CHECK (consent_photo IN (0, 1)),
    consent_photo_at     TEXT,
    -- "family given", folded: the order of a sign-in sheet.
    sort_key             TEXT    NOT NULL,
    -- given and family name and email, folded: what the search field matches.
    search_key           TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    modified_at          TEXT    NOT NULL,
    row_version          INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (length(trim(coalesce(given_name, '') || coalesce(family_name, ''))) > 0),
    CHECK (email IS NULL OR email LIKE '%_@_%'),
    CHECK (photo IS NULL OR photo_mime_type IS NOT NULL),
    CHECK (consent_contact = 0 OR consent_contact_at IS NOT NULL),
    CHECK (consent_list = 0 OR consent_list_at IS NOT NULL),
    CHECK (consent_photo = 0 OR consent_photo_at IS NOT NULL)
);
CREATE INDEX person_sort_idx ON person (sort_key, id);
CREATE INDEX person_organisation_idx ON person (organisation_id);
CREATE INDEX person_email_idx ON person (email);

CREATE TABLE venue (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    address       TEXT,
    postal_code   TEXT,
    city          TEXT,
    country       TEXT,
    capacity      INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    notes         TEXT,
    name_key      TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    modified_at   TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);
CREATE UNIQUE INDEX venue_name_city_idx ON venue (name_key, coalesce(city, ''));

CREATE TABLE room (
    id            INTEGER PRIMARY KEY,
    -- A room is part of its venue and goes with it.
    venue_id      INTEGER NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    capacity      INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    created_at    TEXT    NOT NULL,
    modified_at   TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    UNIQUE (venue_id, name),
    -- Target of the composite keys that keep an event's room in its venue.
    UNIQUE (id, venue_id)
);

CREATE TABLE series (
    id            INTEGER PRIMARY KEY,
    name_en       TEXT,
    name_de       TEXT,
    name_key      TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    modified_at   TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (length(trim(coalesce(name_en, '') || coalesce(name_de, ''))) > 0)
);
CREATE UNIQUE INDEX series_name_key_idx ON series (name_key);

CREATE TABLE event (
    id                     INTEGER PRIMARY KEY,
    -- RFC 5545 UID: set once, never changed, the same in every export.
    uid                    TEXT    NOT NULL UNIQUE CHECK (length(uid) > 0),
    title_en               TEXT,
    title_de               TEXT,
    subtitle_en            TEXT,
    subtitle_de            TEXT,
    -- Markdown.
    description_en         TEXT,
    description_de         TEXT,
    series_id              INTEGER REFERENCES series (id) ON DELETE RESTRICT,
    topic_en               TEXT,
    topic_de               TEXT,
    start_utc              TEXT    NOT NULL CHECK (start_utc LIKE '____-__-__T__:__:__Z'),
    end_utc                TEXT    NOT NULL CHECK (end_utc LIKE '____-__-__T__:__:__Z'),
    -- IANA zone name; start and end are shown and exported in it.
    time_zone              TEXT    NOT NULL DEFAULT 'Europe/Berlin' CHECK (length(time_zone) > 0),
    all_day                INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    venue_id               INTEGER REFERENCES venue (id) ON DELETE RESTRICT,
    room_id                INTEGER,
    online_url             TEXT,
    language               TEXT    NOT NULL DEFAULT 'en' CHECK (language IN ('de', 'en')),
    status                 TEXT    NOT NULL DEFAULT 'draft'
                           CHECK (status IN ('draft', 'planned', 'confirmed', 'postponed', 'cancelled')),
    -- Publication is separate from the planning status: an event that was
    -- published stays in public calendars after a cancellation.
    published              INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    published_at           TEXT,
    capacity               INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    registration_deadline  TEXT,
    public_url             TEXT,
    ical_sequence          INTEGER NOT NULL DEFAULT 0 CHECK (ical_sequence >= 0),
    notes                  TEXT,
    title_key              TEXT    NOT NULL,
    created_at             TEXT    NOT NULL,
    modified_at            TEXT    NOT NULL,
    row_version            INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (length(trim(coalesce(title_en, '') || coalesce(title_de, ''))) > 0),
    CHECK (end_utc >= start_utc),
    CHECK (published = 0 OR published_at IS NOT NULL),
    CHECK (room_id IS NULL OR venue_id IS NOT NULL),
    FOREIGN KEY (room_id, venue_id) REFERENCES room (id, venue_id) ON DELETE RESTRICT
);
CREATE INDEX event_start_idx ON event (start_utc, id);
CREATE INDEX event_series_idx ON event (series_id, start_utc);
CREATE INDEX event_status_idx ON event (status, start_utc);
CREATE INDEX event_venue_idx ON event (venue_id);
CREATE INDEX event_room_idx ON event (room_id);
CREATE INDEX event_title_idx ON event (title_key, id);
CREATE INDEX event_published_idx ON event (published, start_utc);

CREATE TABLE programme_item (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    start_utc       TEXT    NOT NULL CHECK (start_utc LIKE '____-__-__T__:__:__Z'),
    end_utc         TEXT    NOT NULL CHECK (end_utc LIKE '____-__-__T__:__:__Z'),
    kind            TEXT    NOT NULL DEFAULT 'other'
                    CHECK (kind IN ('welcome', 'introduction', 'keynote', 'panel', 'discussion',
                                    'talk', 'qa', 'break', 'reception', 'other')),
    title_en        TEXT,
    title_de        TEXT,
    description_en  TEXT,
    description_de  TEXT,
    -- Items may run in parallel in different rooms.
    room_id         INTEGER REFERENCES room (id) ON DELETE SET NULL,
    created_at      TEXT    NOT NULL,
    modified_at     TEXT    NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK (length(trim(coalesce(title_en, '') || coalesce(title_de, ''))) > 0),
    CHECK (end_utc >= start_utc),
    -- Target of the composite key that keeps a role's item in the role's event.
    UNIQUE (id, event_id)
);
CREATE INDEX programme_item_event_idx ON programme_item (event_id, position, start_utc);
CREATE INDEX programme_item_room_idx ON programme_item (room_id, start_utc);

CREATE TABLE role (
    id                 INTEGER PRIMARY KEY,
    -- A person who speaks is never removed by accident: their roles must be
    -- removed first, deliberately.
    person_id          INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    event_id           INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    -- NULL: a role on the event as a whole (the chair of the evening).
    programme_item_id  INTEGER,
    role               TEXT    NOT NULL
                       CHECK (role IN ('chair', 'moderator', 'panellist', 'speaker', 'keynote', 'welcome')),
    position           INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    -- The line printed under the name; it may differ from the person's organisation.
    affiliation_en     TEXT,
    affiliation_de     TEXT,
    status             TEXT    NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'confirmed', 'declined')),
    created_at         TEXT    NOT NULL,
    modified_at        TEXT    NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    FOREIGN KEY (programme_item_id, event_id) REFERENCES programme_item (id, event_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX role_unique_idx ON role (person_id, event_id, coalesce(programme_item_id, 0), role);
CREATE INDEX role_event_idx ON role (event_id, programme_item_id, position);
CREATE INDEX role_item_idx ON role (programme_item_id);

CREATE TABLE registration (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    event_id        INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL DEFAULT 'registered'
                    CHECK (status IN ('invited', 'registered', 'waitlisted', 'confirmed',
                                      'cancelled', 'attended', 'no_show')),
    registered_at   TEXT,
    checked_in_at   TEXT,
    needs           TEXT,
    notes           TEXT,
    created_at      TEXT    NOT NULL,
    modified_at     TEXT    NOT NULL,
    row_version     INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    UNIQUE (person_id, event_id)
);
CREATE INDEX registration_event_idx ON registration (event_id, status);
CREATE INDEX registration_status_idx ON registration (status);

CREATE TABLE document (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    title         TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind          TEXT    NOT NULL DEFAULT 'other'
                  CHECK (kind IN ('agenda', 'invitation', 'background', 'report', 'presentation',
                                  'press', 'photo', 'other')),
    -- Either a link or a small file kept in the database, never a local path
    -- that would break on a colleague's machine.
    url           TEXT,
    file_name     TEXT,
    mime_type     TEXT,
    content       BLOB,
    position      INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    created_at    TEXT    NOT NULL,
    modified_at   TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    CHECK ((url IS NULL) <> (content IS NULL)),
    CHECK (content IS NULL OR (file_name IS NOT NULL AND mime_type IS NOT NULL)),
    CHECK (content IS NULL OR length(content) <= 10485760)
);
CREATE INDEX document_event_idx ON document (event_id, position);

-- Settings that belong to the organisation, not to one user.
CREATE TABLE setting (
    -- NOT NULL is not implied: SQLite lets NULL into a PRIMARY KEY that is
    -- not an INTEGER PRIMARY KEY, and length(NULL) passes the CHECK.
    key           TEXT    NOT NULL PRIMARY KEY CHECK (length(key) > 0),
    value         TEXT,
    blob_value    BLOB,
    created_at    TEXT    NOT NULL,
    modified_at   TEXT    NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)
);

-- Who changed what and when; feeds "recent changes" and audits.
CREATE TABLE change_log (
    id            INTEGER PRIMARY KEY,
    changed_at    TEXT    NOT NULL,
    user_name     TEXT    NOT NULL,
    table_name    TEXT    NOT NULL,
    record_id     INTEGER NOT NULL,
    action        TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    -- One line a person can read ("Event “Can cities save the world?” created").
    summary       TEXT    NOT NULL,
    -- JSON object: field -> [old, new].
    changes       TEXT
);
CREATE INDEX change_log_time_idx ON change_log (changed_at);
CREATE INDEX change_log_record_idx ON change_log (table_name, record_id);
