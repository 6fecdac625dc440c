package org.partnerdashboard.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;

/**
 * The benchmark's figures for one database: median and p95 of several runs per measure, printed as a table and
 * written to {@code target/benchmarks/<database>.csv}; with both databases measured, a side-by-side table and
 * {@code results.csv}/{@code results.json}.
 */
final class Measurements {

    static final Path FOLDER = Path.of("target", "benchmarks");

    /** One measure's runs, in milliseconds; {@code unit} says what the figure is when it is not a time. */
    record Row(String group, String measure, double median, double p95, String unit) {
    }

    private final String database;
    private final List<Row> rows = new ArrayList<>();

    Measurements(String database) {
        this.database = database;
    }

    /** Runs the action {@code runs + 2} times (two warm-ups), each with its run number so inputs can vary. */
    Row time(String group, String measure, int runs, IntConsumer action) {
        return time(group, measure, runs, run -> { }, action);
    }

    /** As above, with an untimed step before each run (e.g. navigating away before timing the way back). */
    Row time(String group, String measure, int runs, IntConsumer setup,
            IntConsumer action) {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs + 2; run++) {
            setup.accept(run);
            long start = System.nanoTime();
            action.accept(run);
            if (run >= 2) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        Row row = new Row(group, measure, percentile(times, 0.5), percentile(times, 0.95), "ms");
        rows.add(row);
        System.out.printf(Locale.ROOT, "  %-14s %-58s %9.2f %9.2f ms%n", group, measure, row.median(), row.p95());
        return row;
    }

    /** A figure that is not a time (e.g. kilobytes per session). */
    void figure(String group, String measure, double value, String unit) {
        rows.add(new Row(group, measure, value, value, unit));
        System.out.printf(Locale.ROOT, "  %-14s %-58s %9.1f %s%n", group, measure, value, unit);
    }

    /** Times an action that returns a result size, so the JIT cannot drop it. */
    static IntConsumer sized(IntFunction<Integer> action) {
        return run -> {
            if (action.apply(run) < 0) {
                throw new IllegalStateException();
            }
        };
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }

    static String machine() {
        long memory = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores, %.1f GB memory, Java %s, heap max %d MB",
                Runtime.getRuntime().availableProcessors(), memory / 1e9, Runtime.version(),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    /** Writes this database's rows, and the side-by-side results when the other database's are there too. */
    void write() {
        try {
            Files.createDirectories(FOLDER);
            List<String> lines = new ArrayList<>();
            lines.add("group,measure,median,p95,unit");
            rows.forEach(r -> lines.add(csv(r.group()) + "," + csv(r.measure()) + "," + format(r.median()) + ","
                    + format(r.p95()) + "," + r.unit()));
            Files.write(FOLDER.resolve(database + ".csv"), lines);
            sideBySide();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sideBySide() throws IOException {
        Path h2 = FOLDER.resolve("H2.csv");
        Path postgres = FOLDER.resolve("PostgreSQL.csv");
        if (!Files.exists(h2) || !Files.exists(postgres)) {
            return;
        }
        Map<String, String[]> left = read(h2);
        Map<String, String[]> right = read(postgres);
        List<String> csv = new ArrayList<>();
        csv.add("group,measure,h2_median,h2_p95,postgresql_median,postgresql_p95,unit");
        StringBuilder json = new StringBuilder("{\n  \"machine\": \"" + machine() + "\",\n  \"results\": [\n");
        System.out.printf("%nSide by side (median / p95), %s%n", machine());
        System.out.printf(Locale.ROOT, "  %-14s %-58s %21s %21s%n", "", "", "H2 (file)", "PostgreSQL");
        List<String> keys = new ArrayList<>(left.keySet());
        right.keySet().stream().filter(k -> !left.containsKey(k)).forEach(keys::add);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String[] l = left.getOrDefault(key, new String[] {"", "", "", "", ""});
            String[] r = right.getOrDefault(key, new String[] {"", "", "", "", ""});
            String[] named = l[0].isEmpty() ? r : l;
            csv.add(csv(named[0]) + "," + csv(named[1]) + "," + l[2] + "," + l[3] + "," + r[2] + "," + r[3] + ","
                    + named[4]);
            json.append(String.format(Locale.ROOT, "    {\"group\": \"%s\", \"measure\": \"%s\", \"h2\": [%s, %s], "
                    + "\"postgresql\": [%s, %s], \"unit\": \"%s\"}%s%n", named[0], named[1].replace("\"", "'"),
                    blankNull(l[2]), blankNull(l[3]), blankNull(r[2]), blankNull(r[3]), named[4],
                    i < keys.size() - 1 ? "," : ""));
            System.out.printf(Locale.ROOT, "  %-14s %-58s %10s %10s %10s %10s %s%n", named[0], named[1], l[2], l[3],
                    r[2], r[3], named[4]);
        }
        json.append("  ]\n}\n");
        Files.write(FOLDER.resolve("results.csv"), csv);
        Files.writeString(FOLDER.resolve("results.json"), json);
    }

    private static Map<String, String[]> read(Path file) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = CSVFormat.DEFAULT.parse(new StringReader(line))
                    .getRecords().getFirst().values();
            rows.put(cells[0] + "|" + cells[1], cells);
        }
        return rows;
    }

    private static String blankNull(String value) {
        return value.isEmpty() ? "null" : value;
    }

    private static String csv(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
