package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ReportSpreadsheet;
import org.partnerdashboard.placements.OutcomesService;
import org.partnerdashboard.placements.PacingService;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementSlice;
import org.partnerdashboard.security.Disclosure;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The funder report: pacing and outcomes for readers outside the partnership, as a workbook. */
class FunderReportTest extends KaribuTest {

    @Autowired
    PacingService pacing;

    @Autowired
    OutcomesService outcomes;

    @Autowired
    PlacementService placements;

    @Test
    void aWorkbookHoldsTheFiguresAndEachChartsNumbersAllRoundedForTheAudience() throws IOException {
        signInAs("wbc.staff"); // who sees every count exactly, yet the report is for readers who may not
        UI.getCurrent().navigate(PacingView.class);
        PacingView page = _get(PacingView.class);
        Report report = FunderReport.of(2026, pacing.pacing(2026, Disclosure.forAudience()),
                outcomes.outcomes(Disclosure.forAudience()), outcomes.retentionOfYear(2026, Disclosure.forAudience()),
                placements.campaignProgress(PlacementSlice.ALL, Disclosure.forAudience()), LocalDate.of(2026, 6, 15),
                page, UI.getCurrent().getLocale());

        assertThat(report.title()).isEqualTo("Funder report 2026");
        assertThat(report.filters()).singleElement().asString().contains("rounded to a multiple of 5");
        assertThat(report.figures()).extracting(Report.Figure::label).contains("The campaign goal", "People placed",
                "Credential attainment", "Still employed at 180 days, placements of 2026");
        assertThat(report.charts()).hasSize(3);
        assertThat(report.charts().get(1).series()).allSatisfy(s -> s.points().forEach(p -> {
            if (p.value() != null && s.name().equals("Placed")) {
                assertThat(p.value() % 5).isZero();
            }
        }));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportSpreadsheet.write(report, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            Sheet cover = workbook.getSheetAt(0);
            assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Funder report 2026");
            Sheet organizations = workbook.getSheetAt(2);
            assertThat(organizations.getRow(3).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(organizations.getLastRowNum()).isEqualTo(3 + 5); // header and the five organizations
        }
    }
}
