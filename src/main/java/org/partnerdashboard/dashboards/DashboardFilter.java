package org.partnerdashboard.dashboards;

import java.time.LocalDate;

/**
 * What the whole overview is narrowed to; every part may be null (not narrowed). Lives in the URL, so a link
 * reproduces the view.
 *
 * @param from           placements started and suppliers registered on or after
 * @param to             on or before
 * @param countyFips     a Chicago-area county: employers' county for placements, suppliers' and requests' county,
 *                       the QCEW area
 * @param subsectorCode  a NAICS subsector (311-339)
 * @param organizationId a community organization (placements only)
 */
public record DashboardFilter(LocalDate from, LocalDate to, String countyFips, String subsectorCode,
        Long organizationId) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    public DashboardFilter withCounty(String fips) {
        return new DashboardFilter(from, to, fips, subsectorCode, organizationId);
    }

    public DashboardFilter withSubsector(String code) {
        return new DashboardFilter(from, to, countyFips, code, organizationId);
    }

    public DashboardFilter withOrganization(Long id) {
        return new DashboardFilter(from, to, countyFips, subsectorCode, id);
    }

    public DashboardFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, countyFips, subsectorCode, organizationId);
    }
}
