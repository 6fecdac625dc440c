package org.partnerdashboard.base;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One of Chicago's 77 community areas (City of Chicago Data Portal). Read-only. */
@Entity
class CommunityArea {

    @Id
    private Integer number;

    private String name;

    protected CommunityArea() {
    }

    public Integer getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }
}
