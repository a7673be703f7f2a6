CREATE TABLE tenant (
    id             uuid         PRIMARY KEY,
    slug           varchar(63)  NOT NULL UNIQUE,
    display_name   varchar(200) NOT NULL,
    status         varchar(16)  NOT NULL CHECK (status IN ('TRIAL', 'ACTIVE', 'SUSPENDED')),
    trial_ends_at  timestamptz,
    time_zone      varchar(64)  NOT NULL,
    home_currency  char(3)      NOT NULL,
    owner_email    varchar(254) NOT NULL,
    created_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    CHECK (status <> 'TRIAL' OR trial_ends_at IS NOT NULL)
);
