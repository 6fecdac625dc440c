package org.partnerdashboard.benchmark;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The JVM's class histogram of live objects ({@code jcmd <pid> GC.class_histogram}, asked for in-process): it runs a
 * full collection first and then counts every reachable object's bytes, class by class, so two of them differ by
 * exactly what became reachable or unreachable in between, not by what a collector happened to leave behind.
 */
record ClassHistogram(long totalBytes, Map<String, Long> bytesByClass) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

    static ClassHistogram live() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("The JVM did not give its class histogram", e);
        }
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
