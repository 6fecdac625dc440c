package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supplier directory for Supply Chain Center staff: faceted, lazily paged, and each supplier's full record. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierDirectoryService {

    private final SupplierRepository suppliers;
    private final SupplierQueries queries;
    private final ReferenceDataService referenceData;

    SupplierDirectoryService(SupplierRepository suppliers, SupplierQueries queries, ReferenceDataService referenceData) {
        this.suppliers = suppliers;
        this.queries = queries;
        this.referenceData = referenceData;
    }

    /** One page of the suppliers matching every facet, sorted by the given keys (unknown ones ignored), by name. */
    public List<SupplierRow> find(SupplierFilter filter, Pageable pageable) {
        return queries.rows(filter, pageable);
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
                queries.choice(s.getPossibleDuplicateOfId()).orElse(null), queries.history(id));
    }
}
