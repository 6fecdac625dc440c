-- Areas are data: beside the partnership's seven counties and metro area, research editors add areas to compare
-- with (peer metro areas, other counties, states, the U.S.). The kind column is rebuilt to widen its check (the
-- original check has a generated name, different on H2 and PostgreSQL).
ALTER TABLE area ADD COLUMN area_kind VARCHAR(10);
UPDATE area SET area_kind = kind;
ALTER TABLE area DROP COLUMN kind;
ALTER TABLE area RENAME COLUMN area_kind TO kind;
ALTER TABLE area ALTER COLUMN kind SET NOT NULL;
ALTER TABLE area ADD CONSTRAINT area_kind_ck CHECK (kind IN ('COUNTY', 'METRO', 'STATE', 'NATION'));
-- true for the partnership's own areas (the counties people are placed and suppliers counted in); false for areas
-- followed only to compare with
ALTER TABLE area ADD COLUMN partnership_area BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE area ALTER COLUMN state_code DROP NOT NULL;
