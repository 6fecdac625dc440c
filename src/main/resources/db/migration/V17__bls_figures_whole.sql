-- BLS's own comparisons, kept as BLS publishes them (null where a file lacks them or BLS withheld them):
-- location quotients against the U.S. (establishments, third month's employment, average weekly wage) and
-- over-the-year changes (establishments, each month's employment, average weekly wage). BLS publishes the
-- establishment figures even where it withholds employment and wages: such rows now keep them.
ALTER TABLE subsector_indicator ADD COLUMN lq_establishments NUMERIC(8, 2);
ALTER TABLE subsector_indicator ADD COLUMN lq_employment NUMERIC(8, 2);
ALTER TABLE subsector_indicator ADD COLUMN lq_average_weekly_wage NUMERIC(8, 2);
ALTER TABLE subsector_indicator ADD COLUMN oty_establishments INT;
ALTER TABLE subsector_indicator ADD COLUMN oty_month1_employment INT;
ALTER TABLE subsector_indicator ADD COLUMN oty_month2_employment INT;
ALTER TABLE subsector_indicator ADD COLUMN oty_month3_employment INT;
ALTER TABLE subsector_indicator ADD COLUMN oty_average_weekly_wage INT;

-- the files of one upload (several dropped at once, or a ZIP's CSV files) share one entry of the import history
ALTER TABLE indicator_import ADD COLUMN batch_id VARCHAR(36);
