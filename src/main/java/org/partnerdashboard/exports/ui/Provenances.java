package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.Component;
import org.partnerdashboard.exports.Provenance;

/** Provenance lines in the component's language. */
public final class Provenances {

    private Provenances() {
    }

    public static Provenance of(Component component, String filters, String source, String asOf) {
        return new Provenance(component.getTranslation("export.branding"),
                component.getTranslation("export.filters", filters), component.getTranslation("export.source", source),
                component.getTranslation("export.as-of", asOf));
    }
}
