package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.partnerdashboard.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a user sees when something fails in a click or a data fetch: a plain message, never a stack trace or SQL.
 * Unexpected errors are logged with a reference the user can quote.
 */
@Component
class AppErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        Throwable cause = rootRuleOrAccessError(event.getThrowable());
        if (cause instanceof InvalidInputException invalid) {
            Messages.error(Messages.of(ui, invalid));
        } else if (cause instanceof OptimisticLockingFailureException) {
            Messages.error(ui.getTranslation("error.concurrent-edit"));
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Access denied: {}", cause.getMessage());
            Messages.error(ui.getTranslation("error.access-denied"));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, reference {}", reference, event.getThrowable());
            Messages.error(ui.getTranslation("error.unexpected", reference));
        }
    }

    private static Throwable rootRuleOrAccessError(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof AccessDeniedException
                    || t instanceof OptimisticLockingFailureException) {
                return t;
            }
        }
        return throwable;
    }
}
