package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.HasText;
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
import java.util.function.Supplier;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.ImportColumn;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;

/**
 * An import's second step: which column of the file holds each field, proposed from its headers; any field can be
 * set by hand or cleared (its column ignored). Field labels are {@code <labelPrefix>.<FIELD>}.
 */
public class ColumnMappingStep<F extends Enum<F> & ImportColumn> extends VerticalLayout {

    private final Class<F> fields;
    private final Map<F, ComboBox<String>> columnFields;
    private List<String> headers = List.of();

    public ColumnMappingStep(Class<F> fields, String labelPrefix, Runnable preview) {
        this.fields = fields;
        this.columnFields = new EnumMap<>(fields);
        FormLayout form = new FormLayout();
        for (F field : fields.getEnumConstants()) {
            ComboBox<String> column = new ComboBox<>(getTranslation(labelPrefix + "." + field.name()));
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

    /**
     * Reads an uploaded file and proposes a mapping from its headers; a file that cannot be imported hides this step,
     * says why in {@code error}, and gives null.
     */
    public ImportTable load(Supplier<ImportTable> read, HasText error) {
        error.setText("");
        try {
            ImportTable table = read.get();
            propose(table.headers());
            return table;
        } catch (InvalidInputException invalid) {
            setVisible(false);
            error.setText(Messages.of(this, invalid));
            return null;
        }
    }

    /** Offers the file's headers and preselects the columns whose headers name a field. */
    public void propose(List<String> fileHeaders) {
        headers = fileHeaders;
        ColumnMapping<F> guess = ColumnMapping.guess(fields, fileHeaders);
        columnFields.forEach((field, combo) -> {
            combo.setItems(fileHeaders);
            Integer column = guess.column(field);
            combo.setValue(column == null ? null : fileHeaders.get(column));
        });
        setVisible(true);
    }

    public ColumnMapping<F> mapping() {
        Map<F, Integer> columns = new EnumMap<>(fields);
        columnFields.forEach((field, combo) -> {
            if (combo.getValue() != null) {
                columns.put(field, headers.indexOf(combo.getValue()));
            }
        });
        return new ColumnMapping<>(fields, columns);
    }
}
