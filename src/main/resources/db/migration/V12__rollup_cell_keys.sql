-- Disclosure control (decision record 007): beside each rollup count, the sum of its placements' record keys, so a
-- figure's cell key (the sum over the rows it adds up, modulo 2^32) is the same for the same people however the
-- filter that found them is phrased. The key of a placement is MOD(id * 2654435761, 2^32).
ALTER TABLE placement_month_county_count ADD COLUMN key_sum BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE placement_month_count ADD COLUMN key_sum BIGINT DEFAULT 0 NOT NULL;

DELETE FROM placement_month_count;
DELETE FROM placement_month_county_count;

INSERT INTO placement_month_county_count (month_start, placing_organization_id, naics_code, employer_county_fips,
        placements, full_time, with_wage, wage_sum, key_sum)
SELECT CAST(DATE_TRUNC('MONTH', p.start_date) AS DATE), p.placing_organization_id, p.naics_code, e.county_fips,
       COUNT(*), SUM(CASE WHEN p.full_time THEN 1 ELSE 0 END), COUNT(p.hourly_wage), COALESCE(SUM(p.hourly_wage), 0),
       SUM(MOD(p.id * 2654435761, 4294967296))
FROM placement p JOIN organization e ON e.id = p.employer_id
GROUP BY CAST(DATE_TRUNC('MONTH', p.start_date) AS DATE), p.placing_organization_id, p.naics_code, e.county_fips;

INSERT INTO placement_month_count (month_start, placing_organization_id, naics_code, placements, full_time, with_wage,
        wage_sum, key_sum)
SELECT month_start, placing_organization_id, naics_code, SUM(placements), SUM(full_time), SUM(with_wage), SUM(wage_sum),
       SUM(key_sum)
FROM placement_month_county_count
GROUP BY month_start, placing_organization_id, naics_code;
