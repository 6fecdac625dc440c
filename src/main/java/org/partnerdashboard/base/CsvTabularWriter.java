package org.partnerdashboard.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte-order mark, so Excel reads accents right; RFC 4180 quoting by commons-csv. */
final class CsvTabularWriter implements TabularWriter {

    private final OutputStreamWriter writer;
    private final CSVPrinter printer;

    CsvTabularWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (Object value : values) {
            printer.print(value instanceof String text ? TabularWriter.safeText(text) : value);
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
