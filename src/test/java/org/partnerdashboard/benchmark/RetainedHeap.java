package org.partnerdashboard.benchmark;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap one open view keeps: opens {@code count} more UIs showing the route in the current (mock) session, lets go
 * of each response's changes as a real response would, forces garbage collection before and after, and divides.
 * Shared caches (figures computed once for every dashboard) are not counted per UI, as in production. Run in
 * production mode ({@code -Dvaadin.productionMode=true}): development mode tracks every component's creation.
 */
final class RetainedHeap {

    private RetainedHeap() {
    }

    /** @return kilobytes retained per open UI showing the route */
    static double perUi(String route, int count) {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        UI original = UI.getCurrent();
        List<UI> opened = new ArrayList<>();
        long before = usedAfterGc();
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
            long after = usedAfterGc();
            return (after - before) / (double) count / 1024;
        } finally {
            for (UI ui : opened) {
                UI.setCurrent(ui); // Vaadin removes only the current UI
                ui.removeAll(); // detaches the view, so it lets go of its subscriptions (live updates)
                session.removeUI(ui);
            }
            UI.setCurrent(original);
        }
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
