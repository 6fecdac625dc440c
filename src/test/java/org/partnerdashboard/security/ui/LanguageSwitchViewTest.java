package org.partnerdashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.base.ui.LanguageSwitch;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LanguageSwitchViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheChoice() {
        jdbc.update("UPDATE app_user SET language = NULL");
    }

    @Test
    void spanishRedrawsThePageAndIsRememberedWithTheAccount() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Dashboard");

        _get(LanguageSwitch.class).setValue(Languages.SPANISH);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        assertThat(jdbc.queryForObject("SELECT language FROM app_user WHERE username = 'wbc.staff'", String.class))
                .isEqualTo("es-US");
        UI.getCurrent().navigate("placements"); // the reload, as the browser does it
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Panel");
        assertThat(_find(KpiCard.class).getFirst().label()).isEqualTo("Colocaciones hasta la fecha");
    }

    @Test
    void aNewSessionOpensInTheRememberedLanguage() {
        jdbc.update("UPDATE app_user SET language = 'es-US' WHERE username = 'wbc.staff'");
        signInAs("wbc.staff");

        VaadinService.getCurrent().fireUIInitListeners(UI.getCurrent()); // a UI of the signed-in session

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Panel");
        // the charts' own words: month names in tooltips and dates, separators
        assertThat(ChartOptions.get(UI.getCurrent()).getLang().getMonths())
                .startsWith("enero", "febrero");
    }

    @Test
    void visitorsChooseForTheSessionOnly() {
        UI.getCurrent().navigate("login");

        _get(LanguageSwitch.class).setValue(Languages.SPANISH);

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE language IS NOT NULL", Long.class))
                .isZero();
    }
}
