package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.suppliers.HeldCertification;
import org.partnerdashboard.suppliers.MyCompany;
import org.partnerdashboard.suppliers.SupplierDetails;

/** A supplier's registration as a read-only description list, shared by the review dialog and the supplier page. */
public final class SupplierSummary {

    private SupplierSummary() {
    }

    public static Div of(SupplierDetails s, Component translator) {
        Function<String, String> t = translator::getTranslation;
        Locale locale = UI.getCurrent().getLocale();
        Div list = new Div();
        list.addClassName("detail-list");
        add(list, t.apply("supplier.address"), String.join(", ", nonBlank(s.street()), s.city() + ", " + s.stateCode()
                + " " + nonBlank(s.zipCode())).replaceAll("^, ", ""));
        add(list, t.apply("supplier.county"), s.countyName() == null ? t.apply("supplier.outside-area") : s.countyName());
        add(list, t.apply("supplier.primary-subsector"), Subsector.label(s.naicsCode(), s.subsectorTitle()));
        add(list, t.apply("supplier.naics-codes"), String.join("; ", s.industries().stream().map(Industry::label).toList()));
        add(list, t.apply("supplier.capabilities"), labels(s.capabilities(), "capability.", t));
        add(list, t.apply("supplier.quality-certifications"), dated(s.certifications(), true, t, locale));
        add(list, t.apply("supplier.diversity-certifications"), dated(s.certifications(), false, t, locale));
        add(list, t.apply("supplier.employees"), s.employeeCount() == null ? "" : Formats.integer(s.employeeCount(), locale));
        add(list, t.apply("supplier.buy-america"), t.apply(s.buyAmerica() ? "answer.yes" : "answer.no"));
        add(list, t.apply("supplier.contact"), String.join(" · ", nonBlank(s.contactName()), nonBlank(s.contactEmail()),
                nonBlank(s.contactPhone())).replaceAll("( · )+$", ""));
        add(list, t.apply("supplier.website"), nonBlank(s.website()));
        add(list, t.apply("supplier.registered-on"), Formats.date(s.registeredOn(), locale));
        return list;
    }

    /** Enum values as translated labels, "—" for none. */
    public static String labels(Collection<? extends Enum<?>> values, String keyPrefix, Function<String, String> t) {
        return values.isEmpty() ? "—" : String.join(", ", values.stream().sorted()
                .map(v -> t.apply(keyPrefix + v.name())).toList());
    }

    /** What staff keep of a company in the supplier space (its people ask staff to change these). */
    public static Div ofRecord(MyCompany c, Component translator) {
        Function<String, String> t = translator::getTranslation;
        Div list = new Div();
        list.addClassName("detail-list");
        add(list, t.apply("supplier.legal-name"), c.legalName());
        add(list, t.apply("supplier.address"), String.join(", ", nonBlank(c.street()), c.city() + ", " + c.stateCode()
                + " " + nonBlank(c.zipCode())).replaceAll("^, ", ""));
        add(list, t.apply("supplier.naics-codes"), String.join("; ", c.industries().stream().map(Industry::label).toList()));
        return list;
    }

    /** Held certifications of one kind, each with its expiry date and, when it has lapsed, saying so. */
    private static String dated(List<HeldCertification> held, boolean quality, Function<String, String> t,
            Locale locale) {
        List<String> labels = held.stream().filter(c -> c.labelKey().startsWith("certification.") == quality)
                .map(c -> t.apply(c.labelKey()) + (c.expiresOn() == null ? ""
                        : " (" + t.apply("certifications.standing." + c.standing()) + " "
                                + Formats.date(c.expiresOn(), locale) + ")"))
                .toList();
        return labels.isEmpty() ? "—" : String.join(", ", labels);
    }

    private static void add(Div list, String term, String value) {
        Span dt = new Span(term);
        dt.addClassName("detail-term");
        Span dd = new Span(value == null || value.isBlank() ? "—" : value);
        dd.addClassName("detail-value");
        list.add(dt, dd);
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value;
    }
}
