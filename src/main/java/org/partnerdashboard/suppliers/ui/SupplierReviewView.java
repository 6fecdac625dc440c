package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.PendingRegistration;
import org.partnerdashboard.suppliers.SupplierDirectoryService;
import org.partnerdashboard.suppliers.SupplierReviewService;

/** The review queue: pending registrations, oldest first; a click opens one to approve, reject or merge. */
@Route("suppliers/review")
@Menu(order = 6.5, icon = "vaadin:clipboard-check", title = "nav.supplier-review")
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierReviewView extends VerticalLayout implements HasDynamicTitle {

    private final SupplierReviewService review;
    private final Grid<PendingRegistration> grid = new Grid<>();
    private final Span total = new Span();

    public SupplierReviewView(SupplierReviewService review, SupplierDirectoryService directory) {
        this.review = review;
        grid.addColumn(r -> Formats.date(r.registeredOn(), getLocale())).setHeader(getTranslation("supplier.registered-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PendingRegistration::legalName).setHeader(getTranslation("supplier.legal-name")).setAutoWidth(true);
        grid.addColumn(r -> r.city() + ", " + r.stateCode()).setHeader(getTranslation("supplier.city")).setAutoWidth(true);
        grid.addColumn(r -> r.naicsCode() + " " + r.subsectorTitle()).setHeader(getTranslation("supplier.primary-subsector"))
                .setAutoWidth(true);
        grid.addColumn(PendingRegistration::contactEmail).setHeader(getTranslation("supplier.contact-email"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            if (r.possibleDuplicateOf() == null) {
                return new Span();
            }
            Span flag = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("review.possible-duplicate",
                    r.possibleDuplicateOf().legalName())));
            flag.addClassName("flag-badge");
            return flag;
        }).setHeader(getTranslation("review.flags")).setAutoWidth(true);
        grid.setItemsPageable(review::pending, pageable -> review.countPending());
        grid.addItemClickListener(click -> new RegistrationReviewDialog(review, directory.details(click.getItem().id()),
                click.getItem(), this::refresh).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("review.grid-label"));
        grid.setSizeFull();

        total.addClassName("secondary-text");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("review.title")), total);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("review.intro")), grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("review.total", Formats.integer(review.countPending(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
