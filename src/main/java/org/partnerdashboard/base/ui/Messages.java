package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.partnerdashboard.base.InvalidInputException;

/** Turns rule violations into translated messages and shows notifications, the same way in every view. */
public final class Messages {

    private Messages() {
    }

    /** The exception's message in the component's language; arguments that are message keys are translated too. */
    public static String of(Component component, InvalidInputException error) {
        Object[] arguments = error.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String text && Translations.isKey(text)) {
                arguments[i] = component.getTranslation(text);
            }
        }
        return component.getTranslation(error.messageKey(), arguments);
    }

    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = new Notification(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
