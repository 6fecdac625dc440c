package org.partnerdashboard.base;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only reference data every feature shares: NAICS subsectors and industries, areas. Read once for everyone (most
 * pages show a filter by county or subsector); areas followed for comparison are indicator data, so a change there
 * reads them anew.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

    private final EntityManager entityManager;
    private final SharedResults shared;

    ReferenceDataService(EntityManager entityManager, SharedResults shared) {
        this.entityManager = entityManager;
        this.shared = shared;
    }

    /** The list read once and shared (unmodifiable: every caller gets the same one). */
    private <T> List<T> read(String name, Supplier<List<T>> query) {
        return shared.get(Program.INDICATORS, "reference:" + name, () -> List.copyOf(query.get()));
    }

    /** Chicago's 77 community areas, by number: "25 Austin". */
    public List<String> communityAreas() {
        return read("community-areas", () -> entityManager.createQuery(
                        "select c.number, c.name from CommunityArea c order by c.number", Object[].class)
                .getResultStream().map(row -> row[0] + " " + row[1]).toList());
    }

    public List<Subsector> subsectors() {
        return read("subsectors", () -> entityManager.createQuery("""
                select new org.partnerdashboard.base.Subsector(n.code, n.title) from NaicsSubsector n order by n.code""",
                Subsector.class).getResultList());
    }

    /** The 346 six-digit manufacturing industries, by code. */
    public List<Industry> industries() {
        return read("industries", () -> entityManager.createQuery("""
                select new org.partnerdashboard.base.Industry(i.code, i.title, i.subsectorCode) from NaicsIndustry i
                order by i.code""", Industry.class).getResultList());
    }

    /** The seven Chicago-area counties, by name. */
    public List<County> counties() {
        return read("counties", () -> entityManager.createQuery("""
                select new org.partnerdashboard.base.County(a.fips, a.name) from Area a
                where a.kind = org.partnerdashboard.base.Area.Kind.COUNTY and a.partnershipArea
                order by a.name""", County.class)
                .getResultList());
    }

    /**
     * The partnership's areas (the metro area first, then the seven counties by name), then the areas followed to
     * compare with (metro areas, counties, states, the nation, each by name).
     */
    public List<AreaName> areas() {
        return read("areas", () -> entityManager.createQuery("""
                select new org.partnerdashboard.base.AreaName(a.fips, a.name, a.kind, a.partnershipArea) from Area a
                order by case when a.partnershipArea then 0 else 1 end,
                    case a.kind when org.partnerdashboard.base.Area.Kind.METRO then 0
                        when org.partnerdashboard.base.Area.Kind.COUNTY then 1
                        when org.partnerdashboard.base.Area.Kind.STATE then 2 else 3 end, a.name""",
                AreaName.class).getResultList());
    }
}
