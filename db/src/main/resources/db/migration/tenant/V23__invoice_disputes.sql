-- A client's dispute of part of an issued invoice, and the freelancer's answer. While OPEN its amount is neither
-- reminded nor charged late fees; at most one is open per invoice.
CREATE TABLE invoice_dispute (
    id              uuid           PRIMARY KEY,
    invoice_id      uuid           NOT NULL REFERENCES invoice (id),
    line            integer        CHECK (line >= 1),
    amount          numeric(19,4)  NOT NULL CHECK (amount > 0),
    reason          varchar(1000)  NOT NULL,
    raised_at       timestamptz    NOT NULL,
    status          varchar(10)    NOT NULL CHECK (status IN ('OPEN', 'CREDITED', 'REJECTED')),
    answer          varchar(1000),
    answered_at     timestamptz,
    credit_note_id  uuid           REFERENCES invoice (id),
    CHECK ((status = 'OPEN') = (answered_at IS NULL)),
    CHECK ((status = 'CREDITED') = (credit_note_id IS NOT NULL))
);

CREATE INDEX invoice_dispute_invoice_idx ON invoice_dispute (invoice_id, raised_at);
CREATE UNIQUE INDEX invoice_dispute_one_open ON invoice_dispute (invoice_id) WHERE status = 'OPEN';
