package com.becflow.integrations.xero;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksCallLimits;
import com.becflow.accounting.BooksCalls;
import com.becflow.accounting.BooksConsent;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.BooksWebhookRefused;
import com.becflow.integrations.books.WebhookSignature;
import com.becflow.shared.money.Money;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.xero.api.ApiClient;
import com.xero.api.client.AccountingApi;
import com.xero.api.client.IdentityApi;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.AccountType;
import com.xero.models.accounting.Contact;
import com.xero.models.accounting.Contacts;
import com.xero.models.accounting.Invoice;
import com.xero.models.accounting.Invoices;
import com.xero.models.accounting.Payment;
import com.xero.models.accounting.Payments;
import com.xero.models.identity.Connection;
import org.threeten.bp.OffsetDateTime;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Xero through its own Java SDK, one {@link ApiClient} per adapter (the SDK's {@code getInstance} singletons keep the
 * first client for the whole JVM). Amounts become {@code Double} here and nowhere else. Becflow's invoice numbers are
 * kept: an invoice is pushed AUTHORISED under the number the client saw.
 */
public final class XeroBooks implements BooksGateway {

    private static final String ACCOUNTING = "/api.xro/2.0";
    /** Xero's page size for payments. */
    private static final int PAGE = 100;

    private final XeroSettings settings;
    private final XeroOAuth oauth;
    private final AccountingApi accounting;
    private final IdentityApi identity;
    private final BooksCalls calls;
    private final XeroContacts contacts;
    private final XeroUpdates updates;
    private final XeroMoneyBack moneyBack;

    /** Without limits of its own: for tests of the adapter alone. */
    public XeroBooks(XeroSettings settings, Clock clock) {
        this(settings, clock, BooksCalls.UNLIMITED);
    }

    /** {@code calls}: what each accounting request passes through, to keep within Xero's limits per organisation. */
    public XeroBooks(XeroSettings settings, Clock clock, BooksCalls calls) {
        XeroRuntimeDelegate.install();
        this.settings = settings;
        this.calls = calls;
        this.oauth = new XeroOAuth(settings, clock);
        this.accounting = new AccountingApi(client(settings.apiUrl() + ACCOUNTING, settings.timeout()));
        this.identity = new IdentityApi(client(settings.apiUrl(), settings.timeout()));
        this.contacts = new XeroContacts(accounting, this);
        this.updates = new XeroUpdates(this, accounting);
        this.moneyBack = new XeroMoneyBack(accounting, this);
    }

    private static ApiClient client(String basePath, Duration timeout) {
        ApiClient client = new ApiClient(basePath, null, null, documentedPropertiesOnly(), null);
        client.setConnectionTimeout((int) timeout.toMillis());
        client.setReadTimeout((int) timeout.toMillis());
        return client;
    }

    /**
     * The SDK's own mapper, minus the derived {@code ...AsDate} getters its models expose: Jackson would send them as
     * properties ({@code dateAsDate}) that Xero's API document does not have.
     */
    private static ObjectMapper documentedPropertiesOnly() {
        ObjectMapper mapper = new ApiClient().getObjectMapper().copy();
        mapper.setSerializerFactory(mapper.getSerializerFactory().withSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                                                             List<BeanPropertyWriter> properties) {
                return properties.stream().filter(p -> !p.getName().endsWith("AsDate")).toList();
            }
        }));
        return mapper;
    }

    @Override
    public BooksVendor vendor() {
        return BooksVendor.XERO;
    }

    @Override
    public URI authorizationPage(String state, URI callback) {
        return oauth.authorizationPage(state, callback);
    }

    @Override
    public BooksGrant exchange(BooksConsent consent) {
        return oauth.exchange(consent.code(), consent.callback());
    }

    @Override
    public BooksGrant refresh(BooksGrant grant) {
        return oauth.refresh(grant);
    }

    @Override
    public List<BooksOrganisation> organisations(BooksGrant grant, BooksConsent consent) {
        List<Connection> connections = XeroRefusals.call(() -> identity.getConnections(grant.accessToken(), null));
        return connections.stream()
                .filter(c -> "ORGANISATION".equals(c.getTenantType()))
                .sorted(Comparator.comparing(Connection::getCreatedDateUtc,
                        Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .map(c -> new BooksOrganisation(c.getTenantId().toString(), c.getTenantName()))
                .toList();
    }

    @Override
    public BooksAccounts defaultAccounts(BooksSession session) {
        List<Account> accounts = limited(session, () -> accounting.getAccounts(session.accessToken(), session.organisationId(),
                null, "Status==\"ACTIVE\"", "Code ASC")).getAccounts();
        String sales = first(accounts, AccountType.REVENUE).or(() -> first(accounts, AccountType.SALES))
                .orElseThrow(() -> new BooksRefused("the organisation has no active revenue account to post sales to"));
        String bank = accounts.stream().filter(a -> a.getType() == AccountType.BANK)
                .map(a -> a.getCode() != null ? a.getCode() : a.getAccountID().toString()).findFirst()
                .orElseThrow(() -> new BooksRefused("the organisation has no active bank account to post payments to"));
        return new BooksAccounts(sales, bank);
    }

    @Override
    public com.becflow.accounting.BooksChoices choices(BooksSession session) {
        String token = session.accessToken();
        String organisation = session.organisationId();
        return XeroChartOfAccounts.choices(
                limited(session, () -> accounting.getAccounts(token, organisation, null, "Status==\"ACTIVE\"", "Code ASC")).getAccounts(),
                limited(session, () -> accounting.getTaxRates(token, organisation, "Status==\"ACTIVE\"", null, null)).getTaxRates(),
                limited(session, () -> accounting.getItems(token, organisation, null, null, "Code ASC", null)).getItems());
    }

    private static Optional<String> first(List<Account> accounts, AccountType type) {
        return accounts.stream().filter(a -> a.getType() == type && a.getCode() != null).map(Account::getCode).findFirst();
    }

    @Override
    public String pushContact(BooksSession session, BooksContact contact, Optional<String> externalId, String key) {
        Contacts sent = new Contacts().addContactsItem(XeroTwins.contact(contact, externalId));
        Contact answer = limited(session, () -> accounting.updateOrCreateContacts(session.accessToken(), session.organisationId(),
                sent, key, false)).getContacts().get(0);
        XeroRefusals.refusal(answer.getValidationErrors()).ifPresent(refused -> {
            throw refused;
        });
        return answer.getContactID().toString();
    }

    @Override
    public int batchSize(BooksObject object) {
        return BooksCallLimits.XERO.batchSize();
    }

    /** One {@code PUT Contacts} with {@code summarizeErrors=false}: Xero saves each contact it can and says why not. */
    @Override
    public List<Created> createContacts(BooksSession session, List<BooksContact> contacts, String key) {
        Contacts sent = new Contacts().contacts(contacts.stream()
                .map(c -> XeroTwins.contact(c, Optional.empty())).toList());
        return limited(session, () -> accounting.createContacts(session.accessToken(), session.organisationId(), sent, key, false))
                .getContacts().stream()
                .map(c -> XeroRefusals.refusal(c.getValidationErrors()).map(Created::refused)
                        .orElseGet(() -> Created.as(c.getContactID().toString(), null)))
                .toList();
    }

    @Override
    public PushedInvoice pushInvoice(BooksSession session, BooksInvoice invoice, Optional<String> externalId, String key) {
        Invoices sent = new Invoices().addInvoicesItem(XeroTwins.invoice(session, invoice, externalId));
        Invoice twinAsKept = limited(session, () -> accounting.updateOrCreateInvoices(session.accessToken(), session.organisationId(),
                sent, key, false, 4)).getInvoices().get(0);
        XeroRefusals.refusal(twinAsKept.getValidationErrors()).ifPresent(refused -> {
            throw refused;
        });
        return new PushedInvoice(twinAsKept.getInvoiceID().toString(),
                amount(twinAsKept.getTotal(), invoice.total().currency()));
    }

    /** One {@code PUT Invoices} with {@code summarizeErrors=false}; the answers come in the order sent. */
    @Override
    public List<Created> createInvoices(BooksSession session, List<BooksInvoice> invoices, String key) {
        Invoices sent = new Invoices().invoices(invoices.stream()
                .map(i -> XeroTwins.invoice(session, i, Optional.empty())).toList());
        List<Invoice> answers = limited(session, () -> accounting.createInvoices(session.accessToken(), session.organisationId(),
                sent, key, false, 4)).getInvoices();
        List<Created> created = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Invoice kept = answers.get(i);
            Currency currency = invoices.get(i).total().currency();
            created.add(XeroRefusals.refusal(kept.getValidationErrors()).map(Created::refused)
                    .orElseGet(() -> Created.as(kept.getInvoiceID().toString(), amount(kept.getTotal(), currency))));
        }
        return created;
    }

    @Override
    public int updateBatchSize(BooksObject object) {
        return object == BooksObject.PAYMENT ? 1 : BooksCallLimits.XERO.batchSize();
    }

    @Override
    public List<Created> updateContacts(BooksSession session, List<Change<BooksContact>> contacts, String key) {
        return updates.contacts(session, contacts, key);
    }

    @Override
    public List<Created> updateInvoices(BooksSession session, List<Change<BooksInvoice>> invoices, String key) {
        return updates.invoices(session, invoices, key);
    }

    @Override
    public Optional<String> findContact(BooksSession session, String name) {
        String where = "Name==\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        List<Contact> found = limited(session, () -> accounting.getContacts(session.accessToken(), session.organisationId(), null,
                where, null, null, null, false, true, null)).getContacts();
        return found == null ? Optional.empty() : found.stream().findFirst().map(c -> c.getContactID().toString());
    }

    @Override
    public String pushPayment(BooksSession session, BooksPayment payment, String key) {
        Payment answer = limited(session, () -> accounting.createPayment(session.accessToken(), session.organisationId(),
                XeroTwins.payment(session, payment), key)).getPayments().get(0);
        XeroRefusals.refusal(answer.getValidationErrors()).ifPresent(refused -> {
            throw refused;
        });
        return answer.getPaymentID().toString();
    }

    @Override
    public boolean pushes(BooksObject object) {
        return true;
    }

    @Override
    public String pushCreditNote(BooksSession session, com.becflow.accounting.BooksCreditNote creditNote, String key) {
        return moneyBack.creditNote(session, creditNote, key);
    }

    @Override
    public String pushSplitPayment(BooksSession session, List<BooksPayment> parts, String key) {
        return moneyBack.splitPayment(session, parts, key);
    }

    @Override
    public String pushRefund(BooksSession session, com.becflow.accounting.BooksRefund refund, String key) {
        return moneyBack.refund(session, refund, key);
    }

    /** One {@code PUT Payments} with {@code summarizeErrors=false}. */
    @Override
    public List<Created> createPayments(BooksSession session, List<BooksPayment> payments, String key) {
        Payments sent = new Payments().payments(payments.stream().map(p -> XeroTwins.payment(session, p)).toList());
        return limited(session, () -> accounting.createPayments(session.accessToken(), session.organisationId(), sent, key, false))
                .getPayments().stream()
                .map(p -> XeroRefusals.refusal(p.getValidationErrors()).map(Created::refused)
                        .orElseGet(() -> Created.as(p.getPaymentID().toString(), null)))
                .toList();
    }

    @Override
    public List<BooksRemotePayment> paymentsChangedSince(BooksSession session, Instant since) {
        OffsetDateTime modifiedSince = XeroContacts.modifiedSince(since);
        List<BooksRemotePayment> changed = new ArrayList<>();
        for (int page = 1; ; page++) {
            int current = page;
            List<Payment> payments = limited(session, () -> accounting.getPayments(session.accessToken(), session.organisationId(),
                    modifiedSince, "PaymentType==\"ACCRECPAYMENT\"", "UpdatedDateUTC ASC", current)).getPayments();
            if (payments == null || payments.isEmpty()) {
                return changed;
            }
            payments.stream().map(XeroBooks::remote).forEach(changed::add);
            if (payments.size() < PAGE) {
                return changed;
            }
        }
    }

    @Override
    public List<BooksRemoteContact> contactsChangedSince(BooksSession session, Instant since) {
        return contacts.changedSince(session, since);
    }

    @Override
    public Optional<BooksRemoteContact> contact(BooksSession session, String externalId) {
        return contacts.byId(session, externalId);
    }

    /** A deleted payment comes back with its amount and date; the pull needs only its id. */
    private static BooksRemotePayment remote(Payment payment) {
        Invoice invoice = payment.getInvoice();
        String currency = invoice != null && invoice.getCurrencyCode() != null ? invoice.getCurrencyCode().getValue() : "XXX";
        org.threeten.bp.LocalDate paidOn = payment.getDateAsDate();
        org.threeten.bp.OffsetDateTime updated = payment.getUpdatedDateUTCAsDate();
        return new BooksRemotePayment(payment.getPaymentID().toString(),
                invoice == null || invoice.getInvoiceID() == null ? null : invoice.getInvoiceID().toString(),
                LocalDate.of(paidOn.getYear(), paidOn.getMonthValue(), paidOn.getDayOfMonth()),
                amount(payment.getAmount(), Currency.getInstance(currency)),
                payment.getReference(), payment.getStatus() == Payment.StatusEnum.DELETED,
                updated == null ? Instant.EPOCH : Instant.ofEpochSecond(updated.toEpochSecond(), updated.getNano()));
    }

    /**
     * A delivery as Xero documents it: {@code {"events": [{"tenantId": ..., "eventCategory": ..., ...}], ...}} under
     * {@code x-xero-signature}; with no events it is Xero's "intent to receive", which must be answered 200 if signed.
     */
    @Override
    public List<String> webhookOrganisations(byte[] body, String signature) {
        WebhookSignature.check("Xero", settings.webhookKey(), body, signature);
        try {
            com.fasterxml.jackson.databind.JsonNode delivery = new ObjectMapper().readTree(body);
            List<String> organisations = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode event : delivery.path("events")) {
                String organisation = event.path("tenantId").asText("");
                if (!organisation.isEmpty() && !organisations.contains(organisation)) {
                    organisations.add(organisation);
                }
            }
            return organisations;
        } catch (IOException e) {
            throw new BooksWebhookRefused("Not a Xero webhook delivery: " + e.getMessage());
        }
    }

    /** Xero's {@code Double} back to exact money, in the currency's minor unit (the only place a double is read). */
    static Money amount(Double amount, Currency currency) {
        return new Money(new BigDecimal(String.valueOf(amount)).setScale(Money.minorDigits(currency),
                java.math.RoundingMode.HALF_UP), currency);
    }

    /** An accounting request on the session's organisation, once its limits let it start. */
    <T> T limited(BooksSession session, XeroRefusals.XeroCall<T> request) {
        return calls.call(BooksVendor.XERO, session.organisationId(), () -> XeroRefusals.call(request));
    }
}
