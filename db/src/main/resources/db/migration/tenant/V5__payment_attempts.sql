-- Written and committed before the payment provider is called; its idempotency key is reused on every retry.
CREATE TABLE payment_attempt (
    id               uuid           PRIMARY KEY,
    invoice_id       uuid           NOT NULL REFERENCES invoice (id),
    kind             varchar(10)    NOT NULL CHECK (kind IN ('CHECKOUT', 'REFUND')),
    idempotency_key  varchar(100)   NOT NULL UNIQUE,
    amount           numeric(19,4)  NOT NULL CHECK (amount > 0),
    currency         char(3)        NOT NULL,
    status           varchar(12)    NOT NULL CHECK (status IN ('CREATING', 'UNKNOWN', 'OPEN', 'PROCESSING', 'SUCCEEDED', 'EXPIRED', 'FAILED')),
    provider_id      varchar(255)   UNIQUE,
    url              varchar(2000),
    payment_id       uuid           REFERENCES invoice_payment (id),
    reason           varchar(500),
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    version          bigint         NOT NULL DEFAULT 0,
    CHECK ((kind = 'REFUND') = (payment_id IS NOT NULL))
);

CREATE INDEX payment_attempt_unsettled_idx ON payment_attempt (invoice_id, kind)
    WHERE status IN ('CREATING', 'UNKNOWN', 'OPEN', 'PROCESSING');
CREATE INDEX payment_attempt_reconcile_idx ON payment_attempt (updated_at)
    WHERE status IN ('CREATING', 'UNKNOWN', 'OPEN', 'PROCESSING');
