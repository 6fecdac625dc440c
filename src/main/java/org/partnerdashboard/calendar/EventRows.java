package org.partnerdashboard.calendar;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationRepository;
import org.springframework.stereotype.Component;

/** Events as rows, with their hosts' names (read in one query). */
@Component
class EventRows {

    private final OrganizationRepository organizations;

    EventRows(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    List<EventRow> of(List<PartnershipEvent> found) {
        Map<Long, String> names = organizations.findAllById(found.stream().flatMap(e -> e.getHostIds().stream())
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(Organization::getId, Organization::getName));
        return found.stream().map(e -> new EventRow(e.getId(), e.getVersion(), e.getKind(), e.getTitle(),
                e.getStartsOn(), e.getEndsOn(), e.getPlace(), Set.copyOf(e.getHostIds()),
                e.getHostIds().stream().map(names::get).filter(Objects::nonNull).sorted().toList(), e.getNotes()))
                .toList();
    }
}
