-- A tenant's account at the payment provider; notifications name the account, so it is looked up here.
CREATE TABLE payment_account (
    tenant_id          uuid          PRIMARY KEY REFERENCES tenant (id),
    account_id         varchar(255)  UNIQUE,
    idempotency_key    varchar(100)  NOT NULL UNIQUE,
    charges_enabled    boolean       NOT NULL DEFAULT false,
    details_submitted  boolean       NOT NULL DEFAULT false,
    display_name       varchar(200),
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0
);

-- Each provider notification is applied once: its id is the key, inserted in the transaction that applies it.
CREATE TABLE payment_notification (
    event_id     varchar(255)  PRIMARY KEY,
    type         varchar(100)  NOT NULL,
    account_id   varchar(255),
    tenant_id    uuid,
    received_at  timestamptz   NOT NULL
);
