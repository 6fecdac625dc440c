package org.partnerdashboard.base;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A 3-digit NAICS 2022 manufacturing subsector (311-339), with its official Census title. Read-only. */
@Entity
public class NaicsSubsector {

    @Id
    private String code;

    private String title;

    protected NaicsSubsector() {
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }
}
