package org.partnerdashboard.indicators.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.indicators.ComparisonAreaService;
import org.partnerdashboard.security.Role;

/**
 * The areas the indicators cover: the partnership's own, and those research editors follow to compare with (peer
 * metro areas, other counties, states, the U.S.), whose QCEW files are then imported like the partnership's.
 */
@Route("indicators/areas")
@Menu(order = 7.7, icon = "vaadin:globe", title = "nav.comparison-areas")
@RolesAllowed(Role.Names.RESEARCH_EDITOR)
public class ComparisonAreasView extends VerticalLayout implements HasDynamicTitle {

    private final ComparisonAreaService areas;
    private final ReferenceDataService referenceData;
    private final Grid<AreaName> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Span error = new Span();

    public ComparisonAreasView(ComparisonAreaService areas, ReferenceDataService referenceData) {
        this.areas = areas;
        this.referenceData = referenceData;
        code.setLabel(getTranslation("areas.code"));
        code.setHelperText(getTranslation("areas.code.help"));
        code.setId("area-code");
        code.setMaxLength(5);
        code.setWidth("12em");
        name.setLabel(getTranslation("areas.name"));
        name.setHelperText(getTranslation("areas.name.help"));
        name.setId("area-name");
        name.setMaxLength(100);
        name.setWidth("24em");
        name.setMaxWidth("100%");
        Button follow = new Button(getTranslation("areas.follow"), VaadinIcon.PLUS.create(), click -> follow());
        follow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        follow.setId("follow-area");
        HorizontalLayout form = new HorizontalLayout(code, name, follow);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull(); // so the name field's max width is the page's on a phone
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");

        PHONE.of(grid.addColumn(AreaName::name).setHeader(getTranslation("areas.name")).setFlexGrow(2)
                .setTooltipGenerator(AreaName::name));
        PHONE.of(grid.addColumn(AreaName::fips).setHeader(getTranslation("areas.code.short")).setWidth("7em")
                .setFlexGrow(0));
        LAPTOP.of(grid.addColumn(a -> getTranslation("area-kind." + a.kind())).setHeader(getTranslation("areas.kind"))
                .setWidth("9em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(a -> getTranslation(a.partnership() ? "areas.partnership" : "areas.compared"))
                .setHeader(getTranslation("areas.role")).setWidth("12em").setFlexGrow(1));
        PHONE.of(grid.addComponentColumn(this::unfollowButton).setKey("unfollow").setAutoWidth(true).setFlexGrow(0));
        ColumnPriority.adapt(grid);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("areas.title"));
        grid.setId("areas-grid");
        refresh();
        add(new H1(getTranslation("areas.title")), new Paragraph(getTranslation("areas.intro")),
                new H2(getTranslation("areas.add")), form, error, grid);
        setWidthFull();
    }

    private void follow() {
        FieldErrors fields = new FieldErrors(this).field("areas.code", code).field("areas.name", name);
        fields.clear();
        error.setText("");
        try {
            areas.follow(code.getValue(), name.getValue());
            Messages.success(getTranslation("areas.followed", name.getValue().trim()));
            code.clear();
            name.clear();
            refresh();
        } catch (InvalidInputException invalid) {
            error.setText(fields.show(invalid));
        }
    }

    private Button unfollowButton(AreaName area) {
        Button unfollow = new Button(getTranslation("areas.unfollow"), click -> {
            try {
                areas.unfollow(area.fips());
                Messages.success(getTranslation("areas.unfollowed", area.name()));
                refresh();
            } catch (InvalidInputException refused) {
                Messages.error(Messages.of(this, refused));
            }
        });
        unfollow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        unfollow.setAriaLabel(getTranslation("areas.unfollow-area", area.name()));
        unfollow.setVisible(!area.partnership());
        return unfollow;
    }

    private void refresh() {
        grid.setItems(referenceData.areas());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("areas.title") + " · " + getTranslation("app.name");
    }
}
