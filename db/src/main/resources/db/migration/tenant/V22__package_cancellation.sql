-- A package the freelancer called off: its undelivered milestones are never delivered or invoiced.
ALTER TABLE package_deal ADD COLUMN cancelled_at timestamptz;
ALTER TABLE package_deal ADD COLUMN cancel_reason varchar(500);
ALTER TABLE package_deal ADD CONSTRAINT package_deal_cancel_reason_check
    CHECK (cancel_reason IS NULL OR cancelled_at IS NOT NULL);
CREATE INDEX package_deal_contract_idx ON package_deal (contract_id) WHERE contract_id IS NOT NULL;
