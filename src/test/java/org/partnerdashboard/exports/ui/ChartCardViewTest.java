package org.partnerdashboard.exports.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.support.KaribuTest;

/** Every chart carries the server-side export menu; snapshots are shared and opened; board packs are prepared. */
class ChartCardViewTest extends KaribuTest {

    @Test
    void everyChartOnEveryChartPageHasTheExportMenuAndNoHighchartsExport() {
        signInAs("wbc.staff");
        for (String route : List.of("", "campaign", "supply-chain", "indicators", "brief/332")) {
            UI.getCurrent().navigate(route, QueryParameters.fromString(
                    route.startsWith("brief") ? "area=17031&q=2016-Q1" : ""));
            List<ChartCard> cards = _find(ChartCard.class);
            assertThat(cards).as(route).isNotEmpty();
            assertThat(_find(Chart.class)).as("every chart on %s is in a card", route).hasSameSizeAs(cards);
            for (ChartCard card : cards) {
                Chart chart = card.chart();
                String id = chart.getId().orElseThrow();
                assertThat(chart.getConfiguration().getExporting().getEnabled()).as(id).isFalse();
                List<String> downloads = _find(card.menu(), Anchor.class).stream().map(a -> a.getId().orElseThrow())
                        .toList();
                assertThat(downloads).as(id).containsExactly(id + "-export-png", id + "-export-png_2x",
                        id + "-export-svg", id + "-export-pdf", id + "-export-data-csv", id + "-export-data-xlsx");
                ChartData data = card.data();
                assertThat(data.title()).as(id).isNotBlank();
                assertThat(data.series()).as(id).isNotEmpty();
            }
        }
    }

    @Test
    void provenanceNamesTheFiltersTheSourceAndTheMoment() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("", QueryParameters.fromString("county=17031&subsector=332"));

        var provenance = _get(ChartCard.class, spec -> spec.withId("placements-by-organization-chart-card"))
                .provenance();
        assertThat(provenance.filters()).isEqualTo("Filters: Cook County, IL · 332 Fabricated Metal Product Manufacturing");
        assertThat(provenance.source()).isEqualTo("Source: 1000 Jobs for Chicagoland Manufacturing campaign records");
        assertThat(provenance.asOf()).isEqualTo("Data as of Jun 15, 2026, 10:00 AM");
        assertThat(provenance.branding()).contains("World Business Chicago", "IMEC", "IMA");

        UI.getCurrent().navigate("indicators",
                QueryParameters.fromString("s=332&a=17031&from=2016-Q1&to=2016-Q4"));
        var qcew = _get(ChartCard.class, spec -> spec.withId("explorer-employment-card")).provenance();
        assertThat(qcew.source()).isEqualTo("Source: BLS QCEW, 2016 Q1 – 2016 Q4");
        assertThat(qcew.asOf()).isEqualTo("Data as of 2016 Q4");
    }

    @Test
    void exportsSpeakTheReadersLanguage() {
        signInAs("wbc.staff");
        VaadinSession.getCurrent().setLocale(Languages.SPANISH);
        UI.getCurrent().navigate("", QueryParameters.fromString("county=17031"));

        var provenance = _get(ChartCard.class, spec -> spec.withId("placements-by-organization-chart-card"))
                .provenance();
        assertThat(provenance.filters()).isEqualTo("Filtros: Cook County, IL");
        assertThat(provenance.source())
                .isEqualTo("Fuente: Registros de la campaña 1000 Jobs for Chicagoland Manufacturing");
        assertThat(provenance.asOf()).isEqualTo("Datos al 15 jun 2026, 10:00 a.m.");

        UI.getCurrent().navigate("indicators",
                QueryParameters.fromString("s=332&a=17031&from=2016-Q1&to=2016-Q4"));
        var qcew = _get(ChartCard.class, spec -> spec.withId("explorer-employment-card")).provenance();
        assertThat(qcew.source()).isEqualTo("Fuente: BLS QCEW, T1 2016 – T4 2016");
    }

    @Test
    void aChartIsSharedByLinkAndOpensFrozenForAColleague() {
        signInAs("executive");
        UI.getCurrent().navigate("supply-chain");
        ContextMenuKt._clickItemWithID(_get(ChartCard.class, spec -> spec.withId("supply-chain-funnel-card")).menu(),
                "supply-chain-funnel-share");
        _click(_get(Button.class, spec -> spec.withId("create-snapshot-link")));
        String link = _get(TextField.class, spec -> spec.withId("snapshot-link")).getValue();
        assertThat(link).contains("/snapshot/");
        String token = link.substring(link.lastIndexOf('/') + 1);

        signInAs("research.editor");
        UI.getCurrent().navigate("snapshot/" + token);
        _get(SnapshotView.class);
        Chart frozen = _get(Chart.class, spec -> spec.withId("snapshot-chart-0"));
        assertThat(frozen.getConfiguration().getTitle().getText()).isEqualTo("Sourcing funnel");
        assertThat(_get(ChartCard.class).provenance().source()).contains("sourcing requests");

        signInAs("bethel.staff");
        UI.getCurrent().navigate("snapshot/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("snapshot-unavailable")).getText())
                .isEqualTo("This snapshot shows figures your role may not see.");
        UI.getCurrent().navigate("snapshot/not-a-token");
        assertThat(_get(Paragraph.class, spec -> spec.withId("snapshot-unavailable")).getText())
                .startsWith("This snapshot link is not known");
    }

    @Test
    void theDashboardIsFrozenWithItsHeadlineFiguresAndFourCharts() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("share-dashboard")));
        _click(_get(Button.class, spec -> spec.withId("create-snapshot-link")));
        String link = _get(TextField.class, spec -> spec.withId("snapshot-link")).getValue();

        UI.getCurrent().navigate("snapshot/" + link.substring(link.lastIndexOf('/') + 1));
        assertThat(_find(Chart.class)).hasSize(4);
        assertThat(_find(KpiCard.class).stream()
                .map(KpiCard::value).toList()).startsWith("300", "30%", "45");
    }

    @Test
    void theBoardPackIsPreparedInTheBackgroundThenOfferedForDownload() throws InterruptedException {
        signInAs("executive");
        UI.getCurrent().navigate("brief/332", QueryParameters.fromString("area=17031&q=2016-Q1"));
        _click(_get(Button.class, spec -> spec.withId("brief-board-pack-start")));

        Anchor download = _get(BoardPackButton.class).getChildren().filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).findFirst().orElseThrow();
        for (int i = 0; i < 100 && !download.isVisible(); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getText()).startsWith("Download the board pack (").endsWith(" KB)");
        assertThat(_get(Button.class, spec -> spec.withId("brief-board-pack-start")).isEnabled()).isTrue();
    }

    @Test
    void eachChartIsDescribedInWordsForScreenReaders() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("");

        Chart byOrganization = _get(Chart.class, spec -> spec.withId("placements-by-organization-chart"));
        ChartData.Series series = ((ChartCard) byOrganization.getParent().orElseThrow()).data().series().getFirst();
        String description = byOrganization.getConfiguration().getChart().getDescription();
        for (ChartData.Point point : series.points()) {
            assertThat(description).contains(point.label() + " " + (point.value() == null ? "not shown"
                    : NumberFormat.getIntegerInstance(Locale.US).format(point.value())));
        }
        // the goal chart has a point a month: summarized, not read out
        assertThat(_get(Chart.class, spec -> spec.withId("campaign-goal-chart")).getConfiguration().getChart()
                .getDescription()).contains("highest").contains("Goal: 1,000");
    }
}
