-- Schema 3 for PostgreSQL, the same as ../0003_sort_indexes.sql: indexes
-- that let the Attendees view sort a million registrations
-- by given name, email, date of registration and check-in time by reading
-- an index instead of sorting every row (RegistrationTableModel orders by
-- exactly these expressions, then by the person's or the registration's id).

CREATE INDEX person_given_name_idx ON person (coalesce(given_name, ''), id);
CREATE INDEX person_email_sort_idx ON person (coalesce(email, ''), id);
CREATE INDEX registration_registered_idx ON registration (coalesce(registered_at, ''));
CREATE INDEX registration_checked_in_idx ON registration (coalesce(checked_in_at, ''));
