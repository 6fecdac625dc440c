package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnerdashboard.security.Role;

/** The roles that may open the view a component sits in: those of its {@code @RolesAllowed}, or all when permitted. */
final class ViewRoles {

    private ViewRoles() {
    }

    /** A role's name, or the staff authority: every partnership role. */
    private static Stream<Role> roles(String name) {
        return name.equals(Role.Names.STAFF) ? Arrays.stream(Role.values()).filter(Role::partnershipStaff)
                : Stream.of(Role.valueOf(name));
    }

    static Set<Role> of(Component component) {
        Optional<Component> current = Optional.of(component);
        while (current.isPresent()) {
            Class<?> type = current.get().getClass();
            if (type.isAnnotationPresent(Route.class)) {
                RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
                return roles == null ? Set.of() : Arrays.stream(roles.value()).flatMap(ViewRoles::roles)
                        .collect(Collectors.toSet());
            }
            current = current.get().getParent();
        }
        return Set.of();
    }
}
