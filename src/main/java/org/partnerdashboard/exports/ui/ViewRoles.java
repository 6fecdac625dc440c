package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.security.Role;

/** The roles that may open the view a component sits in: those of its {@code @RolesAllowed}, or all when permitted. */
final class ViewRoles {

    private ViewRoles() {
    }

    static Set<Role> of(Component component) {
        Optional<Component> current = Optional.of(component);
        while (current.isPresent()) {
            Class<?> type = current.get().getClass();
            if (type.isAnnotationPresent(Route.class)) {
                RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
                return roles == null ? Set.of()
                        : Arrays.stream(roles.value()).map(Role::valueOf).collect(Collectors.toSet());
            }
            current = current.get().getParent();
        }
        return Set.of();
    }
}
