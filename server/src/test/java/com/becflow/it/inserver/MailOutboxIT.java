package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.clients.app.SaveClient;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.app.ContractService;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.contracts.app.SaveContract;
import com.becflow.db.BecflowDataSource;
import com.becflow.shared.crypto.SecretSeal;
import com.becflow.shared.mail.MailDelivery;
import com.becflow.shared.mail.MailId;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox inside the real server, against PostgreSQL and GreenMail behind the test platform's SMTP proxy (which
 * refuses recipients at {@value #REJECTED} for good and puts off those at {@value #BUSY} twice each, as
 * {@code TestPlatform} sets up). Every test makes its own tenant and client addresses.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    private static final String REJECTED = "rejected.smtp.test";
    private static final String BUSY = "busy.smtp.test";
    private static final Pattern LINK = Pattern.compile("/portal/contract/([A-Za-z0-9_-]{43})");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    InServerFixtures fixtures;

    @Inject
    ClientService clients;

    @Inject
    ContractTemplateService templates;

    @Inject
    ContractService contracts;

    @Inject
    Outbox outbox;

    @Inject
    SecretSeal seal;

    @Inject
    NoteAttachments notes;

    @Inject
    LocalMailbox mailbox;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    private Client client(TenantContext ctx, String name, String email) {
        return clients.add(new SaveClient(name, email, null, "Hauptstr. 1", null, "Berlin", "10115", null, "DE", null,
                null, null, null, null, null), ctx);
    }

    private static String address(String name, String domain) {
        return name + "-" + UUID.randomUUID() + "@" + domain;
    }

    private Contract draft(TenantContext ctx, Client client) {
        ContractTemplate template = templates.list(ctx).stream().filter(t -> t.name().equals("Design project"))
                .findFirst().orElseThrow();
        return contracts.create(template.id(), client.id(), new SaveContract(null, "Outbox project",
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31), new BigDecimal("900.00"), null, null, null, null,
                null), ctx);
    }

    /** The contract's mails once they satisfy {@code done}. */
    private List<MailDelivery> mailsOnceThey(Contract contract, TenantContext ctx, Predicate<List<MailDelivery>> done)
            throws Exception {
        return await("the contract's mails", () -> contracts.mails(contract.id(), ctx), done);
    }

    /** What {@code read} gives once {@code done} holds, asked every 100 ms for up to {@link #PATIENCE}. */
    private static <T> T await(String what, Callable<T> read, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T value = read.call();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " still " + value + " after " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }

    private static Predicate<List<MailDelivery>> all(MailDelivery.State state) {
        return mails -> !mails.isEmpty() && mails.stream().allMatch(m -> m.state() == state);
    }

    private List<LocalMailbox.ReceivedMail> inbox(String address) {
        try {
            return mailbox.inbox(address);
        } catch (IllegalStateException noMailboxYet) {
            return List.of();
        }
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSentAndOneThatCommitsIsSentOnce() throws Exception {
        TenantContext ctx = fixtures.newTenant("Rollback Studio");
        Client client = fixtures.newClient(ctx, "Rita Client");
        Contract contract = draft(ctx, client);

        transaction.begin();
        contracts.send(contract.id(), ctx);
        assertThat(contracts.mails(contract.id(), ctx)).as("queued inside the transaction").hasSize(1);
        transaction.rollback();
        assertThat(contracts.get(contract.id(), ctx).status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contracts.mails(contract.id(), ctx)).as("nothing left once it rolled back").isEmpty();

        contracts.send(contract.id(), ctx);
        // Recorded as sent before the mailbox is first read: GreenMail can refuse (451) a delivery that races the
        // login making the mailbox, and this test counts attempts.
        MailDelivery sent = mailsOnceThey(contract, ctx, all(MailDelivery.State.SENT)).get(0);
        String token = fixtures.linkMailedTo(client.email(), LINK, 1);
        // Two poll intervals more: a second copy would have come by now.
        Thread.sleep(2_500);

        List<LocalMailbox.ReceivedMail> received = inbox(client.email());
        assertThat(received).as("only the committed mail, once").hasSize(1);
        assertThat(received.get(0).text()).contains(token);
        assertThat(received.get(0).messageId()).isEqualTo("<" + sent.id() + "@becflow.local>");
        assertThat(contracts.mails(contract.id(), ctx)).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(MailDelivery.State.SENT);
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.sentAt()).isAfterOrEqualTo(m.queuedAt());
            assertThat(m.to()).isEqualTo(client.email());
            assertThat(m.lastError()).isNull();
        });
    }

    @Test
    void aMailPutOffByTheServerIsTriedAgainAndThenSentOnce() throws Exception {
        TenantContext ctx = fixtures.newTenant("Busy Studio");
        Client client = client(ctx, "Bea Busy", address("bea", BUSY));
        Contract contract = contracts.send(draft(ctx, client).id(), ctx);

        MailDelivery sent = mailsOnceThey(contract, ctx, all(MailDelivery.State.SENT)).get(0);

        assertThat(sent.attempts()).as("put off twice, taken the third time").isEqualTo(3);
        assertThat(sent.lastError()).startsWith("451 4.3.0");
        fixtures.linkMailedTo(client.email(), LINK, 1);
        Thread.sleep(2_500);
        assertThat(inbox(client.email())).hasSize(1);
        assertThat(contracts.events(contract.id(), ctx)).extracting(ContractEvent::type)
                .doesNotContain(ContractEventType.MAIL_FAILED);
    }

    @Test
    void aMailRefusedForGoodEndsFailedWithItsReasonOnTheContract() throws Exception {
        TenantContext ctx = fixtures.newTenant("Refused Studio");
        Client client = client(ctx, "Nora Nobody", address("nora", REJECTED));
        Contract contract = contracts.send(draft(ctx, client).id(), ctx);

        MailDelivery failed = mailsOnceThey(contract, ctx, all(MailDelivery.State.FAILED)).get(0);

        assertThat(failed.attempts()).as("no retry for a 5xx").isEqualTo(1);
        assertThat(failed.lastError()).startsWith("550 5.1.1").contains(client.email());
        assertThat(failed.failedAt()).isNotNull();
        ContractEvent logged = awaitEvent(contract, ctx, ContractEventType.MAIL_FAILED);
        assertThat(logged.detail()).contains(client.email(), "550 5.1.1", "1 attempt");
        assertThat(logged.occurredAt()).isEqualTo(failed.failedAt());
        assertThat(contracts.integrity(contract.id(), ctx).intact()).isTrue();
        assertThat(inbox(client.email())).isEmpty();
    }

    @Test
    void aMalformedAddressEndsFailedAtOnce() throws Exception {
        TenantContext ctx = fixtures.newTenant("Typo Studio");
        Client client = client(ctx, "Tim Typo", "tim at typo dot test");
        Contract contract = contracts.send(draft(ctx, client).id(), ctx);

        MailDelivery failed = mailsOnceThey(contract, ctx, all(MailDelivery.State.FAILED)).get(0);

        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("Malformed address");
        assertThat(awaitEvent(contract, ctx, ContractEventType.MAIL_FAILED).detail()).contains("tim at typo dot test");
    }

    @Test
    void theStoredMailHoldsNoneOfTheLinksSecretAndIsDroppedOnceSent() throws Exception {
        TenantContext ctx = fixtures.newTenant("Sealed Studio");
        Client client = fixtures.newClient(ctx, "Sam Sealed");
        Contract contract = draft(ctx, client);

        transaction.begin();
        contracts.send(contract.id(), ctx);
        MailId id = contracts.mails(contract.id(), ctx).get(0).id();
        byte[] stored;
        String subject;
        // The same transaction's connection: the row is not committed yet, so no worker has taken it up.
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT sealed_body, subject FROM public.mail_outbox WHERE id = ?")) {
            s.setObject(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                stored = r.getBytes(1);
                subject = r.getString(2);
            }
        }
        transaction.commit();
        String token = fixtures.linkMailedTo(client.email(), LINK, 1);

        assertThat(subject).contains(contract.title());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(token, "/portal/contract/", "Sam Sealed");
        byte[] context = ByteBuffer.allocate(16).putLong(id.value().getMostSignificantBits())
                .putLong(id.value().getLeastSignificantBits()).array();
        assertThat(new String(seal.open(stored, context), StandardCharsets.UTF_8)).as("it was this mail, sealed")
                .contains(token, "Sam Sealed");
        mailsOnceThey(contract, ctx, all(MailDelivery.State.SENT));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT sealed_body FROM public.mail_outbox WHERE id = ?")) {
            s.setObject(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getBytes(1)).as("body dropped once sent").isNull();
            }
        }
    }

    @Test
    void aLateAttachmentIsMadeInTheMailsTenantWhenTheMailIsSent() throws Exception {
        TenantContext ctx = fixtures.newTenant("Late Studio");
        Client client = fixtures.newClient(ctx, "Lea Late");
        Contract contract = draft(ctx, client);
        String reference = "note-" + UUID.randomUUID();

        transaction.begin();
        outbox.queue(ctx.tenant(), MailTopic.contract(contract.id().value()), OutgoingMail.text(client.email(),
                "A note for you", "See the attached note.\n").attachLater("note.txt", "text/plain", NoteAttachments.SOURCE,
                reference));
        transaction.commit();

        mailsOnceThey(contract, ctx, all(MailDelivery.State.SENT));
        LocalMailbox.ReceivedMail mail = await("the inbox", () -> inbox(client.email()), mails -> !mails.isEmpty()).get(0);
        assertThat(mail.attachments()).containsExactly("note.txt");
        assertThat(notes.tenantEnteredFor(reference)).isEqualTo(ctx.tenant());
    }

    private ContractEvent awaitEvent(Contract contract, TenantContext ctx, ContractEventType type) throws Exception {
        return await("the contract's log", () -> contracts.events(contract.id(), ctx),
                log -> log.stream().anyMatch(e -> e.type() == type))
                .stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }
}
