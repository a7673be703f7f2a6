-- A notification is stored (once, by its id) and answered at once; a worker applies it afterwards and marks it.
ALTER TABLE payment_notification ADD COLUMN object_type varchar(100);
ALTER TABLE payment_notification ADD COLUMN object_id varchar(255);
ALTER TABLE payment_notification ADD COLUMN created_at timestamptz;
ALTER TABLE payment_notification ADD COLUMN applied_at timestamptz;
ALTER TABLE payment_notification ADD COLUMN failures integer NOT NULL DEFAULT 0;
ALTER TABLE payment_notification ADD COLUMN last_failure varchar(1000);
-- Everything recorded before this migration was applied in the same transaction.
UPDATE payment_notification SET applied_at = received_at;
CREATE INDEX payment_notification_unapplied_idx ON payment_notification (received_at) WHERE applied_at IS NULL;
