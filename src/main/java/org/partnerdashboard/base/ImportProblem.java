package org.partnerdashboard.base;

/** What is wrong with (or worth saying about) one row of an import, as an i18n key with its arguments. */
public record ImportProblem(String key, Object... arguments) {
}
