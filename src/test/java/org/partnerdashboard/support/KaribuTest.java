package org.partnerdashboard.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless UI tests over the whole Spring application and its real (H2) database, signed in as real users. */
@PartnerDashboardTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.partnerdashboard");

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        securityContexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as one of the demo users, as Spring Security would after a successful sign-in. */
    protected void signInAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        securityContexts.getContext().setAuthentication(authentication);
        // Vaadin's AuthenticationContext reads the global holder, whose strategy the latest Spring context set up:
        // another test class's context when several are cached in one JVM
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) ->
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
