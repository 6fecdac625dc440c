-- Sign-in: users with a role tied to an organization; strong password hashes; lockout after repeated failures.
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id                   BIGINT       PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(100) NOT NULL UNIQUE,
    display_name         VARCHAR(150) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    role                 VARCHAR(30)  NOT NULL CHECK (role IN ('ADMIN', 'CAMPAIGN_STAFF', 'CBO_STAFF',
                                                          'SUPPLY_CHAIN_STAFF', 'RESEARCH_EDITOR', 'EXECUTIVE')),
    organization_id      BIGINT       NOT NULL REFERENCES organization (id),
    enabled              BOOLEAN      NOT NULL,
    failed_sign_ins      INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMP WITH TIME ZONE,
    last_signed_in_at    TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The audit trail: written once, never updated or deleted by the application.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_event (
    id             BIGINT       PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    username       VARCHAR(100) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    target_type    VARCHAR(40),
    target_id      VARCHAR(64),
    details        VARCHAR(1000),
    remote_address VARCHAR(64)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at, id);
CREATE INDEX audit_event_user_idx ON audit_event (username, occurred_at);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at);
