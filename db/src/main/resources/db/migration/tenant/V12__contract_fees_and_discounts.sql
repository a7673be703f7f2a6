-- Fees and discounts that follow the signed contract. An issued invoice's lines and total stay fixed; a late fee is a
-- charge on its ledger (a LATE_FEE line naming the clause and its period, unique per invoice and period), a waiver
-- takes one back (a LATE_FEE_WAIVER line naming the fee, at most one per fee), and an early-payment discount taken is
-- an EARLY_PAYMENT_DISCOUNT line. The balance is total + late fees − waived − discount − (what the ledger already took).
ALTER TABLE invoice ADD COLUMN amount_late_fees numeric(19,4) NOT NULL DEFAULT 0 CHECK (amount_late_fees >= 0);
ALTER TABLE invoice ADD COLUMN amount_late_fees_waived numeric(19,4) NOT NULL DEFAULT 0
    CHECK (amount_late_fees_waived >= 0 AND amount_late_fees_waived <= amount_late_fees);
ALTER TABLE invoice ADD COLUMN amount_early_payment_discount numeric(19,4) NOT NULL DEFAULT 0
    CHECK (amount_early_payment_discount >= 0);

ALTER TABLE invoice_payment DROP CONSTRAINT invoice_payment_kind_check;
ALTER TABLE invoice_payment ALTER COLUMN kind TYPE varchar(24);
ALTER TABLE invoice_payment ADD CONSTRAINT invoice_payment_kind_check
    CHECK (kind IN ('PAYMENT', 'REFUND', 'CHARGEBACK', 'CHARGEBACK_REVERSAL', 'MOVED_TO_CREDIT', 'LATE_FEE',
                    'LATE_FEE_WAIVER', 'EARLY_PAYMENT_DISCOUNT'));
ALTER TABLE invoice_payment DROP CONSTRAINT invoice_payment_method_check;
ALTER TABLE invoice_payment ADD CONSTRAINT invoice_payment_method_check
    CHECK (method IN ('CARD', 'BANK_DEBIT', 'BANK_TRANSFER', 'CASH', 'CHECK', 'OTHER', 'CLIENT_CREDIT', 'CONTRACT_TERMS'));

-- A signed engagement can be cancelled; its cancellation clause settles the fee (a fee invoice, or credit notes and
-- refunds), and the calculation is on the contract's evidence log.
ALTER TABLE contract DROP CONSTRAINT contract_status_check;
ALTER TABLE contract ADD CONSTRAINT contract_status_check
    CHECK (status IN ('DRAFT', 'SENT', 'VIEWED', 'SIGNED', 'COUNTERSIGNED', 'DECLINED', 'VOIDED', 'CANCELLED'));
