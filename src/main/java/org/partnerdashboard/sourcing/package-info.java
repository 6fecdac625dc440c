/** Sourcing requests from buyers and OEMs, and the suppliers scouted and matched to them. */
package org.partnerdashboard.sourcing;
