package org.partnerdashboard.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partnerdashboard.base.Secrets;
import org.partnerdashboard.mail.MailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers an issue's messages one recipient at a time, throttled, on its own worker. Each delivery is claimed and
 * committed before its message leaves and recorded after, so a restart resumes with those still waiting and never
 * sends one twice (a claim that was cut off is reported as failed, not repeated). Someone who unsubscribes while
 * an issue goes out is skipped from then on.
 */
@Component
class NewsletterSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterSender.class);
    static final int BATCH = 100;
    static final String INTERRUPTED = "interrupted while being sent; not sent again, so nobody gets it twice";

    private final DeliveryRepository deliveries;
    private final SubscriberRepository subscribers;
    private final NewsletterIssueRepository issues;
    private final EditionStore store;
    private final MailService mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration pause;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("newsletter-sender").daemon().factory());
    private volatile boolean closing;

    NewsletterSender(DeliveryRepository deliveries, SubscriberRepository subscribers,
            NewsletterIssueRepository issues, EditionStore store, MailService mail, TransactionTemplate transactions,
            Clock clock, @Value("${app.newsletter.messages-per-second:10}") double messagesPerSecond) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.issues = issues;
        this.store = store;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.pause = Duration.ofNanos((long) (1_000_000_000 / Math.max(0.1, messagesPerSecond)));
    }

    @TransactionalEventListener
    void issueReady(NewsletterService.IssueReady ready) {
        worker.submit(() -> deliverAll(ready.issueId()));
    }

    /** Picks up sends a stop cut short: claims left open are reported, the rest goes out. */
    @EventListener(ApplicationReadyEvent.class)
    void resume() {
        closing = false;
        List<Long> sending = transactions.execute(status -> issues.findByStatus(IssueStatus.SENDING).stream()
                .map(NewsletterIssue::getId).toList());
        for (Long issueId : sending) {
            LOG.info("Resuming the send of newsletter issue {}", issueId);
            worker.submit(() -> deliverAll(issueId));
        }
    }

    /** Sends every waiting delivery of the issue, then marks it sent; runs on the sender's worker. */
    void deliverAll(long issueId) {
        transactions.executeWithoutResult(status -> deliveries.findByIssueIdAndStatusOrderById(issueId,
                Delivery.Status.SENDING, PageRequest.of(0, Integer.MAX_VALUE))
                .forEach(d -> d.finish(Delivery.Status.FAILED, INTERRUPTED, clock.instant())));
        Map<String, Edition> editions = new HashMap<>();
        Map<String, Map<String, byte[]>> images = new HashMap<>();
        String linkBase = transactions.execute(status -> issues.findById(issueId).orElseThrow().getLinkBase());
        while (!closing) {
            List<Long> waiting = transactions.execute(status -> deliveries.findByIssueIdAndStatusOrderById(issueId,
                    Delivery.Status.PENDING, PageRequest.of(0, BATCH)).stream().map(Delivery::getId).toList());
            if (waiting.isEmpty()) {
                transactions.executeWithoutResult(status -> issues.findById(issueId).orElseThrow()
                        .sent(clock.instant()));
                LOG.info("Newsletter issue {} sent", issueId);
                return;
            }
            for (Long deliveryId : waiting) {
                if (closing) {
                    return;
                }
                deliverOne(issueId, deliveryId, linkBase, editions, images);
                pause();
            }
        }
    }

    private void deliverOne(long issueId, long deliveryId, String linkBase, Map<String, Edition> editions,
            Map<String, Map<String, byte[]>> images) {
        String token = Secrets.random();
        Optional<Subscriber> recipient = transactions.execute(status -> {
            Delivery delivery = deliveries.findById(deliveryId).orElseThrow();
            Subscriber subscriber = subscribers.findById(delivery.getSubscriberId()).orElseThrow();
            if (subscriber.getStatus() != SubscriberStatus.ACTIVE) {
                deliveries.skip(deliveryId, clock.instant());
                return Optional.<Subscriber>empty();
            }
            return deliveries.claim(deliveryId, Secrets.hash(token), clock.instant()) == 1 ? Optional.of(subscriber)
                    : Optional.<Subscriber>empty();
        });
        if (recipient.isEmpty()) {
            return;
        }
        String language = recipient.get().getLanguage();
        Edition edition = editions.computeIfAbsent(language, l -> transactions.execute(status ->
                store.edition(issueId, l).or(() -> store.edition(issueId, "en")).orElseThrow()));
        Map<String, byte[]> inline = images.computeIfAbsent(language, l -> transactions.execute(status ->
                store.images(issueId, edition.language())));
        String unsubscribe = linkBase + "news/unsubscribe/" + token;
        Edition personal = edition.forRecipient(unsubscribe);
        MailService.Delivery outcome;
        try {
            outcome = mail.deliver(new MailService.Letter(recipient.get().getEmail(), personal.subject(),
                    personal.text(), personal.html(), Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                            "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), inline));
        } catch (RuntimeException failure) {
            outcome = new MailService.Delivery(0, MailService.Delivery.Outcome.FAILED, failure.getMessage());
        }
        MailService.Delivery result = outcome;
        transactions.executeWithoutResult(status -> deliveries.findById(deliveryId).orElseThrow().finish(
                result.outcome() == MailService.Delivery.Outcome.FAILED ? Delivery.Status.FAILED : Delivery.Status.SENT,
                result.outcome() == MailService.Delivery.Outcome.KEPT ? "kept in the outbox: no SMTP server configured"
                        : result.reason(), clock.instant()));
    }

    private void pause() {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    /**
     * Stops after the message in hand, as a shutdown does, and returns once the worker is idle; what waits is sent
     * by {@link #resume()} (at the next start).
     */
    void halt() {
        closing = true;
        try {
            worker.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closing = true;
        worker.shutdownNow();
    }
}
