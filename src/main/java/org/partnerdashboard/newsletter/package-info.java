/**
 * The co-branded newsletter to the manufacturers' network: subscribers with double opt-in, issues composed from
 * subsector briefs, campaign and Supply Chain Center figures and upcoming events, sent in the background and kept
 * as a public web version. Its audience is the public, so every figure about people is rounded for an audience.
 */
package org.partnerdashboard.newsletter;
