package org.partnerdashboard.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnerdashboard.base.TabularWriter;

/**
 * A report as a workbook: a first sheet with the cover (title, subtitle, filters, provenance) and the headline
 * figures, then one sheet per chart with the numbers behind it, as real numbers. Text that a spreadsheet would read
 * as a formula is written as text.
 */
public final class ReportSpreadsheet {

    private ReportSpreadsheet() {
    }

    public static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet cover = workbook.createSheet(WorkbookUtil.createSafeSheetName(report.texts().figuresHeading()));
            List<List<Object>> lines = new ArrayList<>();
            lines.add(List.of(report.title()));
            lines.add(List.of(report.subtitle()));
            report.filters().forEach(filter -> lines.add(List.of(filter)));
            lines.add(List.of(report.provenance().branding()));
            lines.add(List.of(report.provenance().source()));
            lines.add(List.of(report.generated()));
            lines.add(List.of());
            int headerRow = lines.size();
            lines.add(List.of(report.texts().figuresHeading(), "", ""));
            report.figures().forEach(f -> lines.add(List.of(f.label(), f.value(), f.note())));
            write(cover, lines, bold, headerRow);
            cover.setColumnWidth(0, 48 * 256);
            cover.setColumnWidth(1, 24 * 256);
            cover.setColumnWidth(2, 60 * 256);
            int n = 1;
            for (ChartData chart : report.charts()) {
                String name = WorkbookUtil.createSafeSheetName(n++ + " " + chart.title());
                Sheet sheet = workbook.createSheet(name);
                List<List<Object>> rows = new ArrayList<>();
                rows.add(List.of(chart.title()));
                rows.add(List.of(chart.subtitle() == null ? "" : chart.subtitle()));
                rows.add(List.of());
                rows.add(new ArrayList<>(chart.header(report.texts().categoryColumn())));
                rows.addAll(chart.rows());
                write(sheet, rows, bold, 3);
                sheet.setColumnWidth(0, 36 * 256);
            }
            workbook.write(out);
        }
    }

    private static void write(Sheet sheet, List<List<Object>> rows, CellStyle bold, int headerRow) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Cell cell = row.createCell(c);
                Object value = values.get(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(TabularWriter.safeText(value.toString()));
                }
                if (r == headerRow || r == 0) {
                    cell.setCellStyle(bold);
                }
            }
        }
    }
}
