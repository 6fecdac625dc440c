package org.partnerdashboard.placements;

import java.util.List;
import org.partnerdashboard.base.ImportColumn;

/** The fields an import fills, with the header names they are recognized by. */
public enum ImportField implements ImportColumn {
    EXTERNAL_ID(true, "external id", "id", "participant id", "client id", "record id"),
    FIRST_NAME(true, "first name", "first", "given name"),
    LAST_NAME(true, "last name", "last", "surname", "family name"),
    EMAIL(false, "email", "e-mail", "email address"),
    PHONE(false, "phone", "phone number", "telephone", "mobile"),
    ZIP_CODE(false, "zip", "zip code", "zipcode", "postal code"),
    EMPLOYER(true, "employer", "company", "employer name"),
    JOB_TITLE(true, "job title", "title", "position"),
    SUBSECTOR(true, "naics", "subsector", "naics subsector", "naics code"),
    TYPE(true, "type", "placement type"),
    START_DATE(true, "start date", "start", "hire date", "date started"),
    END_DATE(false, "end date", "end", "date ended"),
    HOURLY_WAGE(false, "hourly wage", "wage", "pay rate", "hourly rate"),
    FULL_TIME(false, "full time", "full-time", "ft"),
    STATUS(false, "status", "placement status");

    private final boolean required;
    private final List<String> aliases;

    ImportField(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
