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

    /** An optional address, trimmed, or null when blank; a wrong one names the rule. */
    static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.trim();
        if (address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("invitations.error.email");
        }
        return address;
    }

    static String required(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("users.error.required", fieldKey);
        }
        return value;
    }
}
