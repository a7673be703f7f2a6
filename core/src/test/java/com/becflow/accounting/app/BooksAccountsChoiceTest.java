package com.becflow.accounting.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing where the sync posts: read from the books, defaults by percentage, checked before it is kept. */
class BooksAccountsChoiceTest {

    private final ServerClock clock = ServerClock.movable();
    private final InMemoryBooks store = new InMemoryBooks(clock);
    private final OfferingBooks xero = new OfferingBooks();
    private final BooksAccountsChoice choice = new BooksAccountsChoice(
            vendor -> vendor == BooksVendor.XERO ? Optional.of(xero) : Optional.empty(),
            new BooksSyncSteps(store, store, store, store, store,
                    new BooksSchedule(store, new InMemoryAgenda(), clock, 15), new InMemoryDirectory(), clock));
    private final TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("u-1"), ZoneId.of("Europe/Berlin"),
            Currency.getInstance("EUR"), com.becflow.shared.tenant.TenantAccess.FULL);

    @Test
    void eachRateTheInvoicesUseIsListedWithTheBooksRateOfTheSamePercentage() {
        connect();
        Client client = store.client("Ada Lovelace", null);
        issued(client, "INV-1", "20.00");
        issued(client, "INV-2", "7.5");
        store.issued(client, "INV-3", "100.00");

        BooksAccountsChoice.Chosen chosen = choice.read(ctx, BooksVendor.XERO);

        assertThat(chosen.ratesInUse()).extracting(BigDecimal::toPlainString).containsExactly("0", "7.5", "20");
        assertThat(chosen.accounts().taxRateFor(new BigDecimal("20"))).contains("OUTPUT2");
        assertThat(chosen.accounts().taxRateFor(BigDecimal.ZERO)).contains("NONE");
        assertThat(chosen.accounts().taxRateFor(new BigDecimal("7.5"))).as("the books have no 7.5 %").isEmpty();
        assertThat(store.connection.accounts().taxRates()).as("reading keeps nothing").isEmpty();
    }

    @Test
    void aChoiceTheBooksOfferIsKeptForTheNextPassAndLogged() {
        connect();

        choice.choose(ctx, BooksVendor.XERO, new BooksAccounts("260", "090", null, Map.of(new BigDecimal("20"), "OUTPUT2")));

        assertThat(store.connection.accounts()).isEqualTo(new BooksAccounts("260", "090", null,
                Map.of(new BigDecimal("20"), "OUTPUT2")));
        assertThat(store.connection.session().accounts().salesAccount()).isEqualTo("260");
        assertThat(store.log).extracting(BooksLogEntry::outcome).containsExactly(BooksLogEntry.Outcome.CHOSEN);
        assertThat(store.log.get(0).detail()).contains("260 Other Revenue", "20 % as 20% (VAT on Income)");
    }

    @Test
    void anIdTheBooksDoNotOfferIsRefusedByItsFieldAndNothingIsKept() {
        connect();

        assertThatThrownBy(() -> choice.choose(ctx, BooksVendor.XERO, new BooksAccounts("999", "090", "NOPE",
                Map.of(new BigDecimal("20"), "GONE"))))
                .isInstanceOfSatisfying(BooksAccountsRefused.class, e -> {
                    assertThat(e.code().key()).isEqualTo("books.mapping.unknown-account");
                    assertThat(e.code().status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).containsOnlyKeys("salesAccount", "item", "taxRates[20]");
                });
        assertThat(store.connection.accounts()).isEqualTo(new BooksAccounts("200", "090"));
        assertThat(store.log).isEmpty();
    }

    @Test
    void booksThatCannotBeReadAreSaidSoAndNoChoiceIsKept() {
        connect();
        xero.down = true;

        assertThat(codeOf(() -> choice.read(ctx, BooksVendor.XERO))).isEqualTo("books.unavailable");
        assertThat(codeOf(() -> choice.choose(ctx, BooksVendor.XERO, new BooksAccounts("260", "090"))))
                .isEqualTo("books.unavailable");
        assertThat(store.connection.accounts()).isEqualTo(new BooksAccounts("200", "090"));
    }

    @Test
    void withoutAConnectionThereIsNothingToChoose() {
        assertThat(codeOf(() -> choice.read(ctx, BooksVendor.XERO))).isEqualTo("books.not-connected");
        assertThat(codeOf(() -> choice.read(ctx, BooksVendor.QUICKBOOKS))).isEqualTo("books.vendor-not-configured");
    }

    private void connect() {
        store.connection = new BooksConnection(BooksVendor.XERO, new BooksOrganisation("org-1", "Demo"),
                new BooksGrant("token-1", "refresh-1", clock.instant().plus(Duration.ofMinutes(30))),
                new BooksAccounts("200", "090"), BooksConnection.Status.CONNECTED, clock.instant());
    }

    private void issued(Client client, String number, String taxRate) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, client.id(), null, null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(
                        InvoiceLine.of("Work", "1", "100.00").withTax(taxRate, "VAT"))), null, null, 14, true, null),
                clock.instant());
        invoice.issue(number, LocalDate.of(2027, 1, 4), client.email(), clock.instant());
        store.invoices.add(invoice);
    }

    /** Books that offer two sales accounts, a bank account, 20 % and 0 % rates, and push nothing. */
    private static final class OfferingBooks implements com.becflow.accounting.BooksGateway {
        boolean down;

        @Override
        public BooksChoices choices(BooksSession session) {
            if (down) {
                throw new BooksUnavailable("Xero could not answer", Duration.ofMinutes(1));
            }
            return new BooksChoices(
                    List.of(new BooksChoices.Choice("200", "200 Sales"), new BooksChoices.Choice("260", "260 Other Revenue")),
                    List.of(new BooksChoices.Choice("090", "090 Business Bank Account")),
                    List.of(new BooksChoices.TaxRate("OUTPUT2", "20% (VAT on Income)", new BigDecimal("20")),
                            new BooksChoices.TaxRate("NONE", "No VAT", BigDecimal.ZERO)),
                    List.of());
        }

        @Override public BooksVendor vendor() { return BooksVendor.XERO; }
        @Override public java.net.URI authorizationPage(String state, java.net.URI callback) { throw new UnsupportedOperationException(); }
        @Override public BooksGrant exchange(com.becflow.accounting.BooksConsent consent) { throw new UnsupportedOperationException(); }
        @Override public BooksGrant refresh(BooksGrant grant) { throw new UnsupportedOperationException(); }
        @Override public List<BooksOrganisation> organisations(BooksGrant grant, com.becflow.accounting.BooksConsent consent) {
            return List.of();
        }
        @Override public BooksAccounts defaultAccounts(BooksSession session) { return new BooksAccounts("200", "090"); }
        @Override public String pushContact(BooksSession s, com.becflow.accounting.BooksContact c, Optional<String> id, String key) {
            throw new UnsupportedOperationException();
        }
        @Override public PushedInvoice pushInvoice(BooksSession s, com.becflow.accounting.BooksInvoice i, Optional<String> id,
                                                   String key) {
            throw new UnsupportedOperationException();
        }
        @Override public Optional<String> findContact(BooksSession session, String name) { return Optional.empty(); }
        @Override public String pushPayment(BooksSession s, com.becflow.accounting.BooksPayment p, String key) {
            throw new UnsupportedOperationException();
        }
        @Override public List<String> webhookOrganisations(byte[] body, String signature) { return List.of(); }
        @Override public List<com.becflow.accounting.BooksRemotePayment> paymentsChangedSince(BooksSession s,
                                                                                             java.time.Instant since) {
            return List.of();
        }
        @Override public List<com.becflow.accounting.BooksRemoteContact> contactsChangedSince(BooksSession s,
                                                                                             java.time.Instant since) {
            return List.of();
        }
        @Override public Optional<com.becflow.accounting.BooksRemoteContact> contact(BooksSession s, String externalId) {
            return Optional.empty();
        }
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code().key();
        }
        throw new AssertionError("nothing was refused");
    }
}
