-- The drafting assistant's tenant switch: briefs reach a language model only once the tenant turns it on.
CREATE TABLE assistant_settings (
    id             integer      PRIMARY KEY CHECK (id = 1),
    model_allowed  boolean      NOT NULL DEFAULT false,
    updated_at     timestamptz  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0
);
INSERT INTO assistant_settings (id, model_allowed, updated_at) VALUES (1, false, now());
