-- The placements grid sorted by wage, within one organization and status, read in index order both ways with blanks
-- last: ascending (a header's first click) reads the first index forwards, descending reads the second backwards
-- (wage descending with blanks last, then id ascending). The organization and status fixed by the filter are named
-- first in the order too (JpqlConditions.orderBy): H2 reads an index in order only then; PostgreSQL needs nothing more.
DROP INDEX placement_organization_status_wage_idx;
CREATE INDEX placement_organization_wage_asc_idx
    ON placement (placing_organization_id, status, hourly_wage ASC NULLS LAST, id);
CREATE INDEX placement_organization_wage_desc_idx
    ON placement (placing_organization_id, status, hourly_wage ASC NULLS FIRST, id DESC);
