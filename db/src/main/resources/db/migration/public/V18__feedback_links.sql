-- A link that opens the feedback form of a settled engagement (its subject is the contract).
ALTER TABLE portal_link DROP CONSTRAINT portal_link_purpose_check;
ALTER TABLE portal_link ADD CONSTRAINT portal_link_purpose_check CHECK (purpose IN ('CONTRACT', 'INVOICE', 'FEEDBACK'));
