package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.TabularFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Review decisions and the directory, as IMEC staff; on H2 and PostgreSQL. */
@Transactional
@WithUserDetails("imec.staff")
abstract class SupplierReviewTests {

    @Autowired
    SupplierReviewService review;

    @Autowired
    SupplierDirectoryService directory;

    @Autowired
    SupplierRegistrationService registrations;

    @Autowired
    SupplierRepository suppliers;

    @Autowired
    JdbcTemplate jdbc;

    private Supplier registered(String name) {
        return suppliers.findById(registrations.register(SupplierRegistrationTests.valid(name), "10.2.0." + name.length())
                .supplierId()).orElseThrow();
    }

    @Test
    void theQueueListsPendingRegistrationsOldestFirst() {
        List<PendingRegistration> queue = review.pending(PageRequest.of(0, 500));

        assertThat(queue).hasSize((int) review.countPending()).isNotEmpty();
        assertThat(queue).extracting(PendingRegistration::registeredOn).isSorted();
        assertThat(queue).anySatisfy(p -> assertThat(p.possibleDuplicateOf()).as("demo data flags a few").isNotNull());
    }

    @Test
    void approvingPublishesTheSupplierAndRecordsWhoDecided() {
        Supplier s = registered("Approval Path Tooling");

        review.approve(s.getId(), s.getVersion());

        SupplierDetails details = directory.details(s.getId());
        assertThat(details.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(details.history()).extracting(SupplierDetails.HistoryEntry::decision)
                .containsExactly(SupplierDecisionKind.REGISTERED, SupplierDecisionKind.APPROVED);
        assertThat(details.history().getLast().by()).isEqualTo("imec.staff");
        assertThat(directory.count(SupplierFilter.APPROVED.withText("approval path"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE target_type = 'SupplierRegistration'"
                + " AND target_id = ? AND action = 'UPDATE'", Long.class, String.valueOf(s.getId()))).isEqualTo(1);
    }

    @Test
    void rejectingNeedsAReasonAndKeepsIt() {
        Supplier s = registered("Reject Path Plastics");

        assertThatThrownBy(() -> review.reject(s.getId(), s.getVersion(), "  "))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("review.error.reason-required");
        review.reject(s.getId(), s.getVersion(), "Distributor, not a manufacturer");

        SupplierDetails details = directory.details(s.getId());
        assertThat(details.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(details.decisionReason()).isEqualTo("Distributor, not a manufacturer");
        assertThat(details.history().getLast().reason()).isEqualTo("Distributor, not a manufacturer");
    }

    @Test
    void mergingAddsTheRegistrationsDetailsToTheExistingSupplier() {
        long targetId = jdbc.queryForObject("SELECT MIN(id) FROM supplier WHERE registration_status = 'APPROVED'", Long.class);
        Supplier s = registered("Merge Path Metals");

        review.merge(s.getId(), s.getVersion(), targetId);

        SupplierDetails target = directory.details(targetId);
        assertThat(target.capabilities()).contains(Capability.CNC_MACHINING, Capability.TOOL_AND_DIE);
        assertThat(target.diversityCertifications()).contains(DiversityCertification.WBE);
        assertThat(target.history().getLast().decision()).isEqualTo(SupplierDecisionKind.MERGED_IN);
        assertThat(target.history().getLast().related().id()).isEqualTo(s.getId());
        SupplierDetails merged = directory.details(s.getId());
        assertThat(merged.status()).isEqualTo(RegistrationStatus.MERGED);
        assertThat(merged.mergedInto().id()).isEqualTo(targetId);
    }

    @Test
    void aRegistrationIsMergedOnlyIntoAnApprovedSupplier() {
        Supplier s = registered("Merge Target Check");
        Supplier other = registered("Still Pending Elsewhere");

        assertThatThrownBy(() -> review.merge(s.getId(), s.getVersion(), other.getId()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("review.error.merge-target");
        assertThatThrownBy(() -> review.merge(s.getId(), s.getVersion(), s.getId()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("review.error.merge-target");
    }

    @Test
    void aDecisionIsMadeOnceAndNeverOnAStaleVersion() {
        Supplier s = registered("Decide Once Foundry");
        long version = s.getVersion();

        review.approve(s.getId(), version);

        assertThatThrownBy(() -> review.reject(s.getId(), version, "late")).isInstanceOf(ConcurrentEditException.class);
        long current = suppliers.findById(s.getId()).orElseThrow().getVersion();
        assertThatThrownBy(() -> review.reject(s.getId(), current, "late"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("review.error.already-decided");
    }

    @Test
    void everyFacetKeepsOnlyMatchingSuppliers() {
        SupplierFilter filter = new SupplierFilter(null, "332", null, Capability.CNC_MACHINING, null, null, "17031",
                SizeBand.FROM_20_TO_99, true, RegistrationStatus.APPROVED);
        long expected = jdbc.queryForObject("""
                SELECT COUNT(*) FROM supplier s WHERE s.registration_status = 'APPROVED' AND s.naics_code = '332'
                AND s.county_fips = '17031' AND s.employee_count BETWEEN 20 AND 99 AND s.buy_america = TRUE
                AND EXISTS (SELECT 1 FROM supplier_capability c WHERE c.supplier_id = s.id AND c.capability = 'CNC_MACHINING')
                """, Long.class);

        List<SupplierRow> rows = directory.find(filter, PageRequest.of(0, 200));

        assertThat(directory.count(filter)).isEqualTo(expected).isPositive();
        assertThat(rows).hasSize((int) expected).allSatisfy(r -> {
            assertThat(r.naicsCode()).isEqualTo("332");
            assertThat(r.countyName()).isEqualTo("Cook County, IL");
            assertThat(r.employeeCount()).isBetween(20, 99);
            assertThat(r.buyAmerica()).isTrue();
        });
    }

    @Test
    void certificationAndTextFacetsMatchTheirRows() {
        SupplierFilter iso = new SupplierFilter(null, null, null, null, QualityCertification.ISO_9001,
                DiversityCertification.MBE, null, null, null, RegistrationStatus.APPROVED);
        assertThat(directory.find(iso, PageRequest.of(0, 200))).isNotEmpty().allSatisfy(r -> {
            assertThat(r.qualityCertifications()).contains(QualityCertification.ISO_9001);
            assertThat(r.diversityCertifications()).contains(DiversityCertification.MBE);
        });
        String city = jdbc.queryForObject("SELECT city FROM supplier WHERE state_code = 'IN' FETCH FIRST 1 ROWS ONLY",
                String.class);
        assertThat(directory.find(SupplierFilter.APPROVED.withText(city.toUpperCase()), PageRequest.of(0, 200)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.city()).isEqualTo(city));
        assertThat(directory.count(SupplierFilter.APPROVED.withText("100%_"))).isZero();
    }

    @Test
    void pagesCoverTheDirectoryOnceInEverySortOrder() {
        long approved = directory.count(SupplierFilter.APPROVED);
        for (Sort sort : List.of(Sort.unsorted(), Sort.by(Sort.Direction.DESC, "legalName"),
                Sort.by(Sort.Direction.DESC, "employeeCount"), Sort.by("city"))) {
            Set<Long> seen = new HashSet<>();
            for (int page = 0; page * 40 < approved; page++) {
                directory.find(SupplierFilter.APPROVED, PageRequest.of(page, 40, sort))
                        .forEach(r -> assertThat(seen.add(r.id())).isTrue());
            }
            assertThat(seen).hasSize((int) approved);
        }
    }

    @Test
    void theDirectoryDownloadsItsFacetedRowsAsXlsx() throws Exception {
        SupplierFilter iso = new SupplierFilter(null, null, null, null, QualityCertification.ISO_9001, null, null, null,
                null, RegistrationStatus.APPROVED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = directory.export(iso, Sort.by("legalName"), TabularFormat.XLSX,
                Collections.nCopies(12, "column"), Enum::name, out);

        assertThat(rows).isEqualTo(directory.count(iso)).isPositive();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(
                out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
            for (int i = 1; i <= rows; i++) {
                assertThat(sheet.getRow(i).getCell(7).getStringCellValue()).contains("ISO_9001");
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isLessThanOrEqualTo(sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    @WithUserDetails("ima.staff")
    void imaStaffWorkTheSameQueue() {
        assertThat(review.countPending()).isPositive();
        assertThat(directory.count(SupplierFilter.APPROVED)).isPositive();
    }

    @Test
    @WithUserDetails("bethel.staff")
    void communityOrganizationsHaveNoAccess() {
        assertThatThrownBy(() -> review.countPending()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.count(SupplierFilter.APPROVED)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("executive")
    void executivesSeeFiguresButNotTheDirectory() {
        assertThatThrownBy(() -> directory.count(SupplierFilter.APPROVED)).isInstanceOf(AccessDeniedException.class);
    }
}
