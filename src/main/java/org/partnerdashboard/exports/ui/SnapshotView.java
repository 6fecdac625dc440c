package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.SnapshotContent;
import org.partnerdashboard.exports.SnapshotService;
import org.partnerdashboard.exports.SnapshotUnavailableException;
import org.partnerdashboard.security.Role;

/**
 * A frozen snapshot opened from its link: the numbers as they were when it was taken, who took it, and until when
 * the link works. Its charts export like any other.
 */
@Route("snapshot")
@RolesAllowed(Role.Names.STAFF)
public class SnapshotView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, ExportContext {

    private final SnapshotService snapshots;
    private String title = "";
    private SnapshotContent.Opened opened;

    private final ZoneId zone;

    public SnapshotView(SnapshotService snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.zone = clock.getZone();
        setId("snapshot-view");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        try {
            opened = snapshots.open(token);
        } catch (SnapshotUnavailableException e) {
            title = getTranslation("snapshot.unavailable.title");
            Paragraph reason = new Paragraph(getTranslation("snapshot.unavailable." + e.reason().name()));
            reason.setId("snapshot-unavailable");
            add(new H1(title), reason);
            return;
        }
        SnapshotContent content = opened.content();
        title = content.title();
        Locale locale = getLocale();
        Div frozen = new Div(VaadinIcon.CAMERA.create(), new Span(
                getTranslation("snapshot.taken", opened.takenBy(),
                        Formats.dateTime(opened.takenAt(), zone, locale),
                        Formats.dateTime(opened.expiresAt(), zone, locale))));
        frozen.addClassName("snapshot-banner");
        frozen.setId("snapshot-taken");
        Paragraph provenance = new Paragraph(content.provenance().filters() + " · " + content.provenance().source()
                + " · " + content.provenance().asOf());
        provenance.addClassName("snapshot-provenance");
        add(new H1(title), frozen, provenance);
        if (opened.revocable()) {
            long id = opened.id();
            Button revoke = new Button(getTranslation("snapshot.revoke"), VaadinIcon.BAN.create(), click -> {
                snapshots.revoke(id);
                Messages.success(getTranslation("snapshot.revoked"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            revoke.setId("revoke-snapshot");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(revoke);
        }
        if (!content.figures().isEmpty()) {
            Div figures = new Div();
            figures.addClassName("kpi-row");
            for (Report.Figure figure : content.figures()) {
                figures.add(new KpiCard(figure.label(), figure.value(), figure.note()));
            }
            add(figures);
        }
        Div charts = new Div();
        charts.addClassName("chart-grid");
        int index = 0;
        for (ChartData chart : content.charts()) {
            charts.add(ChartCard.of("snapshot-chart-" + index++, SnapshotCharts.configuration(chart),
                    content.charts().size() == 1 || chart.timeAxis()));
        }
        add(charts);
    }

    @Override
    public String exportFilters() {
        return opened == null ? "" : opened.content().provenance().filters();
    }

    @Override
    public String exportSource(String chartId) {
        return opened == null ? "" : opened.content().provenance().source();
    }

    /** The snapshot's own provenance, as it was printed when it was taken. */
    @Override
    public Provenance exportProvenance(String chartId) {
        return opened == null ? null : opened.content().provenance();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
