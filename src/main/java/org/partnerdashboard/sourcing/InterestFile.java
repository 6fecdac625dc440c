package org.partnerdashboard.sourcing;

/** A file a supplier attaches to its interest, as uploaded. */
public record InterestFile(String name, byte[] content) {
}
