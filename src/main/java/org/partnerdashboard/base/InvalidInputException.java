package org.partnerdashboard.base;

import java.util.Arrays;

/** A rule a user's input broke; carries an i18n message key (and its arguments) for the UI to show. */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
