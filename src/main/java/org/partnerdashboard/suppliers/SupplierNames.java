package org.partnerdashboard.suppliers;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Normalizes company names, so "A.B.C. Machining, Inc." and "ABC Machining LLC" are recognized as one company. */
public final class SupplierNames {

    /** Legal-form words that do not tell companies apart. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "corp",
            "corporation", "co", "company", "ltd", "limited", "lp", "llp", "pllc", "pc", "the");

    private SupplierNames() {
    }

    /** Lower case, accents and punctuation removed, "&" read as "and", legal forms dropped, spaces removed. */
    public static String key(String legalName) {
        String plain = Normalizer.normalize(legalName == null ? "" : legalName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[.']", "")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        List<String> words = Arrays.stream(plain.split(" ")).filter(w -> !w.isEmpty()).toList();
        List<String> kept = words.stream().filter(w -> !LEGAL_FORMS.contains(w)).toList();
        return String.join("", kept.isEmpty() ? words : kept);
    }
}
