package org.partnerdashboard.suppliers.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.suppliers.SupplierImportRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Supplier lists as IMEC staff import them: name the list, upload, preview in words, import. Rolled back. */
@Transactional
class SupplierImportViewTest extends KaribuTest {

    private static final String LIST = """
            Company,Account ID,City,State,Zip,NAICS,Certifications,Email
            Halsted Metal Finishing Inc.,A-1,Chicago,Illinois,60608,332813,"ISO 9001:2015, WBE",info@halstedmetal.example
            Schaumburg Design Partners,A-2,Schaumburg,IL,60173,541330,,
            ,A-3,Chicago,IL,60608,332710,,
            """;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void open() {
        signInAs("imec.staff");
        UI.getCurrent().navigate(SupplierImportView.class);
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aListIsPreviewedInWordsThenImportedAsNotYetVerified() {
        _upload(_get(Upload.class), "imec-crm.csv", LIST.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        ComboBox<String> source = _get(ComboBox.class, spec -> spec.withId("supplier-import-source"));
        assertThat(source.isInvalid()).as("the list must be named first").isTrue();

        source.setValue("IMEC CRM export");
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(text("supplier-import-summary")).isEqualTo("3 rows · new: 2 · match a supplier in the directory: 0 · "
                + "to update from the same list: 0 · unchanged: 0 · duplicates within the file: 0 · with problems: 1");
        Grid<SupplierImportRow> rows = _get(Grid.class, spec -> spec.withId("supplier-import-rows"));
        assertThat(GridKt._getFormattedRow(rows, 1).get(3))
                .isEqualTo("No manufacturing NAICS code: imported as a service provider");
        assertThat(GridKt._getFormattedRow(rows, 2).get(3)).isEqualTo("Company name is missing");
        Button importRows = _get(Button.class, spec -> spec.withId("import-rows"));
        assertThat(importRows.isEnabled()).isFalse();
        assertThat(text("import-blocked")).startsWith("1 row has problems");

        _get(Checkbox.class).setValue(true);
        _click(importRows);

        assertThat(jdbc.queryForObject("SELECT registration_status FROM supplier WHERE source_record_id = 'A-1'",
                String.class)).isEqualTo("IMPORTED");
        assertThat(text("supplier-import-summary")).startsWith("3 rows · new: 0 · match a supplier in the directory: 0 · "
                + "to update from the same list: 0 · unchanged: 2");
    }
}
