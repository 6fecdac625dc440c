package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: a big value, its label and a short note. */
public class KpiCard extends Div {

    private final String label;
    private final String value;
    private final String note;

    public KpiCard(String label, String value, String note) {
        this.label = label;
        this.value = value;
        this.note = note;
        Span labelSpan = new Span(label);
        labelSpan.addClassName("kpi-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("kpi-value");
        Span noteSpan = new Span(note);
        noteSpan.addClassName("kpi-note");
        add(labelSpan, valueSpan, noteSpan);
        addClassName("kpi-card");
    }

    public String label() {
        return label;
    }

    public String value() {
        return value;
    }

    public String note() {
        return note;
    }
}
