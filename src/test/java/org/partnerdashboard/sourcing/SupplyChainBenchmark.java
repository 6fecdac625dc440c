package org.partnerdashboard.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SizeBand;
import org.partnerdashboard.suppliers.SupplierDirectoryService;
import org.partnerdashboard.suppliers.SupplierFilter;
import org.partnerdashboard.suppliers.SupplierScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Directory and scouting times with 50,000 suppliers and 20,000 requests; prints median and p95 of 20 warm runs.
 * Not part of the test run (no "Test" in the name): {@code mvn test -Dtest='SupplyChainBenchmark*'
 * -Dsurefire.failIfNoSpecifiedTests=false}. Each run varies its input, so H2's cache of identical queries is not
 * what is measured.
 */
@WithUserDetails("imec.staff")
abstract class SupplyChainBenchmark {

    private static final int RUNS = 20;

    @Autowired
    SupplierDirectoryService directory;

    @Autowired
    ScoutingService scouting;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() {
        long suppliers = jdbc.queryForObject("SELECT COUNT(*) FROM supplier", Long.class);
        List<Long> open = jdbc.queryForList("SELECT id FROM sourcing_request WHERE status IN ('OPEN', 'SCOUTING',"
                + " 'INTRODUCED') ORDER BY id", Long.class);
        String[] subsectors = {"332", "333", "326", "311", "336"};
        System.out.printf("%nSupply Chain Center on %s: %,d suppliers, %,d open requests, %d cores%n",
                getClass().getSimpleName().replace("SupplyChainBenchmark", ""), suppliers, open.size(),
                Runtime.getRuntime().availableProcessors());
        time("directory: one of the first 20 pages", i -> directory.find(SupplierFilter.APPROVED,
                PageRequest.of(i, 50)).size());
        String[] counties = {null, "17031", "17043", "17089", "17093", "17097", "17111", "17197"};
        time("directory: count (status x county)", i -> (int) directory.count(new SupplierFilter(null, null, null, null,
                null, null, counties[i % 8], null, null, RegistrationStatus.values()[i / 8])));
        time("directory: page 25,000 rows deep", i -> directory.find(SupplierFilter.APPROVED,
                PageRequest.of(500 + i, 50)).size());
        time("directory: 4 facets, page + count", i -> {
            SupplierFilter f = new SupplierFilter(null, subsectors[i % 5], null, Capability.values()[i % 8], null, null,
                    "17031", SizeBand.FROM_20_TO_99, null, RegistrationStatus.APPROVED);
            return directory.find(f, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "employeeCount"))).size()
                    + (int) directory.count(f);
        });
        time("directory: text search, page + count", i -> {
            SupplierFilter f = SupplierFilter.APPROVED.withText(new String[] {"precision", "tool", "elgin", "plastics",
                    "foods"}[i % 5] + (i < 5 ? "" : " "));
            return directory.find(f, PageRequest.of(0, 50)).size() + (int) directory.count(f);
        });
        time("scouting: rank candidates (best 50)", i -> scouting.scout(open.get(i * 7 % open.size()), 50,
                SupplierScope.VERIFIED).best().size());
    }

    private void time(String label, IntFunction<Integer> work) {
        for (int i = 0; i < 3; i++) {
            work.apply(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.apply(i);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf("  %-40s median %7.1f ms   p95 %7.1f ms%n", label, millis.get(RUNS / 2),
                millis.get((int) Math.ceil(RUNS * 0.95) - 1));
    }
}
