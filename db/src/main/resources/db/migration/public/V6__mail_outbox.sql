-- Mail to clients, written in the transaction of its cause and sent by workers after commit. One table for all
-- tenants, so workers claim due mail with one query. The body (which carries portal links' secrets) is sealed
-- with the server key (AES-GCM, bound to the row id) and dropped once the mail is sent or has failed for good.
CREATE TABLE mail_outbox (
    id               uuid          PRIMARY KEY,
    tenant_id        uuid          NOT NULL REFERENCES tenant (id),
    topic            varchar(20)   NOT NULL CHECK (topic IN ('CONTRACT', 'INVOICE')),
    subject_id       uuid          NOT NULL,
    recipient        varchar(254)  NOT NULL,
    subject          text          NOT NULL,
    sealed_body      bytea,
    state            varchar(10)   NOT NULL CHECK (state IN ('QUEUED', 'SENT', 'FAILED')),
    queued_at        timestamptz   NOT NULL,
    -- When it may be taken up: at first the queuing, later a retry's time or the end of a worker's lease.
    next_attempt_at  timestamptz   NOT NULL,
    -- The lease of the worker that took it up; only that worker records the outcome.
    lease            uuid,
    attempts         integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error       varchar(1000),
    sent_at          timestamptz,
    failed_at        timestamptz,
    CHECK (state <> 'QUEUED' OR sealed_body IS NOT NULL),
    CHECK (state <> 'SENT' OR sent_at IS NOT NULL),
    CHECK (state <> 'FAILED' OR (failed_at IS NOT NULL AND last_error IS NOT NULL))
);

CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE state = 'QUEUED';
CREATE INDEX mail_outbox_subject_idx ON mail_outbox (tenant_id, subject_id);
