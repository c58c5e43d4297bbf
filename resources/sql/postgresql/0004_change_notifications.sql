-- Schema 4 for PostgreSQL: every committed change announces itself, so that
-- other open Podium windows read their views again (ChangeWatcher, which
-- LISTENs on the channel podium_changes). ../0004_change_notifications.sql,
-- the step for a file, changes nothing: SQLite's PRAGMA data_version serves
-- the same purpose there.
--
-- One statement-level trigger per table, for any insert, update, delete or
-- truncate, whoever makes it: Podium's storage layer, the command line, a
-- script or psql. The server delivers a notification only when the
-- transaction commits (never for one rolled back), and sends the same
-- channel and payload once per transaction, however many statements ran.
-- The payload is empty; the listener learns the sending connection from the
-- server and ignores its own.

CREATE FUNCTION podium_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('podium_changes', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER organisation_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisation
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER person_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER venue_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON venue
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER room_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON room
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER series_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON series
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER event_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER programme_item_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON programme_item
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER role_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER registration_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON registration
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER document_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON document
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER setting_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON setting
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
CREATE TRIGGER change_log_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_change();
