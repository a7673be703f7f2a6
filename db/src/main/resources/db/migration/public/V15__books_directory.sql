-- Which workspaces keep their books in which organisation (Xero) or company (QuickBooks): a webhook names only
-- that, and each workspace named here gets a sync pass. Two workspaces may keep one organisation.
CREATE TABLE books_directory (
    vendor           varchar(16)   NOT NULL CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    organisation_id  varchar(100)  NOT NULL,
    tenant_id        uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    PRIMARY KEY (vendor, organisation_id, tenant_id)
);
