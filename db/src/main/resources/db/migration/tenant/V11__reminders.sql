-- The tenant's reminder policy (null: the standard one) and the hours its clients may be reminded in, their own clock.
CREATE TABLE reminder_settings (
    id          integer      PRIMARY KEY CHECK (id = 1),
    policy      text,
    opens       time         NOT NULL,
    closes      time         NOT NULL CHECK (opens < closes),
    updated_at  timestamptz  NOT NULL
);

INSERT INTO reminder_settings (id, policy, opens, closes, updated_at) VALUES (1, NULL, '09:00', '17:00', now());

-- A client's own policy instead of the tenant's, or no reminders at all for them.
CREATE TABLE client_reminder_policy (
    client_id   uuid         PRIMARY KEY REFERENCES client (id),
    policy      text,
    off         boolean      NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CHECK (off OR policy IS NOT NULL)
);

-- What holds one invoice's reminders: a pause through a day, a promise to pay by a day (client's calendar), or off.
CREATE TABLE invoice_reminder_hold (
    invoice_id      uuid         PRIMARY KEY REFERENCES invoice (id),
    paused_through  date,
    promised_for    date,
    off             boolean      NOT NULL,
    updated_at      timestamptz  NOT NULL
);

-- Every reminder step done for an invoice, once: sent (by mail, or as a call task for the freelancer) or skipped.
-- The primary key is what makes a send idempotent: the row is written in the transaction that queues the mail.
CREATE TABLE invoice_reminder (
    invoice_id   uuid          NOT NULL REFERENCES invoice (id),
    step         varchar(8)    NOT NULL CHECK (step ~ '^D[+-][0-9]{1,3}$'),
    outcome      varchar(10)   NOT NULL CHECK (outcome IN ('SENT', 'CALL_TASK', 'SKIPPED')),
    medium       varchar(12)   CHECK (medium IN ('EMAIL', 'SMS', 'PHONE_CALL')),
    tone         varchar(10)   CHECK (tone IN ('FRIENDLY', 'FIRM', 'FORMAL')),
    mail_id      uuid,
    subject      varchar(300),
    recorded_at  timestamptz   NOT NULL,
    done_at      timestamptz,
    PRIMARY KEY (invoice_id, step)
);

CREATE INDEX invoice_reminder_call_tasks_idx ON invoice_reminder (recorded_at) WHERE outcome = 'CALL_TASK' AND done_at IS NULL;

-- A client can prefer a phone call to a written reminder.
ALTER TABLE client DROP CONSTRAINT client_reminder_channel_check;
ALTER TABLE client ADD CONSTRAINT client_reminder_channel_check
    CHECK (reminder_channel IN ('EMAIL', 'SMS', 'PHONE_CALL', 'NONE'));
