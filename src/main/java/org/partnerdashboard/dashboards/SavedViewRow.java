package org.partnerdashboard.dashboards;

/** A saved view as the menu lists it; {@code query} is the dashboard's URL query ("county=17031&subsector=332"). */
public record SavedViewRow(long id, String name, String query, boolean pinned) {
}
