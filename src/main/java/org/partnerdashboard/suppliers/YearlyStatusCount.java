package org.partnerdashboard.suppliers;

/** Registrations received in a year that are now in a given review state. */
public record YearlyStatusCount(int year, RegistrationStatus status, long count) {
}
