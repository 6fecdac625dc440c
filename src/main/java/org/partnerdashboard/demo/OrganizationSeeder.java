package org.partnerdashboard.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partners, the five community-based organizations, training providers, employers and buyers. */
final class OrganizationSeeder {

    private static final String INSERT = """
            INSERT INTO organization (id, version, name, short_name, kind, city, county_fips, naics_code)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Pick pick;
    private final CompanyNames names;
    private long nextId = 1;

    OrganizationSeeder(JdbcTemplate jdbc, Pick pick, CompanyNames names) {
        this.jdbc = jdbc;
        this.pick = pick;
        this.names = names;
    }

    DemoOrganizations seed(int employers, int buyers) {
        List<Long> communityIds = new ArrayList<>();
        List<String> communityShortNames = new ArrayList<>();
        Map<String, List<Long>> employersBySubsector = new HashMap<>();
        List<Long> buyerIds = new ArrayList<>();
        try (BatchWriter out = new BatchWriter(jdbc, INSERT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR)) {
            for (DemoVocabulary.NamedOrg org : DemoVocabulary.PARTNERS) {
                out.add(nextId++, org.name(), org.shortName(), "PARTNER", org.city(), null, null);
            }
            for (DemoVocabulary.NamedOrg org : DemoVocabulary.COMMUNITY_ORGANIZATIONS) {
                communityIds.add(nextId);
                communityShortNames.add(org.shortName());
                out.add(nextId++, org.name(), org.shortName(), "COMMUNITY_ORGANIZATION", org.city(), "17031", null);
            }
            for (DemoVocabulary.NamedOrg org : DemoVocabulary.TRAINING_PROVIDERS) {
                out.add(nextId++, org.name(), org.shortName(), "TRAINING_PROVIDER", org.city(), "17031", null);
            }
            for (int i = 0; i < employers; i++) {
                String subsector = pick.weighted(DemoVocabulary.SUBSECTORS, DemoVocabulary.SUBSECTOR_WEIGHTS);
                employersBySubsector.computeIfAbsent(subsector, s -> new ArrayList<>()).add(nextId);
                addCompany(out, "EMPLOYER", subsector);
            }
            for (int i = 0; i < buyers; i++) {
                buyerIds.add(nextId);
                addCompany(out, "BUYER", pick.weighted(DemoVocabulary.SUBSECTORS, DemoVocabulary.SUBSECTOR_WEIGHTS));
            }
        }
        return new DemoOrganizations(communityIds, communityShortNames, employersBySubsector, buyerIds, nextId - 1);
    }

    private void addCompany(BatchWriter out, String kind, String subsector) {
        DemoVocabulary.County county = pick.weighted(DemoVocabulary.COUNTIES, countyWeights());
        String city = pick.one(county.cities());
        out.add(nextId++, names.next(subsector, city), null, kind, city, county.fips(), subsector);
    }

    static double[] countyWeights() {
        return DemoVocabulary.COUNTIES.stream().mapToDouble(DemoVocabulary.County::weight).toArray();
    }
}
