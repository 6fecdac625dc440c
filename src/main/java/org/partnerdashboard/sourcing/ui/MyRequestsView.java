package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.BuyerRequestRow;
import org.partnerdashboard.sourcing.BuyerSpaceService;

/** The buyer space's home: the company's own sourcing requests and where each stands; a button to ask for more. */
@Route("my-requests")
@Menu(order = 0, icon = "vaadin:cart", title = "nav.my-requests")
@RolesAllowed(Role.Names.BUYER)
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

    public MyRequestsView(BuyerSpaceService space) {
        Grid<BuyerRequestRow> grid = new Grid<>();
        grid.addColumn(BuyerRequestRow::title).setHeader(getTranslation("sourcing.title")).setFlexGrow(2)
                .setTooltipGenerator(BuyerRequestRow::title);
        grid.addComponentColumn(r -> RequestBadges.status(r.status(), this)).setHeader(getTranslation("sourcing.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.requestedOn(), getLocale())).setHeader(getTranslation("sourcing.requested-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.dueDate() == null ? "" : Formats.date(r.dueDate(), getLocale()))
                .setHeader(getTranslation("sourcing.due-date")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(BuyerRequestView.class,
                String.valueOf(click.getItem().id())));
        grid.setAriaLabel(getTranslation("my-requests.title"));
        grid.setAllRowsVisible(true);
        List<BuyerRequestRow> rows = space.myRequests();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        Paragraph none = new Paragraph(getTranslation("my-requests.none"));
        none.setVisible(rows.isEmpty());
        Button create = new Button(getTranslation("my-requests.new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(BuyerRequestView.class, "new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-my-request");
        add(new H1(getTranslation("my-requests.title", space.companyName())),
                new Paragraph(getTranslation("my-requests.intro")), create, none, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-requests.page-title") + " · " + getTranslation("app.name");
    }
}
