package org.partnerdashboard.suppliers;

import java.util.Set;

/** What a supplier's people keep current themselves in the supplier space. */
public record CompanyProfile(String contactName, String contactEmail, String contactPhone, String website,
        Integer employeeCount, Set<Capability> capabilities, String productsServices, boolean buyAmerica) {
}
