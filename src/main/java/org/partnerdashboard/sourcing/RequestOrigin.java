package org.partnerdashboard.sourcing;

/** Who entered a sourcing request: staff on a buyer's behalf, or the buyer in the buyer space. */
public enum RequestOrigin {
    STAFF, BUYER
}
