-- Every indicator file imported: what it held and what it changed, for the research editors' import history.
CREATE SEQUENCE indicator_import_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE indicator_import (
    id             BIGINT       PRIMARY KEY,
    file_name      VARCHAR(255) NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    source         VARCHAR(100) NOT NULL,
    rows_kept      INT          NOT NULL,
    rows_added     INT          NOT NULL,
    rows_updated   INT          NOT NULL,
    rows_unchanged INT          NOT NULL,
    rows_ignored   INT          NOT NULL,
    imported_by    VARCHAR(100) NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX indicator_import_at_idx ON indicator_import (imported_at);
