package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier space's own company: the signed-in supplier's people read and keep its profile current. The company
 * is always the account's own (from the account's organization, never from a parameter); each change joins the
 * supplier's history, which staff see.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLIER)
public class SupplierSpaceService {

    private final SupplierRepository suppliers;
    private final SupplierDecisionRepository decisions;
    private final SupplierQueries queries;
    private final CertificationChangeRepository certificationChanges;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupplierSpaceService(SupplierRepository suppliers, SupplierDecisionRepository decisions, SupplierQueries queries,
            CertificationChangeRepository certificationChanges, ReferenceDataService referenceData,
            CurrentUser currentUser, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.suppliers = suppliers;
        this.decisions = decisions;
        this.queries = queries;
        this.certificationChanges = certificationChanges;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in account's supplier. */
    @Transactional(readOnly = true)
    public long mySupplierId() {
        return own().getId();
    }

    /** The signed-in account's supplier's legal name. */
    @Transactional(readOnly = true)
    public String myCompanyName() {
        return own().getLegalName();
    }

    @Transactional(readOnly = true)
    public MyCompany myCompany() {
        Supplier s = own();
        Map<String, Industry> industries = referenceData.industries().stream()
                .collect(Collectors.toMap(Industry::code, Function.identity()));
        List<MyCompany.Change> changes = queries.history(s.getId()).stream()
                .filter(entry -> entry.decision().ownChange())
                .map(entry -> new MyCompany.Change(entry.at(), entry.decision(), entry.reason())).toList();
        return new MyCompany(s.getId(), s.getVersion(), s.getLegalName(), s.getStreet(), s.getCity(),
                s.getStateCode(), s.getZipCode(),
                s.getNaicsCodes().stream().sorted().map(industries::get).filter(Objects::nonNull).toList(),
                Set.copyOf(s.getQualityCertifications()), Set.copyOf(s.getDiversityCertifications()),
                queries.heldCertifications(s, today()), queries.certificationChanges(s.getId(), false), profile(s),
                changes);
    }

    /** Saves the profile, all or nothing; the history says which parts changed. Nothing changed: nothing written. */
    public void updateProfile(long version, CompanyProfile profile) {
        SupplierRules.checkProfile(profile);
        Supplier s = own();
        if (s.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        CompanyProfile before = profile(s);
        List<String> changed = changedParts(before, profile);
        if (changed.isEmpty()) {
            return;
        }
        s.setContactName(profile.contactName().trim());
        s.setContactEmail(profile.contactEmail().trim());
        s.setContactPhone(SupplierRules.trimmed(profile.contactPhone()));
        s.setWebsite(SupplierRules.trimmed(profile.website()));
        s.setEmployeeCount(profile.employeeCount());
        s.getCapabilities().clear();
        s.getCapabilities().addAll(profile.capabilities());
        s.setProductsServices(SupplierRules.trimmed(profile.productsServices()));
        s.setBuyAmerica(profile.buyAmerica());
        suppliers.flush();
        String what = String.join(", ", changed);
        decisions.save(new SupplierDecision(s.getId(), SupplierDecisionKind.PROFILE_UPDATED, what, null,
                currentUser.usernameOrAnonymous(), clock.instant()));
        audit.record(AuditAction.UPDATE, "Supplier", s.getId(), "profile in the supplier space: " + what);
        events.publishEvent(new DataChange(Program.SUPPLIERS));
    }

    /**
     * Proposes a certification with its certificate's expiry date: an addition, or a renewal of one held. It waits
     * for staff to verify it; meanwhile the record stays as it was.
     */
    public long proposeCertification(String code, LocalDate expiresOn) {
        Supplier s = own();
        Enum<?> certification = certification(s, code);
        CertificationRules.checkExpiry(expiresOn, today());
        if (s.holds(certification) && expiresOn.equals(s.getCertificationExpiry().get(code))) {
            throw new InvalidInputException("certifications.error.unchanged", "certifications.expires-on");
        }
        return propose(s, new CertificationChange(s.getId(), certification,
                s.holds(certification) ? CertificationChangeKind.RENEW : CertificationChangeKind.ADD, expiresOn,
                currentUser.usernameOrAnonymous(), clock.instant()));
    }

    /** Proposes removing a certification the company no longer holds; staff verify that too. */
    public long proposeRemoval(String code) {
        Supplier s = own();
        Enum<?> certification = certification(s, code);
        if (!s.holds(certification)) {
            throw new InvalidInputException("certifications.error.not-held", "certifications.certification");
        }
        return propose(s, new CertificationChange(s.getId(), certification, CertificationChangeKind.REMOVE, null,
                currentUser.usernameOrAnonymous(), clock.instant()));
    }

    /** Takes back one of the company's own proposals while it still waits. */
    public void withdrawCertificationChange(long changeId) {
        Supplier s = own();
        CertificationChange change = certificationChanges.findById(changeId)
                .filter(c -> c.getSupplierId() == s.getId())
                .filter(c -> c.getStatus() == CertificationChangeStatus.PENDING)
                .orElseThrow(() -> new InvalidInputException("certifications.error.not-pending"));
        change.decide(CertificationChangeStatus.WITHDRAWN, currentUser.usernameOrAnonymous(), clock.instant(), null);
        audit.record(AuditAction.UPDATE, "Supplier", s.getId(), "certification change withdrawn: " + change.describe());
    }

    private Enum<?> certification(Supplier s, String code) {
        Enum<?> certification = Certifications.of(code).orElseThrow(
                () -> new InvalidInputException("certifications.error.unknown", "certifications.certification"));
        if (certificationChanges.existsBySupplierIdAndCertificationAndStatus(s.getId(), code,
                CertificationChangeStatus.PENDING)) {
            throw new InvalidInputException("certifications.error.waiting", "certifications.certification");
        }
        return certification;
    }

    private long propose(Supplier s, CertificationChange change) {
        certificationChanges.saveAndFlush(change);
        decisions.save(new SupplierDecision(s.getId(), SupplierDecisionKind.CERT_PROPOSED, change.describe(), null,
                currentUser.usernameOrAnonymous(), clock.instant()));
        audit.record(AuditAction.UPDATE, "Supplier", s.getId(), "certification change proposed: " + change.describe());
        return change.getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static CompanyProfile profile(Supplier s) {
        Set<Capability> capabilities = s.getCapabilities().isEmpty() ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(s.getCapabilities());
        return new CompanyProfile(s.getContactName(), s.getContactEmail(), s.getContactPhone(), s.getWebsite(),
                s.getEmployeeCount(), capabilities, s.getProductsServices(), s.isBuyAmerica());
    }

    /** The parts of the profile that differ, named in the history's words (English: the history is staff's record). */
    static List<String> changedParts(CompanyProfile before, CompanyProfile after) {
        List<String> changed = new ArrayList<>();
        if (!same(before.contactName(), after.contactName()) || !same(before.contactEmail(), after.contactEmail())
                || !same(before.contactPhone(), after.contactPhone())) {
            changed.add("contact");
        }
        if (!same(before.website(), after.website())) {
            changed.add("website");
        }
        if (!Objects.equals(before.employeeCount(), after.employeeCount())) {
            changed.add("employees " + before.employeeCount() + " → " + after.employeeCount());
        }
        if (!before.capabilities().equals(after.capabilities())) {
            changed.add("capabilities");
        }
        if (!same(before.productsServices(), after.productsServices())) {
            changed.add("products and services");
        }
        if (before.buyAmerica() != after.buyAmerica()) {
            changed.add(after.buyAmerica() ? "Buy America: yes" : "Buy America: no");
        }
        return changed;
    }

    private static boolean same(String a, String b) {
        return SupplierRules.blank(a).equals(SupplierRules.blank(b));
    }

    private Supplier own() {
        return suppliers.findByOrganizationId(currentUser.scope().organizationId())
                .orElseThrow(() -> new AccessDeniedException("No supplier for this account"));
    }
}
