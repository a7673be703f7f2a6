package com.becflow.shared.mail;

import com.becflow.shared.crypto.SecretSeal;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Mail to clients, recorded in the same transaction as the change that causes it and sent by workers after that
 * commits ({@link OutboxWorkers}). So a mail exists exactly when its cause does: a rolled-back send leaves no
 * mail, and a committed one is never lost to a crash, only delayed. Bodies are sealed with the server key, since
 * they carry portal links' secrets; recipient and subject stay readable for the deliveries list.
 *
 * <p>A mail is recorded as sent only once the mail server accepted it. Between the server's acceptance and our
 * record of it a crash can make a mail go out twice; every attempt carries the same Message-ID, so the recipient's
 * side can tell.
 */
@ApplicationScoped
public class Outbox {

    private final QueuedMails mails;
    private final SecretSeal seal;
    private final Event<MailQueued> queued;
    private final Clock clock;
    private final MailBrands brands;

    @Inject
    public Outbox(QueuedMails mails, SecretSeal seal, Event<MailQueued> queued, Clock clock, MailBrands brands) {
        this.mails = mails;
        this.seal = seal;
        this.queued = queued;
        this.clock = clock;
        this.brands = brands;
    }

    protected Outbox() {
        this(null, null, null, null, null);
    }

    /**
     * Queues a mail to one of the tenant's clients: it goes out under the tenant's business name, replies go to the
     * freelancer, and it gets an HTML part in the tenant's branding (its labels in {@code language}) beside the text.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailId queueToClient(TenantId tenant, MailTopic about, OutgoingMail mail, Locale language) {
        return queue(tenant, about, BrandedMail.of(brands.of(tenant), mail, language));
    }

    /** Queues a mail in the caller's transaction (there must be one); it goes out once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailId queue(TenantId tenant, MailTopic about, OutgoingMail mail) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(mail, "mail");
        if (mail.to().isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        MailId id = MailId.newId();
        byte[] body = seal.seal(MailBody.encode(mail), MailBody.context(id));
        mails.add(new QueuedMail(id, tenant, about, mail.to().strip(), mail.subject(), body,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        queued.fire(new MailQueued(id));
        return id;
    }

    /** Every mail about a subject (a contract, an invoice) of this tenant, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailDelivery> deliveries(TenantId tenant, UUID subject) {
        return mails.about(tenant, subject);
    }

    /** The newest {@code limit} mails about any of these subjects of this tenant, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailDelivery> deliveries(TenantId tenant, Collection<UUID> subjects, int limit) {
        return subjects.isEmpty() ? List.of() : mails.aboutAny(tenant, subjects, limit);
    }

    /** The mail kept in a row, as it was queued. */
    OutgoingMail open(QueuedMail mail) {
        return MailBody.decode(mail.to(), mail.subject(), seal.open(mail.sealedBody(), MailBody.context(mail.id())));
    }
}
