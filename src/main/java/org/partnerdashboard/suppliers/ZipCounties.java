package org.partnerdashboard.suppliers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counties each Illinois ZIP code lies in, from the Census Bureau's ZCTA-to-county relationship file shipped
 * with the app (resources/geo). A ZIP code in one county names it; one that spans several names none (the list's
 * county column must say), and the importer lists it.
 */
public final class ZipCounties {

    private static final String RESOURCE = "/geo/illinois-zcta-counties.csv";

    private final Map<String, Set<String>> countiesByZip;

    private ZipCounties(Map<String, Set<String>> countiesByZip) {
        this.countiesByZip = countiesByZip;
    }

    /** The Illinois crosswalk shipped with the app. */
    public static ZipCounties illinois() {
        Map<String, Set<String>> map = new HashMap<>();
        try (InputStream in = ZipCounties.class.getResourceAsStream(RESOURCE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("zcta,")).forEach(line -> {
                int comma = line.indexOf(',');
                map.computeIfAbsent(line.substring(0, comma), zip -> new LinkedHashSet<>()).add(line.substring(comma + 1));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new ZipCounties(map);
    }

    /** The county names ("Cook County") a ZIP code (5 digits, or ZIP+4) lies in; empty when unknown. */
    public List<String> counties(String zip) {
        if (zip == null || zip.length() < 5) {
            return List.of();
        }
        return List.copyOf(countiesByZip.getOrDefault(zip.substring(0, 5), Set.of()));
    }
}
