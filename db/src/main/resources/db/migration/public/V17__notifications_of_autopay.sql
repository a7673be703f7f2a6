-- Notifications about autopay: a page where the client saves a method (SETUP_CHANGED, which this check refused until
-- now, so such notifications were answered with an error and left for the client's return to settle), and a payment
-- autopay asked of a saved method, such as a bank debit that cleared or bounced (AUTOPAY_PAYMENT_CHANGED).
ALTER TABLE payment_notification DROP CONSTRAINT payment_notification_kind;
ALTER TABLE payment_notification ADD CONSTRAINT payment_notification_kind CHECK (kind IN ('ACCOUNT_CHANGED',
    'CHECKOUT_CHANGED', 'CHECKOUT_PAYMENT_FAILED', 'REFUND_CHANGED', 'DISPUTE_CHANGED', 'SETUP_CHANGED',
    'AUTOPAY_PAYMENT_CHANGED', 'OTHER'));
