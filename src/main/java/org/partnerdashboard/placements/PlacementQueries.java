package org.partnerdashboard.placements;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnerdashboard.base.JpqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read-side JPQL of the placements feature: grid pages, counts and aggregates, all done by the database. */
@Component
class PlacementQueries {

    /** Grid sort keys mapped to JPQL paths: only these can be sorted on, so no input reaches the query text. */
    private static final Map<String, String> SORTABLE = Map.of(
            "startDate", "p.startDate",
            "jobSeekerName", "s.lastName",
            "organization", "o.name",
            "employer", "e.name",
            "jobTitle", "p.jobTitle",
            "naicsCode", "p.naicsCode",
            "placementType", "p.placementType",
            "hourlyWage", "p.hourlyWage",
            "status", "p.status");

    private static final String ORGANIZATION = "p.placingOrganization.id";
    private static final String STATUS = "p.status";
    private static final String SUBSECTOR = "p.naicsCode";

    /** For a sort key, the columns an index holds before it (V1, V10, V31), so a page is read in the index's order. */
    private static final Map<String, List<List<String>>> INDEX_LEADS = Map.of(
            "startDate", List.of(List.of(ORGANIZATION), List.of(ORGANIZATION, STATUS), List.of(SUBSECTOR)),
            "hourlyWage", List.of(List.of(ORGANIZATION, STATUS)));

    /** Sort keys whose column may be empty: blanks go last on every database (H2 and PostgreSQL differ otherwise). */
    private static final Set<String> NULLABLE = Set.of("hourlyWage");

    private static final String ROW_SELECT = """
            select new org.partnerdashboard.placements.PlacementRow(
                p.id, p.startDate, concat(s.lastName, ', ', s.firstName), o.name, e.name, p.jobTitle,
                p.naicsCode, n.title, p.placementType, p.hourlyWage, p.fullTime, p.status)
            from Placement p join p.jobSeeker s join p.placingOrganization o join p.employer e
                join NaicsSubsector n on n.code = p.naicsCode
            """;

    private static final String SUMS = """
            select count(p), coalesce(sum(case when p.fullTime = true then 1 else 0 end), 0), count(p.hourlyWage),
                   coalesce(sum(p.hourlyWage), 0)
            from Placement p""";

    private final EntityManager entityManager;

    PlacementQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One page in two steps: the page's ids from placement alone (joining only what a filter or sort needs), then
     * the rows for those ids. Joining first made H2 sort all rows at 1M placements (35 s instead of 64 ms).
     *
     * @param scopeOrganizationId only this placing organization's rows (the user's scope), or all when null
     */
    @Transactional(readOnly = true)
    List<PlacementRow> rows(PlacementFilter filter, Long scopeOrganizationId, Pageable pageable) {
        JpqlConditions where = conditions(filter, scopeOrganizationId);
        String order = orderBy(pageable.getSort(), where);
        List<Long> ids = where.bind(entityManager.createQuery("select p.id from Placement p"
                        + joinsFor(pageable.getSort()) + where.where() + order, Long.class))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // one parameter per id, padded to a power of two with the last id: Hibernate keeps the SQL it made for a
        // query with single-valued parameters, while a list parameter had it translated anew for every page
        int slots = Integer.highestOneBit(Math.max(8, ids.size() * 2 - 1));
        StringJoiner in = new StringJoiner(", ", " where p.id in (", ")");
        for (int slot = 0; slot < slots; slot++) {
            in.add(":id" + slot);
        }
        TypedQuery<PlacementRow> query = entityManager.createQuery(ROW_SELECT + in + order, PlacementRow.class);
        for (int slot = 0; slot < slots; slot++) {
            query.setParameter("id" + slot, ids.get(Math.min(slot, ids.size() - 1)));
        }
        return query.getResultList();
    }

    /** Every row of the filter in the sort order, streamed from the database (for downloads of any size). */
    Stream<PlacementRow> stream(PlacementFilter filter, Long scopeOrganizationId, Sort sort) {
        JpqlConditions where = conditions(filter, scopeOrganizationId);
        return where.bind(entityManager.createQuery(ROW_SELECT + where.where() + orderBy(sort, where),
                        PlacementRow.class))
                .setHint("org.hibernate.fetchSize", 1000)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }

    long count(PlacementFilter filter, Long scopeOrganizationId) {
        JpqlConditions where = conditions(filter, scopeOrganizationId);
        return where.bind(entityManager.createQuery("select count(p) from Placement p"
                + joinsFor(Sort.unsorted()) + where.where(), Long.class)).getSingleResult();
    }

    /** The grid footer's figures counted from the placements (filters the rollup cannot answer). */
    PlacementTotals totals(PlacementFilter filter, Long scopeOrganizationId) {
        JpqlConditions where = conditions(filter, scopeOrganizationId);
        return PlacementTotals.ofSums(where.bind(entityManager.createQuery(SUMS + where.where(), Object[].class))
                .getSingleResult());
    }

    /** The joins a page, count or total needs: only for a sort on a name (filters use the foreign keys). */
    private static String joinsFor(Sort sort) {
        StringBuilder joins = new StringBuilder();
        if (sort.getOrderFor("employer") != null) {
            joins.append(" join p.employer e");
        }
        if (sort.getOrderFor("organization") != null) {
            joins.append(" join p.placingOrganization o");
        }
        if (sort.getOrderFor("jobSeekerName") != null) {
            joins.append(" join p.jobSeeker s");
        }
        return joins.toString();
    }

    List<OrganizationChoice> employers(String text, int offset, int limit) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.placements.OrganizationChoice(o.id, o.name) from Organization o
                        where o.kind = org.partnerdashboard.base.OrganizationKind.EMPLOYER and lower(o.name) like :text escape '\\'
                        order by o.name""", OrganizationChoice.class)
                .setParameter("text", "%" + JpqlConditions.escapeLike(text) + "%")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    Optional<OrganizationChoice> employer(long id) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.placements.OrganizationChoice(o.id, o.name) from Organization o
                        where o.id = :id and o.kind = org.partnerdashboard.base.OrganizationKind.EMPLOYER""",
                        OrganizationChoice.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    List<OrganizationChoice> communityOrganizations() {
        return entityManager.createQuery("""
                select new org.partnerdashboard.placements.OrganizationChoice(o.id, o.name) from Organization o
                where o.kind = org.partnerdashboard.base.OrganizationKind.COMMUNITY_ORGANIZATION order by o.name""",
                OrganizationChoice.class).getResultList();
    }

    private static JpqlConditions conditions(PlacementFilter f, Long scopeOrganizationId) {
        String text = JpqlConditions.containing(f.text());
        return new JpqlConditions()
                .addEqual(ORGANIZATION, "scopeOrganization", scopeOrganizationId)
                .addEqual(ORGANIZATION, "organization", f.organizationId())
                .addEqual(STATUS, "status", f.status())
                .addEqual(SUBSECTOR, "naics", f.naicsCode())
                .add("p.employer.id = :employer", "employer", f.employerId())
                .add("p.placementType = :type", "type", f.type())
                .add("p.startDate >= :startFrom", "startFrom", f.startFrom())
                .add("p.startDate <= :startTo", "startTo", f.startTo())
                .add("p.hourlyWage >= :wageMin", "wageMin", f.wageMin())
                .add("p.hourlyWage <= :wageMax", "wageMax", f.wageMax())
                .add("(lower(p.jobTitle) like :text escape '\\' or p.employer.id in (select x.id from Organization x"
                        + " where lower(x.name) like :text escape '\\'))", "text", text);
    }


    private static String orderBy(Sort sort, JpqlConditions where) {
        List<Sort.Order> orders = sort.stream().filter(order -> SORTABLE.containsKey(order.getProperty())).toList();
        String keys = orders.stream()
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc")
                        + (NULLABLE.contains(order.getProperty()) ? " nulls last" : ""))
                .collect(Collectors.joining(", "));
        // newest first by default (served by an index); the id makes every order total, so pages never overlap
        String first = orders.isEmpty() ? "startDate" : orders.getFirst().getProperty();
        return where.orderBy(keys.isEmpty() ? "p.startDate desc, p.id desc" : keys + ", p.id",
                orders.isEmpty() || orders.getFirst().isDescending(), INDEX_LEADS.getOrDefault(first, List.of()));
    }
}
