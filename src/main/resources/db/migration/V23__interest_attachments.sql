-- A supplier's interest may carry a few small files (a capability statement, a drawing, a certificate): PDF, PNG or
-- JPEG, at most three of 5 MB each, kept with the interest for Supply Chain Center staff.
CREATE SEQUENCE interest_attachment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE interest_attachment (
    id           BIGINT       PRIMARY KEY,
    interest_id  BIGINT       NOT NULL REFERENCES supplier_interest (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    content      BYTEA        NOT NULL
);
CREATE INDEX interest_attachment_interest_idx ON interest_attachment (interest_id);
