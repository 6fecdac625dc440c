package org.partnerdashboard.newsletter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnerdashboard.base.AbstractEntity;

/** One issue of the newsletter: a draft until it is sent, then numbered and frozen. */
@Entity
@Table(name = "newsletter_issue")
class NewsletterIssue extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_issue_seq")
    @SequenceGenerator(name = "newsletter_issue_seq", sequenceName = "newsletter_issue_seq", allocationSize = 50)
    private Long id;

    private Integer number;
    private String titleEn;
    private String titleEs;
    private String noteEn;
    private String noteEs;
    private boolean withCampaign;
    private boolean withSupplyChain;
    private boolean withEvents;

    @Enumerated(EnumType.STRING)
    private IssueStatus status;

    private String linkBase;
    private String updatedBy;
    private Instant updatedAt;
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "newsletter_issue_brief", joinColumns = @JoinColumn(name = "issue_id"))
    @OrderColumn(name = "position")
    private List<IssueBrief> briefs = new ArrayList<>();

    protected NewsletterIssue() {
    }

    NewsletterIssue(IssueDraft draft, String by, Instant now) {
        status = IssueStatus.DRAFT;
        change(draft, by, now);
    }

    void change(IssueDraft draft, String by, Instant now) {
        titleEn = draft.titleEn().trim();
        titleEs = IssueRules.trimmed(draft.titleEs());
        noteEn = IssueRules.trimmed(draft.noteEn());
        noteEs = IssueRules.trimmed(draft.noteEs());
        withCampaign = draft.withCampaign();
        withSupplyChain = draft.withSupplyChain();
        withEvents = draft.withEvents();
        briefs.clear();
        draft.briefs().forEach(b -> briefs.add(new IssueBrief(b)));
        updatedBy = by;
        updatedAt = now;
    }

    /** Starts sending: the issue takes the next number and the address its links use. */
    void startSending(int issueNumber, String links, String by, Instant now) {
        status = IssueStatus.SENDING;
        number = issueNumber;
        linkBase = links;
        updatedBy = by;
        updatedAt = now;
    }

    void sent(Instant now) {
        status = IssueStatus.SENT;
        sentAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    Integer getNumber() {
        return number;
    }

    IssueStatus getStatus() {
        return status;
    }

    String getLinkBase() {
        return linkBase;
    }

    IssueDraft draft() {
        return new IssueDraft(titleEn, titleEs, noteEn, noteEs, briefs.stream().map(IssueBrief::toChoice).toList(),
                withCampaign, withSupplyChain, withEvents);
    }

    IssueRow toRow() {
        return new IssueRow(id, getVersion(), number, titleEn, status, updatedAt, sentAt, draft());
    }
}
