package org.partnerdashboard.placements;

import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The community organization a user records people for: their own, or any of the five for campaign staff. */
@Component
class PlacingOrganizations {

    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;

    PlacingOrganizations(OrganizationRepository organizations, CurrentUser currentUser) {
        this.organizations = organizations;
        this.currentUser = currentUser;
    }

    Organization forCurrentUser(long id) {
        AccessScope scope = currentUser.scope();
        if (scope.limitedToOwnOrganization() && id != scope.organizationId()) {
            throw new AccessDeniedException("Records for another organization");
        }
        Organization organization = organizations.findById(id)
                .orElseThrow(() -> new InvalidInputException("error.required", "job-seeker.organization"));
        if (organization.getKind() != OrganizationKind.COMMUNITY_ORGANIZATION) {
            throw new InvalidInputException("job-seeker.error.organization-kind");
        }
        return organization;
    }
}
