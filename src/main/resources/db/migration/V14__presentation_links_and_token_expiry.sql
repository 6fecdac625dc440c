-- API tokens may expire.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- Presentation (kiosk) links: open the roundtable view only, with the filters they were made with, until they expire
-- (1 day by default, at most 30) or are revoked. Only a hash of the token is stored.
CREATE SEQUENCE presentation_link_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE presentation_link (
    id              BIGINT        PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    token_hash      VARCHAR(64)   NOT NULL UNIQUE,
    label           VARCHAR(100)  NOT NULL,
    filter_query    VARCHAR(500)  NOT NULL,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    last_used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX presentation_link_created_by_idx ON presentation_link (created_by, created_at);
