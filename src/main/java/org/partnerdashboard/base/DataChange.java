package org.partnerdashboard.base;

/**
 * Published (as a Spring application event) by a feature's service when it has written its program's data, so
 * open dashboards can update; delivered after the transaction commits.
 */
public record DataChange(Program program) {
}
