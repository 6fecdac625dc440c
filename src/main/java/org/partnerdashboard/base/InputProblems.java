package org.partnerdashboard.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects what is wrong with a form's input, so the user hears about every field at once instead of one per try.
 * A field's first problem is the one kept (a blank field is not also "too long").
 */
public final class InputProblems {

    private final List<InvalidInputException> found = new ArrayList<>();

    /** Records a problem about a field (its label's key); a field that already has one keeps the first. */
    public void add(String messageKey, String fieldKey, Object... more) {
        if (has(fieldKey)) {
            return;
        }
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = fieldKey;
        System.arraycopy(more, 0, arguments, 1, more.length);
        found.add(new InvalidInputException(messageKey, arguments));
    }

    /** Whether a problem about the field was recorded. */
    public boolean has(String fieldKey) {
        return found.stream().anyMatch(p -> Objects.equals(p.fieldKey(), fieldKey));
    }

    /** @throws InvalidInputException naming every problem found, when there is any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw found.size() == 1 ? found.getFirst() : new InvalidInputException(found);
        }
    }
}
