CREATE TABLE contract_template (
    id                    uuid          PRIMARY KEY,
    name                  varchar(120)  NOT NULL,
    category              varchar(60)   NOT NULL,
    body                  text          NOT NULL,
    terms                 text          NOT NULL,
    countersign_required  boolean       NOT NULL DEFAULT false,
    archived              boolean       NOT NULL DEFAULT false,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL DEFAULT 0
);

CREATE TABLE contract (
    id                    uuid          PRIMARY KEY,
    client_id             uuid          NOT NULL REFERENCES client (id),
    template_id           uuid          REFERENCES contract_template (id),
    title                 varchar(200)  NOT NULL,
    project_name          varchar(200)  NOT NULL,
    start_date            date          NOT NULL,
    end_date              date,
    fee_amount            numeric(19,4) NOT NULL CHECK (fee_amount >= 0),
    currency              char(3)       NOT NULL,
    body                  text          NOT NULL,
    terms                 text          NOT NULL,
    countersign_required  boolean       NOT NULL,
    validity_days         integer       NOT NULL CHECK (validity_days BETWEEN 1 AND 365),
    status                varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'VIEWED', 'SIGNED', 'COUNTERSIGNED', 'DECLINED', 'VOIDED')),
    revision              integer       NOT NULL CHECK (revision >= 1),
    sent_to               varchar(254),
    sent_at               timestamptz,
    expires_at            timestamptz,
    viewed_at             timestamptz,
    signed_at             timestamptz,
    countersigned_at      timestamptz,
    declined_at           timestamptz,
    decline_reason        varchar(2000),
    voided_at             timestamptz,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX contract_client_idx ON contract (client_id);
CREATE INDEX contract_updated_idx ON contract (updated_at DESC);

-- The exact document sent for each revision; kept even when a later revision replaces it.
CREATE TABLE contract_document (
    id           uuid         PRIMARY KEY,
    contract_id  uuid         NOT NULL REFERENCES contract (id),
    revision     integer      NOT NULL,
    html         text         NOT NULL,
    sha256       char(64)     NOT NULL,
    rendered_at  timestamptz  NOT NULL,
    UNIQUE (contract_id, revision)
);

CREATE TABLE contract_signature (
    id                 uuid          PRIMARY KEY,
    contract_id        uuid          NOT NULL REFERENCES contract (id),
    revision           integer       NOT NULL,
    role               varchar(12)   NOT NULL CHECK (role IN ('CLIENT', 'FREELANCER')),
    signer_name        varchar(200)  NOT NULL,
    identity_method    varchar(400)  NOT NULL,
    ip_address         varchar(64)   NOT NULL,
    user_agent         varchar(1000) NOT NULL,
    consent_version    varchar(40)   NOT NULL,
    consent_text       text          NOT NULL,
    document_sha256    char(64)      NOT NULL,
    signed_pdf_sha256  char(64),
    signed_at          timestamptz   NOT NULL,
    UNIQUE (contract_id, revision, role)
);

CREATE TABLE contract_file (
    id           uuid         PRIMARY KEY,
    contract_id  uuid         NOT NULL REFERENCES contract (id),
    revision     integer      NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('SIGNED_CONTRACT', 'AUDIT_CERTIFICATE')),
    pdf          bytea        NOT NULL,
    sha256       char(64)     NOT NULL,
    created_at   timestamptz  NOT NULL
);

CREATE INDEX contract_file_latest_idx ON contract_file (contract_id, kind, created_at DESC);

CREATE TABLE contract_event (
    id             uuid          PRIMARY KEY,
    contract_id    uuid          NOT NULL REFERENCES contract (id),
    seq            integer       NOT NULL CHECK (seq >= 1),
    type           varchar(20)   NOT NULL,
    occurred_at    timestamptz   NOT NULL,
    actor          varchar(400)  NOT NULL,
    detail         text          NOT NULL,
    previous_hash  char(64)      NOT NULL,
    hash           char(64)      NOT NULL,
    UNIQUE (contract_id, seq)
);

-- Evidence is append-only: the database itself refuses to change or remove it.
CREATE FUNCTION refuse_evidence_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER contract_event_append_only BEFORE UPDATE OR DELETE ON contract_event
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER contract_document_append_only BEFORE UPDATE OR DELETE ON contract_document
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER contract_signature_append_only BEFORE UPDATE OR DELETE ON contract_signature
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
CREATE TRIGGER contract_file_append_only BEFORE UPDATE OR DELETE ON contract_file
    FOR EACH ROW EXECUTE FUNCTION refuse_evidence_change();
