package org.partnerdashboard.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The JVM's class histogram of live objects ({@code jcmd <pid> GC.class_histogram}, asked for in-process): it runs a
 * full collection first and then counts every reachable object's bytes, class by class, so two of them differ by
 * exactly what became reachable or unreachable in between, not by what a collector happened to leave behind. A
 * histogram to be compared with a later one waits on disk ({@link #saveLive}): held in the heap, its ~1.5 MB of class
 * names would be counted by the later one (100 open roundtables measured 4.7 KB each instead of 19).
 */
record ClassHistogram(long totalBytes, Map<String, Long> bytesByClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

    static ClassHistogram live() {
        return parse(text());
    }

    /** The live objects now, kept in a file until {@link #read}. */
    static Path saveLive() {
        try {
            Path file = Files.createTempFile("class-histogram", ".txt");
            Files.writeString(file, text());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A histogram saved by {@link #saveLive}; the file is deleted. */
    static ClassHistogram read(Path saved) {
        try {
            ClassHistogram histogram = parse(Files.readString(saved));
            Files.delete(saved);
            return histogram;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("The JVM did not give its class histogram", e);
        }
    }

    private static ClassHistogram parse(String text) {
        long total = -1;
        Map<String, Long> byClass = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                byClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
                continue;
            }
            Matcher sum = TOTAL.matcher(line);
            if (sum.find()) {
                total = Long.parseLong(sum.group(1));
            }
        }
        if (total < 0) {
            throw new IllegalStateException("No total in the class histogram");
        }
        return new ClassHistogram(total, byClass);
    }

    /** Bytes per class that this histogram holds beyond the other (negative where it holds less). */
    Map<String, Long> minus(ClassHistogram other) {
        Map<String, Long> difference = new HashMap<>(bytesByClass);
        other.bytesByClass.forEach((type, bytes) -> difference.merge(type, -bytes, Long::sum));
        return difference;
    }
}
