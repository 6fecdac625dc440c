package org.partnerdashboard.placements;

import java.util.List;
import org.partnerdashboard.base.InvalidInputException;

/** Saving would create a likely duplicate job seeker; the user may confirm it is a different person. */
public class PossibleDuplicateException extends InvalidInputException {

    private final transient List<DuplicateCandidate> candidates;

    PossibleDuplicateException(List<DuplicateCandidate> candidates) {
        super("job-seeker.error.possible-duplicate", candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}
