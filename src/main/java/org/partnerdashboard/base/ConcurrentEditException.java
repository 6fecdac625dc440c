package org.partnerdashboard.base;

/** Someone else saved the same record since this user opened it: reported, never silently overwritten. */
public class ConcurrentEditException extends InvalidInputException {

    public ConcurrentEditException() {
        super("error.concurrent-edit");
    }
}
