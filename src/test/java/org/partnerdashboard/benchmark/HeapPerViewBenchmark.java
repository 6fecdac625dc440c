package org.partnerdashboard.benchmark;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.KaribuTest;

/**
 * The heap per open view on the small test data set, quick enough to compare designs: what each open overview,
 * placements grid and roundtable keeps, measured twice in the same run so the two can be compared (they should agree
 * within 10%). Not part of the test run:
 * {@code mvn test -Pbench -Dtest=HeapPerViewBenchmark}.
 */
class HeapPerViewBenchmark extends KaribuTest {

    /** Enough UIs per route that what they keep (10 MB or more) stands well above the heap's own noise. */
    private static final Map<String, Integer> UIS = Map.of("", 100, "placements", 100, "roundtable", 500);
    private static final int ROUNDS = 3;

    @Test
    void measure() {
        signInAs("wbc.staff");
        RetainedHeap.elementsByPart("").forEach((part, elements) ->
                System.out.printf("overview: %s, %d elements%n", part, elements));
        for (String route : new String[] {"", "placements", "roundtable"}) {
            for (int run = 1; run <= 2; run++) {
                System.out.printf("heap per open %s, run %d: %s%n", route.isEmpty() ? "overview" : route, run,
                        RetainedHeap.perUi(route, UIS.get(route), ROUNDS));
            }
        }
    }
}
