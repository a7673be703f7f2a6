-- The calls each server makes to an organisation's books (Xero) or company (QuickBooks), counted together so that
-- all servers keep within the vendor's limits for it: one row per call, from its start for a day (the longest window
-- a vendor counts in), and while in progress, with the time its concurrent place is held to (a server that stops
-- mid-call frees it when that lease runs out). Rows a day old and over are deleted (each server purges at most once
-- a minute), so the table holds at most one day's calls (Xero: 5,000 per organisation).
CREATE TABLE books_call (
    id               uuid          PRIMARY KEY,
    vendor           varchar(16)   NOT NULL CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    organisation_id  varchar(100)  NOT NULL,
    started_at       timestamptz   NOT NULL,
    batch            boolean       NOT NULL,
    held_until       timestamptz
);

CREATE INDEX books_call_window_idx ON books_call (vendor, organisation_id, started_at);
-- For forgetting the calls a day old, across organisations.
CREATE INDEX books_call_start_idx ON books_call (started_at);

-- One row per organisation being called: a call starts under this row's lock, so two servers never both take the
-- last place in a window; quiet_until is the wait the vendor named in its last 429, kept for every server.
CREATE TABLE books_call_budget (
    vendor           varchar(16)   NOT NULL CHECK (vendor IN ('XERO', 'QUICKBOOKS')),
    organisation_id  varchar(100)  NOT NULL,
    quiet_until      timestamptz,
    PRIMARY KEY (vendor, organisation_id)
);
