-- Certifications expire (ISO and AS registrations every three years, diversity certifications yearly or so): the
-- date each held certification runs out, kept beside the sets scouting reads; no row means no date on record.
CREATE TABLE supplier_certification_expiry (
    supplier_id   BIGINT      NOT NULL REFERENCES supplier (id),
    certification VARCHAR(20) NOT NULL,
    expires_on    DATE        NOT NULL,
    PRIMARY KEY (supplier_id, certification)
);

-- A supplier's people propose certification changes in the supplier space; staff verify them (against the
-- certificate) before they count. A proposal waits, then is verified or rejected, and is never changed after.
CREATE SEQUENCE certification_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE certification_change (
    id            BIGINT       PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    supplier_id   BIGINT       NOT NULL REFERENCES supplier (id),
    certification VARCHAR(20)  NOT NULL,
    change_kind   VARCHAR(10)  NOT NULL CHECK (change_kind IN ('ADD', 'RENEW', 'REMOVE')),
    expires_on    DATE,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED', 'WITHDRAWN')),
    proposed_by   VARCHAR(100) NOT NULL,
    proposed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(500)
);
CREATE INDEX certification_change_supplier_idx ON certification_change (supplier_id);
CREATE INDEX certification_change_status_idx ON certification_change (status);

ALTER TABLE supplier_decision DROP CONSTRAINT supplier_decision_kind_ck;
ALTER TABLE supplier_decision ADD CONSTRAINT supplier_decision_kind_ck CHECK (decision IN ('REGISTERED', 'APPROVED',
    'REJECTED', 'MERGED', 'MERGED_IN', 'PROFILE_UPDATED', 'CERT_PROPOSED', 'CERT_VERIFIED', 'CERT_REJECTED'));
