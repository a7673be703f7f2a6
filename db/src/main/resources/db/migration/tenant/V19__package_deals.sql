-- A bundle of work sold for one price. Billed per milestone, each milestone carries its share and its delivery issues
-- its invoice; billed by a plan, invoice_id is the one invoice for the whole price, issued when the package is offered.
CREATE TABLE package_deal (
    id           uuid           PRIMARY KEY,
    client_id    uuid           NOT NULL REFERENCES client (id),
    contract_id  uuid           REFERENCES contract (id),
    title        varchar(100)   NOT NULL,
    currency     char(3)        NOT NULL,
    price        numeric(19,4)  NOT NULL CHECK (price > 0),
    tax_rate     numeric(7,3),
    tax_name     varchar(30),
    net_days     integer        CHECK (net_days BETWEEN 0 AND 365),
    notes        varchar(4000),
    billing      varchar(13)    NOT NULL CHECK (billing IN ('PER_MILESTONE', 'BY_PLAN')),
    invoice_id   uuid           UNIQUE REFERENCES invoice (id),
    created_at   timestamptz    NOT NULL,
    updated_at   timestamptz    NOT NULL,
    CHECK (billing = 'BY_PLAN' OR invoice_id IS NULL)
);

CREATE INDEX package_deal_client_idx ON package_deal (client_id);

-- A package's milestones in order; an invoice bills at most one milestone, and only a delivered one.
CREATE TABLE package_milestone (
    package_deal_id  uuid           NOT NULL REFERENCES package_deal (id),
    position         integer        NOT NULL CHECK (position BETWEEN 1 AND 20),
    title            varchar(200)   NOT NULL,
    amount           numeric(19,4)  CHECK (amount > 0),
    delivered_on     date,
    invoice_id       uuid           UNIQUE REFERENCES invoice (id),
    PRIMARY KEY (package_deal_id, position),
    CHECK (invoice_id IS NULL OR delivered_on IS NOT NULL)
);
