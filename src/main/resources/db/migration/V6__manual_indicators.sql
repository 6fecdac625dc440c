-- Figures QCEW lacks (job openings, survey results), entered by research editors with their source.
CREATE SEQUENCE manual_indicator_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE manual_indicator (
    id             BIGINT        PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    industry_code  VARCHAR(5)    NOT NULL,
    area_fips      VARCHAR(5)    NOT NULL REFERENCES area (fips),
    period_year    INT           NOT NULL CHECK (period_year BETWEEN 1990 AND 2100),
    period_quarter INT           NOT NULL CHECK (period_quarter BETWEEN 1 AND 4),
    measure        VARCHAR(30)   NOT NULL CHECK (measure IN ('JOB_OPENINGS', 'HIRING_PLANS_PERCENT', 'HARD_TO_FILL_PERCENT')),
    figure         NUMERIC(14, 2) NOT NULL CHECK (figure >= 0),
    source         VARCHAR(200)  NOT NULL,
    notes          VARCHAR(1000),
    entered_by     VARCHAR(100)  NOT NULL,
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT manual_indicator_uq UNIQUE (industry_code, area_fips, period_year, period_quarter, measure, source)
);
CREATE INDEX manual_indicator_period_idx ON manual_indicator (period_year, period_quarter);
