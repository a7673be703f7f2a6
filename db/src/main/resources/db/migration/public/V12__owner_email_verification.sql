-- When the owner proved their address through the identity provider's verify-email action. Mail to clients waits
-- in the outbox until then. Tenants made before this column were made with addresses marked verified.
ALTER TABLE tenant ADD COLUMN owner_email_verified_at timestamptz;
UPDATE tenant SET owner_email_verified_at = created_at;
