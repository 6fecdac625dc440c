package org.partnerdashboard.suppliers;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.suppliers.SupplierImportRow.MatchPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A 50,000-row supplier list, as a large certified-vendor directory would be: read, previewed and imported (in one
 * transaction, flushed and cleared every 500 rows), with its time and the JVM's peak heap printed. Not part of the
 * test run: {@code mvn test -Dtest='SupplierImportBenchmark*' -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest.jvm.args=-Xmx512m}.
 */
@WithUserDetails("imec.staff")
abstract class SupplierImportBenchmark {

    static final int ROWS = 50_000;
    private static final String[] CITIES = {"Chicago,IL,60608", "Elk Grove Village,IL,60007", "Aurora,IL,60505",
            "Joliet,IL,60436", "Waukegan,IL,60085", "Naperville,IL,60563", "Rockford,IL,61104", "Gary,Indiana,46402"};
    private static final String[] NAICS = {"\"332710-MBE/DBE, 333517-SBE\"", "326199", "311812;541330", "3327",
            "334418", "561720"};
    private static final String[] CERTIFICATIONS = {"ISO 9001:2015", "\"AS9100D, WBE\"", "M/WBE", "", "SDVOSB",
            "IATF16949"};

    @Autowired
    SupplierImportService imports;

    static byte[] list(int rows) {
        StringBuilder csv = new StringBuilder("Company Name,Vendor ID,City,State,Zip,NAICS Codes,Certification Type,"
                + "Email,Phone,Website,Employees\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Benchmark Works ").append(i).append(" LLC,B-").append(i).append(',')
                    .append(CITIES[i % CITIES.length]).append(',').append(NAICS[i % NAICS.length]).append(',')
                    .append(CERTIFICATIONS[i % CERTIFICATIONS.length]).append(",sales").append(i)
                    .append("@bench.example,312.555.").append(String.format("%04d", i % 10_000)).append(",www.works")
                    .append(i).append(".example,").append(10 + i % 400).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void measure() {
        byte[] file = list(ROWS);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportTable table = imports.read("bench.csv", file);
        ColumnMapping<SupplierImportField> mapping = ColumnMapping.guess(SupplierImportField.class, table.headers());
        long read = System.nanoTime();
        SupplierImportPreview preview = imports.preview(table, mapping, "Benchmark directory");
        long previewed = System.nanoTime();
        AtomicInteger reported = new AtomicInteger();
        SupplierImportResult result = imports.importRows(table, mapping, "Benchmark directory", MatchPolicy.SKIP,
                Map.of(), true, reported::set);
        long done = System.nanoTime();
        System.out.printf("%nSupplier list of %,d rows (%,d bytes) on %s: read %.1f s, preview %.1f s (%,d new), "
                        + "import %.1f s (%s; progress reported up to %,d), peak heap %,d MB (-Xmx %,d MB)%n", ROWS,
                file.length, database(), (read - start) / 1e9, (previewed - read) / 1e9,
                preview.count(SupplierImportRow.Outcome.NEW), (done - previewed) / 1e9, result, reported.get(),
                heapPeak() / 1024 / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024);

        // the same list again, as when a source sends its whole list every quarter: every row compared, none written
        long again = System.nanoTime();
        SupplierImportPreview unchanged = imports.preview(table, mapping, "Benchmark directory");
        long comparedAgain = System.nanoTime();
        SupplierImportResult reimported = imports.importRows(table, mapping, "Benchmark directory", MatchPolicy.SKIP,
                Map.of(), true, reported::set);
        long doneAgain = System.nanoTime();
        System.out.printf("The same list again: preview %.1f s (%,d unchanged), import %.1f s (%s), peak heap %,d MB%n",
                (comparedAgain - again) / 1e9, unchanged.count(SupplierImportRow.Outcome.UNCHANGED),
                (doneAgain - comparedAgain) / 1e9, reimported, heapPeak() / 1024 / 1024);
    }

    abstract String database();

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
