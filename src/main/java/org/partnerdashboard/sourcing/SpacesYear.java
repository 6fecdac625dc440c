package org.partnerdashboard.sourcing;

/** One year of the two spaces' traffic: requests entered by staff, requests buyers submitted, suppliers' interests. */
public record SpacesYear(int year, long staffRequests, long buyerRequests, long interests) {
}
