package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerdashboard.base.JpqlConditions;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The read-side JPQL of sourcing requests: grid pages, a request's history and matches, a supplier's matches. */
@Component
class SourcingQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "r.title",
            "requestedOn", "r.requestedOn",
            "dueDate", "r.dueDate",
            "status", "r.status",
            "naicsCode", "r.naicsCode");

    private final EntityManager entityManager;

    SourcingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<SourcingRequestRow> rows(SourcingFilter filter, Pageable pageable) {
        JpqlConditions where = conditions(filter);
        String order = orderBy(pageable.getSort());
        List<Long> ids = where.bind(entityManager.createQuery("select r.id from SourcingRequest r" + where.where()
                        + order, Long.class))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select new org.partnerdashboard.sourcing.SourcingRequestRow(r.id, r.title, b.name, r.naicsCode,
                            n.title, r.status, r.requestedOn, r.dueDate,
                            (select count(m) from SupplierMatch m where m.sourcingRequest = r))
                        from SourcingRequest r join r.buyer b left join NaicsSubsector n on n.code = r.naicsCode
                        where r.id in :ids""" + order, SourcingRequestRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    long count(SourcingFilter filter) {
        JpqlConditions where = conditions(filter);
        return where.bind(entityManager.createQuery("select count(r) from SourcingRequest r" + where.where(),
                Long.class)).getSingleResult();
    }

    private static JpqlConditions conditions(SourcingFilter f) {
        return new JpqlConditions()
                .add("r.status = :status", "status", f.status())
                .add("r.naicsCode = :subsector", "subsector", f.subsectorCode())
                .add("r.buyer.id = :buyer", "buyer", f.buyerId())
                .add("r.origin = :origin", "origin", f.origin())
                .add("(lower(r.title) like :text escape '\\' or r.buyer.id in (select o.id from Organization o"
                        + " where lower(o.name) like :text escape '\\'))", "text", JpqlConditions.containing(f.text()));
    }

    static String orderBy(Sort sort) {
        String keys = sort.stream()
                .filter(order -> SORTABLE.containsKey(order.getProperty()))
                .map(order -> SORTABLE.get(order.getProperty()) + (order.isAscending() ? " asc" : " desc")
                        + ("dueDate".equals(order.getProperty()) ? " nulls last" : ""))
                .collect(Collectors.joining(", "));
        return " order by " + (keys.isEmpty() ? "r.requestedOn desc" : keys) + ", r.id desc";
    }

    List<SourcingRequestDetails.HistoryEntry> history(long requestId) {
        return entityManager.createQuery("""
                        select e.changedAt, e.status, e.reason, e.changedBy from SourcingRequestEvent e
                        where e.sourcingRequestId = :id order by e.changedAt, e.id""", Object[].class)
                .setParameter("id", requestId)
                .getResultStream()
                .map(r -> new SourcingRequestDetails.HistoryEntry((Instant) r[0], (SourcingRequestStatus) r[1],
                        (String) r[2], (String) r[3]))
                .toList();
    }

    /** The suppliers scouted for a request, furthest along first, then by score. */
    List<MatchRow> matches(long requestId) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.sourcing.MatchRow(m.id, m.version, s.id, s.legalName, s.city,
                            s.stateCode, m.score, m.status, m.note, m.updatedOn)
                        from SupplierMatch m join Supplier s on s.id = m.supplierId where m.sourcingRequest.id = :id
                        order by case m.status when org.partnerdashboard.sourcing.MatchStatus.AWARDED then 0
                            when org.partnerdashboard.sourcing.MatchStatus.INTRODUCED then 1
                            when org.partnerdashboard.sourcing.MatchStatus.SHORTLISTED then 2
                            when org.partnerdashboard.sourcing.MatchStatus.SUGGESTED then 3 else 4 end,
                            m.score desc, s.legalName""", MatchRow.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    List<SourcingRequestDetails.InterestRow> interests(long requestId) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.sourcing.SourcingRequestDetails$InterestRow(s.id, s.legalName,
                            i.note, i.createdAt, i.seenByStaff = false)
                        from SupplierInterest i join Supplier s on s.id = i.supplierId
                        where i.sourcingRequest.id = :id order by i.createdAt""",
                        SourcingRequestDetails.InterestRow.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /** The suppliers staff introduced for a request, with the contacts an introduction shares. */
    List<BuyerRequest.IntroducedSupplier> introduced(long requestId) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.sourcing.BuyerRequest$IntroducedSupplier(m.id, m.version,
                            s.legalName, s.city, s.stateCode, s.website, s.contactName, s.contactEmail, s.contactPhone,
                            m.introducedOn, m.status)
                        from SupplierMatch m join Supplier s on s.id = m.supplierId
                        where m.sourcingRequest.id = :id and m.introducedOn is not null
                        order by m.introducedOn, s.legalName""", BuyerRequest.IntroducedSupplier.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    List<SupplierMatchHistory> matchesOfSupplier(long supplierId) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.sourcing.SupplierMatchHistory(r.id, r.title, b.name, r.status,
                            m.status, m.score, m.updatedOn)
                        from SupplierMatch m join m.sourcingRequest r join r.buyer b where m.supplierId = :id
                        order by m.updatedOn desc, m.id desc""", SupplierMatchHistory.class)
                .setParameter("id", supplierId)
                .getResultList();
    }

    List<BuyerChoice> buyers(String text, int offset, int limit) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.sourcing.BuyerChoice(o.id, o.name) from Organization o
                        where o.kind in (org.partnerdashboard.base.OrganizationKind.BUYER,
                                org.partnerdashboard.base.OrganizationKind.SUPPLIER)
                            and lower(o.name) like :text escape '\\'
                        order by o.name, o.id""", BuyerChoice.class)
                .setParameter("text", "%" + JpqlConditions.escapeLike(text) + "%")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
