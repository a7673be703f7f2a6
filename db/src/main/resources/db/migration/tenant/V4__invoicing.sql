CREATE TABLE invoice_settings (
    id                  integer       PRIMARY KEY CHECK (id = 1),
    invoice_prefix      varchar(20)   NOT NULL,
    credit_note_prefix  varchar(20)   NOT NULL,
    yearly_reset        boolean       NOT NULL,
    number_digits       integer       NOT NULL CHECK (number_digits BETWEEN 1 AND 10),
    default_net_days    integer       NOT NULL CHECK (default_net_days BETWEEN 0 AND 365),
    business_name       varchar(200),
    business_address    varchar(500),
    tax_id              varchar(50),
    colour              varchar(7),
    logo                bytea,
    logo_type           varchar(20),
    footer              varchar(1000),
    bank_instructions   varchar(2000),
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0
);

INSERT INTO invoice_settings (id, invoice_prefix, credit_note_prefix, yearly_reset, number_digits, default_net_days, updated_at)
VALUES (1, 'INV-', 'CN-', true, 4, 14, now());

-- One row per number series; the row lock taken by UPDATE ... RETURNING keeps numbers gapless.
CREATE TABLE invoice_number_counter (
    series      varchar(40)  PRIMARY KEY,
    last_value  bigint       NOT NULL CHECK (last_value >= 0)
);

CREATE TABLE invoice (
    id                   uuid           PRIMARY KEY,
    kind                 varchar(12)    NOT NULL CHECK (kind IN ('INVOICE', 'DEPOSIT', 'CREDIT_NOTE')),
    client_id            uuid           NOT NULL REFERENCES client (id),
    contract_id          uuid           REFERENCES contract (id),
    credited_invoice_id  uuid           REFERENCES invoice (id),
    number               varchar(40)    UNIQUE,
    currency             char(3)        NOT NULL,
    lines                text           NOT NULL,
    reference            varchar(100),
    notes                varchar(4000),
    net_days             integer        NOT NULL CHECK (net_days BETWEEN 0 AND 365),
    partial_payments     boolean        NOT NULL,
    minimum_payment      numeric(19,4)  CHECK (minimum_payment > 0),
    subtotal             numeric(19,4)  NOT NULL CHECK (subtotal >= 0),
    discount_total       numeric(19,4)  NOT NULL CHECK (discount_total >= 0),
    tax_total            numeric(19,4)  NOT NULL CHECK (tax_total >= 0),
    total                numeric(19,4)  NOT NULL CHECK (total >= 0),
    amount_paid          numeric(19,4)  NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    amount_refunded      numeric(19,4)  NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0),
    amount_charged_back  numeric(19,4)  NOT NULL DEFAULT 0 CHECK (amount_charged_back >= 0),
    amount_credited      numeric(19,4)  NOT NULL DEFAULT 0 CHECK (amount_credited >= 0),
    amount_written_off   numeric(19,4)  NOT NULL DEFAULT 0 CHECK (amount_written_off >= 0),
    status               varchar(16)    NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'VIEWED', 'PARTIALLY_PAID', 'PAID', 'VOID', 'UNCOLLECTIBLE')),
    issue_date           date,
    due_date             date,
    sent_to              varchar(254),
    issued_at            timestamptz,
    viewed_at            timestamptz,
    paid_at              timestamptz,
    closed_at            timestamptz,
    created_at           timestamptz    NOT NULL,
    updated_at           timestamptz    NOT NULL,
    version              bigint         NOT NULL DEFAULT 0,
    CHECK ((kind = 'CREDIT_NOTE') = (credited_invoice_id IS NOT NULL)),
    CHECK ((status = 'DRAFT') = (number IS NULL)),
    CHECK (status = 'DRAFT' OR (issue_date IS NOT NULL AND due_date >= issue_date AND total > 0))
);

CREATE INDEX invoice_client_idx ON invoice (client_id);
CREATE INDEX invoice_contract_idx ON invoice (contract_id) WHERE contract_id IS NOT NULL;
CREATE INDEX invoice_credited_idx ON invoice (credited_invoice_id) WHERE credited_invoice_id IS NOT NULL;
CREATE INDEX invoice_updated_idx ON invoice (updated_at DESC);

-- An issued document keeps its number, lines and totals for good, and is never deleted.
CREATE FUNCTION guard_issued_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'invoice % is issued and cannot be deleted', OLD.number;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (NEW.number IS DISTINCT FROM OLD.number OR NEW.lines IS DISTINCT FROM OLD.lines
            OR NEW.total IS DISTINCT FROM OLD.total OR NEW.currency IS DISTINCT FROM OLD.currency
            OR NEW.client_id IS DISTINCT FROM OLD.client_id OR NEW.issue_date IS DISTINCT FROM OLD.issue_date) THEN
        RAISE EXCEPTION 'invoice % is issued: its number, client, lines and totals are fixed', OLD.number;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER invoice_issued_is_fixed BEFORE UPDATE OR DELETE ON invoice
    FOR EACH ROW EXECUTE FUNCTION guard_issued_invoice();

-- What the client was sent: the document as it read on the day it was issued, whatever the branding later.
CREATE TABLE invoice_document (
    invoice_id   uuid         PRIMARY KEY REFERENCES invoice (id),
    html         text         NOT NULL,
    sha256       char(64)     NOT NULL,
    rendered_at  timestamptz  NOT NULL
);

CREATE TABLE invoice_payment (
    id                   uuid           PRIMARY KEY,
    invoice_id           uuid           NOT NULL REFERENCES invoice (id),
    kind                 varchar(20)    NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND', 'CHARGEBACK', 'CHARGEBACK_REVERSAL')),
    method               varchar(16)    NOT NULL CHECK (method IN ('CARD', 'BANK_DEBIT', 'BANK_TRANSFER', 'CASH', 'CHECK', 'OTHER')),
    amount               numeric(19,4)  NOT NULL CHECK (amount > 0),
    currency             char(3)        NOT NULL,
    received_on          date           NOT NULL,
    reference            varchar(200),
    external_id          varchar(255),
    refunded_payment_id  uuid           REFERENCES invoice_payment (id),
    credit_note_id       uuid           REFERENCES invoice (id),
    actor                varchar(300)   NOT NULL,
    recorded_at          timestamptz    NOT NULL,
    UNIQUE (kind, external_id)
);

CREATE INDEX invoice_payment_invoice_idx ON invoice_payment (invoice_id, recorded_at);

CREATE TABLE invoice_event (
    id           uuid           PRIMARY KEY,
    invoice_id   uuid           NOT NULL REFERENCES invoice (id),
    occurred_at  timestamptz    NOT NULL,
    type         varchar(30)    NOT NULL,
    actor        varchar(300)   NOT NULL,
    detail       varchar(2000)  NOT NULL
);

CREATE INDEX invoice_event_invoice_idx ON invoice_event (invoice_id, occurred_at);

-- Rendered PDFs: one of each issued document, one receipt per payment.
CREATE TABLE invoice_file (
    id          uuid         PRIMARY KEY,
    invoice_id  uuid         NOT NULL REFERENCES invoice (id),
    payment_id  uuid         REFERENCES invoice_payment (id),
    kind        varchar(10)  NOT NULL CHECK (kind IN ('INVOICE', 'RECEIPT')),
    pdf         bytea        NOT NULL,
    sha256      char(64)     NOT NULL,
    created_at  timestamptz  NOT NULL,
    CHECK ((kind = 'RECEIPT') = (payment_id IS NOT NULL))
);

CREATE UNIQUE INDEX invoice_file_invoice_idx ON invoice_file (invoice_id) WHERE kind = 'INVOICE';
CREATE UNIQUE INDEX invoice_file_receipt_idx ON invoice_file (payment_id) WHERE kind = 'RECEIPT';

CREATE TRIGGER invoice_payment_append_only BEFORE UPDATE OR DELETE ON invoice_payment
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER invoice_event_append_only BEFORE UPDATE OR DELETE ON invoice_event
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER invoice_document_append_only BEFORE UPDATE OR DELETE ON invoice_document
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER invoice_file_append_only BEFORE UPDATE OR DELETE ON invoice_file
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
