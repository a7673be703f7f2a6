-- A late fee has a twin of its own in the books: an invoice for the fee.
ALTER TABLE books_mapping DROP CONSTRAINT books_mapping_object_check;
ALTER TABLE books_mapping ADD CONSTRAINT books_mapping_object_check
    CHECK (object IN ('CONTACT', 'INVOICE', 'PAYMENT', 'CREDIT_NOTE', 'REFUND', 'FEE'));
ALTER TABLE books_log DROP CONSTRAINT books_log_object_check;
ALTER TABLE books_log ADD CONSTRAINT books_log_object_check
    CHECK (object IN ('CONTACT', 'INVOICE', 'PAYMENT', 'CREDIT_NOTE', 'REFUND', 'FEE'));
ALTER TABLE books_conflict DROP CONSTRAINT books_conflict_object_check;
ALTER TABLE books_conflict ADD CONSTRAINT books_conflict_object_check
    CHECK (object IN ('CONTACT', 'INVOICE', 'PAYMENT', 'CREDIT_NOTE', 'REFUND', 'FEE'));
