package org.partnerdashboard.sourcing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Supply Chain Center's sourcing figures, aggregated by the database. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF,
        Role.Names.RESEARCH_EDITOR, Role.Names.EXECUTIVE})
public class SourcingStatisticsService {

    private static final String AWARDED = "org.partnerdashboard.sourcing.MatchStatus.AWARDED";

    private final EntityManager entityManager;

    SourcingStatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SourcingFunnel funnel() {
        Object[] r = entityManager.createQuery("""
                select count(r),
                    coalesce(sum(case when exists (select 1 from SupplierMatch m where m.sourcingRequest = r)
                        then 1 else 0 end), 0),
                    coalesce(sum(case when r.introducedOn is not null then 1 else 0 end), 0),
                    coalesce(sum(case when r.status = org.partnerdashboard.sourcing.SourcingRequestStatus.AWARDED
                        then 1 else 0 end), 0)
                from SourcingRequest r""", Object[].class).getSingleResult();
        return new SourcingFunnel(number(r[0]), number(r[1]), number(r[2]), number(r[3]));
    }

    /** Requests by where they stand now, in workflow order. */
    public List<GroupCount> requestsByStatus() {
        return entityManager.createQuery("select r.status, count(r) from SourcingRequest r group by r.status"
                        + " order by r.status", Object[].class)
                .getResultStream()
                .map(r -> new GroupCount(((Enum<?>) r[0]).name(), ((Enum<?>) r[0]).name(), number(r[1])))
                .toList();
    }


    /** The median days from request to introduction, per year the requests came in, and over all years. */
    public List<MedianDays> medianDaysToIntroduction() {
        List<MedianDays> years = entityManager.createQuery("""
                        select extract(year from r.requestedOn), count(r),
                            percentile_cont(0.5) within group (order by cast((r.introducedOn - r.requestedOn) by day as Double))
                        from SourcingRequest r where r.introducedOn is not null
                        group by extract(year from r.requestedOn) order by 1""", Object[].class)
                .getResultStream()
                .map(r -> new MedianDays(((Number) r[0]).intValue(), number(r[1]), ((Number) r[2]).doubleValue()))
                .toList();
        Object[] all = entityManager.createQuery("""
                select count(r), percentile_cont(0.5) within group (order by cast((r.introducedOn - r.requestedOn) by day as Double))
                from SourcingRequest r where r.introducedOn is not null""", Object[].class).getSingleResult();
        return all[1] == null ? years : Stream.concat(years.stream(),
                Stream.of(new MedianDays(0, number(all[0]), ((Number) all[1]).doubleValue()))).toList();
    }

    /** Requests per year the requests came in, by origin (staff-entered, buyer-submitted), and interests per year. */
    public List<SpacesYear> spacesByYear() {
        Map<Integer, long[]> years = new TreeMap<>();
        entityManager.createQuery("""
                        select extract(year from r.requestedOn), r.origin, count(r) from SourcingRequest r
                        group by extract(year from r.requestedOn), r.origin""", Object[].class)
                .getResultStream().forEach(r -> years.computeIfAbsent(((Number) r[0]).intValue(), y -> new long[3])
                        [r[1] == RequestOrigin.BUYER ? 1 : 0] += number(r[2]));
        entityManager.createQuery("""
                        select extract(year from i.createdAt), count(i) from SupplierInterest i
                        group by extract(year from i.createdAt)""", Object[].class)
                .getResultStream().forEach(r -> years.computeIfAbsent(((Number) r[0]).intValue(), y -> new long[3])
                        [2] += number(r[1]));
        return years.entrySet().stream().map(e -> new SpacesYear(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).toList();
    }

    public AwardedShare awardedShare() {
        Object[] r = entityManager.createQuery("""
                select count(m), coalesce(sum(case when s.stateCode = 'IL' then 1 else 0 end), 0)
                from SupplierMatch m join Supplier s on s.id = m.supplierId where m.status = %s""".formatted(AWARDED), Object[].class)
                .getSingleResult();
        return new AwardedShare(number(r[0]), number(r[1]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
