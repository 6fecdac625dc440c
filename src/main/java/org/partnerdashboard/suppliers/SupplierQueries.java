package org.partnerdashboard.suppliers;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerdashboard.base.JpqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The read-side JPQL of the supplier directory and review queue, done by the database. */
@Component
class SupplierQueries {

    /** Grid sort keys mapped to JPQL paths: only these can be sorted on. */
    private static final Map<String, String> SORTABLE = Map.of(
            "legalName", "s.legalName",
            "city", "s.city",
            "naicsCode", "s.naicsCode",
            "employeeCount", "s.employeeCount",
            "registeredOn", "s.registeredOn",
            "status", "s.registrationStatus");

    private static final String ROW_SELECT = """
            select s.id, s.legalName, s.city, s.stateCode, a.name, s.naicsCode, n.title, s.employeeCount,
                s.buyAmerica, s.registrationStatus, s.registeredOn
            from Supplier s left join NaicsSubsector n on n.code = s.naicsCode left join Area a on a.fips = s.countyFips
            """;

    private final EntityManager entityManager;

    SupplierQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page in two steps, as for placements: the ids from supplier alone, then the rows and their certificates. */
    List<SupplierRow> rows(SupplierFilter filter, Pageable pageable) {
        JpqlConditions where = conditions(filter);
        String order = orderBy(pageable.getSort(), where);
        List<Long> ids = where.bind(entityManager.createQuery("select s.id from Supplier s" + where.where() + order,
                        Long.class))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<QualityCertification>> quality = held(ids, "qualityCertifications");
        Map<Long, List<DiversityCertification>> diversity = held(ids, "diversityCertifications");
        return entityManager.createQuery(ROW_SELECT + " where s.id in :ids" + order, Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(r -> new SupplierRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (Integer) r[7], (Boolean) r[8], (RegistrationStatus) r[9],
                        (LocalDate) r[10], quality.getOrDefault((Long) r[0], List.of()),
                        diversity.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    long count(SupplierFilter filter) {
        JpqlConditions where = conditions(filter);
        return where.bind(entityManager.createQuery("select count(s) from Supplier s" + where.where(), Long.class))
                .getSingleResult();
    }

    /** The values of one of the suppliers' certificate collections, in order. */
    @SuppressWarnings("unchecked")
    private <E> Map<Long, List<E>> held(List<Long> ids, String collection) {
        Map<Long, List<E>> held = new HashMap<>();
        entityManager.createQuery("select s.id, c from Supplier s join s." + collection + " c where s.id in :ids"
                        + " order by c", Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(r -> held.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((E) r[1]));
        return held;
    }

    private static JpqlConditions conditions(SupplierFilter f) {
        return new JpqlConditions()
                .addEqual("s.registrationStatus", "status", f.status())
                .add("s.sourceId = :source", "source", f.sourceId())
                .add("s.naicsCode = :subsector", "subsector", f.subsectorCode())
                .add(":naics member of s.naicsCodes", "naics", f.naicsCode())
                .add(":capability member of s.capabilities", "capability", f.capability())
                .add(":quality member of s.qualityCertifications", "quality", f.qualityCertification())
                .add(":diversity member of s.diversityCertifications", "diversity", f.diversityCertification())
                .add("s.countyFips = :county", "county", f.countyFips())
                .add("s.employeeCount >= :sizeMin", "sizeMin", f.size() == null ? null : f.size().min())
                .add("s.employeeCount <= :sizeMax", "sizeMax", f.size() == null ? null : f.size().max())
                .add("s.buyAmerica = :buyAmerica", "buyAmerica", Boolean.TRUE.equals(f.buyAmerica()) ? true : null)
                .add("(lower(s.legalName) like :text escape '\\' or lower(s.city) like :text escape '\\')", "text",
                        JpqlConditions.containing(f.text()));
    }

    private static String orderBy(Sort sort, JpqlConditions where) {
        List<Sort.Order> orders = sort.stream().filter(order -> SORTABLE.containsKey(order.getProperty())).toList();
        String keys = orders.stream()
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc")
                        + ("employeeCount".equals(order.getProperty()) ? " nulls last" : ""))
                .collect(Collectors.joining(", "));
        boolean byName = orders.isEmpty() || orders.getFirst().getProperty().equals("legalName");
        // the index by status and name (V16) holds the directory's default order
        return where.orderBy((keys.isEmpty() ? "s.legalName asc" : keys) + ", s.id",
                !orders.isEmpty() && orders.getFirst().isDescending(),
                byName ? List.of(List.of("s.registrationStatus")) : List.of());
    }

    /** An approved or pending supplier with the same normalized name or contact email, approved ones first. */
    Optional<Long> lookalike(String nameKey, String email) {
        return entityManager.createQuery("""
                        select s.id from Supplier s
                        where s.registrationStatus in (org.partnerdashboard.suppliers.RegistrationStatus.APPROVED,
                                org.partnerdashboard.suppliers.RegistrationStatus.PENDING)
                            and (s.nameKey = :key or lower(s.contactEmail) = :email)
                        order by case when s.registrationStatus = org.partnerdashboard.suppliers.RegistrationStatus.APPROVED
                            then 0 else 1 end, s.id""", Long.class)
                .setParameter("key", nameKey)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The review queue, oldest first. */
    List<PendingRegistration> pending(Pageable pageable) {
        return entityManager.createQuery("""
                        select s.id, s.version, s.legalName, s.city, s.stateCode, s.naicsCode, n.title, s.contactEmail,
                            s.registeredOn, d.id, d.legalName, d.city, d.stateCode
                        from Supplier s join NaicsSubsector n on n.code = s.naicsCode
                            left join Supplier d on d.id = s.possibleDuplicateOfId
                        where s.registrationStatus = org.partnerdashboard.suppliers.RegistrationStatus.PENDING
                        order by s.registeredOn, s.id""", Object[].class)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultStream()
                .map(r -> new PendingRegistration((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], (String) r[7], (LocalDate) r[8],
                        r[9] == null ? null : new SupplierChoice((Long) r[9], (String) r[10], (String) r[11],
                                (String) r[12])))
                .toList();
    }

    /** Approved suppliers whose name contains the text, for picking a merge target. */
    List<SupplierChoice> approvedChoices(String text, int offset, int limit) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.suppliers.SupplierChoice(s.id, s.legalName, s.city, s.stateCode)
                        from Supplier s
                        where s.registrationStatus = org.partnerdashboard.suppliers.RegistrationStatus.APPROVED
                            and lower(s.legalName) like :text escape '\\'
                        order by s.legalName, s.id""", SupplierChoice.class)
                .setParameter("text", "%" + JpqlConditions.escapeLike(text) + "%")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    Optional<SupplierChoice> choice(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        select new org.partnerdashboard.suppliers.SupplierChoice(s.id, s.legalName, s.city, s.stateCode)
                        from Supplier s where s.id = :id""", SupplierChoice.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    List<SupplierDetails.HistoryEntry> history(long supplierId) {
        return entityManager.createQuery("""
                        select d.decidedAt, d.decision, d.reason, d.relatedSupplierId, d.decidedBy
                        from SupplierDecision d where d.supplierId = :id order by d.decidedAt, d.id""", Object[].class)
                .setParameter("id", supplierId)
                .getResultStream()
                .map(r -> new SupplierDetails.HistoryEntry((Instant) r[0], (SupplierDecisionKind) r[1],
                        (String) r[2], choice((Long) r[3]).orElse(null), (String) r[4]))
                .toList();
    }

    /** The certifications the supplier holds, quality then diversity, each with its date and standing today. */
    List<HeldCertification> heldCertifications(Supplier s, LocalDate today) {
        return Certifications.all().stream().filter(s::holds).map(c -> {
            LocalDate expiresOn = s.getCertificationExpiry().get(c.name());
            return new HeldCertification(c.name(), expiresOn, CertificationStanding.of(expiresOn, today));
        }).toList();
    }

    /**
     * Proposed certification changes, oldest first: the pending queue for staff (no supplier given), or one
     * supplier's own, waiting ones and the last decided ones.
     */
    List<CertificationChangeRow> certificationChanges(Long supplierId, boolean pendingOnly) {
        List<CertificationChange> changes = entityManager.createQuery("""
                        select c from CertificationChange c
                        where (:supplier is null or c.supplierId = :supplier)
                            and (:pendingOnly = false
                                or c.status = org.partnerdashboard.suppliers.CertificationChangeStatus.PENDING)
                        order by c.id desc""", CertificationChange.class)
                .setParameter("supplier", supplierId)
                .setParameter("pendingOnly", pendingOnly)
                .setMaxResults(200)
                .getResultList();
        Map<Long, Supplier> suppliers = entityManager.createQuery("select s from Supplier s where s.id in :ids",
                        Supplier.class)
                .setParameter("ids", changes.stream().map(CertificationChange::getSupplierId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Supplier::getId, s -> s));
        return changes.reversed().stream().map(c -> {
            Supplier s = suppliers.get(c.getSupplierId());
            return new CertificationChangeRow(c.getId(), c.getVersion(), s.getId(), s.getLegalName(),
                    c.getCertification().name(), c.getKind(), c.getExpiresOn(),
                    s.getCertificationExpiry().get(c.getCertification().name()), c.getStatus(), c.getProposedBy(),
                    c.getProposedAt(), c.getDecisionNote());
        }).toList();
    }
}
