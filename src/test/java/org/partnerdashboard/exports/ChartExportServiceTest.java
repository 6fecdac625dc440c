package org.partnerdashboard.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.partnerdashboard.support.RecordingResolverProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The numbers behind charts, board packs, and the promise that no export reaches outside this process. */
@PartnerDashboardTest
@WithUserDetails("executive")
class ChartExportServiceTest {

    @Autowired
    ChartExportService exports;

    private static final Report REPORT = new Report("Partnership dashboard", "Board pack",
            List.of("Filters: Cook County · 2025"), "Prepared on Jun 15, 2026 for Jordan Ellis", SampleCharts.PROVENANCE,
            List.of(new Report.Figure("Placements to date", "300", "toward the goal of 1,000"),
                    new Report.Figure("Progress toward the goal", "30%", "an even pace would be at 754 by now"),
                    new Report.Figure("Approved suppliers", "177", "in the Supply Chain Center")),
            SampleCharts.all(), new Report.Texts("Headline figures", "The numbers behind the chart", "Category",
                    "Page {0}", "not shown"));

    @Test
    void theNumbersRoundTripThroughACsvParserWithFormulasNeutralized() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.numbers(SampleCharts.bars(), "Organization", TabularFormat.CSV, out);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(out.toByteArray())).get(), StandardCharsets.UTF_8))
                .getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).get("Organization")).isEqualTo("Bethel New Life");
        assertThat(records.get(0).get("Placements")).isEqualTo("41");
        assertThat(records.get(2).get("Organization")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(3).get("Organization")).isEqualTo("Safer Foundation (<5)");
        assertThat(records.get(3).get("Placements")).isEmpty();
    }

    @Test
    void theNumbersOpenInPoiAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.numbers(SampleCharts.stacked(), "Year", TabularFormat.XLSX, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Year");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Pending");
            Row y2025 = sheet.getRow(2);
            assertThat(y2025.getCell(0).getStringCellValue()).isEqualTo("2025");
            assertThat(y2025.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2025.getCell(1).getNumericCellValue()).isEqualTo(140.0);
            assertThat(y2025.getCell(2).getNumericCellValue()).isEqualTo(9.0);
        }
    }

    @Test
    void aBoardPackHasACoverTheFiguresAndAPagePerChartWithItsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Double> progress = new ArrayList<>();
        exports.report(REPORT, Locale.US, out, progress::add);

        assertThat(progress).isSorted().last().isEqualTo(1.0);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2 + SampleCharts.all().size());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Partnership dashboard");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            assertThat(text.getText(pdf)).contains("Partnership dashboard", "Filters: Cook County · 2025",
                    "Prepared on Jun 15, 2026 for Jordan Ellis");
            text.setStartPage(2);
            text.setEndPage(2);
            assertThat(text.getText(pdf)).contains("Headline figures", "Placements to date", "300", "177");
            text.setStartPage(3);
            text.setEndPage(3);
            assertThat(text.getText(pdf)).contains("Placements by community organization, 2025",
                    "The numbers behind the chart", "Instituto del Progreso Latino", "77", "not shown", "Page 3");
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50);
                assertThat(ChartFilesTest.colours(image)).as("page %d is not blank", page + 1).isGreaterThan(3);
            }
        }
        ChartFilesTest.keep("board-pack-sample.pdf", out.toByteArray());
    }

    /**
     * Every kind of export, made while every host-name lookup and every proxy decision (the first step of any
     * outbound HTTP call) is recorded: none happens. Highcharts' export server is never involved.
     */
    @Test
    void noExportReachesOutsideTheProcess() throws IOException {
        List<URI> connections = new CopyOnWriteArrayList<>();
        ProxySelector original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                connections.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        });
        // this machine's own name is looked up locally (no network): the only name besides localhost allowed
        String ownName = InetAddress.getLocalHost().getHostName();
        RecordingResolverProvider.LOOKUPS.clear();
        try {
            for (ChartData chart : SampleCharts.all()) {
                for (ChartFormat format : ChartFormat.values()) {
                    assertThat(exports.snapshot(chart, SampleCharts.PROVENANCE, format, Locale.US)).isNotEmpty();
                }
                for (TabularFormat format : TabularFormat.values()) {
                    exports.numbers(chart, "Category", format, new ByteArrayOutputStream());
                }
            }
            exports.report(REPORT, Locale.US, new ByteArrayOutputStream(), done -> { });
        } finally {
            ProxySelector.setDefault(original);
        }
        assertThat(connections).isEmpty();
        assertThat(RecordingResolverProvider.LOOKUPS).allMatch(host -> host.equals("localhost") || host.equals(ownName),
                "resolves no outside host");
    }
}
