-- Payment plans. A plan holds no money: what its installments have been paid is read from the invoice's ledger (the
-- invoice's amount_* columns and its invoice_payment lines), so only the terms and where the plan stands are stored.

-- The limits plans are built in: the workspace's row (no client, no invoice; absent until the freelancer first saves
-- limits, when the application's defaults apply), and a client's or an invoice's own, whose null columns inherit.
CREATE TABLE payment_plan_limits (
    id                        uuid           PRIMARY KEY,
    client_id                 uuid           REFERENCES client (id),
    invoice_id                uuid           REFERENCES invoice (id),
    offered                   boolean,
    deposit_kind              varchar(7)     CHECK (deposit_kind IN ('PERCENT', 'AMOUNT')),
    deposit_value             numeric(19,4)  CHECK (deposit_value >= 0),
    deposit_currency          char(3),
    max_installments          integer        CHECK (max_installments BETWEEN 2 AND 120),
    min_installment           numeric(19,4)  CHECK (min_installment >= 0),
    min_installment_currency  char(3),
    final_within_days         integer        CHECK (final_within_days BETWEEN 1 AND 3660),
    latest_final_date         date,
    frequencies               varchar(60),
    autopay                   varchar(8)     CHECK (autopay IN ('REQUIRED', 'OPTIONAL')),
    updated_at                timestamptz    NOT NULL,
    CHECK (client_id IS NULL OR invoice_id IS NULL),
    CHECK ((deposit_kind IS NULL) = (deposit_value IS NULL)),
    CHECK ((deposit_kind IS NOT DISTINCT FROM 'AMOUNT') = (deposit_currency IS NOT NULL)),
    CHECK ((min_installment IS NULL) = (min_installment_currency IS NULL)),
    CHECK (client_id IS NOT NULL OR invoice_id IS NOT NULL
           OR (offered IS NOT NULL AND max_installments IS NOT NULL AND frequencies IS NOT NULL AND autopay IS NOT NULL))
);
CREATE UNIQUE INDEX payment_plan_limits_workspace_idx ON payment_plan_limits ((true))
    WHERE client_id IS NULL AND invoice_id IS NULL;
CREATE UNIQUE INDEX payment_plan_limits_client_idx ON payment_plan_limits (client_id) WHERE client_id IS NOT NULL;
CREATE UNIQUE INDEX payment_plan_limits_invoice_idx ON payment_plan_limits (invoice_id) WHERE invoice_id IS NOT NULL;

-- An invoice has at most one plan that is not cancelled; a cancelled plan is kept.
CREATE TABLE payment_plan (
    id                uuid          PRIMARY KEY,
    invoice_id        uuid          NOT NULL REFERENCES invoice (id),
    status            varchar(10)   NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'CANCELLED')),
    frequency         varchar(12)   NOT NULL CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'CUSTOM_DATES')),
    autopay           boolean       NOT NULL,
    currency          char(3)       NOT NULL,
    proposed_by_kind  varchar(10)   NOT NULL,
    proposed_by       varchar(255)  NOT NULL,
    proposed_at       timestamptz   NOT NULL,
    accepted_at       timestamptz,
    cancelled_at      timestamptz,
    CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    CHECK (status <> 'ACCEPTED' OR accepted_at IS NOT NULL)
);
CREATE UNIQUE INDEX payment_plan_live_idx ON payment_plan (invoice_id) WHERE status <> 'CANCELLED';

-- A plan's terms never change once proposed: a new plan replaces a cancelled one.
CREATE TABLE payment_plan_installment (
    plan_id   uuid           NOT NULL REFERENCES payment_plan (id),
    number    integer        NOT NULL CHECK (number >= 1),
    due_date  date           NOT NULL,
    amount    numeric(19,4)  NOT NULL CHECK (amount > 0),
    PRIMARY KEY (plan_id, number)
);
CREATE TRIGGER payment_plan_installment_append_only BEFORE UPDATE OR DELETE ON payment_plan_installment
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
