package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.partnerdashboard.base.LanguagePreference;
import org.partnerdashboard.base.SignedInPerson;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The app frame: brand, a side menu built from the views' {@code @Menu} entries (only those the user may open;
 * titles are i18n keys), and who is signed in, with sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, LanguagePreference languages) {
        setPrimarySection(Section.DRAWER);
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.drawer")));
        addToDrawer(brand(), new Scroller(navigation()));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, signedIn(authentication, languages));
    }

    private Div brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span partners = new Span(getTranslation("app.partners"));
        partners.addClassName("brand-partners");
        Div brand = new Div(name, partners);
        brand.addClassName("brand");
        return brand;
    }

    private SideMenu navigation() {
        return new SideMenu(getTranslation("nav.label"), MenuConfiguration.getMenuEntries().stream()
                .map(entry -> new SideMenu.Item(getTranslation(entry.title()), entry.path().replaceFirst("^/", ""),
                        entry.icon()))
                .toList());
    }

    private Div signedIn(AuthenticationContext authentication, LanguagePreference languages) {
        Div user = new Div();
        user.addClassName("signed-in");
        authentication.getAuthenticatedUser(UserDetails.class).ifPresent(details -> {
            if (details instanceof SignedInPerson person) {
                Span name = new Span(person.displayName());
                name.addClassName("signed-in-name");
                Span role = new Span(getTranslation(person.roleKey()) + " · " + person.organizationName());
                role.addClassName("signed-in-role");
                user.add(new Div(name, role));
            }
            Button signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(),
                    click -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            signOut.setAriaLabel(getTranslation("nav.sign-out")); // on a phone only the icon shows
            user.add(new LanguageSwitch(languages::remember), signOut);
        });
        return user;
    }
}
