package org.partnerdashboard.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** An entity users edit: carries a version so a concurrent edit is detected, never overwritten. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Version
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass())) {
            return false;
        }
        Long id = getId();
        return id != null && id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        // constant per class: stays stable when a new entity gets its id on persist
        return getClass().hashCode();
    }
}
