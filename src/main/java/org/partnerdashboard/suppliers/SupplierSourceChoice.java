package org.partnerdashboard.suppliers;

/** An imported list, as a filter offers it. */
public record SupplierSourceChoice(long id, String name) {
}
