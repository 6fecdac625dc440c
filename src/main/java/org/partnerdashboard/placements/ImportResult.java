package org.partnerdashboard.placements;

/** What an import wrote. */
public record ImportResult(long imported, long alreadyImported, long rejected) {
}
