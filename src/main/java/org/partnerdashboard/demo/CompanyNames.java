package org.partnerdashboard.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Synthetic, unique company names that read like Chicagoland manufacturers. */
final class CompanyNames {

    private final Pick pick;
    private final Set<String> used = new HashSet<>();

    CompanyNames(Pick pick) {
        this.pick = pick;
    }

    String next(String subsector, String city) {
        List<String> nouns = DemoVocabulary.COMPANY_NOUNS.get(subsector);
        String prefix = pick.one(DemoVocabulary.COMPANY_PREFIXES);
        String noun = pick.one(nouns);
        String suffix = pick.one(DemoVocabulary.COMPANY_SUFFIXES);
        String name = prefix + " " + noun + " " + suffix;
        if (used.add(name)) {
            return name;
        }
        name = prefix + " " + city + " " + noun + " " + suffix;
        for (int n = 2; !used.add(name); n++) {
            name = prefix + " " + city + " " + noun + " " + suffix + " " + n;
        }
        return name;
    }
}
