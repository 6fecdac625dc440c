-- Every attempt of the automatic QCEW refresh to fetch one area's quarter from BLS: what came of it (new or revised
-- figures, nothing new, not yet published, the file refused, or the download failed after its retries).
CREATE SEQUENCE qcew_refresh_attempt_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE qcew_refresh_attempt (
    id             BIGINT       PRIMARY KEY,
    run_id         VARCHAR(36)  NOT NULL,
    area_fips      VARCHAR(5)   NOT NULL,
    period_year    INT          NOT NULL,
    period_quarter INT          NOT NULL,
    outcome        VARCHAR(20)  NOT NULL
        CHECK (outcome IN ('NEW_QUARTER', 'REVISED', 'UNCHANGED', 'NOT_PUBLISHED', 'REFUSED', 'FAILED')),
    tries          INT          NOT NULL,
    rows_added     INT          NOT NULL,
    rows_updated   INT          NOT NULL,
    detail         VARCHAR(500),
    attempted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX qcew_refresh_attempt_at_idx ON qcew_refresh_attempt (attempted_at);
