package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supplier directory for Supply Chain Center staff: faceted, lazily paged, and each supplier's full record. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierDirectoryService {

    static final int EXPORT_PAGE = 1000;

    private final SupplierRepository suppliers;
    private final AuditService audit;
    private final SupplierQueries queries;
    private final ReferenceDataService referenceData;
    private final Clock clock;

    SupplierDirectoryService(SupplierRepository suppliers, SupplierQueries queries, ReferenceDataService referenceData,
            AuditService audit, Clock clock) {
        this.clock = clock;
        this.suppliers = suppliers;
        this.audit = audit;
        this.queries = queries;
        this.referenceData = referenceData;
    }

    /** One page of the suppliers matching every facet, sorted by the given keys (unknown ones ignored), by name. */
    public List<SupplierRow> find(SupplierFilter filter, Pageable pageable) {
        return queries.rows(filter, pageable);
    }

    /**
     * Downloads the directory's rows (its facets and sort) as CSV or XLSX, a page of 1,000 at a time; audited.
     *
     * @param header the column titles, in the order of the values written
     * @param label  how a certification, diversity status or registration status reads in the user's language
     * @return the number of rows written
     */
    public long export(SupplierFilter filter, Sort sort, TabularFormat format, List<String> header,
            Function<Enum<?>, String> label, OutputStream out) throws IOException {
        long rows = 0;
        try (TabularWriter writer = TabularWriter.open(format, out, header)) {
            for (int page = 0; ; page++) {
                List<SupplierRow> chunk = queries.rows(filter, PageRequest.of(page, EXPORT_PAGE, sort));
                for (SupplierRow r : chunk) {
                    writer.row(Arrays.asList(r.legalName(), r.city(), r.stateCode(), r.countyName(), r.naicsCode(),
                            r.subsectorTitle(), r.employeeCount(), String.join(", ", r.qualityCertifications().stream()
                                    .map(label).toList()), String.join(", ", r.diversityCertifications().stream()
                                    .map(label).toList()), r.buyAmerica(), label.apply(r.status()), r.registeredOn()));
                    rows++;
                }
                if (chunk.size() < EXPORT_PAGE) {
                    break;
                }
            }
        }
        audit.record(AuditAction.EXPORT, "SupplierDirectory", null, format + ", " + rows + " rows");
        return rows;
    }

    public long count(SupplierFilter filter) {
        return queries.count(filter);
    }

    public SupplierDetails details(long id) {
        Supplier s = suppliers.findById(id).orElseThrow(() -> new InvalidInputException("supplier.error.not-found"));
        Map<String, Industry> industries = referenceData.industries().stream()
                .collect(Collectors.toMap(Industry::code, Function.identity()));
        String county = s.getCountyFips() == null ? null : referenceData.counties().stream()
                .filter(c -> c.fips().equals(s.getCountyFips())).map(County::name).findFirst().orElse(null);
        String subsector = referenceData.subsectors().stream().filter(x -> x.code().equals(s.getNaicsCode()))
                .map(Subsector::title).findFirst().orElse("");
        return new SupplierDetails(s.getId(), s.getVersion(), s.getLegalName(), s.getStreet(), s.getCity(),
                s.getStateCode(), s.getZipCode(), county, s.getNaicsCode(), subsector,
                s.getNaicsCodes().stream().sorted().map(industries::get).toList(), Set.copyOf(s.getCapabilities()),
                Set.copyOf(s.getQualityCertifications()), Set.copyOf(s.getDiversityCertifications()),
                s.getContactName(), s.getContactEmail(), s.getContactPhone(), s.getWebsite(), s.getEmployeeCount(),
                s.isBuyAmerica(), s.getRegistrationStatus(), s.getRegisteredOn(), s.getDecisionReason(),
                queries.choice(s.getMergedIntoId()).orElse(null),
                queries.choice(s.getPossibleDuplicateOfId()).orElse(null), queries.history(id),
                queries.heldCertifications(s, LocalDate.now(clock)));
    }
}
