package org.partnerdashboard.base;

/**
 * One bar or slice of a breakdown: how many records fall in a group. {@code count} is null when the figure is
 * suppressed for the viewer (a small group of people outside their organization), shown as "&lt;5".
 */
public record GroupCount(String key, String label, Long count) {

    public boolean suppressed() {
        return count == null;
    }
}
