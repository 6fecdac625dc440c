package org.partnerdashboard.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One message the app sent or kept for the outbox. */
@Entity
class OutgoingMail {

    enum Status { KEPT, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    private Long id;

    private String recipient;
    private String subject;
    private String textBody;
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String error;
    private Instant createdAt;
    private Instant sentAt;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String textBody, String htmlBody, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = createdAt;
        this.status = Status.KEPT;
    }

    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        error = null;
    }

    void failed(String reason) {
        status = Status.FAILED;
        error = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getTextBody() {
        return textBody;
    }

    String getHtmlBody() {
        return htmlBody;
    }

    OutboxRow toRow() {
        return new OutboxRow(id, createdAt, recipient, subject, status.name(), error, textBody);
    }
}
