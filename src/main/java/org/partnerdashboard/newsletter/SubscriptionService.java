package org.partnerdashboard.newsletter;

import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.NewsletterOptIn;
import org.partnerdashboard.base.Secrets;
import org.partnerdashboard.mail.MailService;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives the newsletter. Nobody is added without saying yes: people sign up (or tick the box when registering
 * their company) and confirm from the message that follows (double opt-in); staff may import a list only with the
 * consent it was collected under. An unsubscribe is honored at once and an import never undoes it.
 */
@Service
@Transactional
public class SubscriptionService {

    /** Sign-ups one network address may ask for in an hour (kept in the database, so it holds on every instance). */
    static final int SIGN_UPS_PER_ADDRESS_PER_HOUR = 5;
    /** A pending person asking again within this time gets no second message. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(10);

    private final SubscriberRepository subscribers;
    private final DeliveryRepository deliveries;
    private final SubscriberMessages messages;
    private final AuditService audit;
    private final Clock clock;

    SubscriptionService(SubscriberRepository subscribers, DeliveryRepository deliveries, SubscriberMessages messages,
            AuditService audit, Clock clock) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks for a subscription from the public sign-up page: a confirmation message goes to the address. The answer
     * is the same whether or not the address was already on the list, so the page reveals nobody's subscription.
     *
     * @param remoteAddress the sender's network address, for the limit
     * @param appAddress    the app's address as people reach it, ending with a slash
     */
    public void signUp(String email, Locale language, String remoteAddress, String appAddress) {
        String address = checkedAddress(email);
        String requestedFrom = Secrets.hash("sign-up:" + (remoteAddress == null ? "unknown" : remoteAddress));
        Instant now = clock.instant();
        if (subscribers.countByRequestedFromAndConfirmSentAtAfter(requestedFrom, now.minus(Duration.ofHours(1)))
                >= SIGN_UPS_PER_ADDRESS_PER_HOUR) {
            throw new InvalidInputException("subscribe.error.rate-limit");
        }
        ask(address, language, SubscriberSource.SIGN_UP, requestedFrom, appAddress);
    }

    /** Someone ticked "send me the newsletter" while registering their company: the same double opt-in follows. */
    @EventListener
    public void optedIn(NewsletterOptIn optIn) {
        ask(checkedAddress(optIn.email()), optIn.language(), SubscriberSource.SUPPLIER_REGISTRATION, null,
                optIn.appAddress());
    }

    private void ask(String address, Locale language, SubscriberSource source, String requestedFrom,
            String appAddress) {
        Instant now = clock.instant();
        Subscriber subscriber = subscribers.findByEmail(address)
                .orElseGet(() -> new Subscriber(address, tag(language), source, now));
        if (subscriber.getStatus() == SubscriberStatus.ACTIVE || (subscriber.getStatus() == SubscriberStatus.PENDING
                && subscriber.getConfirmSentAt() != null
                && subscriber.getConfirmSentAt().isAfter(now.minus(RESEND_AFTER)))) {
            return;
        }
        String token = Secrets.random();
        subscriber.setLanguage(tag(language));
        subscriber.awaitConfirmation(Secrets.hash(token), requestedFrom, now);
        subscribers.save(subscriber);
        messages.confirmation(address, Languages.closest(language),
                appAddress + "news/confirm/" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Confirms a subscription from the link in its message; false when the link is unknown or already used. */
    public boolean confirm(String token) {
        Optional<Subscriber> found = token == null ? Optional.empty()
                : subscribers.findByConfirmTokenHash(Secrets.hash(token));
        found.ifPresent(s -> s.confirm(clock.instant()));
        return found.isPresent();
    }

    /**
     * Unsubscribes the recipient of the message that carried the link or header (RFC 8058); true when the link is
     * known (unsubscribing twice is still a yes). Honored at once: the rest of a send skips them.
     */
    public boolean unsubscribe(String token) {
        Optional<Delivery> delivery = token == null ? Optional.empty()
                : deliveries.findByTokenHash(Secrets.hash(token));
        delivery.flatMap(d -> subscribers.findById(d.getSubscriberId())).ifPresent(s -> {
            if (s.getStatus() != SubscriberStatus.UNSUBSCRIBED) {
                s.unsubscribe(clock.instant());
            }
        });
        return delivery.isPresent();
    }

    /** Whether an unsubscribe link is one the app sent (for the page that asks to confirm it). */
    @Transactional(readOnly = true)
    public boolean knownUnsubscribeLink(String token) {
        return token != null && deliveries.findByTokenHash(Secrets.hash(token)).isPresent();
    }

    /**
     * Adds a consented contact list (CSV or XLSX with an e-mail column and optionally a language column) all or
     * nothing; people who unsubscribed stay unsubscribed.
     *
     * @param consent where and how the people agreed, kept beside each of them
     */
    @RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
    public ContactImportResult importContacts(String fileName, byte[] content, String consent) {
        if (consent == null || consent.isBlank()) {
            throw new InvalidInputException("subscribers.error.consent", "subscribers.import.consent");
        }
        List<ContactList.Contact> contacts = ContactList.read(fileName, content);
        Instant now = clock.instant();
        int added = 0;
        int activated = 0;
        int kept = 0;
        int stillUnsubscribed = 0;
        var known = subscribers.findByEmailIn(contacts.stream().map(ContactList.Contact::email).toList()).stream()
                .collect(Collectors.toMap(Subscriber::getEmail, s -> s));
        for (ContactList.Contact contact : contacts) {
            Subscriber subscriber = known.get(contact.email());
            if (subscriber == null) {
                subscriber = new Subscriber(contact.email(), contact.language(), SubscriberSource.IMPORT, now);
                subscriber.activateWithConsent(consent.trim(), now);
                subscribers.save(subscriber);
                added++;
            } else if (subscriber.getStatus() == SubscriberStatus.UNSUBSCRIBED) {
                stillUnsubscribed++;
            } else if (subscriber.getStatus() == SubscriberStatus.PENDING) {
                subscriber.activateWithConsent(consent.trim(), now);
                activated++;
            } else {
                kept++;
            }
        }
        audit.record(AuditAction.IMPORT, "NewsletterSubscriber", null, fileName + " · " + added + " added · "
                + consent.trim());
        return new ContactImportResult(added, activated, kept, stillUnsubscribed);
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
    public List<SubscriberRow> subscribers(int offset, int limit) {
        int size = Math.max(1, limit);
        return subscribers.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(offset / size, size)).stream()
                .map(Subscriber::toRow).toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
    public long subscriberCount() {
        return subscribers.count();
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
    public long count(SubscriberStatus status) {
        return subscribers.countByStatus(status);
    }

    private static String checkedAddress(String email) {
        if (!MailService.isAddress(email)) {
            throw new InvalidInputException("subscribe.error.email", "subscribe.email");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    static String tag(Locale language) {
        return Languages.closest(language).getLanguage();
    }
}
