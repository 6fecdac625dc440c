package org.partnerdashboard.placements;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing job seekers and their placements. Community-organization staff work on their own
 * organization's people (with contacts); campaign staff on everyone's, without seeing contacts. Every change is
 * validated, checked for concurrent edits and audited.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class JobSeekerService {

    private final ApplicationEventPublisher events;

    private final JobSeekerRepository jobSeekers;
    private final PlacementRepository placements;
    private final PlacementMonthCounts monthCounts;
    private final RetentionCheckRepository checks;
    private final OrganizationRepository organizations;
    private final PlacingOrganizations placingOrganizations;
    private final CampaignSettings campaign;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    JobSeekerService(JobSeekerRepository jobSeekers, PlacementRepository placements, RetentionCheckRepository checks,
            OrganizationRepository organizations, PlacingOrganizations placingOrganizations, CampaignSettings campaign,
            CurrentUser currentUser, AuditService audit, Clock clock,
            ApplicationEventPublisher events, PlacementMonthCounts monthCounts) {
        this.events = events;
        this.monthCounts = monthCounts;
        this.jobSeekers = jobSeekers;
        this.placements = placements;
        this.checks = checks;
        this.organizations = organizations;
        this.placingOrganizations = placingOrganizations;
        this.campaign = campaign;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The job seeker behind a placement, for opening the editor from the placements grid. */
    @Transactional(readOnly = true)
    public long jobSeekerOfPlacement(long placementId) {
        Placement placement = placements.findById(placementId)
                .orElseThrow(() -> new InvalidInputException("job-seeker.error.not-found"));
        return visible(placement.getJobSeeker()).getId();
    }

    @Transactional(readOnly = true)
    public JobSeekerDetails load(long id) {
        JobSeeker seeker = visible(jobSeekers.findById(id)
                .orElseThrow(() -> new InvalidInputException("job-seeker.error.not-found")));
        audit.record(AuditAction.VIEW_PERSONAL_DATA, "JobSeeker", id, null);
        boolean contacts = currentUser.scope().seesContactsOf(seeker.getReferringOrganization().getId());
        List<JobSeekerDetails.Placed> placed = placements.findByJobSeekerOrderByStartDateDesc(seeker).stream()
                .map(p -> new JobSeekerDetails.Placed(p.getId(), p.getVersion(), new PlacementDraft(
                        p.getEmployer().getId(), p.getJobTitle(), p.getNaicsCode(), p.getPlacementType(),
                        p.getStartDate(), p.getEndDate(), p.getHourlyWage(), p.isFullTime(), p.getStatus(),
                        p.getCredential()),
                        p.getEmployer().getName()))
                .toList();
        return new JobSeekerDetails(seeker.getId(), seeker.getVersion(), new JobSeekerDraft(seeker.getExternalId(),
                seeker.getFirstName(), seeker.getLastName(), contacts ? seeker.getEmail() : null,
                contacts ? seeker.getPhone() : null, seeker.getZipCode(), seeker.getCommunityAreaNumber(),
                seeker.getReferringOrganization().getId()), seeker.getReferringOrganization().getName(), contacts,
                placed);
    }

    /**
     * Existing people with the same name, email or phone, within what the user may see: a match on a contact only
     * among people whose contacts the user may read (a typed email never names someone the user could not look up).
     * Every check is audited, with what it found.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> possibleDuplicates(JobSeekerDraft draft, Long excludeId) {
        AccessScope scope = currentUser.scope();
        boolean contactsUsable = scope.seesContactsOf(scope.organizationId());
        String email = contactsUsable ? PlacementRules.blank(draft.email()).toLowerCase(Locale.ROOT) : "";
        String phone = contactsUsable ? PlacementRules.blank(draft.phone()) : "";
        String first = PlacementRules.blank(draft.firstName()).toLowerCase(Locale.ROOT);
        String last = PlacementRules.blank(draft.lastName()).toLowerCase(Locale.ROOT);
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (JobSeeker s : jobSeekers.findLookalikes(excludeId, first, last, email.isEmpty() ? null : email,
                phone.isEmpty() ? null : phone, PageRequest.of(0, 10))) {
            long organization = s.getReferringOrganization().getId();
            boolean sameName = s.getFirstName().equalsIgnoreCase(first) && s.getLastName().equalsIgnoreCase(last);
            if ((scope.limitedToOwnOrganization() && organization != scope.organizationId())
                    || (!sameName && !scope.seesContactsOf(organization))) {
                continue;
            }
            candidates.add(new DuplicateCandidate(s.getId(), s.getLastName() + ", " + s.getFirstName(),
                    s.getReferringOrganization().getName(),
                    sameName ? "job-seeker.duplicate.same-name" : "job-seeker.duplicate.same-contact"));
        }
        audit.record(AuditAction.VIEW_PERSONAL_DATA, "JobSeekerDuplicateCheck", null, candidates.isEmpty()
                ? "no match" : candidates.size() + " possible: " + candidates.stream()
                        .map(c -> String.valueOf(c.id())).collect(Collectors.joining(", ")));
        return candidates;
    }

    /** @param duplicatesConfirmed the user saw the likely duplicates and says this is a different person */
    public long create(JobSeekerDraft draft, boolean duplicatesConfirmed) {
        PlacementRules.checkJobSeeker(draft);
        Organization organization = placingOrganizations.forCurrentUser(draft.referringOrganizationId());
        checkDuplicates(draft, null, duplicatesConfirmed);
        JobSeeker seeker = new JobSeeker(draft.firstName().trim(), draft.lastName().trim(), organization,
                clock.instant());
        apply(seeker, draft, true);
        jobSeekers.saveAndFlush(seeker);
        audit.record(AuditAction.CREATE, "JobSeeker", seeker.getId(), organization.getName());
        return seeker.getId();
    }

    public void update(long id, long version, JobSeekerDraft draft, boolean duplicatesConfirmed) {
        JobSeeker seeker = visible(jobSeekers.findById(id)
                .orElseThrow(() -> new InvalidInputException("job-seeker.error.not-found")));
        if (seeker.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        PlacementRules.checkJobSeeker(new JobSeekerDraft(draft.externalId(), draft.firstName(), draft.lastName(),
                draft.email(), draft.phone(), draft.zipCode(), draft.communityAreaNumber(),
                seeker.getReferringOrganization().getId()));
        boolean nameChanged = !seeker.getFirstName().equalsIgnoreCase(PlacementRules.blank(draft.firstName()))
                || !seeker.getLastName().equalsIgnoreCase(PlacementRules.blank(draft.lastName()));
        if (nameChanged) {
            checkDuplicates(draft, id, duplicatesConfirmed);
        }
        seeker.setFirstName(draft.firstName().trim());
        seeker.setLastName(draft.lastName().trim());
        apply(seeker, draft, currentUser.scope().seesContactsOf(seeker.getReferringOrganization().getId()));
        jobSeekers.flush();
        audit.record(AuditAction.UPDATE, "JobSeeker", id, null);
    }

    public long addPlacement(long jobSeekerId, PlacementDraft draft) {
        events.publishEvent(new DataChange(Program.PLACEMENTS));
        JobSeeker seeker = visible(jobSeekers.findById(jobSeekerId)
                .orElseThrow(() -> new InvalidInputException("job-seeker.error.not-found")));
        PlacementRules.checkPlacement(draft, campaign, LocalDate.now(clock));
        checkOneActive(seeker, null, draft);
        Placement placement = new Placement(seeker, seeker.getReferringOrganization(), employer(draft.employerId()),
                draft.jobTitle().trim(), draft.naicsCode(), draft.type(), draft.startDate(), clock.instant());
        placement.update(employer(draft.employerId()), draft.jobTitle().trim(), draft.naicsCode(), draft.type(),
                draft.startDate(), draft.endDate(), draft.hourlyWage(), draft.fullTime(), draft.status());
        placement.setCredential(draft.credential());
        placements.save(placement);
        for (int days : new int[] {30, 90, 180}) {
            checks.save(new RetentionCheck(placement, days));
        }
        placements.flush();
        monthCounts.refresh(List.of(placement.getStartDate()));
        audit.record(AuditAction.CREATE, "Placement", placement.getId(), "job seeker " + jobSeekerId);
        return placement.getId();
    }

    public void updatePlacement(long placementId, long version, PlacementDraft draft) {
        events.publishEvent(new DataChange(Program.PLACEMENTS));
        Placement placement = placements.findById(placementId)
                .orElseThrow(() -> new InvalidInputException("placement.error.not-found"));
        visible(placement.getJobSeeker());
        if (placement.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        PlacementRules.checkPlacement(draft, campaign, LocalDate.now(clock));
        checkOneActive(placement.getJobSeeker(), placement, draft);
        LocalDate previousStart = placement.getStartDate();
        placement.update(employer(draft.employerId()), draft.jobTitle().trim(), draft.naicsCode(), draft.type(),
                draft.startDate(), draft.endDate(), draft.hourlyWage(), draft.fullTime(), draft.status());
        placement.setCredential(draft.credential());
        checks.findByPlacement(placement).forEach(RetentionCheck::reschedule);
        placements.flush();
        monthCounts.refresh(List.of(previousStart, placement.getStartDate()));
        audit.record(AuditAction.UPDATE, "Placement", placementId, null);
    }

    private void checkOneActive(JobSeeker seeker, Placement editing, PlacementDraft draft) {
        if (draft.status() == PlacementStatus.ACTIVE && placements.findByJobSeekerOrderByStartDateDesc(seeker).stream()
                .anyMatch(p -> p != editing && p.getStatus() == PlacementStatus.ACTIVE)) {
            throw new InvalidInputException("placement.error.one-active");
        }
    }

    private void checkDuplicates(JobSeekerDraft draft, Long excludeId, boolean confirmed) {
        if (!confirmed) {
            List<DuplicateCandidate> duplicates = possibleDuplicates(draft, excludeId);
            if (!duplicates.isEmpty()) {
                throw new PossibleDuplicateException(duplicates);
            }
        }
    }

    private void apply(JobSeeker seeker, JobSeekerDraft draft, boolean contactsEditable) {
        seeker.setExternalId(emptyToNull(draft.externalId()));
        seeker.setZipCode(emptyToNull(draft.zipCode()));
        seeker.setCommunityAreaNumber(draft.communityAreaNumber());
        if (contactsEditable) {
            seeker.setEmail(emptyToNull(draft.email()));
            seeker.setPhone(emptyToNull(draft.phone()));
        }
    }

    /** The job seeker, if the user may see them; community-organization staff only their own organization's. */
    private JobSeeker visible(JobSeeker seeker) {
        AccessScope scope = currentUser.scope();
        if (scope.limitedToOwnOrganization() && seeker.getReferringOrganization().getId() != scope.organizationId()) {
            throw new AccessDeniedException("Job seeker of another organization");
        }
        return seeker;
    }

    private Organization employer(long id) {
        Organization employer = organizations.findById(id)
                .orElseThrow(() -> new InvalidInputException("error.required", "placements.employer"));
        if (employer.getKind() != OrganizationKind.EMPLOYER) {
            throw new InvalidInputException("placement.error.employer-kind");
        }
        return employer;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
