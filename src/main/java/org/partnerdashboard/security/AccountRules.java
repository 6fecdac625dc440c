package org.partnerdashboard.security;

import java.util.Locale;
import org.partnerdashboard.base.InvalidInputException;

/** The rules every account follows, whoever creates it: usernames and passwords. */
final class AccountRules {

    private AccountRules() {
    }

    /** The username as stored (trimmed, lower case), or an error naming the rule it breaks. */
    static String username(String value) {
        String username = required(value, "users.username").trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._-]{3,100}")) {
            throw new InvalidInputException("users.error.username-format");
        }
        return username;
    }

    static void password(String password, int minLength) {
        if (password == null || password.length() < minLength) {
            throw new InvalidInputException("users.error.password-length", minLength);
        }
        if (password.length() > 128) {
            throw new InvalidInputException("users.error.password-too-long");
        }
    }

    static String required(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("users.error.required", fieldKey);
        }
        return value;
    }
}
