-- When the owner proved their address through the identity provider's verify-email action. Mail to clients waits
-- in the outbox until then. Tenants made before this column were made with addresses marked verified.
ALTER TABLE tenant ADD COLUMN owner_email_verified_at timestamptz;
UPDATE tenant SET owner_email_verified_at = created_at;

-- A trial whose owner never proves their address is removed after a grace period; the agenda says when to look.
ALTER TABLE agenda DROP CONSTRAINT agenda_topic_check;
ALTER TABLE agenda ADD CONSTRAINT agenda_topic_check
    CHECK (topic IN ('PAYMENT_ATTEMPTS', 'OVERDUE_INVOICES', 'UNVERIFIED_TRIAL'));

-- Every tenant removed, and why: the registry row goes, this line stays. No personal data beyond the workspace name.
CREATE TABLE tenant_removal (
    tenant_id     uuid          PRIMARY KEY,
    slug          varchar(63)   NOT NULL,
    display_name  varchar(200)  NOT NULL,
    reason        varchar(40)   NOT NULL CHECK (reason IN ('OWNER_EMAIL_NEVER_VERIFIED')),
    signed_up_at  timestamptz   NOT NULL,
    removed_at    timestamptz   NOT NULL
);
