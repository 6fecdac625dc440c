package org.partnerdashboard.sourcing;

/** A buyer or OEM as pickers show it. */
public record BuyerChoice(long id, String name) {
}
