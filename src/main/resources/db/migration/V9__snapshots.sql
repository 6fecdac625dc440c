-- Frozen snapshots of a chart or dashboard, shared by link until they expire. The link's secret is stored only as
-- a hash; readers must be signed in, hold a role of the view it came from, and see at least what its taker saw.
CREATE SEQUENCE snapshot_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE snapshot (
    id              BIGINT          PRIMARY KEY,
    version         BIGINT          NOT NULL DEFAULT 0,
    token_hash      VARCHAR(64)     NOT NULL UNIQUE,
    title           VARCHAR(300)    NOT NULL,
    content         VARCHAR(1000000) NOT NULL,
    allowed_roles   VARCHAR(200)    NOT NULL,
    taker_role      VARCHAR(30)     NOT NULL,
    taker_org_id    BIGINT          NOT NULL REFERENCES organization (id),
    created_by      VARCHAR(100)    NOT NULL,
    taker_name      VARCHAR(200)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX snapshot_expires ON snapshot (expires_at);
