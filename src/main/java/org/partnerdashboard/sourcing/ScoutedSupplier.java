package org.partnerdashboard.sourcing;

import java.util.List;

/**
 * A candidate supplier for a request, with its score (0-100) and the reasons for it, best first; not verified when it
 * came from an imported list staff have not checked yet; interested when it said so in the supplier space.
 */
public record ScoutedSupplier(long supplierId, String legalName, String city, String stateCode, String countyName,
        Integer employeeCount, boolean verified, int score, List<ScoreReason> reasons, boolean suggested,
        boolean interested) {
}
