package org.partnerdashboard.newsletter;

import org.partnerdashboard.base.InputProblems;

/** What an issue must hold before it is saved: a title, one to three briefs, notes of a readable length. */
final class IssueRules {

    static final int MAX_BRIEFS = 3;
    static final int MAX_TITLE = 200;
    static final int MAX_NOTE = 4000;

    private IssueRules() {
    }

    static void check(IssueDraft draft) {
        InputProblems problems = new InputProblems();
        if (draft.titleEn() == null || draft.titleEn().isBlank()) {
            problems.add("newsletter.error.required", "newsletter.title-en");
        } else if (draft.titleEn().trim().length() > MAX_TITLE) {
            problems.add("newsletter.error.too-long", "newsletter.title-en", String.valueOf(MAX_TITLE));
        }
        if (draft.titleEs() != null && draft.titleEs().trim().length() > MAX_TITLE) {
            problems.add("newsletter.error.too-long", "newsletter.title-es", String.valueOf(MAX_TITLE));
        }
        if (draft.noteEn() != null && draft.noteEn().trim().length() > MAX_NOTE) {
            problems.add("newsletter.error.too-long", "newsletter.note-en", String.valueOf(MAX_NOTE));
        }
        if (draft.noteEs() != null && draft.noteEs().trim().length() > MAX_NOTE) {
            problems.add("newsletter.error.too-long", "newsletter.note-es", String.valueOf(MAX_NOTE));
        }
        if (draft.briefs().isEmpty() || draft.briefs().size() > MAX_BRIEFS) {
            problems.add("newsletter.error.briefs", "newsletter.briefs", String.valueOf(MAX_BRIEFS));
        } else if (draft.briefs().stream().anyMatch(b -> b.subsectorCode() == null || b.areaFips() == null)) {
            problems.add("newsletter.error.brief-incomplete", "newsletter.briefs");
        }
        problems.throwIfAny();
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
