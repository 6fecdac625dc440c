package org.partnerdashboard.sourcing;

/** The median days from request to first introduction, for requests received in a year (year 0: all years). */
public record MedianDays(int year, long requests, double medianDays) {
}
