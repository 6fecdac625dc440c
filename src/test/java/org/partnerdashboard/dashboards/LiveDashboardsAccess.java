package org.partnerdashboard.dashboards;

/** Test access to how long live updates are coalesced. */
public final class LiveDashboardsAccess {

    private LiveDashboardsAccess() {
    }

    public static long coalesceMillis() {
        return LiveDashboards.COALESCE_MILLIS;
    }
}
