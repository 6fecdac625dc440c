package org.partnerdashboard.placements;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;

/** Spreadsheets as community organizations send them, for import tests. */
public final class ImportFiles {

    public static final String HEADER = "Participant ID,First Name,Last Name,Email,Phone,ZIP,Employer,Job Title,"
            + "NAICS,Type,Start Date,End Date,Hourly Wage,Full Time,Status";

    private ImportFiles() {
    }

    public static String employer(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT MIN(name) FROM organization WHERE kind = 'EMPLOYER'", String.class);
    }

    /** Three valid rows with ids {prefix}-1..3. */
    public static byte[] validCsv(JdbcTemplate jdbc, String prefix) {
        String employer = employer(jdbc);
        return (HEADER + "\n"
                + prefix + "-1,Ada,Okafor,ada@example.org,(773) 555-0141,60624,\"" + employer + "\",Machine Operator,332,Direct hire,"
                + "2026-03-02,,19.25,yes,Active\n"
                + prefix + "-2,Benito,Juarez,,,60623,\"" + employer + "\",Welder,332 Fabricated Metal Product Manufacturing,"
                + "direct_hire,4/6/2026,,$21.00,Y,\n"
                + prefix + "-3,Chioma,Adeyemi,,,60644,\"" + employer + "\",Trainee,311,Training,2025-09-01,2025-12-15,,no,Completed\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One valid row and four with problems. */
    public static byte[] csvWithBadRows(JdbcTemplate jdbc, String prefix) {
        String employer = employer(jdbc);
        return (HEADER + "\n"
                + prefix + "-1,Dario,Ferreira,,,60639,\"" + employer + "\",Assembler,335,Direct hire,2026-02-02,,18.00,yes,Active\n"
                + prefix + "-2,Esi,Mensah,,,60639,No Such Employer LLC,Assembler,335,Direct hire,2026-02-02,,18.00,yes,Active\n"
                + prefix + "-3,Farah,Haddad,,,60639,\"" + employer + "\",Assembler,335,Direct hire,2031-01-01,,18.00,yes,Active\n"
                + prefix + "-4,Gus,Ivanov,,,60639,\"" + employer + "\",Assembler,335,Direct hire,2026-02-02,,lots,yes,Active\n"
                + prefix + "-1,Hana,Kim,,,60639,\"" + employer + "\",Assembler,999,Direct hire,2026-02-02,,18.00,yes,Active\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(JdbcTemplate jdbc, String prefix) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Placements");
            String[] header = HEADER.split(",");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(prefix + "-1");
            row.createCell(1).setCellValue("Ines");
            row.createCell(2).setCellValue("Lopez");
            row.createCell(6).setCellValue(employer(jdbc));
            row.createCell(7).setCellValue("Packer");
            row.createCell(8).setCellValue(311);
            row.createCell(9).setCellValue("Apprenticeship");
            row.createCell(10).setCellValue(LocalDate.of(2026, 1, 12));
            row.getCell(10).setCellStyle(date);
            row.createCell(12).setCellValue(17.5);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The spreadsheet with its sheet padded by {@code padding} bytes of blanks: a file that stays small but unpacks
     * to far more, as a zip bomb does.
     */
    public static byte[] inflating(byte[] xlsx, long padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String sheet = new String(content, StandardCharsets.UTF_8);
                    int data = sheet.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(sheet.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[64 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (long written = 0; written < padding; written += blanks.length) {
                        zip.write(blanks);
                    }
                    zip.write(sheet.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
