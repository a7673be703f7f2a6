-- An invoice's history and ledger name who acted by kind (freelancer, client, provider, Becflow) and by who
-- within it; a history entry can carry the outside fact it records once (e.g. a dispute and its state).
-- Rows written before this migration named the actor in a sentence; it is split here once. The append-only
-- guards are lifted for that one statement and restored in the same transaction.
ALTER TABLE invoice_event DISABLE TRIGGER invoice_event_append_only;
ALTER TABLE invoice_payment DISABLE TRIGGER invoice_payment_append_only;

ALTER TABLE invoice_event ADD COLUMN actor_kind varchar(10);
ALTER TABLE invoice_event ADD COLUMN reference varchar(255);
ALTER TABLE invoice_payment ADD COLUMN actor_kind varchar(10);

UPDATE invoice_event SET
    actor_kind = CASE WHEN actor LIKE 'freelancer (user %)' THEN 'FREELANCER'
                      WHEN actor LIKE 'client%' THEN 'CLIENT'
                      WHEN actor LIKE 'Stripe%' THEN 'PROVIDER'
                      ELSE 'SYSTEM' END,
    actor = CASE WHEN actor LIKE 'freelancer (user %)' THEN substring(actor FROM 'freelancer \(user (.*)\)$')
                 WHEN actor LIKE 'client (link sent to %)' THEN substring(actor FROM 'client \(link sent to (.*)\)$')
                 WHEN actor LIKE 'Stripe%' THEN 'Stripe'
                 ELSE actor END;
UPDATE invoice_payment SET
    actor_kind = CASE WHEN actor LIKE 'freelancer (user %)' THEN 'FREELANCER'
                      WHEN actor LIKE 'client%' OR actor LIKE 'Stripe%' THEN 'PROVIDER'
                      ELSE 'SYSTEM' END,
    actor = CASE WHEN actor LIKE 'freelancer (user %)' THEN substring(actor FROM 'freelancer \(user (.*)\)$')
                 WHEN actor LIKE 'client%' OR actor LIKE 'Stripe%' THEN 'Stripe'
                 ELSE actor END;

ALTER TABLE invoice_event ALTER COLUMN actor_kind SET NOT NULL;
ALTER TABLE invoice_payment ALTER COLUMN actor_kind SET NOT NULL;
ALTER TABLE invoice_event ADD CONSTRAINT invoice_event_actor_kind
    CHECK (actor_kind IN ('FREELANCER', 'CLIENT', 'PROVIDER', 'SYSTEM'));
ALTER TABLE invoice_payment ADD CONSTRAINT invoice_payment_actor_kind
    CHECK (actor_kind IN ('FREELANCER', 'CLIENT', 'PROVIDER', 'SYSTEM'));
CREATE INDEX invoice_event_reference_idx ON invoice_event (invoice_id, type, reference) WHERE reference IS NOT NULL;

ALTER TABLE invoice_event ENABLE TRIGGER invoice_event_append_only;
ALTER TABLE invoice_payment ENABLE TRIGGER invoice_payment_append_only;
