-- Money received beyond what an invoice owes (or for a void invoice) is given back without a credit note, or moved
-- to the client's credit (a MOVED_TO_CREDIT line), which later invoices are paid with (method CLIENT_CREDIT).
ALTER TABLE invoice ADD COLUMN amount_moved_to_credit numeric(19,4) NOT NULL DEFAULT 0
    CHECK (amount_moved_to_credit >= 0);

ALTER TABLE invoice_payment DROP CONSTRAINT invoice_payment_kind_check;
ALTER TABLE invoice_payment ADD CONSTRAINT invoice_payment_kind_check
    CHECK (kind IN ('PAYMENT', 'REFUND', 'CHARGEBACK', 'CHARGEBACK_REVERSAL', 'MOVED_TO_CREDIT'));
ALTER TABLE invoice_payment DROP CONSTRAINT invoice_payment_method_check;
ALTER TABLE invoice_payment ADD CONSTRAINT invoice_payment_method_check
    CHECK (method IN ('CARD', 'BANK_DEBIT', 'BANK_TRANSFER', 'CASH', 'CHECK', 'OTHER', 'CLIENT_CREDIT'));
CREATE INDEX invoice_payment_client_credit_idx ON invoice_payment (invoice_id) WHERE method = 'CLIENT_CREDIT';

-- A refund asked of the payment provider either takes work back (with a credit note) or returns an overpayment.
ALTER TABLE payment_attempt ADD COLUMN purpose varchar(10);
UPDATE payment_attempt SET purpose = 'WORK' WHERE kind = 'REFUND';
ALTER TABLE payment_attempt ADD CONSTRAINT payment_attempt_purpose
    CHECK ((kind = 'REFUND') = (purpose IS NOT NULL) AND (purpose IS NULL OR purpose IN ('WORK', 'EXCESS')));
