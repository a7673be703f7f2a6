-- An invoice issued again and again on a schedule: its fields as a draft holds them, its schedule, and where it stands.
-- next_issue_on is the next day to issue while active (NULL otherwise), kept for the round's indexed query.
CREATE TABLE recurring_invoice (
    id                uuid           PRIMARY KEY,
    client_id         uuid           NOT NULL REFERENCES client (id),
    contract_id       uuid           REFERENCES contract (id),
    currency          char(3)        NOT NULL,
    lines             text           NOT NULL,
    reference         varchar(100),
    notes             varchar(4000),
    net_days          integer        NOT NULL CHECK (net_days BETWEEN 0 AND 365),
    partial_payments  boolean        NOT NULL,
    minimum_payment   numeric(19,4)  CHECK (minimum_payment > 0),
    recurrence        varchar(12)    NOT NULL CHECK (recurrence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'CUSTOM_DATES')),
    start_on          date,
    end_on            date,
    max_count         integer        CHECK (max_count > 0),
    dates             text,
    status            varchar(8)     NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    next_index        integer        NOT NULL CHECK (next_index >= 0),
    issued_count      integer        NOT NULL CHECK (issued_count >= 0),
    last_issued_on    date,
    next_issue_on     date,
    problem           varchar(1000),
    retainer_hours    numeric(7,2)   CHECK (retainer_hours >= 0),
    retainer_rate     numeric(19,4)  CHECK (retainer_rate >= 0),
    retainer_rollover boolean,
    carried_hours     numeric(9,2)   NOT NULL DEFAULT 0 CHECK (carried_hours >= 0),
    created_at        timestamptz    NOT NULL,
    updated_at        timestamptz    NOT NULL,
    CHECK ((recurrence = 'CUSTOM_DATES') = (start_on IS NULL)),
    CHECK (end_on IS NULL OR end_on >= start_on),
    CHECK ((status = 'ACTIVE') OR next_issue_on IS NULL),
    CHECK ((retainer_hours IS NULL) = (retainer_rate IS NULL) AND (retainer_hours IS NULL) = (retainer_rollover IS NULL))
);

CREATE INDEX recurring_invoice_next_idx ON recurring_invoice (next_issue_on) WHERE status = 'ACTIVE';
CREATE INDEX recurring_invoice_client_idx ON recurring_invoice (client_id);

-- Which invoice each day produced: the key lets a day be issued once, however often the round runs.
CREATE TABLE recurring_invoice_issue (
    recurring_invoice_id  uuid         NOT NULL REFERENCES recurring_invoice (id),
    day                   date         NOT NULL,
    invoice_id            uuid         NOT NULL UNIQUE REFERENCES invoice (id),
    issued_at             timestamptz  NOT NULL,
    PRIMARY KEY (recurring_invoice_id, day)
);

-- A retainer's hours, logged by day; billed_by is the invoice that counted them against a period's allowance, once.
CREATE TABLE retainer_hours (
    id                    uuid          PRIMARY KEY,
    recurring_invoice_id  uuid          NOT NULL REFERENCES recurring_invoice (id),
    worked_on             date          NOT NULL,
    hours                 numeric(7,2)  NOT NULL CHECK (hours > 0),
    description           varchar(500),
    logged_at             timestamptz   NOT NULL,
    billed_by             uuid          REFERENCES invoice (id)
);

CREATE INDEX retainer_hours_open_idx ON retainer_hours (recurring_invoice_id, worked_on) WHERE billed_by IS NULL;
