package org.partnerdashboard.base;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A 6-digit NAICS 2022 manufacturing industry with its official Census title. Read-only. */
@Entity
class NaicsIndustry {

    @Id
    private String code;

    private String title;

    private String subsectorCode;

    protected NaicsIndustry() {
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSubsectorCode() {
        return subsectorCode;
    }
}
