package org.partnerdashboard.suppliers;

import java.util.List;
import org.partnerdashboard.base.ImportColumn;

/**
 * The fields a supplier list fills, with the headers real lists give them (CRM exports, member lists, certified-vendor
 * directories, SAM.gov extracts). Only the company's name, city and state are required.
 */
public enum SupplierImportField implements ImportColumn {
    LEGAL_NAME(true, "company", "legal name", "name", "company name", "business name", "legal business name",
            "vendor name", "firm name", "entity name", "organization", "account name"),
    SOURCE_ID(false, "id", "record id", "account id", "member id", "vendor id", "vendor number", "uei",
            "unique entity id", "sam uei", "cage code", "customer id"),
    STREET(false, "street", "address", "street address", "address 1", "address line 1", "physical address",
            "mailing address"),
    CITY(true, "city", "town", "physical city"),
    STATE(true, "state", "st", "state code", "physical state"),
    ZIP_CODE(false, "zip", "zip code", "postal code", "zipcode", "zip+4", "physical zip"),
    COUNTY(false, "county", "county name", "county fips"),
    NAICS(false, "naics", "naics code", "naics codes", "naics code(s)", "primary naics", "naics codes list"),
    CERTIFICATIONS(false, "certifications", "certification", "certification type", "certification types",
            "certifications held", "business type", "quality certifications"),
    MINORITY_GROUP(false, "minority group", "ethnicity", "ownership"),
    CONTACT_NAME(false, "contact", "contact name", "contact person", "poc name", "primary contact"),
    EMAIL(false, "email", "contact email", "e-mail", "email address", "poc email"),
    PHONE(false, "phone", "phone number", "telephone", "contact phone", "poc phone"),
    WEBSITE(false, "website", "url", "web site", "web", "homepage"),
    EMPLOYEES(false, "employees", "size", "number of employees", "employee count", "headcount"),
    PRODUCTS(false, "products", "services", "capabilities", "products/services", "products and services",
            "description", "capabilities narrative");

    private final boolean required;
    private final List<String> aliases;

    SupplierImportField(boolean required, String... aliases) {
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
