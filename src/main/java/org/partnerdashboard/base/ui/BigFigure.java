package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure in large type over its label (subsector briefs, roundtable pages), styled by a class prefix. */
public final class BigFigure {

    private BigFigure() {
    }

    /** @param style the class prefix: {@code <style>-figure}, {@code <style>-value}, {@code <style>-label} */
    public static Div of(String style, String value, String label) {
        Span number = new Span(value);
        number.addClassName(style + "-value");
        Span text = new Span(label);
        text.addClassName(style + "-label");
        Div figure = new Div(number, text);
        figure.addClassName(style + "-figure");
        return figure;
    }
}
