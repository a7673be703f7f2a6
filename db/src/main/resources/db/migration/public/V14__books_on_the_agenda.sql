-- Connected books are synced again every interval: the agenda keeps, per tenant, the moment of the next pass. The topic
-- is added to whatever list the check holds by now, as V13 did for reminders.
DO $$
DECLARE
    allowed text;
BEGIN
    SELECT substring(pg_get_constraintdef(oid) FROM '^CHECK \((.*)\)$') INTO allowed
    FROM pg_constraint WHERE conname = 'agenda_topic_check' AND conrelid = 'agenda'::regclass;
    ALTER TABLE agenda DROP CONSTRAINT agenda_topic_check;
    EXECUTE 'ALTER TABLE agenda ADD CONSTRAINT agenda_topic_check CHECK ((' || allowed || ') OR topic = ''BOOKS_SYNC'')';
END $$;
