-- The workspace's thank-you for paying on time: off until the freelancer turns it on.
ALTER TABLE invoice_settings
    ADD COLUMN thank_you_enabled boolean      NOT NULL DEFAULT false,
    ADD COLUMN thank_you_percent numeric(5,2) CHECK (thank_you_percent > 0 AND thank_you_percent <= 100),
    ADD COLUMN thank_you_days    integer      NOT NULL DEFAULT 90 CHECK (thank_you_days > 0);

-- A discount on the client's next invoice, granted once per invoice paid in full and on time, used once.
CREATE TABLE thank_you_discount (
    id                  uuid          PRIMARY KEY,
    client_id           uuid          NOT NULL REFERENCES client (id),
    thanked_invoice_id  uuid          NOT NULL UNIQUE REFERENCES invoice (id),
    thanked_number      varchar(40)   NOT NULL,
    percent             numeric(5,2)  NOT NULL CHECK (percent > 0 AND percent <= 100),
    granted_at          timestamptz   NOT NULL,
    expires_on          date          NOT NULL,
    used_by_invoice_id  uuid          UNIQUE REFERENCES invoice (id),
    used_at             timestamptz,
    CHECK ((used_by_invoice_id IS NULL) = (used_at IS NULL))
);

CREATE INDEX thank_you_discount_client_idx ON thank_you_discount (client_id, granted_at);
