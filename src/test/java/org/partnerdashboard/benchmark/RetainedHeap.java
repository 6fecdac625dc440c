package org.partnerdashboard.benchmark;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap one open view keeps: opens {@code count} more UIs showing the route in the current (mock) session, lets go
 * of each response's changes as a real response would, and divides the heap they hold (after forced GC) among them.
 * Shared caches (figures computed once for every dashboard) are not counted per UI, as in production. Run in
 * production mode ({@code -Dvaadin.productionMode=true}): development mode tracks every component's creation.
 */
final class RetainedHeap {

    private RetainedHeap() {
    }

    /**
     * Opens the UIs, measures, closes them and measures again: nothing touches the database between the two
     * measurements, so caches that grow and shrink with queries (H2 runs in this heap) do not blur the difference.
     *
     * @return kilobytes retained per open UI showing the route
     */
    static double perUi(String route, int count) {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        UI original = UI.getCurrent();
        List<UI> opened = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                UI ui = new UI();
                ui.getInternals().setSession(session);
                ui.doInit(request, session.getNextUIid(), "ROOT");
                session.addUI(ui);
                UI.setCurrent(ui);
                ui.navigate(route);
                // as when the response is written: the changes go to the browser and are let go
                ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
                ui.getInternals().getStateTree().collectChanges(change -> { });
                ui.getInternals().dumpPendingJavaScriptInvocations();
                opened.add(ui);
            }
            long open = usedAfterGc();
            close(session, opened);
            long closed = usedAfterGc();
            return (open - closed) / (double) count / 1024;
        } finally {
            close(session, opened);
            UI.setCurrent(original);
        }
    }

    private static void close(VaadinSession session, List<UI> uis) {
        for (UI ui : uis) {
            UI.setCurrent(ui); // Vaadin removes only the current UI
            ui.removeAll(); // detaches the view, so it lets go of its subscriptions (live updates)
            session.removeUI(ui);
        }
        uis.clear();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
