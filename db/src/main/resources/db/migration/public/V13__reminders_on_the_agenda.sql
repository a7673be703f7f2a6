-- Reminders: the agenda keeps, per tenant, the next moment a reminder may go out. The topic is added to whatever
-- list the check holds by now (other topics may have been added beside it), rather than restating the list.
DO $$
DECLARE
    allowed text;
BEGIN
    SELECT substring(pg_get_constraintdef(oid) FROM '^CHECK \((.*)\)$') INTO allowed
    FROM pg_constraint WHERE conname = 'agenda_topic_check' AND conrelid = 'agenda'::regclass;
    ALTER TABLE agenda DROP CONSTRAINT agenda_topic_check;
    EXECUTE 'ALTER TABLE agenda ADD CONSTRAINT agenda_topic_check CHECK ((' || allowed || ') OR topic = ''REMINDERS'')';
END $$;

-- Tenants with open invoices before reminders existed: the first round looks once and notes their next moment.
INSERT INTO agenda (tenant_id, topic, due_at)
SELECT t.id, 'REMINDERS', now() FROM tenant t
ON CONFLICT (tenant_id, topic) DO NOTHING;
