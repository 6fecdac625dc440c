package org.partnerdashboard.suppliers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.NewsletterOptIn;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public supplier registration: open to anyone (no sign-in), so it validates everything, limits registrations
 * per network address, and never creates an approved supplier: a registration waits as pending for staff, flagged
 * when it looks like a supplier already known.
 */
@Service
public class SupplierRegistrationService {

    private final ApplicationEventPublisher events;

    private final SupplierRepository suppliers;
    private final SupplierDecisionRepository decisions;
    private final SupplierQueries queries;
    private final ReferenceDataService referenceData;
    private final RegistrationLimiter limiter;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SupplierRegistrationService(SupplierRepository suppliers, SupplierDecisionRepository decisions,
            SupplierQueries queries, ReferenceDataService referenceData, RegistrationLimiter limiter,
            CurrentUser currentUser, AuditService audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.suppliers = suppliers;
        this.decisions = decisions;
        this.queries = queries;
        this.referenceData = referenceData;
        this.limiter = limiter;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a registration as pending.
     *
     * @param remoteAddress the sender's network address, for the rate limit
     * @throws InvalidInputException when a field is invalid or the address sent too many registrations
     */
    @Transactional
    public RegistrationReceipt register(SupplierRegistration registration, String remoteAddress) {
        return register(registration, remoteAddress, null);
    }

    /**
     * The same, with the contact's wish to receive the newsletter (null: not asked for); the subscription waits for
     * the contact's confirmation and is kept only if the registration is.
     */
    @Transactional
    public RegistrationReceipt register(SupplierRegistration registration, String remoteAddress,
            NewsletterOptIn newsletter) {
        events.publishEvent(new DataChange(Program.SUPPLIERS));
        List<Industry> industries = referenceData.industries();
        Set<String> counties = referenceData.counties().stream().map(County::fips).collect(Collectors.toSet());
        SupplierRules.check(registration, industries.stream().map(Industry::code).collect(Collectors.toSet()), counties);
        if (!limiter.mayRegister(remoteAddress)) {
            throw new InvalidInputException("registration.error.rate-limit");
        }
        String primarySubsector = industries.stream().filter(i -> i.code().equals(registration.naicsCodes().getFirst()))
                .findFirst().orElseThrow().subsectorCode();
        LocalDate today = LocalDate.now(clock);
        Supplier supplier = new Supplier(registration.legalName().trim(), registration.city().trim(),
                registration.stateCode(), primarySubsector, today);
        supplier.setStreet(SupplierRules.trimmed(registration.street()));
        supplier.setZipCode(registration.zipCode().trim());
        supplier.setCountyFips(registration.countyFips());
        supplier.setContactName(registration.contactName().trim());
        supplier.setContactEmail(registration.contactEmail().trim().toLowerCase(Locale.ROOT));
        supplier.setContactPhone(SupplierRules.trimmed(registration.contactPhone()));
        supplier.setWebsite(SupplierRules.trimmed(registration.website()));
        supplier.setEmployeeCount(registration.employeeCount());
        supplier.setBuyAmerica(registration.buyAmerica());
        supplier.getNaicsCodes().addAll(new HashSet<>(registration.naicsCodes()));
        addAll(supplier.getCapabilities(), registration.capabilities());
        addAll(supplier.getQualityCertifications(), registration.qualityCertifications());
        addAll(supplier.getDiversityCertifications(), registration.diversityCertifications());
        Long lookalike = queries.lookalike(supplier.getNameKey(), supplier.getContactEmail()).orElse(null);
        supplier.flagPossibleDuplicateOf(lookalike);
        supplier.registeredFrom(RegistrationLimiter.key(remoteAddress), clock.instant());
        suppliers.saveAndFlush(supplier);
        decisions.save(new SupplierDecision(supplier.getId(), SupplierDecisionKind.REGISTERED, null, lookalike,
                currentUser.usernameOrAnonymous(), clock.instant()));
        if (newsletter != null) {
            events.publishEvent(new NewsletterOptIn(supplier.getContactEmail(), newsletter.language(),
                    newsletter.appAddress()));
        }
        audit.record(AuditAction.CREATE, "SupplierRegistration", supplier.getId(),
                lookalike == null ? null : "possible duplicate of supplier " + lookalike);
        return new RegistrationReceipt(supplier.getId(), "SCC-" + today.getYear() + "-" + supplier.getId());
    }

    private static <T> void addAll(Set<T> target, Set<T> values) {
        if (values != null) {
            target.addAll(values);
        }
    }
}
