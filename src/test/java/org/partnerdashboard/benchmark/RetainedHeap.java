package org.partnerdashboard.benchmark;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The heap one open view keeps: opens {@code count} more UIs showing the route in the current (mock) session, lets go
 * of each response's changes as a real response would, and compares the live objects (class histograms, each after a
 * full collection) with the UIs open and after they are closed. A first round, not counted, warms what every view
 * shares (figures computed once for every dashboard, the database's caches), so it is not counted per UI, as in
 * production; then {@code rounds} rounds, whose median is the figure and whose spread says how far to trust it. Run in
 * production mode ({@code -Dvaadin.productionMode=true}): development mode tracks every component's creation.
 */
final class RetainedHeap {

    /** Kilobytes per UI: the median round, the lowest and highest, and the classes that take the most. */
    record Footprint(double kilobytes, double lowest, double highest, String largest) {

        @Override
        public String toString() {
            return String.format("%.1f KB per UI (rounds %.1f–%.1f); largest: %s", kilobytes, lowest, highest, largest);
        }
    }

    private RetainedHeap() {
    }

    static Footprint perUi(String route, int count, int rounds) {
        open(route, count, false);
        List<Double> perRound = new ArrayList<>();
        Map<String, Long> byClass = Map.of();
        for (int round = 0; round < rounds; round++) {
            Map.Entry<Long, Map<String, Long>> measured = open(route, count, true);
            perRound.add(measured.getKey() / (double) count / 1024);
            byClass = measured.getValue();
        }
        List<Double> sorted = perRound.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        if (sorted.getFirst() <= 0) {
            throw new IllegalStateException("Open UIs held no heap in a round (" + perRound + "): the probe is disturbed");
        }
        return new Footprint(median, sorted.getFirst(), sorted.getLast(), largest(byClass, count));
    }

    /** Opens the UIs and closes them; when measuring, gives the bytes they held and those bytes by class. */
    private static Map.Entry<Long, Map<String, Long>> open(String route, int count, boolean measure) {
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
            if (!measure) {
                return Map.entry(0L, Map.of());
            }
            Path withUis = ClassHistogram.saveLive();
            close(session, opened);
            ClassHistogram closed = ClassHistogram.live();
            ClassHistogram open = ClassHistogram.read(withUis);
            return Map.entry(open.totalBytes() - closed.totalBytes(), open.minus(closed));
        } finally {
            close(session, opened);
            UI.setCurrent(original);
        }
    }

    /**
     * Where an open view's heap goes, as Vaadin keeps it: state nodes (one per element, plus each one's features) make
     * up most of a view's heap, so each part's share of the page's elements says roughly what it weighs. Opens the
     * route in one more UI and counts the elements under each part (the layout's children, then the view's).
     */
    static Map<String, Integer> elementsByPart(String route) {
        VaadinSession session = VaadinSession.getCurrent();
        UI original = UI.getCurrent();
        UI ui = new UI();
        try {
            ui.getInternals().setSession(session);
            ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
            session.addUI(ui);
            UI.setCurrent(ui);
            ui.navigate(route);
            Map<String, Integer> parts = new LinkedHashMap<>();
            parts.put("the whole page", elements(ui.getElement()));
            List<Component> all = parts(ui);
            for (int i = 0; i < all.size(); i++) {
                Component part = all.get(i);
                parts.put(i + " " + part.getClass().getSimpleName() + part.getId().map(id -> "#" + id).orElse(""),
                        elements(part.getElement()));
            }
            return parts;
        } finally {
            UI.setCurrent(ui);
            ui.removeAll();
            session.removeUI(ui);
            UI.setCurrent(original);
        }
    }

    private static int elements(Element element) {
        int count = 1;
        for (Element child : element.getChildren().toList()) {
            count += elements(child);
        }
        return count;
    }

    /** The layout's children other than the view, then the view's children. */
    private static List<Component> parts(UI ui) {
        Component view = ui.getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component c ? c : null;
        List<Component> parts = new ArrayList<>();
        ui.getChildren().forEach(layout -> layout.getChildren().filter(child -> child != view).forEach(parts::add));
        if (view != null) {
            view.getChildren().forEach(parts::add);
        }
        return parts;
    }

    private static String largest(Map<String, Long> byClass, int count) {
        return byClass.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(8).map(entry -> String.format("%s %.1f", entry.getKey(), entry.getValue() / (double) count / 1024))
                .collect(Collectors.joining(", "));
    }

    private static void close(VaadinSession session, List<UI> uis) {
        for (UI ui : uis) {
            UI.setCurrent(ui); // Vaadin removes only the current UI
            ui.removeAll(); // detaches the view, so it lets go of its subscriptions (live updates)
            session.removeUI(ui);
        }
        uis.clear();
    }
}
