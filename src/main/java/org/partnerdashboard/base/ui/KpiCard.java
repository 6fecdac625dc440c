package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.HtmlUtils;

/**
 * A headline figure: a big value, its label and a short note. One server-side element whose content is escaped
 * markup: each element and text node costs server memory in every open dashboard, and these never change in place.
 */
public class KpiCard extends Div {

    private final String label;
    private final String value;
    private final String note;

    public KpiCard(String label, String value, String note) {
        this.label = label;
        this.value = value;
        this.note = note;
        getElement().setProperty("innerHTML", "<span class=\"kpi-label\">" + HtmlUtils.escape(label)
                + "</span><span class=\"kpi-value\">" + HtmlUtils.escape(value)
                + "</span><span class=\"kpi-note\">" + HtmlUtils.escape(note) + "</span>");
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
