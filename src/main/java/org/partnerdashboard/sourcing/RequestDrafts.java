package org.partnerdashboard.sourcing;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.springframework.stereotype.Component;

/** What a request asks for, checked and written the same way whoever enters it (staff or the buyer). */
@Component
class RequestDrafts {

    private final ReferenceDataService referenceData;
    private final RequestWorkflow workflow;

    RequestDrafts(ReferenceDataService referenceData, RequestWorkflow workflow) {
        this.referenceData = referenceData;
        this.workflow = workflow;
    }

    void check(SourcingRequestDraft draft) {
        SourcingRules.check(draft,
                referenceData.subsectors().stream().map(Subsector::code).collect(Collectors.toSet()),
                referenceData.counties().stream().map(County::fips).collect(Collectors.toSet()), workflow.today());
    }

    /** What the request asks for now, as a draft to show or change. */
    static SourcingRequestDraft of(SourcingRequest r) {
        return new SourcingRequestDraft(r.getBuyer().getId(), r.getTitle(), r.getDescription(), r.getNaicsCode(),
                copy(r.getRequiredCapabilities()), copy(r.getRequiredCertifications()), copy(r.getDiversityPreferences()),
                r.getQuantity(), r.getDueDate(), r.getPreferredCountyFips(), r.isBuyAmericaRequired());
    }

    void apply(SourcingRequest request, SourcingRequestDraft d) {
        request.setDescription(d.description() == null || d.description().isBlank() ? null : d.description().trim());
        request.setNaicsCode(d.naicsCode());
        replace(request.getRequiredCapabilities(), d.capabilities());
        replace(request.getRequiredCertifications(), d.certifications());
        replace(request.getDiversityPreferences(), d.diversityPreferences());
        request.setQuantity(d.quantity());
        request.setDueDate(d.dueDate());
        request.setPreferredCountyFips(d.preferredCountyFips());
        request.setBuyAmericaRequired(d.buyAmericaRequired());
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values) {
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }
}
