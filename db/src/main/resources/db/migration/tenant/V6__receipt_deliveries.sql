-- A payment's receipt went out to this address; one row per payment, so a receipt is mailed once.
CREATE TABLE receipt_delivery (
    payment_id  uuid          PRIMARY KEY REFERENCES invoice_payment (id),
    sent_to     varchar(254)  NOT NULL,
    sent_at     timestamptz   NOT NULL
);
