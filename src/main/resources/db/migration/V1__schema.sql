-- One data model for all four programs. Portable SQL: runs unchanged on H2 and PostgreSQL.
-- Ids come from sequences (step 50, Hibernate's pooled optimizer); edited tables carry a version for optimistic locking.

-- Reference data -------------------------------------------------------------------------------

CREATE TABLE naics_subsector (
    code  VARCHAR(3)   PRIMARY KEY,
    title VARCHAR(200) NOT NULL
);

-- 6-digit NAICS 2022 manufacturing industries, for suppliers' codes
CREATE TABLE naics_industry (
    code           VARCHAR(6)   PRIMARY KEY,
    title          VARCHAR(200) NOT NULL,
    subsector_code VARCHAR(3)   NOT NULL REFERENCES naics_subsector (code)
);

CREATE TABLE area (
    fips       VARCHAR(5)   PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    state_code VARCHAR(2)   NOT NULL,
    kind       VARCHAR(10)  NOT NULL CHECK (kind IN ('COUNTY', 'METRO'))
);

CREATE TABLE community_area (
    number INT         PRIMARY KEY,
    name   VARCHAR(60) NOT NULL UNIQUE
);

-- Organizations: partners, community-based organizations, training providers, employers, buyers ----

CREATE SEQUENCE organization_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE organization (
    id          BIGINT       PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(200) NOT NULL UNIQUE,
    short_name  VARCHAR(40),
    kind        VARCHAR(30)  NOT NULL CHECK (kind IN ('PARTNER', 'COMMUNITY_ORGANIZATION', 'TRAINING_PROVIDER', 'EMPLOYER', 'BUYER')),
    city        VARCHAR(100),
    county_fips VARCHAR(5)   REFERENCES area (fips),
    naics_code  VARCHAR(3)   REFERENCES naics_subsector (code)
);
CREATE INDEX organization_kind_name_idx ON organization (kind, name);

-- 1000 Jobs campaign: job seekers (personal data), placements, retention checks --------------------

CREATE SEQUENCE job_seeker_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE job_seeker (
    id                       BIGINT       PRIMARY KEY,
    version                  BIGINT       NOT NULL DEFAULT 0,
    external_id              VARCHAR(64),
    first_name               VARCHAR(100) NOT NULL,
    last_name                VARCHAR(100) NOT NULL,
    email                    VARCHAR(200),
    phone                    VARCHAR(30),
    zip_code                 VARCHAR(10),
    community_area_number    INT          REFERENCES community_area (number),
    referring_organization_id BIGINT      NOT NULL REFERENCES organization (id),
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_seeker_external_id_uq UNIQUE (referring_organization_id, external_id)
);
CREATE INDEX job_seeker_name_idx ON job_seeker (last_name, first_name);

CREATE SEQUENCE placement_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE placement (
    id                      BIGINT       PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    external_id             VARCHAR(64),
    job_seeker_id           BIGINT       NOT NULL REFERENCES job_seeker (id),
    placing_organization_id BIGINT       NOT NULL REFERENCES organization (id),
    employer_id             BIGINT       NOT NULL REFERENCES organization (id),
    job_title               VARCHAR(150) NOT NULL,
    naics_code              VARCHAR(3)   NOT NULL REFERENCES naics_subsector (code),
    placement_type          VARCHAR(20)  NOT NULL CHECK (placement_type IN ('DIRECT_HIRE', 'TRAINING', 'APPRENTICESHIP')),
    start_date              DATE         NOT NULL,
    end_date                DATE,
    hourly_wage             NUMERIC(7, 2) CHECK (hourly_wage > 0),
    full_time               BOOLEAN      NOT NULL,
    status                  VARCHAR(20)  NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'ENDED')),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT placement_external_id_uq UNIQUE (placing_organization_id, external_id),
    CONSTRAINT placement_dates_ck CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX placement_start_date_idx ON placement (start_date, id);
CREATE INDEX placement_organization_idx ON placement (placing_organization_id, start_date);
CREATE INDEX placement_employer_idx ON placement (employer_id);
CREATE INDEX placement_naics_idx ON placement (naics_code, start_date);
CREATE INDEX placement_status_idx ON placement (status);
CREATE INDEX placement_job_seeker_idx ON placement (job_seeker_id);

CREATE SEQUENCE retention_check_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE retention_check (
    id             BIGINT      PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    placement_id   BIGINT      NOT NULL REFERENCES placement (id),
    milestone_days INT         NOT NULL CHECK (milestone_days IN (30, 90, 180)),
    due_date       DATE        NOT NULL,
    outcome        VARCHAR(20) CHECK (outcome IN ('STILL_EMPLOYED', 'LEFT', 'UNKNOWN')),
    current_wage   NUMERIC(7, 2) CHECK (current_wage > 0),
    checked_on     DATE,
    CONSTRAINT retention_check_milestone_uq UNIQUE (placement_id, milestone_days)
);
CREATE INDEX retention_check_due_idx ON retention_check (due_date, outcome);

-- Illinois Manufacturing Supply Chain Center: suppliers, sourcing requests, matches ---------------

CREATE SEQUENCE supplier_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier (
    id                  BIGINT       PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    legal_name          VARCHAR(200) NOT NULL,
    street              VARCHAR(200),
    city                VARCHAR(100) NOT NULL,
    state_code          VARCHAR(2)   NOT NULL,
    zip_code            VARCHAR(10),
    county_fips         VARCHAR(5)   REFERENCES area (fips),
    naics_code          VARCHAR(3)   NOT NULL REFERENCES naics_subsector (code),
    contact_name        VARCHAR(150),
    contact_email       VARCHAR(200),
    contact_phone       VARCHAR(30),
    website             VARCHAR(200),
    employee_count      INT          CHECK (employee_count >= 0),
    buy_america         BOOLEAN      NOT NULL,
    registration_status VARCHAR(20)  NOT NULL CHECK (registration_status IN ('PENDING', 'APPROVED', 'REJECTED', 'MERGED')),
    registered_on       DATE         NOT NULL,
    decided_on          DATE,
    decision_reason     VARCHAR(500),
    merged_into_id      BIGINT       REFERENCES supplier (id)
);
CREATE INDEX supplier_status_name_idx ON supplier (registration_status, legal_name);
CREATE INDEX supplier_county_idx ON supplier (county_fips);
CREATE INDEX supplier_naics_idx ON supplier (naics_code);
CREATE INDEX supplier_registered_idx ON supplier (registered_on);

-- Full 6-digit NAICS codes a supplier works in; supplier.naics_code is its primary subsector.
CREATE TABLE supplier_naics_code (
    supplier_id BIGINT     NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    naics_code  VARCHAR(6) NOT NULL REFERENCES naics_industry (code),
    PRIMARY KEY (supplier_id, naics_code)
);
CREATE INDEX supplier_naics_code_idx ON supplier_naics_code (naics_code);

CREATE TABLE supplier_capability (
    supplier_id BIGINT      NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    capability  VARCHAR(40) NOT NULL,
    PRIMARY KEY (supplier_id, capability)
);
CREATE INDEX supplier_capability_idx ON supplier_capability (capability);

CREATE TABLE supplier_quality_certification (
    supplier_id   BIGINT      NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    certification VARCHAR(20) NOT NULL,
    PRIMARY KEY (supplier_id, certification)
);
CREATE INDEX supplier_quality_certification_idx ON supplier_quality_certification (certification);

CREATE TABLE supplier_diversity_certification (
    supplier_id   BIGINT      NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    certification VARCHAR(20) NOT NULL,
    PRIMARY KEY (supplier_id, certification)
);
CREATE INDEX supplier_diversity_certification_idx ON supplier_diversity_certification (certification);

CREATE SEQUENCE sourcing_request_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sourcing_request (
    id                   BIGINT       PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    buyer_id             BIGINT       NOT NULL REFERENCES organization (id),
    title                VARCHAR(200) NOT NULL,
    description          VARCHAR(4000),
    naics_code           VARCHAR(3)   REFERENCES naics_subsector (code),
    quantity             INT          CHECK (quantity > 0),
    due_date             DATE,
    preferred_county_fips VARCHAR(5)  REFERENCES area (fips),
    buy_america_required BOOLEAN      NOT NULL,
    status               VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'SCOUTING', 'INTRODUCED', 'AWARDED', 'CLOSED')),
    status_reason        VARCHAR(500),
    requested_on         DATE         NOT NULL
);
CREATE INDEX sourcing_request_status_idx ON sourcing_request (status, due_date);
CREATE INDEX sourcing_request_buyer_idx ON sourcing_request (buyer_id);

CREATE TABLE sourcing_request_capability (
    sourcing_request_id BIGINT      NOT NULL REFERENCES sourcing_request (id) ON DELETE CASCADE,
    capability          VARCHAR(40) NOT NULL,
    PRIMARY KEY (sourcing_request_id, capability)
);

CREATE TABLE sourcing_request_certification (
    sourcing_request_id BIGINT      NOT NULL REFERENCES sourcing_request (id) ON DELETE CASCADE,
    certification       VARCHAR(20) NOT NULL,
    PRIMARY KEY (sourcing_request_id, certification)
);

CREATE SEQUENCE supplier_match_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE supplier_match (
    id                  BIGINT      PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    sourcing_request_id BIGINT      NOT NULL REFERENCES sourcing_request (id),
    supplier_id         BIGINT      NOT NULL REFERENCES supplier (id),
    score               INT         NOT NULL CHECK (score BETWEEN 0 AND 100),
    status              VARCHAR(20) NOT NULL CHECK (status IN ('SUGGESTED', 'SHORTLISTED', 'INTRODUCED', 'AWARDED', 'DECLINED')),
    note                VARCHAR(1000),
    updated_on          DATE        NOT NULL,
    CONSTRAINT supplier_match_uq UNIQUE (sourcing_request_id, supplier_id)
);
CREATE INDEX supplier_match_supplier_idx ON supplier_match (supplier_id);

-- Subsector indicators (BLS QCEW and others), per industry, area and quarter -----------------------

CREATE SEQUENCE subsector_indicator_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE subsector_indicator (
    id                  BIGINT      PRIMARY KEY,
    version             BIGINT      NOT NULL DEFAULT 0,
    -- a 3-digit subsector (311-339) or the whole sector '31-33'
    industry_code       VARCHAR(5)  NOT NULL,
    area_fips           VARCHAR(5)  NOT NULL REFERENCES area (fips),
    period_year         INT         NOT NULL CHECK (period_year BETWEEN 1990 AND 2100),
    period_quarter      INT         NOT NULL CHECK (period_quarter BETWEEN 1 AND 4),
    -- false when the source suppressed the figures: they are unknown, never zero
    disclosed           BOOLEAN     NOT NULL,
    establishments      INT,
    month1_employment   INT,
    month2_employment   INT,
    month3_employment   INT,
    total_wages         BIGINT,
    average_weekly_wage INT,
    source              VARCHAR(100) NOT NULL,
    CONSTRAINT subsector_indicator_uq UNIQUE (industry_code, area_fips, period_year, period_quarter, source)
);
CREATE INDEX subsector_indicator_period_idx ON subsector_indicator (period_year, period_quarter);
