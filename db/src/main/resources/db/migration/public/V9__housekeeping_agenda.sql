-- What the one-minute housekeeping round has to look at: per tenant and topic, the earliest moment something of that
-- topic falls due (a payment attempt to read back, an invoice to notice overdue, a receipt that may be owed). A row is
-- written in the transaction that makes the pending thing, and moved to the topic's next moment (or deleted) when the
-- round has handled it; the round reads only rows that are due, so it never walks every tenant.
CREATE TABLE agenda (
    tenant_id  uuid         NOT NULL REFERENCES tenant (id),
    topic      varchar(30)  NOT NULL CHECK (topic IN ('PAYMENT_ATTEMPTS', 'OVERDUE_INVOICES')),
    due_at     timestamptz  NOT NULL,
    PRIMARY KEY (tenant_id, topic)
);

CREATE INDEX agenda_due_idx ON agenda (due_at);

-- Tenants made before the agenda existed: the first round looks at each topic once and notes its next moment.
INSERT INTO agenda (tenant_id, topic, due_at)
SELECT t.id, topic.name, now()
FROM tenant t CROSS JOIN (VALUES ('PAYMENT_ATTEMPTS'), ('OVERDUE_INVOICES')) AS topic (name);
