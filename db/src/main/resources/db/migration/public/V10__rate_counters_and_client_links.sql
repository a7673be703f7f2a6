-- Rate limits: one row per purpose (e.g. 'signup.address'), key (an address, a link's hash, 'all') and fixed window;
-- each check is one upsert that adds a hit and reads the window before (the limiter's window slides over the two).
-- UNLOGGED: a check writes no WAL, and a crash of PostgreSQL (or a fail-over to a standby) forgets the counts,
-- which only lets a few more requests through for one window. A row is useless once expires_at has passed (two
-- windows after its start) and is deleted by the next purge (each server purges at most once a minute).
CREATE UNLOGGED TABLE rate_counter (
    purpose       varchar(40)   NOT NULL,
    key           varchar(128)  NOT NULL,
    window_start  timestamptz   NOT NULL,
    hits          integer       NOT NULL CHECK (hits > 0),
    expires_at    timestamptz   NOT NULL,
    PRIMARY KEY (purpose, key, window_start)
);

CREATE INDEX rate_counter_expiry_idx ON rate_counter (expires_at);

-- The links a client was sent, to revoke when their address changes or they are archived.
CREATE INDEX portal_link_client_idx ON portal_link (tenant_id, client_id) WHERE revoked_at IS NULL;
