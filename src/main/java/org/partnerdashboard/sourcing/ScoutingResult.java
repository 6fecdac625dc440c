package org.partnerdashboard.sourcing;

import java.util.List;

/** The best candidates for a request, out of how many approved suppliers qualified at all. */
public record ScoutingResult(long candidates, List<ScoutedSupplier> best) {
}
