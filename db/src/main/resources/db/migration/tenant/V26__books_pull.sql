-- What the books sync reads back (issue 16, the pull).
-- A payment taken from the books (Xero, QuickBooks) and later deleted there is reversed on the invoice: a
-- PAYMENT_REVERSAL line naming the payment (unique per payment, so it is reversed once) takes it off what was paid.
ALTER TABLE invoice_payment DROP CONSTRAINT invoice_payment_kind_check;
ALTER TABLE invoice_payment ADD CONSTRAINT invoice_payment_kind_check
    CHECK (kind IN ('PAYMENT', 'REFUND', 'CHARGEBACK', 'CHARGEBACK_REVERSAL', 'MOVED_TO_CREDIT', 'LATE_FEE',
                    'LATE_FEE_WAIVER', 'EARLY_PAYMENT_DISCOUNT', 'PAYMENT_REVERSAL'));

-- A client linked to a contact the books had already keeps that contact as it is: the fingerprint of the contact as the
-- books keep it then, so that reading it back is not taken for a change made there (null: the books hold what Becflow
-- pushed, the fingerprint beside it).
ALTER TABLE books_mapping ADD COLUMN books_fingerprint char(64);
