package org.partnerdashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerdashboard.security.FirstAdministrator;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A new installation without demo data and without administrator settings: the sign-in page leads to the set-up
 * page, which takes the code from the server's log, creates the first administrator and then closes for good.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"app.demo-data.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1"})
class SetupViewTest extends KaribuTest {

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstAdministratorIsCreatedWithTheCodeFromTheLogAndThePageThenCloses(CapturedOutput output) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class)).isZero();
        assertThat(jdbc.queryForList("SELECT name FROM organization WHERE kind = 'COMMUNITY_ORGANIZATION'",
                String.class)).as("the partnership's organizations exist without demo data").hasSize(5);
        Matcher logged = Pattern.compile("set-up code ([A-Z0-9-]{14})").matcher(output.getAll());
        assertThat(logged.find()).as("the set-up code is in the log").isTrue();

        UI.getCurrent().navigate("login");
        _get(SetupView.class);

        TextField code = _get(TextField.class, spec -> spec.withId("setup-code"));
        code.setValue("AAAA-BBBB-CCCC");
        _get(TextField.class, spec -> spec.withId("setup-username")).setValue("ops.admin");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Olivia Operator");
        _get(PasswordField.class, spec -> spec.withLabel("Password")).setValue("short");
        _get(PasswordField.class, spec -> spec.withLabel("Password again")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("setup-create")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("This is not the set-up code in the server's log");

        code.setValue(logged.group(1).toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("setup-create")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12");
        assertThat(firstAdministrator.needed()).isTrue();

        password.setValue("operator-password-2026");
        _get(PasswordField.class, spec -> spec.withLabel("Password again")).setValue("operator-password-2026");
        _click(_get(Button.class, spec -> spec.withId("setup-create")));

        _get(LoginView.class);
        assertThat(firstAdministrator.needed()).isFalse();
        assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE username = 'ops.admin'", String.class))
                .isEqualTo("ADMIN");
        UI.getCurrent().navigate("setup");
        assertThat(_find(SetupView.class)).as("the set-up page is gone").isEmpty();
        _get(LoginView.class);
    }
}
