package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.CertificationChangeRow;
import org.partnerdashboard.suppliers.CertificationReviewService;

/**
 * Certification changes suppliers proposed in their space, oldest first: staff check each against the certificate
 * and verify it (it takes effect) or reject it with a reason the supplier reads.
 */
@Route("suppliers/certifications")
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class CertificationReviewView extends VerticalLayout implements HasDynamicTitle {

    private final CertificationReviewService review;
    private final Clock clock;
    private final Grid<CertificationChangeRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public CertificationReviewView(CertificationReviewService review, Clock clock) {
        this.review = review;
        this.clock = clock;
        grid.addComponentColumn(c -> new Anchor("supplier/" + c.supplierId(), c.supplierName()))
                .setHeader(getTranslation("supplier.legal-name")).setWidth("10em").setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.labelKey())).setHeader(getTranslation("certifications.certification"))
                .setWidth("9em").setFlexGrow(1);
        grid.addColumn(this::change).setHeader(getTranslation("certifications.change")).setWidth("10em")
                .setFlexGrow(1);
        grid.addColumn(c -> c.proposedBy() + " · " + Formats.dateTime(c.proposedAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("certifications.proposed-by")).setWidth("10em").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setWidth("13em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("certifications.review-title"));
        add(new Anchor("suppliers/review", getTranslation("certifications.back")),
                new H1(getTranslation("certifications.review-title")),
                new Paragraph(getTranslation("certifications.review-intro")), grid, empty);
        refresh();
    }

    /** "Renew · until 3/31/2029 (now 1/15/2027)": what would change on the record. */
    private String change(CertificationChangeRow c) {
        String text = getTranslation("certifications.kind." + c.kind());
        if (c.expiresOn() != null) {
            text += " · " + getTranslation("certifications.until", Formats.date(c.expiresOn(), getLocale()));
        }
        if (c.currentExpiry() != null) {
            text += " " + getTranslation("certifications.now", Formats.date(c.currentExpiry(), getLocale()))
                    + (c.currentExpiry().isBefore(LocalDate.now(clock))
                            ? " · " + getTranslation("certifications.standing.EXPIRED.badge") : "");
        }
        return text;
    }

    private HorizontalLayout actions(CertificationChangeRow c) {
        Button verify = new Button(getTranslation("certifications.verify"), click -> act(() -> {
            review.verify(c.id(), c.version());
            Messages.success(getTranslation("certifications.verified", c.supplierName()));
        }));
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        verify.setId("verify-certification-" + c.id());
        Button reject = new Button(getTranslation("certifications.reject"), click -> rejectDialog(c).open());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reject.setId("reject-certification-" + c.id());
        return new HorizontalLayout(verify, reject);
    }

    private Dialog rejectDialog(CertificationChangeRow c) {
        Dialog dialog = new Dialog(getTranslation("certifications.reject-title", getTranslation(c.labelKey()),
                c.supplierName()));
        TextArea reason = new TextArea(getTranslation("certifications.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(400);
        reason.setWidth("min(30rem, 85vw)");
        reason.setId("certification-reject-reason");
        Span error = new Span();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        dialog.add(reason, error);
        Button confirm = new Button(getTranslation("certifications.reject"), click -> {
            try {
                review.reject(c.id(), c.version(), reason.getValue());
                Messages.success(getTranslation("certifications.rejected", c.supplierName()));
                dialog.close();
                refresh();
            } catch (ConcurrentEditException changed) {
                dialog.close();
                Messages.error(getTranslation("certifications.changed-meanwhile"));
                refresh();
            } catch (InvalidInputException invalid) {
                reason.setInvalid(true);
                error.setText(Messages.of(this, invalid));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("certification-reject-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException gone) { // decided meanwhile, or changed (a concurrent edit is one too)
            Messages.error(getTranslation("certifications.changed-meanwhile"));
        }
        refresh();
    }

    private void refresh() {
        List<CertificationChangeRow> rows = review.pending();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setText(getTranslation("certifications.review-empty"));
        empty.setVisible(rows.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certifications.review-title") + " · " + getTranslation("app.name");
    }
}
