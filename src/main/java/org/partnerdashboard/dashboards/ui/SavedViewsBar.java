package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.TextPromptDialog;
import org.partnerdashboard.dashboards.SavedViewRow;
import org.partnerdashboard.dashboards.SavedViewService;

/** Save the current view by name, open a saved one, pin one as the start page, delete one. */
class SavedViewsBar extends HorizontalLayout {

    private final SavedViewService views;
    private final Select<SavedViewRow> saved = new Select<>();
    /** Pin and delete: made when a view is first chosen, which most visits never do (less to keep per open page). */
    private Button pin;
    private Button delete;

    SavedViewsBar(SavedViewService views, Supplier<String> currentQuery) {
        this.views = views;
        saved.setLabel(getTranslation("views.saved"));
        saved.setPlaceholder(getTranslation("views.choose"));
        saved.setItemLabelGenerator(v -> v.pinned() ? v.name() + " ★" : v.name());
        saved.setId("saved-views");
        saved.addValueChangeListener(change -> {
            update();
            if (change.isFromClient() && change.getValue() != null) {
                UI.getCurrent().navigate("", QueryParameters.fromString(change.getValue().query()));
            }
        });
        Button save = new Button(getTranslation("views.save"), VaadinIcon.BOOKMARK.create(), click ->
                new TextPromptDialog(getTranslation("views.save-title"), getTranslation("views.name"),
                        getTranslation("views.save"), SavedViewService.MAX_NAME, name -> {
                            views.save(name, currentQuery.get());
                            Messages.success(getTranslation("views.saved-done", name.trim()));
                            refresh();
                        }).open());
        save.setId("save-view");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(saved, save);
        setWrap(true);
        refresh();
    }

    /** The user's start page among the views this bar read (the dashboard asks as it opens: no second query). */
    Optional<SavedViewRow> pinned() {
        return saved.getListDataView().getItems().filter(SavedViewRow::pinned).findFirst();
    }

    private void refresh() {
        saved.setItems(views.mine());
        saved.clear();
        update();
    }

    private void update() {
        SavedViewRow view = saved.getValue();
        if (view == null && pin == null) {
            return;
        }
        if (pin == null) {
            addViewButtons();
        }
        pin.setVisible(view != null);
        delete.setVisible(view != null);
        pin.setText(getTranslation(view != null && view.pinned() ? "views.unpin" : "views.pin"));
        pin.setIcon((view != null && view.pinned() ? VaadinIcon.PIN_POST : VaadinIcon.PIN).create());
    }

    private void addViewButtons() {
        pin = new Button();
        pin.setId("pin-view");
        pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pin.addClickListener(click -> {
            SavedViewRow view = saved.getValue();
            views.pin(view.pinned() ? null : view.id());
            Messages.success(getTranslation(view.pinned() ? "views.unpinned" : "views.pinned", view.name()));
            refresh();
        });
        delete = new Button(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("views.delete"));
        delete.setId("delete-view");
        delete.addClickListener(click -> {
            views.delete(saved.getValue().id());
            refresh();
        });
        addComponentAtIndex(1, pin);
        addComponentAtIndex(2, delete);
    }
}
