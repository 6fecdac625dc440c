package org.partnerdashboard.exports.ui;

import com.vaadin.flow.server.VaadinService;

/** Spring beans for components that views create with {@code new} (chart cards, dialogs), via Vaadin's instantiator. */
final class Services {

    private Services() {
    }

    static <T> T get(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
