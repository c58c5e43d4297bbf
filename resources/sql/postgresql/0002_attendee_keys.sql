-- Schema version 2 for PostgreSQL (see ../0002_attendee_keys.sql): keys that
-- let the attendee list and the e-mail lookup use an index instead of reading
-- every row. The triggers do what SQLite's do, through plpgsql functions.

-- Finding a person by e-mail address compares without regard to case
-- (lower(email) = lower(?)), which the plain index on email cannot answer.
CREATE INDEX person_email_lower_idx ON person (lower(email));

-- The folded name of the person's organisation ('' for none), copied from
-- organisation.name_key and kept current by the triggers below, so that a
-- list sorted by organisation walks an index in person order, as the list
-- sorted by family name does, instead of sorting every registration.
ALTER TABLE person ADD COLUMN organisation_key TEXT COLLATE "C" NOT NULL DEFAULT '';
UPDATE person
   SET organisation_key = coalesce((SELECT name_key FROM organisation o
                                     WHERE o.id = person.organisation_id), '')
 WHERE organisation_id IS NOT NULL;
CREATE INDEX person_organisation_key_idx ON person (organisation_key, sort_key, id);

-- AFTER triggers that update the row again, as in SQLite, so that what an
-- INSERT … RETURNING gives back is the same on both.
CREATE FUNCTION podium_person_organisation_key_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person
       SET organisation_key = coalesce((SELECT name_key FROM organisation
                                         WHERE id = NEW.organisation_id), '')
     WHERE id = NEW.id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_organisation_key_insert AFTER INSERT ON person
FOR EACH ROW
WHEN (NEW.organisation_id IS NOT NULL OR NEW.organisation_key <> '')
EXECUTE FUNCTION podium_person_organisation_key_insert();

CREATE FUNCTION podium_person_organisation_key_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person
       SET organisation_key = coalesce((SELECT name_key FROM organisation
                                         WHERE id = NEW.organisation_id), '')
     WHERE id = NEW.id
       AND organisation_key IS DISTINCT FROM coalesce((SELECT name_key FROM organisation
                                                        WHERE id = NEW.organisation_id), '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_organisation_key_update AFTER UPDATE OF organisation_id, organisation_key
ON person
FOR EACH ROW
EXECUTE FUNCTION podium_person_organisation_key_update();

CREATE FUNCTION podium_organisation_key_rename() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person SET organisation_key = NEW.name_key
     WHERE organisation_id = NEW.id AND organisation_key <> NEW.name_key;
    RETURN NULL;
END;
$$;

CREATE TRIGGER organisation_key_rename AFTER UPDATE OF name_key ON organisation
FOR EACH ROW
EXECUTE FUNCTION podium_organisation_key_rename();
