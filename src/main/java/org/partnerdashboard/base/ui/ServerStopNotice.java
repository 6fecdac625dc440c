package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * When this instance stops (a new version, a scale-down), every page open on it is told, then comes back through the
 * load balancer on its own: it polls the readiness probe, which this instance answers with 503 (or no longer at all)
 * from now on, and reloads its address as soon as an instance answers ready. Behind HAProxy that is another instance
 * once this one is out of rotation; with a single server it is this one started again. The address holds the page's
 * state, so after signing in there the user is back where they were. Runs before the web server stops taking requests.
 */
@Component
class ServerStopNotice implements VaadinServiceInitListener, ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServerStopNotice.class);

    /** Polls every second (every five after two minutes) and reloads once an instance is ready. */
    private static final String COME_BACK = """
            const probe = $0, started = Date.now();
            const again = () => setTimeout(poll, Date.now() - started < 120000 ? 1000 : 5000);
            const poll = () => fetch(probe, {cache: 'no-store'})
                .then(response => response.ok ? window.location.reload() : again())
                .catch(again);
            again();
            """;

    private static final Duration PUSH_DELIVERY = Duration.ofMillis(1500);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean pushOrdered = new AtomicBoolean();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        // the service's handlers exist once it serves: the first page is early enough, and before any push
        service.addUIInitListener(ui -> {
            if (pushOrdered.compareAndSet(false, true)) {
                PushShutdownOrder.leaveToTheServlet(service);
            }
        });
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        AtomicInteger pages = new AtomicInteger();
        List<Future<Void>> told = new ArrayList<>();
        for (VaadinSession session : sessions) {
            told.add(session.access(() -> session.getUIs().forEach(ui -> {
                ui.accessSynchronously(() -> tell(ui)); // with the UI current, as a notification needs
                pages.incrementAndGet();
            })));
        }
        for (Future<Void> telling : told) {
            try {
                // a page busy with a request is told right after it; a stuck one does not hold up the stop
                telling.get(2, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                log.warn("An open page could not be told that this server stops", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Stopping: told {} open pages to come back through the load balancer", pages.get());
        if (pages.get() > 0) {
            pauseForPushes();
        }
    }

    /** Push messages leave on their own threads; closing the connections at once would lose them. */
    private static void pauseForPushes() {
        try {
            Thread.sleep(PUSH_DELIVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void tell(UI ui) {
        Notification notice = new Notification(ui.getTranslation("server.stopping"), 0,
                Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.setId("server-stopping");
        notice.open();
        ui.getPage().executeJs(COME_BACK, "actuator/health/readiness");
    }
}
