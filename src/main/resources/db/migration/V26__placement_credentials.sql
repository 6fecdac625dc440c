-- The credential a completed training or apprenticeship earned (e.g. "NIMS Machining Level I"), as written: funders
-- ask for credential attainment among those who finished a program.
ALTER TABLE placement ADD COLUMN credential VARCHAR(150);
