-- The client's feedback on a settled engagement: asked once per contract, answered once.
CREATE TABLE engagement_feedback (
    contract_id     uuid           PRIMARY KEY REFERENCES contract (id),
    client_id       uuid           NOT NULL REFERENCES client (id),
    requested_at    timestamptz    NOT NULL,
    answered_at     timestamptz,
    work_rating     smallint       CHECK (work_rating BETWEEN 1 AND 5),
    billing_rating  smallint       CHECK (billing_rating BETWEEN 1 AND 5),
    comment         varchar(2000),
    CHECK ((answered_at IS NULL) = (work_rating IS NULL)),
    CHECK ((answered_at IS NULL) = (billing_rating IS NULL))
);

CREATE INDEX engagement_feedback_client_idx ON engagement_feedback (client_id, requested_at);
