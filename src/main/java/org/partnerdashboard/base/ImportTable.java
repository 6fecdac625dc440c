package org.partnerdashboard.base;

import java.util.List;

/** A spreadsheet as read: its header row and its data rows (as text), before any mapping or validation. */
public record ImportTable(String fileName, List<String> headers, List<List<String>> rows) {

    /** The spreadsheet line of a data row (the header is line 1). */
    public static int lineOf(int rowIndex) {
        return rowIndex + 2;
    }

    public String cell(int rowIndex, Integer column) {
        List<String> row = rows.get(rowIndex);
        return column == null || column >= row.size() ? "" : row.get(column).trim();
    }
}
