-- A portal link is known only by the SHA-256 of its secret; the secret itself exists only in the email.
CREATE TABLE portal_link (
    token_hash  char(64)     PRIMARY KEY,
    tenant_id   uuid         NOT NULL REFERENCES tenant (id),
    client_id   uuid         NOT NULL,
    purpose     varchar(20)  NOT NULL CHECK (purpose IN ('CONTRACT')),
    subject_id  uuid         NOT NULL,
    sent_to     varchar(254) NOT NULL,
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL,
    revoked_at  timestamptz,
    CHECK (expires_at > created_at)
);

CREATE INDEX portal_link_subject_idx ON portal_link (tenant_id, subject_id) WHERE revoked_at IS NULL;

-- Fingerprints of every document Becflow issued, for anyone to verify a copy against.
CREATE TABLE document_fingerprint (
    sha256       char(64)     PRIMARY KEY,
    tenant_id    uuid         NOT NULL REFERENCES tenant (id),
    kind         varchar(40)  NOT NULL,
    subject_id   uuid         NOT NULL,
    description  varchar(400) NOT NULL,
    issued_at    timestamptz  NOT NULL
);
