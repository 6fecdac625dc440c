package org.partnerdashboard.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** This server's address as the browser reached it (behind a proxy, as the forwarded headers say), for links. */
public final class AppAddress {

    private AppAddress() {
    }

    /** The app's root address, ending with a slash. */
    public static String current() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? ""
                : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }
}
