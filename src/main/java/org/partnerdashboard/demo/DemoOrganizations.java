package org.partnerdashboard.demo;

import java.util.List;
import java.util.Map;

/** The organizations the generator created, for the seeders that link to them. */
record DemoOrganizations(
        List<Long> communityOrganizationIds,
        List<String> communityOrganizationShortNames,
        Map<String, List<Long>> employersBySubsector,
        List<Long> buyerIds,
        long maxId) {
}
