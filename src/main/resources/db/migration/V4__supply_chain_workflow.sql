-- Supply Chain Center workflow: duplicate flags on registrations, the decisions history, the sourcing requests'
-- status history and milestones, and buyers' diversity preferences.

-- The legal name normalized for duplicate detection (lower case, no punctuation or "Inc."/"LLC"); written by the app.
ALTER TABLE supplier ADD COLUMN name_key VARCHAR(200);
UPDATE supplier SET name_key = LOWER(legal_name);
ALTER TABLE supplier ALTER COLUMN name_key SET NOT NULL;
CREATE INDEX supplier_name_key_idx ON supplier (name_key);
-- A pending registration that looks like an existing supplier: staff decide whether to merge.
ALTER TABLE supplier ADD COLUMN possible_duplicate_of_id BIGINT REFERENCES supplier (id);
CREATE INDEX supplier_state_idx ON supplier (registration_status, state_code);

CREATE SEQUENCE supplier_decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier_decision (
    id                  BIGINT       PRIMARY KEY,
    supplier_id         BIGINT       NOT NULL REFERENCES supplier (id),
    decision            VARCHAR(20)  NOT NULL CHECK (decision IN ('REGISTERED', 'APPROVED', 'REJECTED', 'MERGED', 'MERGED_IN')),
    reason              VARCHAR(500),
    -- for MERGED: the supplier it was merged into; for MERGED_IN: the registration merged into this one
    related_supplier_id BIGINT       REFERENCES supplier (id),
    decided_by          VARCHAR(100) NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX supplier_decision_supplier_idx ON supplier_decision (supplier_id, decided_at);

-- Milestones of a request, for the funnel and the time to introduction.
ALTER TABLE sourcing_request ADD COLUMN introduced_on DATE;
ALTER TABLE sourcing_request ADD COLUMN finished_on DATE;

CREATE TABLE sourcing_request_diversity (
    sourcing_request_id BIGINT      NOT NULL REFERENCES sourcing_request (id) ON DELETE CASCADE,
    certification       VARCHAR(20) NOT NULL,
    PRIMARY KEY (sourcing_request_id, certification)
);

CREATE SEQUENCE sourcing_request_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sourcing_request_event (
    id                  BIGINT       PRIMARY KEY,
    sourcing_request_id BIGINT       NOT NULL REFERENCES sourcing_request (id),
    status              VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'SCOUTING', 'INTRODUCED', 'AWARDED', 'CLOSED')),
    reason              VARCHAR(500),
    changed_by          VARCHAR(100) NOT NULL,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sourcing_request_event_request_idx ON sourcing_request_event (sourcing_request_id, changed_at);
CREATE INDEX supplier_match_request_idx ON supplier_match (sourcing_request_id, status);
