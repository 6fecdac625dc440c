package org.partnerdashboard.dashboards;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.partnerdashboard.base.DataChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open dashboards that the data changed, after the change is committed (the program's shared results are
 * gone by then): a burst of changes (an import, a review session) is coalesced into one update within a fraction of
 * a second, so dashboards do not poll and do not each recompute for every row.
 */
@Component
public class LiveDashboards {

    static final long COALESCE_MILLIS = 300;

    private final Set<Runnable> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-dashboards");
        thread.setDaemon(true);
        return thread;
    });

    /** @return a handle that stops the updates (call it when the dashboard closes) */
    public Runnable subscribe(Runnable onChange) {
        subscribers.add(onChange);
        return () -> subscribers.remove(onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(DataChange change) {
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(this::notifySubscribers, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void notifySubscribers() {
        scheduled.set(false);
        subscribers.forEach(Runnable::run);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
