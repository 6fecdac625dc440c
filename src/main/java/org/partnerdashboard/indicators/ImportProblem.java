package org.partnerdashboard.indicators;

import java.util.Arrays;
import java.util.List;

/**
 * What is wrong with one line of an imported file (line 0: the file as a whole).
 *
 * @param messageKey i18n key; its arguments follow in {@code arguments}
 */
public record ImportProblem(long line, String messageKey, List<String> arguments) {

    static ImportProblem of(long line, String messageKey, Object... arguments) {
        return new ImportProblem(line, messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
