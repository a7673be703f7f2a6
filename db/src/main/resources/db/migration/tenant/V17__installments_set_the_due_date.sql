-- Under an accepted payment plan the client is on time while each installment is: the invoice is due by the earliest
-- installment not fully paid, a day the ledger moves as money comes in or goes back (null: no plan, the invoice's own
-- due date holds). Overdue, reminders and late fees read COALESCE(plan_due_date, due_date).
ALTER TABLE invoice ADD COLUMN plan_due_date date;

DROP INDEX invoice_open_due_idx;
CREATE INDEX invoice_open_due_idx ON invoice ((COALESCE(plan_due_date, due_date)))
    WHERE status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND kind <> 'CREDIT_NOTE';

-- A reminder step is done for one due date: each installment of a plan is reminded of in its turn.
ALTER TABLE invoice_reminder ADD COLUMN due_date date;
UPDATE invoice_reminder r SET due_date = i.due_date FROM invoice i WHERE i.id = r.invoice_id;
ALTER TABLE invoice_reminder ALTER COLUMN due_date SET NOT NULL;
ALTER TABLE invoice_reminder DROP CONSTRAINT invoice_reminder_pkey;
ALTER TABLE invoice_reminder ADD PRIMARY KEY (invoice_id, due_date, step);
