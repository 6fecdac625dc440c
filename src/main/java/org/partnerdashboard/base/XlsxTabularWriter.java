package org.partnerdashboard.base;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only a window of rows is in memory, the rest goes to a temporary file
 * that is deleted when the writer closes. Dates are real dates, numbers real numbers; the header is bold and frozen.
 */
final class XlsxTabularWriter implements TabularWriter {

    private static final int ROWS_IN_MEMORY = 200;
    static final int MAX_ROWS = 1_048_576;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet = workbook.createSheet("Data");
    private final CellStyle dates = workbook.createCellStyle();
    private final CellStyle header = workbook.createCellStyle();
    private int next;

    XlsxTabularWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> values) throws IOException {
        if (next >= MAX_ROWS) {
            throw new IOException("XLSX holds at most " + MAX_ROWS + " rows: download CSV instead");
        }
        Row row = sheet.createRow(next);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            switch (value) {
                case null -> cell.setBlank();
                case Number number -> cell.setCellValue(number instanceof BigDecimal big ? big.doubleValue()
                        : number.doubleValue());
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dates);
                }
                case Boolean flag -> cell.setCellValue(flag);
                default -> cell.setCellValue(TabularWriter.safeText(value.toString()));
            }
            if (next == 0) {
                cell.setCellStyle(header);
            }
        }
        next++;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
