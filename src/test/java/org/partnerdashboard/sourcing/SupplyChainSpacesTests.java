package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.security.InvitationRow;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.CertificationChangeKind;
import org.partnerdashboard.suppliers.CertificationChangeRow;
import org.partnerdashboard.suppliers.CertificationChangeStatus;
import org.partnerdashboard.suppliers.CertificationReviewService;
import org.partnerdashboard.suppliers.CertificationStanding;
import org.partnerdashboard.suppliers.CompanyProfile;
import org.partnerdashboard.suppliers.HeldCertification;
import org.partnerdashboard.suppliers.MyCompany;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.SupplierAccountService;
import org.partnerdashboard.suppliers.SupplierDecisionKind;
import org.partnerdashboard.suppliers.SupplierScope;
import org.partnerdashboard.suppliers.SupplierSpaceService;
import org.partnerdashboard.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Supply Chain Center's two spaces, end to end through the services: invitations and their one-time links,
 * the supplier's opportunities and interests, the buyer's requests and awards; H2 and PostgreSQL.
 */
@Transactional
abstract class SupplyChainSpacesTests {

    private static final Pattern LINK = Pattern.compile("https://app\\.example/welcome\\?token=(\\S+)");

    @Autowired
    SupplierAccountService supplierAccounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    SupplierSpaceService supplierSpace;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    BuyerSpaceService buyerSpace;

    @Autowired
    ScoutingService scouting;

    @Autowired
    SourcingService sourcing;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        contexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    private long approvedSupplierWithoutAccount() {
        return jdbc.queryForObject("""
                SELECT MIN(id) FROM supplier WHERE registration_status = 'APPROVED' AND organization_id IS NULL""",
                Long.class);
    }

    /** Invites someone as Supply Chain Center staff and returns the link's secret, read from the message sent. */
    private String invite(long supplierId, String email, Locale language) {
        signInAs("imec.staff");
        supplierAccounts.invite(supplierId, email, "Ana Ruiz", language, "https://app.example/");
        entityManager.flush(); // the message, written through JPA, before reading it with SQL
        String text = jdbc.queryForObject(
                "SELECT text_body FROM outgoing_mail WHERE recipient = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                String.class, email);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("the message carries the link: %s", text).isTrue();
        contexts.clearContext();
        return link.group(1);
    }

    @Test
    void anInvitationArrivesInTheInviteesLanguageAndOpensOneAccountOnce() {
        long supplierId = approvedSupplierWithoutAccount();
        String token = invite(supplierId, "ana.ruiz@acme.example", Languages.SPANISH);

        assertThat(jdbc.queryForObject("SELECT subject FROM outgoing_mail WHERE recipient = 'ana.ruiz@acme.example'",
                String.class)).startsWith("Su invitación");
        assertThat(jdbc.queryForObject("SELECT html_body FROM outgoing_mail WHERE recipient = 'ana.ruiz@acme.example'",
                String.class)).contains("lang=\"es\"").contains("href=\"https://app.example/welcome?token=");
        assertThat(jdbc.queryForObject("SELECT expires_at FROM account_invitation WHERE email = 'ana.ruiz@acme.example'",
                Timestamp.class).toInstant()).isEqualTo(TestClock.NOW.plus(Duration.ofDays(7)));
        InvitationService.OpenInvitation open = invitations.open(token).orElseThrow();
        assertThat(open.role()).isEqualTo(Role.SUPPLIER);
        assertThat(open.suggestedUsername()).isEqualTo("ana.ruiz");

        String username = invitations.accept(token, "ana.ruiz", "a long enough password");

        assertThat(jdbc.queryForObject("SELECT role || ' ' || email || ' ' || language FROM app_user WHERE username = ?",
                String.class, username)).isEqualTo("SUPPLIER ana.ruiz@acme.example es-US");
        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "ana.second", "a long enough password"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitations.error.link-closed"));
        signInAs("ana.ruiz");
        assertThat(supplierSpace.mySupplierId()).isEqualTo(supplierId);
        signInAs("imec.staff");
        assertThat(supplierAccounts.accounts(supplierId).invitations()).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(InvitationRow.State.ACCEPTED));
        assertThat(supplierAccounts.accounts(supplierId).accounts()).extracting(a -> a.username())
                .containsExactly("ana.ruiz");
    }

    @Test
    void anExpiredOrWithdrawnLinkOpensNothing() {
        long supplierId = approvedSupplierWithoutAccount();
        String expired = invite(supplierId, "late@acme.example", Languages.ENGLISH);
        jdbc.update("UPDATE account_invitation SET expires_at = ? WHERE email = 'late@acme.example'",
                Timestamp.from(TestClock.NOW.minusSeconds(1)));
        entityManager.clear(); // the invitation as the database now has it

        assertThat(invitations.open(expired)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(expired, "late.person", "a long enough password"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(invitations.open("inv_made-up")).isEmpty();

        String withdrawn = invite(supplierId, "other@acme.example", Languages.ENGLISH);
        signInAs("imec.staff");
        InvitationRow waiting = supplierAccounts.accounts(supplierId).invitations().stream()
                .filter(i -> i.email().equals("other@acme.example")).findFirst().orElseThrow();
        assertThat(waiting.state()).isEqualTo(InvitationRow.State.WAITING);
        invitations.withdraw(waiting.id(), waiting.version());
        contexts.clearContext();

        assertThat(invitations.open(withdrawn)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE email IN ('late@acme.example',"
                + " 'other@acme.example')", Long.class)).isZero();
    }

    @Test
    void onlyApprovedSuppliersAreInvitedAndTheAddressIsChecked() {
        signInAs("imec.staff");
        long pending = jdbc.queryForObject("SELECT MIN(id) FROM supplier WHERE registration_status = 'PENDING'",
                Long.class);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM account_invitation", Long.class);

        assertThatThrownBy(() -> supplierAccounts.invite(pending, "a@b.example", "A", Locale.US, "https://app.example/"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitations.error.not-approved"));
        assertThatThrownBy(() -> supplierAccounts.invite(approvedSupplierWithoutAccount(), "not an address", "A",
                Locale.US, "https://app.example/"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitations.error.email"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_invitation", Long.class)).isEqualTo(before);
    }

    @Test
    void staffDisableAManufacturersAccountButNeverAStaffAccount() {
        signInAs("imec.staff");
        long supplierDemo = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'supplier.demo'", Long.class);
        long version = jdbc.queryForObject("SELECT version FROM app_user WHERE id = ?", Long.class, supplierDemo);
        long staff = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'ima.staff'", Long.class);

        invitations.setAccountEnabled(supplierDemo, version, false);

        assertThat(users.loadUserByUsername("supplier.demo").isEnabled()).isFalse();
        assertThatThrownBy(() -> invitations.setAccountEnabled(staff, 0, false))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSupplierSeesRequestsThatFitItAndStaffSeeItsInterestInScouting() {
        signInAs("supplier.demo");
        long me = supplierSpace.mySupplierId();
        List<Opportunity> offered = opportunities.opportunities();

        assertThat(offered).isNotEmpty().allSatisfy(o -> assertThat(o.interestedAt() != null
                || (o.score() != null && o.score() >= OpportunityService.MIN_SCORE)).isTrue());
        assertThat(offered).allSatisfy(o -> assertThat(o.buyerName() == null).isEqualTo(!jdbc.queryForObject(
                "SELECT buyer_name_shown FROM sourcing_request WHERE id = ?", Boolean.class, o.requestId())));
        Opportunity fresh = offered.stream().filter(o -> o.interestedAt() == null).findFirst().orElseThrow();

        opportunities.expressInterest(fresh.requestId(), "  We can sample in three weeks. ",
                List.of(new InterestFile("capabilities.pdf", "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII))),
                "https://app.example/");
        entityManager.flush();
        assertThat(jdbc.queryForObject("""
                SELECT text_body FROM outgoing_mail WHERE recipient = 'priya.shah@imec.example'
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""", String.class))
                .contains("interested", "https://app.example/sourcing-requests/" + fresh.requestId());

        assertThat(opportunities.opportunities()).filteredOn(o -> o.requestId() == fresh.requestId()).singleElement()
                .satisfies(o -> assertThat(o.interestNote()).isEqualTo("We can sample in three weeks."));
        assertThatThrownBy(() -> opportunities.expressInterest(fresh.requestId(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunities.error.already"));

        signInAs("imec.staff");
        long newBefore = sourcing.newInterests();
        ScoutedSupplier scouted = scouting.scout(fresh.requestId(), 50, SupplierScope.VERIFIED, true).best().stream()
                .filter(s -> s.supplierId() == me).findFirst().orElseThrow();
        assertThat(scouted.interested()).isTrue();
        assertThat(scouted.reasons().getFirst().key()).isEqualTo("scouting.reason.interested");
        assertThat(scouting.scout(fresh.requestId(), 50, SupplierScope.VERIFIED, true).best())
                .allSatisfy(s -> assertThat(s.interested()).isTrue());
        assertThat(sourcing.details(fresh.requestId()).interests()).filteredOn(i -> i.supplierId() == me)
                .singleElement().satisfies(i -> assertThat(i.isNew()).isTrue());

        SourcingRequestDetails.AttachmentRow file = sourcing.details(fresh.requestId()).interests().stream()
                .filter(i -> i.supplierId() == me).findFirst().orElseThrow().files().getFirst();
        assertThat(file.fileName()).isEqualTo("capabilities.pdf");
        InterestFileDownload downloaded = sourcing.attachment(file.id());
        assertThat(downloaded.contentType()).isEqualTo("application/pdf");
        assertThat(new String(downloaded.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 statement");

        sourcing.markInterestsSeen(fresh.requestId());

        assertThat(sourcing.details(fresh.requestId()).interests()).noneMatch(i -> i.isNew());
        assertThat(sourcing.newInterests()).isLessThan(newBefore);
    }

    @Test
    void interestOnlyInOpenRequestsWithAShortNote() {
        signInAs("supplier.demo");
        long closed = jdbc.queryForObject("SELECT MIN(id) FROM sourcing_request WHERE status = 'CLOSED'", Long.class);
        long open = opportunities.opportunities().stream().filter(o -> o.interestedAt() == null).findFirst()
                .orElseThrow().requestId();

        assertThatThrownBy(() -> opportunities.expressInterest(closed, "yes"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunities.error.closed"));
        assertThatThrownBy(() -> opportunities.expressInterest(open, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunities.error.note-too-long"));
        assertThatThrownBy(() -> opportunities.expressInterest(open, "see file", List.of(new InterestFile("run.pdf",
                new byte[] {'M', 'Z', 0, 0})), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("opportunities.error.file-type"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier_interest WHERE sourcing_request_id IN (?, ?)"
                + " AND supplier_id = (SELECT s.id FROM supplier s JOIN app_user u ON u.organization_id = s.organization_id"
                + " WHERE u.username = 'supplier.demo')", Long.class, closed, open)).isZero();
    }

    @Autowired
    SourcingStatisticsService statistics;

    private SpacesYear thisYear() {
        return statistics.spacesByYear().stream().filter(y -> y.year() == 2026).findFirst()
                .orElse(new SpacesYear(2026, 0, 0, 0));
    }

    @Test
    void aBuyersRequestReachesStaffAndTheBuyerAwardsAnIntroducedSupplier() {
        signInAs("imec.staff");
        SpacesYear before = thisYear();
        signInAs("buyer.demo");
        long submitted = buyerSpace.submit(new SourcingRequestDraft(null, "Zinc die cast housings", "Two sizes", "331",
                Set.of(Capability.CASTING), Set.of(), Set.of(), 2_000, LocalDate.of(2026, 9, 30), null, true), false);

        signInAs("imec.staff");
        SourcingRequestDetails seen = sourcing.details(submitted);
        assertThat(thisYear()).isEqualTo(new SpacesYear(2026, before.staffRequests(), before.buyerRequests() + 1,
                before.interests()));
        assertThat(seen.origin()).isEqualTo(RequestOrigin.BUYER);
        assertThat(seen.buyerNameShown()).isFalse();
        assertThat(seen.status()).isEqualTo(SourcingRequestStatus.OPEN);
        assertThat(sourcing.find(new SourcingFilter(null, SourcingRequestStatus.OPEN, null, null, RequestOrigin.BUYER),
                PageRequest.of(0, 50))).extracting(SourcingRequestRow::id)
                .contains(submitted);

        signInAs("buyer.demo");
        BuyerRequest waiting = buyerSpace.myRequests().stream().map(r -> buyerSpace.request(r.id()))
                .filter(r -> r.introduced().stream().anyMatch(s -> s.status() == MatchStatus.INTRODUCED)
                        && !r.status().isFinished())
                .findFirst().orElseThrow();
        BuyerRequest.IntroducedSupplier chosen = waiting.introduced().stream()
                .filter(s -> s.status() == MatchStatus.INTRODUCED).findFirst().orElseThrow();
        assertThat(chosen.contactEmail()).isNotBlank();

        buyerSpace.award(waiting.id(), chosen.matchId(), chosen.matchVersion(), "Best lead time");

        BuyerRequest awarded = buyerSpace.request(waiting.id());
        assertThat(awarded.status()).isEqualTo(SourcingRequestStatus.AWARDED);
        assertThat(awarded.introduced()).filteredOn(s -> s.matchId() == chosen.matchId()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(MatchStatus.AWARDED));
        assertThat(awarded.introduced()).filteredOn(s -> s.matchId() != chosen.matchId())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(MatchStatus.DECLINED));
    }

    @Test
    void aBuyerClosesItsRequestSayingWhyAndSeesNoOtherCompanysRequest() {
        signInAs("buyer.demo");
        long own = buyerSpace.submit(new SourcingRequestDraft(null, "Steel brackets", null, "332", Set.of(), Set.of(),
                Set.of(), null, null, null, false), true);
        BuyerRequest request = buyerSpace.request(own);
        long others = jdbc.queryForObject("""
                SELECT MIN(id) FROM sourcing_request WHERE buyer_id <> (SELECT organization_id FROM app_user
                WHERE username = 'buyer.demo')""", Long.class);

        assertThatThrownBy(() -> buyerSpace.close(own, request.version(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("buyer-space.error.reason-required"));
        buyerSpace.close(own, request.version(), "Made in house after all");
        assertThat(buyerSpace.request(own).status()).isEqualTo(SourcingRequestStatus.CLOSED);
        assertThatThrownBy(() -> buyerSpace.request(others)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> buyerSpace.close(others, 0, "mine now")).isInstanceOf(InvalidInputException.class);
        assertThat(buyerSpace.myRequests()).extracting(BuyerRequestRow::id).doesNotContain(others).contains(own);
    }

    @Test
    void aSuppliersProfileChangeJoinsItsHistoryAllOrNothing() {
        signInAs("supplier.demo");
        MyCompany company = supplierSpace.myCompany();
        CompanyProfile p = company.profile();
        CompanyProfile bigger = new CompanyProfile(p.contactName(), p.contactEmail(), p.contactPhone(), p.website(),
                p.employeeCount() + 5, Set.of(Capability.CNC_MACHINING, Capability.WELDING), "Brackets and frames",
                p.buyAmerica());
        CompanyProfile wrong = new CompanyProfile(" ", "not an address", p.contactPhone(), p.website(), 0,
                p.capabilities(), null, p.buyAmerica());

        assertThatThrownBy(() -> supplierSpace.updateProfile(company.version(), wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException::fieldKey)
                        .contains("supplier.contact-name", "supplier.contact-email", "supplier.employees"));
        supplierSpace.updateProfile(company.version(), bigger);

        MyCompany after = supplierSpace.myCompany();
        assertThat(after.profile().employeeCount()).isEqualTo(p.employeeCount() + 5);
        assertThat(after.profile().productsServices()).isEqualTo("Brackets and frames");
        assertThat(after.changes()).filteredOn(c -> c.kind() == SupplierDecisionKind.PROFILE_UPDATED).singleElement()
                .satisfies(c -> assertThat(c.what())
                .contains("employees " + p.employeeCount() + " → " + (p.employeeCount() + 5)).contains("capabilities"));
        assertThatThrownBy(() -> supplierSpace.updateProfile(company.version(), p))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Autowired
    CertificationReviewService certificationReview;

    @Autowired
    ScoutingQueries scoutingQueries;

    @Autowired
    SourcingRequestRepository requests;

    private static boolean noChangeWaits(MyCompany company, QualityCertification certification) {
        return company.certificationChanges().stream().noneMatch(c -> c.code().equals(certification.name())
                && c.status() == CertificationChangeStatus.PENDING);
    }

    private long anyBuyer() {
        return jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE kind = 'BUYER'", Long.class);
    }

    /** The certifications scouting counts for the supplier on a request needing {@code certification}. */
    private Set<QualityCertification> countedForScouting(long supplierId, QualityCertification certification) {
        signInAs("imec.staff");
        String subsector = jdbc.queryForObject("SELECT naics_code FROM supplier WHERE id = ?", String.class,
                supplierId);
        long request = sourcing.create(new SourcingRequestDraft(anyBuyer(), "Certified parts", null, subsector,
                Set.of(), Set.of(certification), Set.of(), null, null, null, false));
        Set<QualityCertification> counted = scoutingQueries.candidates(requests.findById(request).orElseThrow(),
                supplierId, SupplierScope.VERIFIED).getFirst().certifications();
        contexts.clearContext();
        return counted;
    }

    @Test
    void aProposedCertificationCountsOnlyOnceStaffVerifiedItAndUntilItExpires() {
        signInAs("supplier.demo");
        long me = supplierSpace.mySupplierId();
        MyCompany before = supplierSpace.myCompany();
        QualityCertification wanted = Arrays.stream(QualityCertification.values())
                .filter(c -> !before.qualityCertifications().contains(c) && noChangeWaits(before, c)).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.of(2026, 6, 15);

        for (LocalDate wrong : new LocalDate[] {null, today, today.plusYears(7)}) {
            assertThatThrownBy(() -> supplierSpace.proposeCertification(wanted.name(), wrong))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldKey()).isEqualTo("certifications.expires-on"));
        }
        supplierSpace.proposeCertification(wanted.name(), today.plusYears(3));
        assertThatThrownBy(() -> supplierSpace.proposeCertification(wanted.name(), today.plusYears(2)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certifications.error.waiting"));
        MyCompany waiting = supplierSpace.myCompany();
        assertThat(waiting.qualityCertifications()).doesNotContain(wanted);
        assertThat(waiting.certificationChanges()).filteredOn(c -> c.code().equals(wanted.name())).singleElement()
                .satisfies(c -> {
            assertThat(c.kind()).isEqualTo(CertificationChangeKind.ADD);
            assertThat(c.status()).isEqualTo(CertificationChangeStatus.PENDING);
        });
        assertThat(waiting.changes()).extracting(MyCompany.Change::kind).contains(SupplierDecisionKind.CERT_PROPOSED);
        assertThat(countedForScouting(me, wanted)).doesNotContain(wanted);

        signInAs("imec.staff");
        CertificationChangeRow pending = certificationReview.pending().stream()
                .filter(c -> c.supplierId() == me && c.code().equals(wanted.name())).findFirst().orElseThrow();
        certificationReview.verify(pending.id(), pending.version());
        assertThatThrownBy(() -> certificationReview.verify(pending.id(), pending.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certifications.error.not-pending"));

        signInAs("supplier.demo");
        assertThat(supplierSpace.myCompany().certifications()).filteredOn(c -> c.code().equals(wanted.name()))
                .singleElement().isEqualTo(new HeldCertification(wanted.name(), today.plusYears(3),
                        CertificationStanding.VALID));
        assertThat(countedForScouting(me, wanted)).contains(wanted);

        jdbc.update("UPDATE supplier_certification_expiry SET expires_on = ? WHERE supplier_id = ? AND certification = ?",
                today.minusDays(1), me, wanted.name());
        entityManager.clear();
        assertThat(countedForScouting(me, wanted)).as("an expired certification no longer counts")
                .doesNotContain(wanted);
        signInAs("supplier.demo");
        assertThat(supplierSpace.myCompany().certifications()).filteredOn(c -> c.code().equals(wanted.name()))
                .singleElement().satisfies(c -> assertThat(c.standing()).isEqualTo(CertificationStanding.EXPIRED));
    }

    @Test
    void aRejectedOrWithdrawnCertificationChangeLeavesTheRecordAsItWas() {
        signInAs("supplier.demo");
        MyCompany before = supplierSpace.myCompany();
        QualityCertification held = before.qualityCertifications().stream().filter(c -> noChangeWaits(before, c))
                .findFirst().orElseThrow();
        QualityCertification other = Arrays.stream(QualityCertification.values())
                .filter(c -> !before.qualityCertifications().contains(c) && noChangeWaits(before, c)).findFirst()
                .orElseThrow();
        long removal = supplierSpace.proposeRemoval(held.name());
        long addition = supplierSpace.proposeCertification(other.name(), LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> supplierSpace.proposeRemoval(other.name()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certifications.error.waiting"));
        supplierSpace.withdrawCertificationChange(addition);

        signInAs("imec.staff");
        assertThat(certificationReview.pending()).extracting(CertificationChangeRow::id).contains(removal)
                .doesNotContain(addition);
        CertificationChangeRow change = certificationReview.pending().stream().filter(c -> c.id() == removal)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> certificationReview.reject(removal, change.version(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("certifications.error.reason-required"));
        certificationReview.reject(removal, change.version(), "The certificate we hold runs to 2027");

        signInAs("supplier.demo");
        MyCompany after = supplierSpace.myCompany();
        assertThat(after.qualityCertifications()).isEqualTo(before.qualityCertifications());
        assertThat(after.certificationChanges()).filteredOn(c -> c.id() == removal || c.id() == addition)
                .extracting(CertificationChangeRow::status)
                .containsExactly(CertificationChangeStatus.REJECTED, CertificationChangeStatus.WITHDRAWN);
        assertThat(after.certificationChanges()).filteredOn(c -> c.id() == removal).singleElement()
                .satisfies(c -> assertThat(c.decisionNote()).isEqualTo("The certificate we hold runs to 2027"));
        assertThatThrownBy(() -> supplierSpace.withdrawCertificationChange(removal))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSupplierThatAlsoBuysSubmitsRequestsAndIsNeverScoutedForItsOwn() {
        long demoSupplier = jdbc.queryForObject("""
                SELECT s.id FROM supplier s JOIN app_user u ON u.organization_id = s.organization_id
                WHERE u.username = 'supplier.demo'""", Long.class);
        signInAs("imec.staff");
        supplierAccounts.inviteBuyer(demoSupplier, "buying@supplier.example", "Lee Park", Locale.US,
                "https://app.example/");
        entityManager.flush();
        Matcher link = LINK.matcher(jdbc.queryForObject(
                "SELECT text_body FROM outgoing_mail WHERE recipient = 'buying@supplier.example'", String.class));
        assertThat(link.find()).isTrue();
        contexts.clearContext();
        invitations.accept(link.group(1), "lee.park", "a long enough password");

        signInAs("lee.park");
        String subsector = jdbc.queryForObject("SELECT naics_code FROM supplier WHERE id = ?", String.class,
                demoSupplier);
        long own = buyerSpace.submit(new SourcingRequestDraft(null, "Parts we buy ourselves", null, subsector,
                Set.of(), Set.of(), Set.of(), 100, null, null, false), true);
        assertThat(buyerSpace.companyName()).isEqualTo(jdbc.queryForObject(
                "SELECT name FROM organization o JOIN supplier s ON s.organization_id = o.id WHERE s.id = ?",
                String.class, demoSupplier));

        signInAs("imec.staff");
        assertThat(sourcing.details(own).origin()).isEqualTo(RequestOrigin.BUYER);
        assertThat(scouting.scout(own, 200, SupplierScope.VERIFIED, false).best())
                .extracting(ScoutedSupplier::supplierId).isNotEmpty().doesNotContain(demoSupplier);

        signInAs("supplier.demo");
        assertThat(opportunities.opportunities()).extracting(Opportunity::requestId).doesNotContain(own);
        assertThatThrownBy(() -> opportunities.expressInterest(own, "ours")).isInstanceOf(InvalidInputException.class);
    }
}
