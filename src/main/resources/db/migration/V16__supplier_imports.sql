-- Supplier lists imported in bulk (IMEC's CRM, IMA's members, certified-vendor directories): where each supplier
-- came from, what its list said that the app has no field for, and a status of its own until staff verify it.

CREATE SEQUENCE supplier_source_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier_source (
    id         BIGINT       PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    name_key   VARCHAR(100) NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT supplier_source_name_uq UNIQUE (name_key)
);

CREATE SEQUENCE supplier_import_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier_import (
    id          BIGINT       PRIMARY KEY,
    source_id   BIGINT       NOT NULL REFERENCES supplier_source (id),
    file_name   VARCHAR(255) NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read   INT          NOT NULL,
    added       INT          NOT NULL,
    updated     INT          NOT NULL,
    unchanged   INT          NOT NULL,
    skipped     INT          NOT NULL,
    rejected    INT          NOT NULL
);
CREATE INDEX supplier_import_source_idx ON supplier_import (source_id, imported_at);

ALTER TABLE supplier ADD COLUMN source_id BIGINT REFERENCES supplier_source (id);
-- the list's own id of the company (a CRM account, a member number, a UEI); with source_id, what makes a re-import
-- of the same list change nothing
ALTER TABLE supplier ADD COLUMN source_record_id VARCHAR(100);
CREATE UNIQUE INDEX supplier_source_record_uq ON supplier (source_id, source_record_id);
-- codes the list gave that are not the app's 6-digit manufacturing industries (541330, 33, 3261 …), as written
ALTER TABLE supplier ADD COLUMN other_naics_codes VARCHAR(500);
-- certifications the app has no set for (SBE, state programs …), as written
ALTER TABLE supplier ADD COLUMN other_certifications VARCHAR(500);
ALTER TABLE supplier ADD COLUMN products_services VARCHAR(1000);
-- a supplier whose list gave no manufacturing code is a service provider: it has no primary subsector
ALTER TABLE supplier ALTER COLUMN naics_code DROP NOT NULL;

-- IMPORTED: in the directory from a list, not yet verified by staff. The status column is rebuilt to widen its check
-- (the original check has a generated name, different on H2 and PostgreSQL).
ALTER TABLE supplier ADD COLUMN status VARCHAR(20);
UPDATE supplier SET status = registration_status;
DROP INDEX supplier_status_name_idx;
DROP INDEX supplier_state_idx;
ALTER TABLE supplier DROP COLUMN registration_status;
ALTER TABLE supplier RENAME COLUMN status TO registration_status;
ALTER TABLE supplier ALTER COLUMN registration_status SET NOT NULL;
ALTER TABLE supplier ADD CONSTRAINT supplier_registration_status_ck
    CHECK (registration_status IN ('PENDING', 'APPROVED', 'REJECTED', 'MERGED', 'IMPORTED'));
CREATE INDEX supplier_status_name_idx ON supplier (registration_status, legal_name);
CREATE INDEX supplier_state_idx ON supplier (registration_status, state_code);
CREATE INDEX supplier_source_idx ON supplier (source_id);
