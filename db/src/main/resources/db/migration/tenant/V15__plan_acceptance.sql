-- The evidence of a client's acceptance of a payment plan, kept as a contract signature's is: when, who, from where,
-- after which consent, on exactly which terms (their canonical text and its SHA-256), and the agreement PDF made from
-- them with its SHA-256. One row per plan, written with the acceptance and never changed.
CREATE TABLE payment_plan_acceptance (
    plan_id           uuid          PRIMARY KEY REFERENCES payment_plan (id),
    invoice_id        uuid          NOT NULL REFERENCES invoice (id),
    accepted_at       timestamptz   NOT NULL,
    accepted_by_kind  varchar(10)   NOT NULL,
    accepted_by       varchar(255)  NOT NULL,
    ip_address        text          NOT NULL,
    user_agent        text          NOT NULL,
    consent_text      text          NOT NULL,
    terms             text          NOT NULL,
    terms_sha256      char(64)      NOT NULL CHECK (terms_sha256 ~ '^[0-9a-f]{64}$'),
    -- The signed contract the acceptance is an addendum to, when the invoice belongs to one.
    contract_id       uuid          REFERENCES contract (id),
    agreement_pdf     bytea         NOT NULL,
    agreement_sha256  char(64)      NOT NULL CHECK (agreement_sha256 ~ '^[0-9a-f]{64}$')
);
CREATE INDEX payment_plan_acceptance_invoice_idx ON payment_plan_acceptance (invoice_id);
CREATE TRIGGER payment_plan_acceptance_append_only BEFORE UPDATE OR DELETE ON payment_plan_acceptance
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
