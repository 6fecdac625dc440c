package org.partnerdashboard.base;

import java.util.Arrays;
import java.util.List;

/**
 * A rule a user's input broke; carries an i18n message key (and its arguments, the field's key first where the
 * problem is about one field) for the UI to show. A form's check reports every broken rule at once: then this is
 * the first, and {@link #problems()} holds them all ({@link InputProblems}).
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final transient List<InvalidInputException> problems;

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.problems = List.of(this);
    }

    /** Every problem found; the exception itself stands for the first. */
    InvalidInputException(List<InvalidInputException> problems) {
        super(problems.getFirst().getMessage() + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : ""));
        this.messageKey = problems.getFirst().messageKey;
        this.arguments = problems.getFirst().arguments;
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The field the problem is about (its label's key, the first argument by convention), or null. */
    public String fieldKey() {
        return arguments.length > 0 && arguments[0] instanceof String key ? key : null;
    }

    /** Every problem the check found, in the order of the form's fields; this one alone when it was the only one. */
    public List<InvalidInputException> problems() {
        return problems;
    }
}
