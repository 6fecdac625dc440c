-- Every message the app sends (invitations, notices, newsletters): sent over SMTP when an operator configured a
-- server, otherwise kept for the administrators' outbox page. The record stays either way.
CREATE SEQUENCE outgoing_mail_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id         BIGINT         PRIMARY KEY,
    recipient  VARCHAR(320)   NOT NULL,
    subject    VARCHAR(300)   NOT NULL,
    text_body  VARCHAR(20000) NOT NULL,
    html_body  VARCHAR(100000),
    status     VARCHAR(10)    NOT NULL CHECK (status IN ('KEPT', 'SENT', 'FAILED')),
    error      VARCHAR(500),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outgoing_mail_created_idx ON outgoing_mail (created_at);
