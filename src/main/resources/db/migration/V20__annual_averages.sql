-- BLS's annual averages (its annual-averages files, qtr "A"), kept as published beside the quarters: one year's
-- figures for one industry in one area. Employment and wages are null where BLS withheld them; the establishment
-- count stays.
CREATE SEQUENCE annual_indicator_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE annual_indicator (
    id                     BIGINT       PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    industry_code          VARCHAR(5)   NOT NULL,
    area_fips              VARCHAR(5)   NOT NULL REFERENCES area (fips),
    period_year            INT          NOT NULL CHECK (period_year BETWEEN 1990 AND 2100),
    disclosed              BOOLEAN      NOT NULL,
    establishments         INT,
    average_employment     INT,
    total_wages            BIGINT,
    average_weekly_wage    INT,
    average_annual_pay     INT,
    lq_establishments      NUMERIC(8, 2),
    lq_employment          NUMERIC(8, 2),
    lq_average_weekly_wage NUMERIC(8, 2),
    oty_establishments     INT,
    oty_employment         INT,
    oty_average_weekly_wage INT,
    source                 VARCHAR(100) NOT NULL,
    CONSTRAINT annual_indicator_uq UNIQUE (industry_code, area_fips, period_year, source)
);
