package org.partnerdashboard.base.ui;

import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.communication.PushRequestHandler;
import java.lang.reflect.Field;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atmosphere (Vaadin's push) registers a JVM shutdown hook of its own that closes every push connection the moment
 * the process is asked to stop, in parallel with Spring's orderly shutdown, so open pages could not be told anything.
 * Under Spring the servlet's own end already closes Atmosphere (Vaadin's push handler destroys it with the service),
 * in order, after the pages were told; so its hook is removed. Atmosphere offers no setting for this, hence the two
 * reflective reads; if a later version renames the fields, pages still come back by themselves (Vaadin reconnects,
 * finds its session gone and reloads), only without the notice.
 */
final class PushShutdownOrder {

    private static final Logger log = LoggerFactory.getLogger(PushShutdownOrder.class);

    private PushShutdownOrder() {
    }

    static void leaveToTheServlet(VaadinService service) {
        for (RequestHandler handler : service.getRequestHandlers()) {
            if (handler instanceof PushRequestHandler push) {
                try {
                    AtmosphereFramework atmosphere = (AtmosphereFramework) read(PushRequestHandler.class, "atmosphere", push);
                    Thread hook = (Thread) read(AtmosphereFramework.class, "shutdownHook", atmosphere);
                    if (hook != null) {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    log.warn("Push connections will close as soon as a stop begins, before open pages are told", e);
                }
            }
        }
    }

    private static Object read(Class<?> type, String name, Object instance) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(instance);
    }
}
