package org.partnerdashboard.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.partnerdashboard.security.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-in with the login view, method security on services, password hashing and sign-in events. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    /**
     * The read-only stats API: stateless, bearer tokens only (no session, no CSRF: no cookies are used); its
     * OpenAPI description is public.
     */
    @Bean
    @Order(1)
    SecurityFilterChain statsApi(HttpSecurity http, ApiTokenService tokens,
            ObjectProvider<SecurityContextHolderStrategy> contexts, TransactionTemplate transactions,
            AuditService audit) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenFilter(tokens,
                        contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), transactions, audit),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/openapi.yaml").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /**
     * Public endpoints that need no session: calendar feeds (read by calendar apps that cannot sign in; the link's
     * secret is the key), health probes for load balancers and containers (the status only, no details) and the
     * newsletter's pages (archive, web versions, confirm and unsubscribe links; mail programs POST one-click
     * unsubscribes, each link being its own key). Stateless, no cookies, so no CSRF token either.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher("/feeds/**", "/actuator/health", "/actuator/health/**", "/news", "/news/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessRevocation revocation, AuditService audit,
            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        // SecurityHeadersFilter sets the policy headers on every response; Spring Security adds cache control
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()).contentTypeOptions(type -> type.disable()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // an account whose access changed since sign-in is signed out at its next request (OpenSessions closes idle
        // pages too)
        http.addFilterAfter(new RevokedAccessFilter(revocation,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), audit),
                AnonymousAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * {@code @RolesAllowed} and {@code @PermitAll} checked on services, as Spring's Jsr-250 method security does, but
     * not on Vaadin components: views carry the same annotations for Vaadin's own navigation access control, and
     * Spring's advisor would otherwise proxy every view instance and match its whole class hierarchy each time one is
     * created (the largest server cost per request in the load test).
     */
    @Bean
    // qualified because our own Role (the users' roles) is imported in this package
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250MethodSecurityOutsideViews(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        Pointcut jsr250 = AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(notAComponent).intersection(jsr250), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        // the same security context as Spring's own method security (Vaadin registers its own strategy)
        interceptor.setSecurityContextHolderStrategy(
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        return interceptor;
    }

    /** Delegating encoder: bcrypt today, and hashes say which algorithm made them, so they can be upgraded. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
