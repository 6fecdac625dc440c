package org.partnerdashboard.exports;

/**
 * Where a chart's numbers come from, printed on every snapshot: the partnership's branding, the filters in force,
 * the source and the data's as-of date, each a finished line in the reader's language.
 */
public record Provenance(String branding, String filters, String source, String asOf) {
}
