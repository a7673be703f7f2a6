CREATE TABLE client (
    id                  uuid          PRIMARY KEY,
    name                varchar(200)  NOT NULL,
    email               varchar(254)  NOT NULL,
    company             varchar(200),
    address_line1       varchar(200),
    address_line2       varchar(200),
    address_city        varchar(100),
    address_postal_code varchar(20),
    address_region      varchar(100),
    address_country     char(2),
    tax_id              varchar(50),
    currency            char(3)       NOT NULL,
    time_zone           varchar(64)   NOT NULL,
    language            varchar(35)   NOT NULL,
    reminder_channel    varchar(16)   NOT NULL CHECK (reminder_channel IN ('EMAIL', 'SMS', 'NONE')),
    notes               varchar(4000),
    archived            boolean       NOT NULL DEFAULT false,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL DEFAULT 0
);

CREATE INDEX client_name_idx ON client (lower(name));
CREATE INDEX client_email_idx ON client (lower(email));
