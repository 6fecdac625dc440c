-- Placements per month, community organization and subsector (and, in the second table, employer county), with the
-- sums the placements grid's footer shows: kept up to date by every write of placements (PlacementMonthCounts), so
-- the campaign's and the overview's figures read thousands of rows instead of every placement (decision record 005).
CREATE TABLE placement_month_county_count (
    month_start             DATE           NOT NULL,
    placing_organization_id BIGINT         NOT NULL REFERENCES organization (id),
    naics_code              VARCHAR(3)     NOT NULL REFERENCES naics_subsector (code),
    employer_county_fips    VARCHAR(5),
    placements              BIGINT         NOT NULL,
    full_time               BIGINT         NOT NULL,
    with_wage               BIGINT         NOT NULL,
    wage_sum                NUMERIC(15, 2) NOT NULL
);
CREATE INDEX placement_month_county_count_idx ON placement_month_county_count (employer_county_fips, month_start);
CREATE INDEX placement_month_county_count_month_idx ON placement_month_county_count (month_start);

-- The same without the county: a few times fewer rows for every figure not narrowed to a county.
CREATE TABLE placement_month_count (
    month_start             DATE           NOT NULL,
    placing_organization_id BIGINT         NOT NULL REFERENCES organization (id),
    naics_code              VARCHAR(3)     NOT NULL REFERENCES naics_subsector (code),
    placements              BIGINT         NOT NULL,
    full_time               BIGINT         NOT NULL,
    with_wage               BIGINT         NOT NULL,
    wage_sum                NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (month_start, placing_organization_id, naics_code)
);

-- Writers of a rollup take this row's lock first, so concurrent writers refresh the same months one after another.
CREATE TABLE rollup_lock (
    rollup VARCHAR(40) PRIMARY KEY
);
INSERT INTO rollup_lock (rollup) VALUES ('placement_month_count');

INSERT INTO placement_month_county_count (month_start, placing_organization_id, naics_code, employer_county_fips,
        placements, full_time, with_wage, wage_sum)
SELECT CAST(DATE_TRUNC('MONTH', p.start_date) AS DATE), p.placing_organization_id, p.naics_code, e.county_fips,
       COUNT(*), SUM(CASE WHEN p.full_time THEN 1 ELSE 0 END), COUNT(p.hourly_wage), COALESCE(SUM(p.hourly_wage), 0)
FROM placement p JOIN organization e ON e.id = p.employer_id
GROUP BY CAST(DATE_TRUNC('MONTH', p.start_date) AS DATE), p.placing_organization_id, p.naics_code, e.county_fips;

INSERT INTO placement_month_count (month_start, placing_organization_id, naics_code, placements, full_time, with_wage,
        wage_sum)
SELECT month_start, placing_organization_id, naics_code, SUM(placements), SUM(full_time), SUM(with_wage), SUM(wage_sum)
FROM placement_month_county_count
GROUP BY month_start, placing_organization_id, naics_code;

-- The placements grid filtered by organization (community organizations' staff always are) and status: newest first
-- (the default) and by wage, read in index order instead of sorting every match.
CREATE INDEX placement_organization_status_idx ON placement (placing_organization_id, status, start_date);
CREATE INDEX placement_organization_status_wage_idx
    ON placement (placing_organization_id, status, hourly_wage DESC NULLS LAST, id);
