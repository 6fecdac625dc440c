package org.partnerdashboard.placements;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

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

    /** Sort keys whose column may be empty: blanks go last on every database (H2 and PostgreSQL differ otherwise). */
    private static final Set<String> NULLABLE = Set.of("hourlyWage");

    private static final String ROW_SELECT = """
            select new org.partnerdashboard.placements.PlacementRow(
                p.id, p.startDate, concat(s.lastName, ', ', s.firstName), o.name, e.name, p.jobTitle,
                p.naicsCode, n.title, p.placementType, p.hourlyWage, p.fullTime, p.status)
            from Placement p join p.jobSeeker s join p.placingOrganization o join p.employer e
                join NaicsSubsector n on n.code = p.naicsCode
            """;

    private final EntityManager entityManager;

    PlacementQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param organizationId only this placing organization's rows, or every row when null */
    List<PlacementRow> rows(Long organizationId, Pageable pageable) {
        var query = entityManager.createQuery(ROW_SELECT + where(organizationId) + orderBy(pageable.getSort()),
                PlacementRow.class);
        if (organizationId != null) {
            query.setParameter("organizationId", organizationId);
        }
        return query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
    }

    long count(Long organizationId) {
        var query = entityManager.createQuery("select count(p) from Placement p join p.placingOrganization o"
                + where(organizationId), Long.class);
        if (organizationId != null) {
            query.setParameter("organizationId", organizationId);
        }
        return query.getSingleResult();
    }

    private static String where(Long organizationId) {
        return organizationId == null ? "" : " where o.id = :organizationId";
    }

    List<MonthlyCount> monthlyCounts() {
        return entityManager.createQuery("""
                        select extract(year from p.startDate), extract(month from p.startDate), count(p)
                        from Placement p
                        group by extract(year from p.startDate), extract(month from p.startDate)
                        order by 1, 2
                        """, Object[].class)
                .getResultStream()
                .map(r -> new MonthlyCount(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** Placements per placing organization that started in the period: {organization id, name, count}. */
    List<Object[]> countsByOrganization(LocalDate from, LocalDate to) {
        return entityManager.createQuery("""
                        select o.id, o.name, count(p) from Placement p join p.placingOrganization o
                        where p.startDate between :from and :to
                        group by o.id, o.name order by o.name
                        """, Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    static String orderBy(Sort sort) {
        String keys = sort.stream()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc")
                        + (NULLABLE.contains(order.getProperty()) ? " nulls last" : ""))
                .collect(Collectors.joining(", "));
        // newest first by default (served by an index); the id makes every order total, so pages never overlap
        return " order by " + (keys.isEmpty() ? "p.startDate desc, p.id desc" : keys + ", p.id");
    }
}
