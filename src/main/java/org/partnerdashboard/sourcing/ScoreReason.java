package org.partnerdashboard.sourcing;

import java.util.List;

/**
 * One part of a supplier's score and why: e.g. "capabilities: 2 of 3" with the ones held and missing.
 *
 * @param key     i18n key of the explanation
 * @param held    i18n keys of the things that earned points (capabilities, certifications)
 * @param missing i18n keys of the things asked for that the supplier lacks
 */
public record ScoreReason(String key, int points, int maxPoints, List<String> held, List<String> missing) {

    static ScoreReason of(String key, int points, int maxPoints) {
        return new ScoreReason(key, points, maxPoints, List.of(), List.of());
    }
}
