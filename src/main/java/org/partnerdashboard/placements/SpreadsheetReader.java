package org.partnerdashboard.placements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnerdashboard.base.InvalidInputException;

/** Reads an uploaded CSV or XLSX file (first sheet) into text rows. Anything else is refused with a clear reason. */
final class SpreadsheetReader {

    static final int MAX_ROWS = 100_000;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private SpreadsheetReader() {
    }

    static ImportTable read(String fileName, byte[] content) {
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
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("import.error.unreadable", e.getMessage());
        }
    }

    private static ImportTable readXlsx(String fileName, byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.US);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(cells);
                    checkSize(rows.size());
                }
            }
            return table(fileName, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("import.error.not-a-spreadsheet");
        }
    }

    /** Dates become ISO text (2024-05-31), whatever the cell's display format. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
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
