package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.SupplierScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads what scoring needs about the suppliers in scope (approved, or also imported and not yet verified) that could
 * serve a request: those in its subsector (by
 * primary subsector or any 6-digit code) or holding one of its capabilities, not yet shortlisted for it, and not
 * the request's own buyer (a supplier that also buys). Certifications count until they expire.
 * <p>
 * Each query reads one table through an index, and Java joins the sets: correlated subqueries over 50,000 suppliers
 * took a second on H2 (see the supply chain benchmark). {@link SupplierScore} then weighs.
 */
@Component
class ScoutingQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    ScoutingQueries(JdbcTemplate jdbc, EntityManager entityManager, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @param onlySupplierId just this supplier (to score one), or null for every candidate */
    List<SupplierScore.Facts> candidates(SourcingRequest request, Long onlySupplierId, SupplierScope scope) {
        entityManager.flush(); // JDBC reads below must see this transaction's changes
        SupplierScore.Needs needs = ScoutingService.needsOf(request);
        String only = onlySupplierId == null ? "" : " AND supplier_id = :only";
        MapSqlParameterSource parameters = new MapSqlParameterSource("only", onlySupplierId)
                .addValue("request", request.getId())
                .addValue("statuses", scope.statusNames())
                .addValue("today", LocalDate.now(clock))
                .addValue("buyer", request.getBuyer().getId());
        Set<Long> inSubsector = new HashSet<>();
        if (needs.subsectorCode() != null) {
            parameters.addValue("prefix", needs.subsectorCode() + "%");
            inSubsector.addAll(jdbc.queryForList("SELECT DISTINCT supplier_id FROM supplier_naics_code"
                    + " WHERE naics_code LIKE :prefix" + only, parameters, Long.class));
        }
        Map<Long, Set<Capability>> capabilities = held("supplier_capability", "capability", needs.capabilities(),
                only, parameters, Capability::valueOf, Capability.class);
        Map<Long, Set<QualityCertification>> certifications = held("supplier_quality_certification", "certification",
                needs.certifications(), only, parameters, QualityCertification::valueOf, QualityCertification.class);
        Map<Long, Set<DiversityCertification>> diversity = held("supplier_diversity_certification", "certification",
                needs.diversity(), only, parameters, DiversityCertification::valueOf, DiversityCertification.class);
        Set<Long> taken = new HashSet<>(jdbc.queryForList("SELECT supplier_id FROM supplier_match"
                + " WHERE sourcing_request_id = :request AND status <> 'SUGGESTED'", parameters, Long.class));
        boolean anyNeed = needs.subsectorCode() != null || !needs.capabilities().isEmpty();
        // a supplier that also buys is never scouted for its own request
        return jdbc.query("SELECT id, legal_name, naics_code, county_fips, state_code, buy_america FROM supplier"
                        + " WHERE registration_status IN (:statuses)"
                        + " AND (organization_id IS NULL OR organization_id <> :buyer)"
                        + only.replace("supplier_id", "id"), parameters,
                (row, i) -> new SupplierScore.Facts(row.getLong(1), row.getString(2), row.getString(3),
                        inSubsector.contains(row.getLong(1)), capabilities.getOrDefault(row.getLong(1), Set.of()),
                        certifications.getOrDefault(row.getLong(1), Set.of()),
                        diversity.getOrDefault(row.getLong(1), Set.of()), row.getString(4), row.getString(5),
                        row.getBoolean(6)))
                .stream()
                .filter(f -> !taken.contains(f.supplierId()))
                .filter(f -> !anyNeed || Objects.equals(f.naicsCode(), needs.subsectorCode()) || f.industryInSubsector()
                        || !f.capabilities().isEmpty())
                .toList();
    }

    /** Which of the wanted values each supplier holds, from one collection table. */
    private <E extends Enum<E>> Map<Long, Set<E>> held(String table, String column, Set<E> wanted, String only,
            MapSqlParameterSource parameters, Function<String, E> parse, Class<E> type) {
        Map<Long, Set<E>> held = new HashMap<>();
        if (wanted.isEmpty()) {
            return held;
        }
        MapSqlParameterSource values = new MapSqlParameterSource(parameters.getValues())
                .addValue("values", wanted.stream().map(Enum::name).toList());
        // a certification past its expiry date no longer counts (no date on record: it still does)
        String current = table.endsWith("certification") ? " AND NOT EXISTS (SELECT 1 FROM supplier_certification_expiry e"
                + " WHERE e.supplier_id = " + table + ".supplier_id AND e.certification = " + table + ".certification"
                + " AND e.expires_on < :today)" : "";
        jdbc.query("SELECT supplier_id, " + column + " FROM " + table + " WHERE " + column + " IN (:values)" + only
                        + current, values, row -> {
                    held.computeIfAbsent(row.getLong(1), id -> EnumSet.noneOf(type)).add(parse.apply(row.getString(2)));
                });
        return held;
    }

    /** City, county, size and status of the suppliers shown: {id → [city, county name, employees, status]}. */
    Map<Long, Object[]> descriptions(Collection<Long> ids) {
        Map<Long, Object[]> described = new HashMap<>();
        if (ids.isEmpty()) {
            return described;
        }
        entityManager.createQuery("""
                        select s.id, s.city, a.name, s.employeeCount, s.registrationStatus from Supplier s
                        left join Area a on a.fips = s.countyFips where s.id in :ids""", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> described.put((Long) r[0], new Object[] {r[1], r[2], r[3], r[4]}));
        return described;
    }

    /** Suppliers suggested for the request (not yet acted on). */
    Set<Long> suggested(long requestId) {
        return new HashSet<>(entityManager.createQuery("""
                        select m.supplierId from SupplierMatch m where m.sourcingRequest.id = :request
                        and m.status = org.partnerdashboard.sourcing.MatchStatus.SUGGESTED""", Long.class)
                .setParameter("request", requestId).getResultList());
    }
}
