-- Autopay: the card a client saved to have an invoice's installments charged on their due dates, and each charge made
-- from it. It belongs to the invoice, not to a plan, so it outlives a plan the freelancer replaces.
CREATE TABLE autopay (
    invoice_id    uuid          PRIMARY KEY REFERENCES invoice (id),
    status        varchar(12)   NOT NULL CHECK (status IN ('SETTING_UP', 'ON', 'NEEDS_CLIENT', 'OFF')),
    -- The provider's page where the client is saving a card now.
    setup_page    varchar(255)  UNIQUE,
    customer      varchar(255),
    method        varchar(255),
    method_label  varchar(100),
    reason        text,
    updated_at    timestamptz   NOT NULL,
    CHECK ((customer IS NULL) = (method IS NULL) AND (method IS NULL) = (method_label IS NULL)),
    CHECK (status <> 'ON' OR method IS NOT NULL)
);
CREATE INDEX autopay_charging_idx ON autopay (status) WHERE status = 'ON';

-- One row per charge asked of the provider, written before it is asked: its key (plan, installment, attempt) is what
-- the provider knows it by, so asking again after a restart never charges twice.
CREATE TABLE autopay_charge (
    id                 uuid           PRIMARY KEY,
    invoice_id         uuid           NOT NULL REFERENCES invoice (id),
    plan_id            uuid           NOT NULL REFERENCES payment_plan (id),
    installment        integer        NOT NULL CHECK (installment >= 1),
    attempt            integer        NOT NULL CHECK (attempt >= 1),
    customer           varchar(255)   NOT NULL,
    method             varchar(255)   NOT NULL,
    amount             numeric(19,4)  NOT NULL CHECK (amount > 0),
    currency           char(3)        NOT NULL,
    charged_on         date           NOT NULL,
    -- Stripe keeps an idempotency key for 24 hours: a charge older than that is looked up, never asked again.
    asked_at           timestamptz    NOT NULL,
    status             varchar(12)    NOT NULL CHECK (status IN ('CHARGING', 'SUCCEEDED', 'DECLINED', 'NEEDS_CLIENT')),
    payment_reference  varchar(255),
    reason             text,
    UNIQUE (plan_id, installment, attempt)
);
CREATE INDEX autopay_charge_invoice_idx ON autopay_charge (invoice_id);
