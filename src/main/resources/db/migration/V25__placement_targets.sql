-- Each community organization's yearly placement target from its agreement, for all its placements ('ALL') and
-- optionally per type; every change is kept (who, when, from what to what) for the campaign's record.
CREATE SEQUENCE placement_target_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE placement_target (
    id              BIGINT       PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    target_year     INT          NOT NULL CHECK (target_year BETWEEN 2000 AND 2100),
    target_type     VARCHAR(20)  NOT NULL CHECK (target_type IN ('ALL', 'DIRECT_HIRE', 'TRAINING', 'APPRENTICESHIP')),
    target          INT          NOT NULL CHECK (target >= 0),
    notes           VARCHAR(500),
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT placement_target_uq UNIQUE (organization_id, target_year, target_type)
);

CREATE SEQUENCE placement_target_change_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE placement_target_change (
    id              BIGINT       PRIMARY KEY,
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    target_year     INT          NOT NULL,
    target_type     VARCHAR(20)  NOT NULL,
    old_target      INT,
    new_target      INT,
    notes           VARCHAR(500),
    changed_by      VARCHAR(100) NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX placement_target_change_year_idx ON placement_target_change (target_year, changed_at);
