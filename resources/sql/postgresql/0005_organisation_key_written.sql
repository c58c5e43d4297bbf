-- Schema 5 for PostgreSQL (see ../0005_organisation_key_written.sql): a new
-- person's organisation_key is written with the row, and the trigger updates
-- the row again only when the key that came in is not its organisation's.
-- A trigger's WHEN cannot hold a subquery here, so the function compares.
CREATE OR REPLACE FUNCTION podium_person_organisation_key_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.organisation_key IS DISTINCT FROM
       coalesce((SELECT name_key FROM organisation WHERE id = NEW.organisation_id), '') THEN
        UPDATE person
           SET organisation_key = coalesce((SELECT name_key FROM organisation
                                             WHERE id = NEW.organisation_id), '')
         WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

-- As in a file: no query uses the plain index on email (a person is found
-- by lower(email), and a search matches with a regular expression).
DROP INDEX person_email_idx;
