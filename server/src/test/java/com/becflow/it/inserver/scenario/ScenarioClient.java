package com.becflow.it.inserver.scenario;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.app.SaveContract;
import com.becflow.contracts.app.SignContract;
import com.becflow.workspace.local.LocalMailbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** A client of a scenario's tenant, living in a time zone of their own. */
public final class ScenarioClient {

    private static final Pattern CONTRACT_LINK = Pattern.compile("/portal/contract/([A-Za-z0-9_-]{43})");
    private static final SignatureContext BROWSER = new SignatureContext("203.0.113.9", "Mozilla/5.0 (scenario) Chromium");

    final Scenario scenario;
    final ScenarioTenant tenant;
    final Client client;

    ScenarioClient(Scenario scenario, ScenarioTenant tenant, Client client) {
        this.scenario = scenario;
        this.tenant = tenant;
        this.client = client;
    }

    public Client client() {
        return client;
    }

    public ZoneId zone() {
        return client.zone();
    }

    /** An invoice to this client, as a builder with defaults (one line of 100.00, the tenant's default terms). */
    public ScenarioInvoice invoice() {
        return new ScenarioInvoice(this);
    }

    /**
     * A contract for a fee of 1,000.00 in the tenant's currency with exactly these terms, sent to this client and signed
     * through the link mailed to them, as the client would (the "Design project" template gives the rest).
     */
    public Contract signedContract(ContractTerms terms) throws InterruptedException {
        Contract sent = sentContract(terms);
        scenario.harness.contractPortal.sign(contractLink(1), new SignContract(true, client.name()), BROWSER);
        return scenario.harness.contracts.get(sent.id(), tenant.context());
    }

    /** The same contract, sent to this client and not answered. */
    public Contract sentContract(ContractTerms terms) {
        var ctx = tenant.context();
        var template = scenario.harness.templates.list(ctx).stream().filter(t -> t.name().equals("Design project"))
                .findFirst().orElseThrow();
        Contract draft = scenario.harness.contracts.create(template.id(), client.id(), new SaveContract(null,
                "Brand refresh", today().plusDays(30), today().plusDays(90), new BigDecimal("1000.00"), null, null, terms,
                false, null), ctx);
        return scenario.harness.contracts.send(draft.id(), ctx);
    }

    /** The contract link in the newest mail to this client, once {@code mails} have arrived. */
    public String contractLink(int mails) throws InterruptedException {
        return scenario.harness.fixtures.linkMailedTo(client.email(), CONTRACT_LINK, mails);
    }

    /** The client opens the contract behind the link and does something on its page: the view is recorded. */
    public void opens(String contractLink) {
        scenario.harness.contractPortal.view(contractLink, true, BROWSER);
    }

    /** The client's midnight that ends {@code day}: when, for them, the next day begins. */
    public Instant midnightEnding(LocalDate day) {
        return day.plusDays(1).atStartOfDay(client.zone()).toInstant();
    }

    /** Up to {@code count} mails to this client whose subject contains {@code subject}, waited for as the outbox sends. */
    public List<LocalMailbox.ReceivedMail> awaitMails(String subject, int count)
            throws InterruptedException {
        List<LocalMailbox.ReceivedMail> mails = List.of();
        for (int i = 0; i < 300 && mails.size() < count; i++) {
            try {
                mails = scenario.harness.mailbox.inbox(client.email()).stream()
                        .filter(m -> m.subject().contains(subject)).toList();
            } catch (IllegalStateException notYet) {
                mails = List.of();
            }
            Thread.sleep(100);
        }
        return mails;
    }

    /** The day it is for the client now. */
    public LocalDate today() {
        return LocalDate.now(scenario.clock().withZone(client.zone()));
    }
}
