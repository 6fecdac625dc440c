package org.partnerdashboard.sourcing;

/** How far requests got: all received, those with suppliers scouted, introduced to a buyer, and awarded. */
public record SourcingFunnel(long received, long scouted, long introduced, long awarded) {
}
