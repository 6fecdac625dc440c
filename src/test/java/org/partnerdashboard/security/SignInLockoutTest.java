package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sign-in as the login form does it: the app's user store, password encoder and authentication events. */
@PartnerDashboardTest
class SignInLockoutTest {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationEventPublisher events;

    @Autowired
    AuditService audit;

    private ProviderManager signIn() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    private void attempt(String username, String password) {
        signIn().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void theDemoPasswordSignsInAndIsStoredAsABcryptHash() {
        attempt("oai.staff", "chicago-demo-2026");

        assertThat(userDetailsService.loadUserByUsername("oai.staff").getPassword()).startsWith("{bcrypt}$2");
    }

    @Test
    @WithUserDetails("admin")
    void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("kinzie.staff", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> attempt("kinzie.staff", "chicago-demo-2026")).isInstanceOf(LockedException.class);
        assertThat(audit.find(new AuditFilter("kinzie.staff", AuditAction.ACCOUNT_LOCKED, null, null), PageRequest.of(0, 5)))
                .hasSize(1);
        assertThat(audit.count(new AuditFilter("kinzie.staff", AuditAction.SIGN_IN_FAILED, null, null))).isEqualTo(6);
    }

    @Test
    void oneAddressThatFailsTwentyTimesAcrossAccountsIsRefusedEvenTheRightPasswordOthersAreNot() {
        from("198.51.100.23");
        try {
            for (int i = 0; i < 20; i++) {
                String username = "guess-" + i;
                assertThatThrownBy(() -> attempt(username, "123456")).isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> attempt("ima.staff", "chicago-demo-2026")).isInstanceOf(LockedException.class);

            from("198.51.100.24");
            attempt("ima.staff", "chicago-demo-2026");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** Sign-ins as if from this network address (a web request's remote address). */
    private static void from(String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(request));
    }
}
