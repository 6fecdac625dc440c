package org.partnerdashboard.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public side of the newsletter: every issue sent, as it was sent, readable by anyone. */
@Service
@Transactional(readOnly = true)
public class NewsletterArchive {

    /** A sent issue on the archive's list. */
    public record PublishedIssue(int number, String titleEn, String titleEs, Instant sentAt) {
    }

    private final NewsletterIssueRepository issues;
    private final EditionStore store;

    NewsletterArchive(NewsletterIssueRepository issues, EditionStore store) {
        this.issues = issues;
        this.store = store;
    }

    public List<PublishedIssue> published() {
        return issues.findAll().stream().filter(i -> i.getNumber() != null)
                .sorted((a, b) -> Integer.compare(b.getNumber(), a.getNumber()))
                .map(i -> {
                    IssueRow row = i.toRow();
                    return new PublishedIssue(i.getNumber(), row.draft().titleEn(), row.draft().titleEs(),
                            row.sentAt() != null ? row.sentAt() : row.updatedAt());
                }).toList();
    }

    public Optional<String> webVersion(int number, String language) {
        return store.webHtml(number, language);
    }

    public Optional<byte[]> pdf(int number, String language) {
        return store.pdf(number, language);
    }

    public Optional<byte[]> image(int number, String language, String name) {
        return store.image(number, language, name);
    }
}
