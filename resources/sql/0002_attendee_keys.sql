-- Schema version 2: keys that let the attendee list and the e-mail lookup
-- use an index instead of reading every row.

-- Finding a person by e-mail address compares without regard to case
-- (lower(email) = lower(?)), which the plain index on email cannot answer.
CREATE INDEX person_email_lower_idx ON person (lower(email));

-- The folded name of the person's organisation ('' for none), copied from
-- organisation.name_key and kept current by the triggers below, so that a
-- list sorted by organisation walks an index in person order, as the list
-- sorted by family name does, instead of sorting every registration.
ALTER TABLE person ADD COLUMN organisation_key TEXT NOT NULL DEFAULT '';
UPDATE person
   SET organisation_key = coalesce((SELECT name_key FROM organisation o
                                     WHERE o.id = person.organisation_id), '')
 WHERE organisation_id IS NOT NULL;
CREATE INDEX person_organisation_key_idx ON person (organisation_key, sort_key, id);

CREATE TRIGGER person_organisation_key_insert AFTER INSERT ON person
WHEN NEW.organisation_id IS NOT NULL OR NEW.organisation_key <> ''
BEGIN
    UPDATE person
       SET organisation_key = coalesce((SELECT name_key FROM organisation
                                         WHERE id = NEW.organisation_id), '')
     WHERE id = NEW.id;
END;

CREATE TRIGGER person_organisation_key_update AFTER UPDATE OF organisation_id, organisation_key
ON person
BEGIN
    UPDATE person
       SET organisation_key = coalesce((SELECT name_key FROM organisation
                                         WHERE id = NEW.organisation_id), '')
     WHERE id = NEW.id
       AND organisation_key IS NOT coalesce((SELECT name_key FROM organisation
                                              WHERE id = NEW.organisation_id), '');
END;

CREATE TRIGGER organisation_key_rename AFTER UPDATE OF name_key ON organisation
BEGIN
    UPDATE person SET organisation_key = NEW.name_key
     WHERE organisation_id = NEW.id AND organisation_key <> NEW.name_key;
END;
