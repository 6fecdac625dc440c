package org.partnerdashboard.placements;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Downloading every placement at full scale: time and the JVM's peak heap while streaming CSV and XLSX to a
 * counting sink. Not part of the test run: {@code mvn test -Dtest=PlacementExportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.url=… -Dbench.user=… -Dbench.password=…} against a database
 * with the large demo data and a {@code wbc.staff} user.
 */
@PartnerDashboardTest
@TestPropertySource(properties = {"spring.datasource.url=${bench.url}", "spring.datasource.username=${bench.user}",
        "spring.datasource.password=${bench.password}", "app.demo-data.enabled=false"})
@WithUserDetails("wbc.staff")
class PlacementExportBenchmark {

    @Autowired
    PlacementService placements;

    @Test
    void measure() throws Exception {
        for (TabularFormat format : TabularFormat.values()) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = heapPeak();
            CountingSink sink = new CountingSink();
            long start = System.nanoTime();
            long rows = placements.export(PlacementFilter.NONE, Sort.unsorted(), format,
                    Collections.nCopies(11, "column"), Enum::name, sink);
            System.out.printf("%nDownload of %,d placements as %s: %.1f s, %,d bytes, peak heap %,d MB (before: %,d MB,"
                            + " -Xmx %,d MB)%n", rows, format, (System.nanoTime() - start) / 1e9, sink.bytes,
                    heapPeak() / 1024 / 1024, before / 1024 / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        }
    }

    /** The sum of the heap pools' peaks since the last reset. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
