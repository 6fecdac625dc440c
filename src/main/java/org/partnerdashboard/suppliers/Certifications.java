package org.partnerdashboard.suppliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The certifications a supplier may hold, quality and diversity together, by their code (the two sets' codes
 * never clash, so a code alone names one).
 */
public final class Certifications {

    private Certifications() {
    }

    /** Every certification: the quality ones, then the diversity ones. */
    public static List<Enum<?>> all() {
        List<Enum<?>> all = new ArrayList<>(Arrays.asList(QualityCertification.values()));
        all.addAll(Arrays.asList(DiversityCertification.values()));
        return all;
    }

    public static Optional<Enum<?>> of(String code) {
        return all().stream().filter(c -> c.name().equals(code)).findFirst();
    }

    /** The translation key of a certification's name. */
    public static String labelKey(String code) {
        return of(code).map(c -> c instanceof QualityCertification ? "certification." + code : "diversity." + code)
                .orElse(code);
    }
}
