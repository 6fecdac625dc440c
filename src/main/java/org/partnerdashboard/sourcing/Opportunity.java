package org.partnerdashboard.sourcing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open request as a supplier sees it in the supplier space: what is asked, how well the supplier fits and why
 * (the scouting score from the supplier's side), and the buyer's name only where the buyer allowed it.
 *
 * @param buyerName null when the buyer keeps its name to staff
 * @param score     null when the supplier is already being considered by staff (it said it is interested)
 */
public record Opportunity(long requestId, String title, String description, String subsectorCode, Integer quantity,
        LocalDate dueDate, boolean buyAmericaRequired, String buyerName, LocalDate requestedOn, Integer score,
        List<ScoreReason> reasons, Instant interestedAt, String interestNote) {
}
