-- The client is told a few days ahead what autopay will charge, when and from which method. One row per plan and
-- installment, written in the transaction that queues the mail, so each installment is announced once however often
-- the round runs.
CREATE TABLE autopay_notice (
    plan_id      uuid         NOT NULL REFERENCES payment_plan (id),
    installment  integer      NOT NULL CHECK (installment >= 1),
    due_date     date         NOT NULL,
    noticed_at   timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, installment)
);
