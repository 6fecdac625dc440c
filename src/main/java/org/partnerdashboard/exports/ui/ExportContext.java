package org.partnerdashboard.exports.ui;

import org.partnerdashboard.exports.Provenance;

/**
 * Implemented by a view with charts: what its snapshots print as provenance. A chart card asks the nearest
 * enclosing context when an export is made, so the filters are those in force at that moment.
 */
public interface ExportContext {

    /** The filters in force, in words ("Cook County · 2025"), or empty when nothing is filtered. */
    String exportFilters();

    /** Where the chart's numbers come from, e.g. "BLS QCEW, 2016 Q1" or "1000 Jobs campaign records". */
    String exportSource(String chartId);

    /** The data's as-of moment in words; by default, now (figures computed live from the records). */
    default String exportAsOf(String chartId) {
        return null;
    }

    /** A finished provenance that replaces the three parts above (a frozen snapshot keeps its own). */
    default Provenance exportProvenance(String chartId) {
        return null;
    }
}
