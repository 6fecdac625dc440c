package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: a big value, its label and a short note. */
public class KpiCard extends Div {

    public KpiCard(String label, String value, String note) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("kpi-value");
        Span noteSpan = new Span(note);
        noteSpan.addClassName("kpi-note");
        add(labelSpan, valueSpan, noteSpan);
        addClassName("kpi-card");
    }
}
