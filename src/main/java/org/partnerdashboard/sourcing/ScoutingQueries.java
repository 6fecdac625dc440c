package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.springframework.stereotype.Component;

/**
 * Loads what scoring needs about the approved suppliers that could serve a request: those in its subsector (by
 * primary subsector or any 6-digit code) or holding one of its capabilities, not yet shortlisted for it. The
 * database narrows and joins; {@link SupplierScore} weighs.
 */
@Component
class ScoutingQueries {

    private static final String APPROVED = "org.partnerdashboard.suppliers.RegistrationStatus.APPROVED";

    private final EntityManager entityManager;

    ScoutingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param onlySupplierId just this supplier (to score one), or null for every candidate */
    List<SupplierScore.Facts> candidates(SourcingRequest request, Long onlySupplierId) {
        SupplierScore.Needs needs = ScoutingService.needsOf(request);
        String prefix = needs.subsectorCode() == null ? null : needs.subsectorCode() + "%";
        String only = onlySupplierId == null ? "" : " and s.id = :only";
        StringBuilder relevant = new StringBuilder();
        if (needs.subsectorCode() != null) {
            relevant.append("s.naicsCode = :subsector or s.id in (select x.id from Supplier x join x.naicsCodes c"
                    + " where c like :prefix)");
        }
        if (!needs.capabilities().isEmpty()) {
            relevant.append(relevant.isEmpty() ? "" : " or ")
                    .append("s.id in (select x.id from Supplier x join x.capabilities c where c in :capabilities)");
        }
        TypedQuery<Object[]> query = entityManager.createQuery("""
                select s.id, s.legalName, s.naicsCode, s.countyFips, s.stateCode, s.buyAmerica from Supplier s
                where s.registrationStatus = %s%s%s
                    and s.id not in (select m.supplier.id from SupplierMatch m where m.sourcingRequest.id = :request
                        and m.status <> org.partnerdashboard.sourcing.MatchStatus.SUGGESTED)"""
                .formatted(APPROVED, relevant.isEmpty() ? "" : " and (" + relevant + ")", only), Object[].class)
                .setParameter("request", request.getId());
        if (needs.subsectorCode() != null) {
            query.setParameter("subsector", needs.subsectorCode()).setParameter("prefix", prefix);
        }
        if (!needs.capabilities().isEmpty()) {
            query.setParameter("capabilities", needs.capabilities());
        }
        if (onlySupplierId != null) {
            query.setParameter("only", onlySupplierId);
        }
        List<Object[]> rows = query.getResultList();
        Set<Long> inSubsector = prefix == null ? Set.of() : new HashSet<>(idsHolding("naicsCodes", "c like :values",
                prefix, onlySupplierId).keySet());
        Map<Long, Set<Object>> capabilities = idsHolding("capabilities", "c in :values", needs.capabilities(),
                onlySupplierId);
        Map<Long, Set<Object>> certifications = idsHolding("qualityCertifications", "c in :values",
                needs.certifications(), onlySupplierId);
        Map<Long, Set<Object>> diversity = idsHolding("diversityCertifications", "c in :values", needs.diversity(),
                onlySupplierId);
        return rows.stream().map(r -> {
            long id = (Long) r[0];
            return new SupplierScore.Facts(id, (String) r[1], (String) r[2], inSubsector.contains(id),
                    cast(capabilities.get(id), Capability.class), cast(certifications.get(id), QualityCertification.class),
                    cast(diversity.get(id), DiversityCertification.class), (String) r[3], (String) r[4],
                    (Boolean) r[5]);
        }).toList();
    }

    /** Approved suppliers' ids with the values of a collection that match (one query for all of them). */
    private Map<Long, Set<Object>> idsHolding(String collection, String condition, Object values, Long only) {
        Map<Long, Set<Object>> held = new HashMap<>();
        if (values == null || values instanceof Collection<?> c && c.isEmpty()) {
            return held;
        }
        TypedQuery<Object[]> query = entityManager.createQuery("select s.id, c from Supplier s join s." + collection
                + " c where s.registrationStatus = " + APPROVED + " and " + condition
                + (only == null ? "" : " and s.id = :only"), Object[].class).setParameter("values", values);
        if (only != null) {
            query.setParameter("only", only);
        }
        query.getResultStream().forEach(r -> held.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add(r[1]));
        return held;
    }

    private static <E extends Enum<E>> Set<E> cast(Set<Object> values, Class<E> type) {
        Set<E> typed = java.util.EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> typed.add(type.cast(v)));
        }
        return typed;
    }

    /** City, county and size of the suppliers shown: {id → [city, county name, employees]}. */
    Map<Long, Object[]> descriptions(Collection<Long> ids) {
        Map<Long, Object[]> described = new HashMap<>();
        if (ids.isEmpty()) {
            return described;
        }
        entityManager.createQuery("""
                        select s.id, s.city, a.name, s.employeeCount from Supplier s
                        left join Area a on a.fips = s.countyFips where s.id in :ids""", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(r -> described.put((Long) r[0], new Object[] {r[1], r[2], r[3]}));
        return described;
    }

    /** Suppliers suggested for the request (not yet acted on). */
    Set<Long> suggested(long requestId) {
        return new HashSet<>(entityManager.createQuery("""
                        select m.supplier.id from SupplierMatch m where m.sourcingRequest.id = :request
                        and m.status = org.partnerdashboard.sourcing.MatchStatus.SUGGESTED""", Long.class)
                .setParameter("request", requestId).getResultList());
    }
}
