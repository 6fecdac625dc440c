package org.partnerdashboard.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table row by row to CSV or XLSX, streaming (a million rows never sit in memory). Values are strings,
 * numbers, dates, booleans or null; text that a spreadsheet would run as a formula is neutralized.
 */
public interface TabularWriter extends Closeable {

    void row(List<?> values) throws IOException;

    /** Opens a writer and writes the header row. The caller closes the writer; the stream stays open. */
    static TabularWriter open(TabularFormat format, OutputStream out, List<String> header) throws IOException {
        TabularWriter writer = format == TabularFormat.CSV ? new CsvTabularWriter(out) : new XlsxTabularWriter(out);
        writer.row(header);
        return writer;
    }

    /**
     * Text that begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows
     * it instead of running it (CSV injection). Numbers are written as numbers and need no such care.
     */
    static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
