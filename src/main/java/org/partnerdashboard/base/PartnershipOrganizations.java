package org.partnerdashboard.base;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership itself: its three partners and the campaign's five community organizations exist in every
 * installation (users belong to them), created at start-up when missing, so a production start needs no hand-written
 * rows. Demo data, when asked for, comes first and brings the same organizations.
 */
@Component
@Order(50)
public class PartnershipOrganizations implements ApplicationRunner {

    /** An organization of the partnership as every installation has it. */
    public record Member(String name, String shortName, String city) {
    }

    public static final List<Member> PARTNERS = List.of(
            new Member("World Business Chicago", "WBC", "Chicago"),
            new Member("Illinois Manufacturing Excellence Center", "IMEC", "Peoria"),
            new Member("Illinois Manufacturers' Association", "IMA", "Springfield"));

    /** The five community-based organizations of the 1000 Jobs campaign. */
    public static final List<Member> COMMUNITY_ORGANIZATIONS = List.of(
            new Member("Bethel New Life", "BNL", "Chicago"),
            new Member("Instituto del Progreso Latino", "IPL", "Chicago"),
            new Member("Kinzie Industrial Development Corp.", "KIDC", "Chicago"),
            new Member("OAI Inc.", "OAI", "Chicago"),
            new Member("Safer Foundation", "SAFER", "Chicago"));

    private static final Logger log = LoggerFactory.getLogger(PartnershipOrganizations.class);

    private final OrganizationRepository organizations;

    PartnershipOrganizations(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add(PARTNERS, OrganizationKind.PARTNER);
        add(COMMUNITY_ORGANIZATIONS, OrganizationKind.COMMUNITY_ORGANIZATION);
    }

    private void add(List<Member> members, OrganizationKind kind) {
        for (Member member : members) {
            if (organizations.findByName(member.name()).isEmpty()) {
                Organization organization = new Organization(member.name(), kind);
                organization.setShortName(member.shortName());
                organization.setCity(member.city());
                if (kind == OrganizationKind.COMMUNITY_ORGANIZATION) {
                    organization.setCountyFips("17031");
                }
                organizations.save(organization);
                log.info("Added the partnership's organization {}", member.name());
            }
        }
    }
}
