package org.partnerdashboard.placements;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.SharedResults;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.partnerdashboard.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The placements feature's API: grid pages and campaign figures. Rows are limited to what the signed-in user may
 * see (community-organization staff: their own organization's), in the query itself.
 */
@Service
public class PlacementService {

    private final PlacementQueries queries;
    private final PlacementMonthCounts monthCounts;
    private final SharedResults shared;
    private final CampaignSettings campaign;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    PlacementService(PlacementQueries queries, PlacementMonthCounts monthCounts, SharedResults shared,
            CampaignSettings campaign, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.queries = queries;
        this.monthCounts = monthCounts;
        this.shared = shared;
        this.campaign = campaign;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the placements the user may see that match the filter, sorted by the given keys (unknown keys are
     * ignored), newest first by default. Job seekers' names are removed for roles that may not see them; opening a
     * list with names is audited. Deliberately outside any transaction of its own (the page is read in one, then the
     * audit is written in another): an audit written inside the read would need a second pooled connection while
     * holding the first, and under load every connection would wait for another (seen in the load test).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
    public List<PlacementRow> findRows(PlacementFilter filter, Pageable pageable) {
        AccessScope scope = currentUser.scope();
        List<PlacementRow> rows = queries.rows(filter, organizationFilter(scope), pageable);
        if (!scope.seesNames()) {
            return rows.stream().map(PlacementRow::withoutPersonalData).toList();
        }
        if (pageable.getOffset() == 0 && !rows.isEmpty()) {
            audit.record(AuditAction.VIEW_PERSONAL_DATA, "PlacementList", null, "sorted by " + pageable.getSort());
        }
        return rows;
    }

    /**
     * Downloads the grid's rows (its filter and sort) as CSV or XLSX, streamed. Names only for roles that see them;
     * audited with the row count.
     *
     * @param header the column titles, in the order of the values written
     * @param label  how a type or status reads in the user's language
     * @return the number of rows written
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
    @Transactional(readOnly = true)
    public long export(PlacementFilter filter, Sort sort, TabularFormat format, List<String> header,
            Function<Enum<?>, String> label, OutputStream out) throws IOException {
        AccessScope scope = currentUser.scope();
        long rows = 0;
        try (TabularWriter writer = TabularWriter.open(format, out, header);
             Stream<PlacementRow> placements = queries.stream(filter, organizationFilter(scope), sort)) {
            for (PlacementRow row : (Iterable<PlacementRow>) placements::iterator) {
                writer.row(Arrays.asList(row.startDate(), scope.seesNames() ? row.jobSeekerName() : null,
                        row.organization(), row.employer(), row.jobTitle(), row.naicsCode(), row.subsectorTitle(),
                        label.apply(row.placementType()), row.hourlyWage(), row.fullTime(), label.apply(row.status())));
                rows++;
            }
        }
        audit.record(AuditAction.EXPORT, "PlacementList", null, format + ", " + rows + " rows"
                + (scope.seesNames() ? ", with names" : ""));
        return rows;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
    @Transactional(readOnly = true)
    public long countRows(PlacementFilter filter) {
        Long scope = organizationFilter(currentUser.scope());
        return shared.get(Program.PLACEMENTS, new GridQuestion("count", filter, scope),
                () -> asSlice(filter, scope).map(slice -> monthCounts.totals(slice).placements())
                        .orElseGet(() -> queries.count(filter, scope)));
    }

    /** The footer figures for the same rows the grid shows. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
    @Transactional(readOnly = true)
    public PlacementTotals totals(PlacementFilter filter) {
        Long scope = organizationFilter(currentUser.scope());
        return shared.get(Program.PLACEMENTS, new GridQuestion("totals", filter, scope),
                () -> asSlice(filter, scope).map(monthCounts::totals)
                        .orElseGet(() -> queries.totals(filter, scope)));
    }

    /**
     * The grid's count (index-only where an index covers the filter) or footer totals for a filter and scope: shared by
     * everyone looking at the same rows until placements change, since a status filter counts hundreds of thousands.
     */
    private record GridQuestion(String figure, PlacementFilter filter, Long scopeOrganizationId) {
    }

    /**
     * The filter as a slice of the monthly rollup, when it only narrows by organization, subsector and start dates:
     * then counts and totals add up some thousand rollup rows instead of counting placements.
     */
    private static Optional<PlacementSlice> asSlice(PlacementFilter f, Long scopeOrganizationId) {
        boolean rollupCanAnswer = f.employerId() == null && f.type() == null && f.status() == null
                && f.wageMin() == null && f.wageMax() == null && (f.text() == null || f.text().isBlank());
        if (!rollupCanAnswer || (scopeOrganizationId != null && f.organizationId() != null
                && !scopeOrganizationId.equals(f.organizationId()))) {
            return Optional.empty();
        }
        Long organization = scopeOrganizationId != null ? scopeOrganizationId : f.organizationId();
        return Optional.of(new PlacementSlice(f.naicsCode(), organization, null, f.startFrom(), f.startTo()));
    }

    /** Employers whose name contains the text, by name, a page at a time (there are thousands). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<OrganizationChoice> employers(String text, int offset, int limit) {
        return queries.employers(text == null ? "" : text.trim(), offset, limit);
    }

    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public Optional<OrganizationChoice> employer(long id) {
        return queries.employer(id);
    }

    /** The community organizations the user may filter by: all five, or only their own. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<OrganizationChoice> placingOrganizations() {
        AccessScope scope = currentUser.scope();
        // the partnership's community organizations are set up as the app starts: read once for everyone
        return shared.get(Program.PLACEMENTS, "community-organizations",
                        () -> List.copyOf(queries.communityOrganizations())).stream()
                .filter(o -> !scope.limitedToOwnOrganization() || o.id() == scope.organizationId())
                .toList();
    }

    private static Long organizationFilter(AccessScope scope) {
        return scope.limitedToOwnOrganization() ? scope.organizationId() : null;
    }

    /** Cumulative placements per month against the goal, from monthly counts the database computes. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public CampaignProgress campaignProgress() {
        return campaignProgress(PlacementSlice.ALL);
    }

    /** How many placements are in the slice (its period included), as the signed-in user may see it. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long placementsIn(PlacementSlice slice) {
        return placementsIn(slice, currentUser.disclosure());
    }

    /** The same for an audience (rounded, whole months, unless it may see the slice exactly). */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public long placementsIn(PlacementSlice slice, Disclosure disclosure) {
        List<PlacementMonthCounts.MonthCell> cells = monthCounts.monthly(slice.coarsenedFor(disclosure));
        return disclosure.count(cells.stream().mapToLong(PlacementMonthCounts.MonthCell::placements).sum(),
                cells.stream().mapToLong(PlacementMonthCounts.MonthCell::keySum).sum(), slice.organizationId());
    }

    /** The same for a slice of the campaign (a subsector, an organization, a county): its own monthly counts. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public CampaignProgress campaignProgress(PlacementSlice slice) {
        return campaignProgress(slice, currentUser.disclosure());
    }

    /** The same for an audience: each cumulative figure rounded unless it may see the slice exactly. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public CampaignProgress campaignProgress(PlacementSlice slice, Disclosure disclosure) {
        return CampaignProgress.of(campaign, monthCounts.monthly(slice.anyTime()), YearMonth.now(clock),
                (exact, key) -> disclosure.count(exact, key, slice.organizationId()));
    }

    /**
     * Placements per community organization that started in the period, exact for whoever may see that
     * organization's figures and rounded (whole months) for everyone else, as every figure shown beyond the owning
     * organization.
     */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<GroupCount> placementsByOrganization(LocalDate from, LocalDate to) {
        return placementsByOrganization(PlacementSlice.ALL.between(from, to));
    }

    /** The same for a slice. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<GroupCount> placementsByOrganization(PlacementSlice slice) {
        return placementsByOrganization(slice, currentUser.disclosure());
    }

    /** The same for an audience. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<GroupCount> placementsByOrganization(PlacementSlice slice, Disclosure disclosure) {
        return monthCounts.byOrganization(slice.coarsenedFor(disclosure)).stream().map(row -> {
            long organizationId = ((Number) row[0]).longValue();
            return new GroupCount(String.valueOf(organizationId), (String) row[1],
                    disclosure.count(((Number) row[2]).longValue(), ((Number) row[3]).longValue(), organizationId));
        }).toList();
    }

    @PreAuthorize("hasRole('STAFF')")
    public CampaignSettings campaignSettings() {
        return campaign;
    }
}
