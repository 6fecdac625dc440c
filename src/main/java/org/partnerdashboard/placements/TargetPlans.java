package org.partnerdashboard.placements;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.springframework.stereotype.Component;

/** Reads the year's targets of every community organization, for the targets page and for pacing. */
@Component
class TargetPlans {

    private final PlacementTargetRepository targets;
    private final OrganizationRepository organizations;

    TargetPlans(PlacementTargetRepository targets, OrganizationRepository organizations) {
        this.targets = targets;
        this.organizations = organizations;
    }

    List<OrganizationTargets> targets(int year) {
        Map<Long, List<PlacementTarget>> byOrganization = targets.findByYear(year).stream()
                .collect(Collectors.groupingBy(PlacementTarget::getOrganizationId));
        return organizations.findByKindInOrderByName(List.of(OrganizationKind.COMMUNITY_ORGANIZATION)).stream()
                .map(o -> of(o, byOrganization.getOrDefault(o.getId(), List.of()))).toList();
    }

    static OrganizationTargets of(Organization organization, List<PlacementTarget> set) {
        Map<TargetType, Integer> values = new EnumMap<>(TargetType.class);
        set.forEach(t -> values.put(t.getType(), t.getTarget()));
        String notes = set.stream().map(PlacementTarget::getNotes).filter(Objects::nonNull).findFirst().orElse(null);
        Instant last = set.stream().map(PlacementTarget::getUpdatedAt).max(Comparator.naturalOrder()).orElse(null);
        return new OrganizationTargets(organization.getId(), organization.getName(), Map.copyOf(values), notes, last);
    }
}
