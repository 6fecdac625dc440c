package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.placements.ColumnMapping;
import org.partnerdashboard.placements.ImportField;

/** The import's second step: which column of the file holds each field, proposed from its headers. */
class ColumnMappingStep extends VerticalLayout {

    private final Map<ImportField, ComboBox<String>> columnFields = new EnumMap<>(ImportField.class);
    private List<String> headers = List.of();

    ColumnMappingStep(Runnable preview) {
        FormLayout form = new FormLayout();
        for (ImportField field : ImportField.values()) {
            ComboBox<String> column = new ComboBox<>(getTranslation("import-field." + field));
            column.setRequiredIndicatorVisible(field.required());
            column.setClearButtonVisible(true);
            columnFields.put(field, column);
            form.add(column);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3),
                new FormLayout.ResponsiveStep("70em", 5));
        Button previewButton = new Button(getTranslation("import.preview"), click -> preview.run());
        previewButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previewButton.setId("import-preview");
        add(new H2(getTranslation("import.mapping")), new Paragraph(getTranslation("import.mapping-help")), form,
                previewButton);
        setPadding(false);
        setVisible(false);
    }

    /** Offers the file's headers and preselects the columns whose headers name a field. */
    void propose(List<String> fileHeaders) {
        headers = fileHeaders;
        ColumnMapping guess = ColumnMapping.guess(fileHeaders);
        columnFields.forEach((field, combo) -> {
            combo.setItems(fileHeaders);
            Integer column = guess.column(field);
            combo.setValue(column == null ? null : fileHeaders.get(column));
        });
        setVisible(true);
    }

    ColumnMapping mapping() {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        columnFields.forEach((field, combo) -> {
            if (combo.getValue() != null) {
                columns.put(field, headers.indexOf(combo.getValue()));
            }
        });
        return new ColumnMapping(columns);
    }
}
