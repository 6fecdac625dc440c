package org.partnerdashboard.suppliers;

/** What the registering manufacturer is told: the reference to quote when they get in touch. */
public record RegistrationReceipt(long supplierId, String reference) {
}
