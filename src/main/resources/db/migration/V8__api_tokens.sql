-- Tokens for the read-only stats API, one or more per organization; only a hash is stored, and a token can be
-- revoked.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id              BIGINT       PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    label           VARCHAR(100) NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    last_used_at    TIMESTAMP WITH TIME ZONE
);
