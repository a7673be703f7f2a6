-- A client's sign-in: a short-lived link mailed on request that opens once (SIGN_IN), exchanged for a link to their
-- home that lasts a working day (HOME); the subject of both is the client.
ALTER TABLE portal_link DROP CONSTRAINT portal_link_purpose_check;
ALTER TABLE portal_link ADD CONSTRAINT portal_link_purpose_check
    CHECK (purpose IN ('CONTRACT', 'INVOICE', 'FEEDBACK', 'SIGN_IN', 'HOME'));

-- The sign-in mail is about the client, not one of their documents.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_topic_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_topic_check CHECK (topic IN ('CONTRACT', 'INVOICE', 'CLIENT'));
