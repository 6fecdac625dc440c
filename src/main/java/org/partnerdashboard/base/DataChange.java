package org.partnerdashboard.base;

/**
 * Published (as a Spring application event) by a feature's service when it has written its program's data, so
 * open dashboards can update; delivered after the transaction commits. On PostgreSQL the change also reaches the
 * other instances ({@link InstanceNotifications}), where it is published again with {@code elsewhere} set.
 *
 * @param elsewhere whether another instance wrote the data (such a change is not passed on again)
 */
public record DataChange(Program program, boolean elsewhere) {

    public DataChange(Program program) {
        this(program, false);
    }
}
