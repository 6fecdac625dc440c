package org.partnerdashboard.suppliers.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.CertificationReviewService;
import org.partnerdashboard.suppliers.PendingRegistration;
import org.partnerdashboard.suppliers.SupplierAccountService;
import org.partnerdashboard.suppliers.SupplierDetails;
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

    public SupplierReviewView(SupplierReviewService review, SupplierDirectoryService directory,
            SupplierAccountService accounts, CertificationReviewService certifications) {
        this.review = review;
        PHONE.of(grid.addColumn(PendingRegistration::legalName).setHeader(getTranslation("supplier.legal-name"))
                .setWidth("10em").setFlexGrow(2));
        PHONE.of(grid.addComponentColumn(this::flags).setHeader(getTranslation("review.flags")).setWidth("10em")
                .setFlexGrow(2));
        LAPTOP.of(grid.addColumn(r -> Formats.date(r.registeredOn(), getLocale()))
                .setHeader(getTranslation("supplier.registered-on")).setWidth("8.5em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(r -> r.city() + ", " + r.stateCode()).setHeader(getTranslation("supplier.city"))
                .setWidth("9em").setFlexGrow(1));
        MORE.of(grid.addColumn(r -> Subsector.label(r.naicsCode(), r.subsectorTitle()))
                .setHeader(getTranslation("supplier.primary-subsector")).setWidth("11em").setFlexGrow(1));
        MORE.of(grid.addColumn(PendingRegistration::contactEmail).setHeader(getTranslation("supplier.contact-email"))
                .setWidth("12em").setFlexGrow(1));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(review::pending, pageable -> review.countPending());
        grid.addItemClickListener(click -> {
            SupplierDetails details = directory.details(click.getItem().id());
            new RegistrationReviewDialog(review, details, click.getItem(), this::refresh,
                    () -> offerInvitation(accounts, details)).open();
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("review.grid-label"));
        grid.setSizeFull();

        total.addClassName("secondary-text");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("review.title")), total);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, new Paragraph(getTranslation("review.intro")));
        long certificationsWaiting = certifications.pendingCount();
        if (certificationsWaiting > 0) {
            Anchor waiting = new Anchor("suppliers/certifications", getTranslation("review.certifications-waiting",
                    Formats.integer(certificationsWaiting, getLocale())));
            waiting.setId("certifications-waiting");
            Icon icon = VaadinIcon.DIPLOMA.create();
            icon.setSize("var(--lumo-icon-size-s)");
            HorizontalLayout notice = new HorizontalLayout(icon, waiting);
            notice.setAlignItems(FlexComponent.Alignment.CENTER);
            notice.setSpacing(true);
            add(notice);
        }
        add(grid);
        setSizeFull();
        refresh();
    }

    /** "Possible duplicate of …" in full: the reason a reviewer opens the row. */
    private Span flags(PendingRegistration r) {
        if (r.possibleDuplicateOf() == null) {
            return new Span();
        }
        Span flag = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("review.possible-duplicate",
                r.possibleDuplicateOf().legalName())));
        flag.addClassNames("flag-badge", "wraps");
        return flag;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("review.total", Formats.integer(review.countPending(), getLocale())));
    }

    /** An approved supplier may have its people in the supplier space: staff invite its contact, or cancel. */
    private void offerInvitation(SupplierAccountService accounts, SupplierDetails approved) {
        new InviteDialog(getTranslation("review.invite-offer", approved.legalName()), approved.contactName(),
                approved.contactEmail(), (name, email, language) -> accounts.invite(approved.id(), email, name,
                        language, AppAddress.current()), () -> { }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
