-- Autopay by bank debit (SEPA Direct Debit): the provider takes such a charge at once and the bank says days later
-- whether it went through. Meanwhile the charge is PROCESSING, and it is looked up at most once a day (looked_on, the
-- client's day of the last look).
ALTER TABLE autopay_charge DROP CONSTRAINT autopay_charge_status_check;
ALTER TABLE autopay_charge ADD CONSTRAINT autopay_charge_status_check
    CHECK (status IN ('CHARGING', 'SUCCEEDED', 'DECLINED', 'NEEDS_CLIENT', 'PROCESSING'));
ALTER TABLE autopay_charge ADD COLUMN looked_on date;
