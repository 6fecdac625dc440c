package org.partnerdashboard.suppliers;

import java.util.Arrays;
import java.util.List;

/**
 * Which suppliers a count or a search includes: the verified ones (approved registrations and imported suppliers
 * staff checked), or also those from imported lists nobody has checked yet. Its parameter keeps the choice in URLs.
 */
public enum SupplierScope {
    VERIFIED("verified", RegistrationStatus.APPROVED),
    WITH_IMPORTED("with-imported", RegistrationStatus.APPROVED, RegistrationStatus.IMPORTED);

    private final String parameter;
    private final List<RegistrationStatus> statuses;

    SupplierScope(String parameter, RegistrationStatus... statuses) {
        this.parameter = parameter;
        this.statuses = List.of(statuses);
    }

    public List<RegistrationStatus> statuses() {
        return statuses;
    }

    /** The statuses' names, for SQL. */
    public List<String> statusNames() {
        return statuses.stream().map(Enum::name).toList();
    }

    public String parameter() {
        return parameter;
    }

    /** The scope a URL names; verified suppliers when it names none or something unknown. */
    public static SupplierScope fromParameter(String parameter) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst().orElse(VERIFIED);
    }
}
