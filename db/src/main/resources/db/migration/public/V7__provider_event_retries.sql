-- A stored provider event says what happened in Becflow's words (kind); the provider's own name for it (type) is
-- kept for operators only. Applying one that fails is retried with back-off (next_attempt_at) and, after too many
-- failures, set aside (dead_at) until an operator replays it; one whose tenant is not served waits for it
-- (held_for_tenant) without counting as a failure.
ALTER TABLE payment_notification ADD COLUMN kind varchar(30);
UPDATE payment_notification SET kind = CASE
    WHEN type = 'account.updated' THEN 'ACCOUNT_CHANGED'
    WHEN type = 'checkout.session.async_payment_failed' THEN 'CHECKOUT_PAYMENT_FAILED'
    WHEN type LIKE 'checkout.session.%' THEN 'CHECKOUT_CHANGED'
    WHEN type LIKE 'refund.%' AND object_type = 'refund' THEN 'REFUND_CHANGED'
    WHEN type LIKE 'charge.dispute.%' THEN 'DISPUTE_CHANGED'
    ELSE 'OTHER' END;
ALTER TABLE payment_notification ALTER COLUMN kind SET NOT NULL;
ALTER TABLE payment_notification ADD CONSTRAINT payment_notification_kind CHECK (kind IN ('ACCOUNT_CHANGED',
    'CHECKOUT_CHANGED', 'CHECKOUT_PAYMENT_FAILED', 'REFUND_CHANGED', 'DISPUTE_CHANGED', 'OTHER'));

ALTER TABLE payment_notification ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE payment_notification ADD COLUMN dead_at timestamptz;
ALTER TABLE payment_notification ADD COLUMN held_for_tenant uuid;
UPDATE payment_notification SET next_attempt_at = received_at WHERE applied_at IS NULL;

DROP INDEX payment_notification_unapplied_idx;
CREATE INDEX payment_notification_due_idx ON payment_notification (next_attempt_at)
    WHERE applied_at IS NULL AND dead_at IS NULL;
CREATE INDEX payment_notification_dead_idx ON payment_notification (dead_at) WHERE dead_at IS NOT NULL;
CREATE INDEX payment_notification_held_idx ON payment_notification (held_for_tenant) WHERE held_for_tenant IS NOT NULL;
