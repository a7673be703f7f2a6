-- The workspace's books in Xero or QuickBooks Online: one connection per vendor (its tokens sealed under the server's
-- key, bound to this row), each pushed object's twin there, and the log of what the sync did.
CREATE TABLE books_connection (
    vendor             varchar(16)   PRIMARY KEY CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    organisation_id    varchar(100)  NOT NULL,
    organisation_name  varchar(255)  NOT NULL,
    sealed_grant       bytea         NOT NULL,
    expires_at         timestamptz   NOT NULL,
    sales_account      varchar(50)   NOT NULL,
    bank_account       varchar(50)   NOT NULL,
    status             varchar(16)   NOT NULL CHECK (status IN ('CONNECTED', 'REVOKED')),
    connected_at       timestamptz   NOT NULL,
    pulled_through     timestamptz
);

CREATE TABLE books_mapping (
    vendor       varchar(16)   NOT NULL CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    object       varchar(16)   NOT NULL CHECK (object IN ('CONTACT', 'INVOICE', 'PAYMENT')),
    local_id     uuid          NOT NULL,
    external_id  varchar(100)  NOT NULL,
    fingerprint  char(64)      NOT NULL,
    pushed_at    timestamptz   NOT NULL,
    PRIMARY KEY (vendor, object, local_id)
);
-- Not unique: two clients may be linked to one contact the books already had (a conflict settled by linking).
CREATE INDEX books_mapping_by_external_id ON books_mapping (vendor, object, external_id);

CREATE TABLE books_log (
    id        bigserial     PRIMARY KEY,
    at        timestamptz   NOT NULL,
    vendor    varchar(16)   NOT NULL CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    object    varchar(16)   CHECK (object IN ('CONTACT', 'INVOICE', 'PAYMENT')),
    local_id  uuid,
    outcome   varchar(16)   NOT NULL,
    detail    varchar(1000) NOT NULL
);
CREATE INDEX books_log_by_vendor ON books_log (vendor, id DESC);

-- What the books and Becflow do not agree on, waiting for the freelancer; at most one open conflict per object.
CREATE TABLE books_conflict (
    id           uuid          PRIMARY KEY,
    vendor       varchar(16)   NOT NULL CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    object       varchar(16)   NOT NULL CHECK (object IN ('CONTACT', 'INVOICE', 'PAYMENT')),
    local_id     uuid,
    subject      varchar(300)  NOT NULL,
    kind         varchar(24)   NOT NULL,
    reason       varchar(1000) NOT NULL,
    opened_at    timestamptz   NOT NULL,
    choice       varchar(16),
    settled_at   timestamptz,
    settled_by   varchar(100),
    CHECK ((choice IS NULL) = (settled_at IS NULL))
);
CREATE UNIQUE INDEX books_conflict_one_open_per_object ON books_conflict (vendor, object, COALESCE(local_id::text, subject))
    WHERE choice IS NULL;
CREATE INDEX books_conflict_by_vendor ON books_conflict (vendor, opened_at DESC);
