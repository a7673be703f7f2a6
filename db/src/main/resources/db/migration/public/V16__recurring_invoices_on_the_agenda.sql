-- A recurring invoice's next day is on the agenda, as V14 did for books. RECURRING_INVOICES is 18 characters, inside
-- the column's 30.
DO $$
DECLARE
    allowed text;
BEGIN
    SELECT substring(pg_get_constraintdef(oid) FROM '^CHECK \((.*)\)$') INTO allowed
    FROM pg_constraint WHERE conname = 'agenda_topic_check' AND conrelid = 'agenda'::regclass;
    ALTER TABLE agenda DROP CONSTRAINT agenda_topic_check;
    EXECUTE 'ALTER TABLE agenda ADD CONSTRAINT agenda_topic_check CHECK ((' || allowed || ') OR topic = ''RECURRING_INVOICES'')';
END $$;
