package org.partnerdashboard.exports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * One snapshot's page, on any Graphics2D (image, SVG or PDF): branding strip, title and subtitle, the chart, and a
 * footer with the filters, the source and the as-of date. Sizes are in the snapshot's own units (1× = 1200 × 675).
 */
final class SnapshotLayout {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;
    /** The partnership's blue, as in the app's header. */
    static final Color BRAND = new Color(0x1a5fb4);
    private static final int MARGIN = 28;
    private static final Font BRANDING = new Font(ChartRenderer.FONT_FAMILY, Font.BOLD, 13);
    private static final Font TITLE = new Font(ChartRenderer.FONT_FAMILY, Font.BOLD, 22);
    private static final Font SUBTITLE = new Font(ChartRenderer.FONT_FAMILY, Font.PLAIN, 14);
    private static final Font FOOTER = new Font(ChartRenderer.FONT_FAMILY, Font.PLAIN, 12);

    private SnapshotLayout() {
    }

    static void draw(Graphics2D g, ChartData data, Provenance provenance, Locale locale) {
        drawIn(g, data, provenance, locale, WIDTH, HEIGHT, true);
    }

    /** Draws into a box of the given size; {@code withTitles} false leaves only the chart (a report titles it). */
    static void drawIn(Graphics2D g, ChartData data, Provenance provenance, Locale locale, int width, int height,
            boolean withTitles) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int top = 0;
        int bottom = height;
        if (withTitles) {
            g.setColor(BRAND);
            g.fillRect(0, 0, width, 6);
            g.setFont(BRANDING);
            g.drawString(fit(g, provenance.branding(), width - 2 * MARGIN), MARGIN, 34);
            g.setColor(ChartRenderer.TEXT);
            g.setFont(TITLE);
            g.drawString(fit(g, data.title(), width - 2 * MARGIN), MARGIN, 70);
            top = 82;
            if (data.subtitle() != null && !data.subtitle().isBlank()) {
                g.setColor(ChartRenderer.MUTED);
                g.setFont(SUBTITLE);
                g.drawString(fit(g, data.subtitle(), width - 2 * MARGIN), MARGIN, 96);
                top = 108;
            }
            bottom = height - 72;
            g.setColor(new Color(0xdddddd));
            g.setStroke(new BasicStroke(1f));
            g.drawLine(MARGIN, bottom + 8, width - MARGIN, bottom + 8);
            g.setColor(ChartRenderer.MUTED);
            g.setFont(FOOTER);
            g.drawString(fit(g, provenance.filters(), width - 2 * MARGIN), MARGIN, bottom + 32);
            g.drawString(fit(g, provenance.source() + "  ·  " + provenance.asOf(), width - 2 * MARGIN), MARGIN,
                    bottom + 54);
        }
        ChartRenderer.render(data, locale).draw(g, new Rectangle2D.Double(withTitles ? MARGIN - 8 : 0, top,
                width - (withTitles ? 2 * (MARGIN - 8) : 0), bottom - top));
    }

    /** The text, shortened with an ellipsis to fit the width. */
    private static String fit(Graphics2D g, String text, int width) {
        if (text == null) {
            return "";
        }
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
