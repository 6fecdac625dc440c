package org.partnerdashboard.suppliers;

/** Ownership and diversity certifications (minority, women, veteran, service-disabled veteran, disadvantaged). */
public enum DiversityCertification {
    MBE, WBE, VOSB, SDVOSB, DBE, HUBZONE
}
