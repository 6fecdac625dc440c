package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code @RolesAllowed} still guards services, while views (which carry the same annotations for Vaadin's navigation
 * access control) are created plainly: no Spring proxy around each view instance.
 */
class MethodSecurityTest extends KaribuTest {

    @Autowired
    PlacementService placements;

    @Test
    void rolesAllowedGuardsServices() {
        signInAs("imec.staff");
        assertThatThrownBy(() -> placements.countRows(PlacementFilter.NONE)).isInstanceOf(AccessDeniedException.class);

        signInAs("wbc.staff");
        assertThat(placements.countRows(PlacementFilter.NONE)).isPositive();
    }

    @Test
    void viewsAndTheirLayoutAreNotProxied() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("placements");

        assertThat(UI.getCurrent().getActiveRouterTargetsChain()).isNotEmpty()
                .allSatisfy(target -> assertThat(AopUtils.isAopProxy(target)).as(target.getClass().getName()).isFalse());
    }
}
