package org.partnerdashboard.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Reads an uploaded CSV or XLSX file (first sheet) into text rows. Anything else is refused with a clear reason. */
public final class SpreadsheetReader {

    public static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 200;
    static final long MAX_CHARACTERS = 40_000_000;
    static final long MAX_ENTRY_BYTES = 300L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_BYTES = 60L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    static {
        // POI's zip-bomb limits are global: set once, explicitly, instead of trusting the defaults (4 GB entries)
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SpreadsheetReader() {
    }

    public static ImportTable read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.error.empty");
        }
        if (name.endsWith(".xlsx")) {
            if (!startsWith(content, ZIP_MAGIC)) {
                throw new InvalidInputException("import.error.not-a-spreadsheet");
            }
            return readXlsx(fileName, content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            if (looksBinary(content)) {
                throw new InvalidInputException("import.error.not-a-spreadsheet");
            }
            return readCsv(fileName, content);
        }
        throw new InvalidInputException("import.error.not-a-spreadsheet");
    }

    private static ImportTable readCsv(String fileName, byte[] content) {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(content)).get(), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                checkSize(rows.size());
            }
            return table(fileName, rows);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("import.error.unreadable", e.getMessage());
        }
    }

    /**
     * The first sheet, streamed (POI's event API: rows are read one at a time, never a whole workbook in memory),
     * inside explicit limits: a zip entry may not inflate more than 100 times, nor beyond {@value #MAX_ENTRY_BYTES}
     * bytes; the shared strings (the one part read whole) at most {@value #MAX_SHARED_STRINGS_BYTES} bytes; the cells
     * kept at most {@value #MAX_CHARACTERS} characters in all.
     */
    private static ImportTable readXlsx(String fileName, byte[] content) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            for (PackagePart part : workbook.getPartsByName(Pattern.compile("/xl/sharedStrings.*\\.xml"))) {
                if (part.getSize() > MAX_SHARED_STRINGS_BYTES) {
                    throw new InvalidInputException("import.error.too-large-inside");
                }
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInputException("import.error.empty");
            }
            XlsxRows rows = new XlsxRows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return table(fileName, rows.rows);
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (RuntimeException | IOException | OpenXML4JException | SAXException
                 | ParserConfigurationException e) {
            InvalidInputException limit = limitBroken(e);
            if (limit != null) {
                throw limit;
            }
            throw new InvalidInputException(bomb(e) ? "import.error.too-large-inside"
                    : "import.error.not-a-spreadsheet");
        }
    }

    /** A limit of ours broken inside the SAX parser, which may wrap what the row collector threw. */
    private static InvalidInputException limitBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** A zip bomb or an oversized part, as POI reports it (possibly wrapped). */
    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("maxentrysize")) {
                return true;
            }
        }
        return false;
    }

    /** Collects a sheet's rows as text, gaps between cells filled, within the row and character limits. */
    private static final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final List<List<String>> rows = new ArrayList<>();
        private List<String> current = new ArrayList<>();
        private long characters;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(current);
                checkSize(rows.size());
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new InvalidInputException("import.error.too-many-columns", MAX_COLUMNS);
            }
            while (current.size() < column) {
                current.add("");
            }
            String text = value == null ? "" : value;
            characters += text.length();
            if (characters > MAX_CHARACTERS) {
                throw new InvalidInputException("import.error.too-large-inside");
            }
            current.add(text);
        }
    }

    /** Dates become ISO text (2024-05-31), whatever the cell's display format; other numbers as Excel shows them. */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.US);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static ImportTable table(String fileName, List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("import.error.empty");
        }
        if (rows.size() == 1) {
            throw new InvalidInputException("import.error.no-data-rows");
        }
        List<String> headers = rows.getFirst().stream().map(String::trim).toList();
        return new ImportTable(fileName, headers, List.copyOf(rows.subList(1, rows.size())));
    }

    private static void checkSize(int rows) {
        if (rows > MAX_ROWS + 1) {
            throw new InvalidInputException("import.error.too-many-rows", MAX_ROWS);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files have no NUL bytes; images, PDFs and spreadsheets renamed to .csv do. */
    private static boolean looksBinary(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return startsWith(content, ZIP_MAGIC);
    }
}
