package com.becflow.integrations.quickbooks;

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
import com.intuit.ipp.data.Account;
import com.intuit.ipp.data.CompanyInfo;
import com.intuit.ipp.data.Customer;
import com.intuit.ipp.data.Invoice;
import com.intuit.ipp.data.Item;
import com.intuit.ipp.data.ItemTypeEnum;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * QuickBooks Online through Intuit's Java SDK: contacts are Customers (their DisplayName unique, as QuickBooks
 * requires), invoices are Invoices under Becflow's number (DocNumber), each line sold as one service item, and payments
 * are Payments linked to their invoice. An update is a sparse update under the entity's current SyncToken, read just
 * before (for a batch, all of them in one query: {@link QuickBooksBatches}). No SDK exception leaves this package:
 * {@link QuickBooksCompany} turns them into the port's failures.
 *
 * <p>{@link BooksAccounts} for QuickBooks: {@code salesAccount} holds the id of the service <em>Item</em> the lines are
 * sold as (QuickBooks posts a sales line to its item's income account, and takes no account on the line itself);
 * {@code bankAccount} holds the id of the Bank account payments are deposited to.
 */
public final class QuickBooksBooks implements BooksGateway {

    /** The service item Becflow's lines are sold as, found or made when connecting. */
    static final String SERVICE_ITEM = "Services";

    /** The callback's parameter that names the company the freelancer chose on Intuit's consent page. */
    static final String REALM = "realmId";

    /** What QuickBooks writes into the private note of an invoice it voided. */
    static final String VOIDED = "Voided";

    private final QuickBooksSettings settings;
    private final QuickBooksOAuth oauth;
    private final BooksCalls calls;
    private final QuickBooksChanges changes;
    private final QuickBooksBatches batches;

    /** Without limits of its own: for tests of the adapter alone. */
    public QuickBooksBooks(QuickBooksSettings settings, Clock clock) {
        this(settings, clock, BooksCalls.UNLIMITED);
    }

    /** {@code calls}: what each request passes through, to keep within QuickBooks' limits per company. */
    public QuickBooksBooks(QuickBooksSettings settings, Clock clock, BooksCalls calls) {
        this.settings = settings;
        this.calls = calls;
        this.oauth = new QuickBooksOAuth(settings, clock);
        this.changes = new QuickBooksChanges(clock);
        this.batches = new QuickBooksBatches(this::company);
    }

    @Override
    public BooksVendor vendor() {
        return BooksVendor.QUICKBOOKS;
    }

    @Override
    public URI authorizationPage(String state, URI callback) {
        return oauth.authorizationPage(state, callback);
    }

    @Override
    public BooksGrant exchange(BooksConsent consent) {
        return oauth.exchange(consent.code(), consent.callback(), consent.parameter(REALM));
    }

    @Override
    public BooksGrant refresh(BooksGrant grant) {
        return oauth.refresh(grant);
    }

    /**
     * The company the consent just granted, as the callback named it ({@code realmId}, which Intuit sends nowhere else
     * the access token alone could read it), with the name QuickBooks keeps for it; empty for a callback without one.
     */
    @Override
    public List<BooksOrganisation> organisations(BooksGrant grant, BooksConsent consent) {
        return consent.parameter(REALM).map(realm -> {
            CompanyInfo byId = new CompanyInfo();
            byId.setId(realm);
            CompanyInfo info = company(new BooksSession(realm, grant.accessToken(), new BooksAccounts("", "")))
                    .read(byId);
            String name = info == null || info.getCompanyName() == null ? "QuickBooks company " + realm
                    : info.getCompanyName();
            return List.of(new BooksOrganisation(realm, name));
        }).orElse(List.of());
    }

    /** The first active Income account's service item (made if missing) and the first active Bank account. */
    @Override
    public BooksAccounts defaultAccounts(BooksSession session) {
        QuickBooksCompany company = company(session);
        List<Account> income = company.query("select * from Account where AccountType = 'Income' and Active = true");
        Account sales = income.stream().findFirst()
                .orElseThrow(() -> new BooksRefused("the company has no active income account to post sales to"));
        List<Account> banks = company.query("select * from Account where AccountType = 'Bank' and Active = true");
        Account bank = banks.stream().findFirst()
                .orElseThrow(() -> new BooksRefused("the company has no active bank account to deposit payments to"));
        return new BooksAccounts(serviceItem(company, sales).getId(), bank.getId());
    }

    @Override
    public com.becflow.accounting.BooksChoices choices(BooksSession session) {
        return QuickBooksChartOfAccounts.choices(company(session));
    }

    private static Item serviceItem(QuickBooksCompany company, Account income) {
        Optional<Item> found = findServiceItem(company);
        if (found.isPresent()) {
            return found.get();
        }
        Item item = new Item();
        item.setName(SERVICE_ITEM);
        item.setType(ItemTypeEnum.SERVICE);
        item.setIncomeAccountRef(QuickBooksDocuments.reference(income.getId()));
        try {
            // A fresh request id: should the answer be lost, the retry is refused by name and the item found instead.
            return company.add(item, "becflow-item-" + UUID.randomUUID());
        } catch (BooksRefused e) {
            return findServiceItem(company).orElseThrow(() -> e);
        }
    }

    private static Optional<Item> findServiceItem(QuickBooksCompany company) {
        List<Item> items = company.query("select * from Item where Name = '" + SERVICE_ITEM + "'");
        return items.stream().filter(item -> item.getType() == ItemTypeEnum.SERVICE).findFirst();
    }

    @Override
    public String pushContact(BooksSession session, BooksContact contact, Optional<String> externalId, String key) {
        QuickBooksCompany company = company(session);
        Customer twin = externalId.isEmpty() ? QuickBooksDocuments.newCustomer(contact) : QuickBooksDocuments.customer(contact);
        if (externalId.isEmpty()) {
            return company.add(twin, key).getId();
        }
        Customer byId = new Customer();
        byId.setId(externalId.get());
        twin.setId(externalId.get());
        twin.setSyncToken(company.read(byId).getSyncToken());
        twin.setSparse(true);
        return company.update(twin, key).getId();
    }

    /** Customers, invoices and payments go in batches of up to 30 ({@link BooksCallLimits#QUICKBOOKS}). */
    @Override
    public int batchSize(BooksObject object) {
        return BooksCallLimits.QUICKBOOKS.batchSize();
    }

    /** Changed customers and invoices too, each batch after one query for their SyncTokens ({@link QuickBooksBatches}). */
    @Override
    public int updateBatchSize(BooksObject object) {
        return object == BooksObject.PAYMENT ? 1 : BooksCallLimits.QUICKBOOKS.batchSize();
    }

    @Override
    public List<Created> updateContacts(BooksSession session, List<Change<BooksContact>> contacts, String key) {
        return batches.updateCustomers(session, contacts, key);
    }

    @Override
    public List<Created> updateInvoices(BooksSession session, List<Change<BooksInvoice>> invoices, String key) {
        return batches.updateInvoices(session, invoices, key);
    }

    /** Each batch after one query for the invoices' customers ({@link QuickBooksBatches}). */
    @Override
    public List<Created> createPayments(BooksSession session, List<BooksPayment> payments, String key) {
        return batches.createPayments(session, payments, key);
    }

    @Override
    public List<Created> createContacts(BooksSession session, List<BooksContact> contacts, String key) {
        return company(session).addAll(contacts.stream().map(QuickBooksDocuments::newCustomer).toList(), key).stream()
                .map(answer -> answer.refusal() != null ? Created.refused(answer.refusal())
                        : Created.as(answer.entity().getId(), null))
                .toList();
    }

    @Override
    public List<Created> createInvoices(BooksSession session, List<BooksInvoice> invoices, String key) {
        QuickBooksCompany company = company(session);
        List<QuickBooksCompany.Answer<Invoice>> answers = company.addAll(invoices.stream()
                .map(invoice -> QuickBooksDocuments.invoice(invoice, session.accounts())).toList(), key);
        List<Created> created = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            QuickBooksCompany.Answer<Invoice> answer = answers.get(i);
            if (answer.refusal() == null && invoices.get(i).voided()) {
                // Created as it was issued, then voided as pushInvoice does: a voided invoice keeps Becflow's total.
                Invoice toVoid = new Invoice();
                toVoid.setId(answer.entity().getId());
                toVoid.setSyncToken(answer.entity().getSyncToken());
                company.voidIt(toVoid, key + "-void-" + (i + 1));
                created.add(Created.as(answer.entity().getId(), invoices.get(i).total()));
                continue;
            }
            Currency currency = invoices.get(i).total().currency();
            created.add(answer.refusal() != null ? Created.refused(answer.refusal())
                    : Created.as(answer.entity().getId(), answer.entity().getTotalAmt() == null ? invoices.get(i).total()
                    : new Money(answer.entity().getTotalAmt().setScale(Money.minorDigits(currency),
                    java.math.RoundingMode.HALF_UP), currency)));
        }
        return created;
    }

    /** A voided invoice is voided in QuickBooks as well (which keeps its number and zeroes its amounts). */
    @Override
    public PushedInvoice pushInvoice(BooksSession session, BooksInvoice invoice, Optional<String> externalId, String key) {
        QuickBooksCompany company = company(session);
        Invoice twin = QuickBooksDocuments.invoice(invoice, session.accounts());
        Invoice saved;
        if (externalId.isEmpty()) {
            saved = company.add(twin, key);
        } else {
            Invoice byId = new Invoice();
            byId.setId(externalId.get());
            Invoice current = company.read(byId);
            if (invoice.voided()) {
                saved = current;
            } else {
                twin.setId(externalId.get());
                twin.setSyncToken(current.getSyncToken());
                twin.setSparse(true);
                saved = company.update(twin, key);
            }
        }
        if (invoice.voided() && !VOIDED.equalsIgnoreCase(saved.getPrivateNote())) {
            Invoice toVoid = new Invoice();
            toVoid.setId(saved.getId());
            toVoid.setSyncToken(saved.getSyncToken());
            saved = company.voidIt(toVoid, key + "-void");
        }
        // A voided invoice's amounts are zeroed in QuickBooks: Becflow's total is what it was, and stays the comparison.
        Money total = invoice.voided() || saved.getTotalAmt() == null ? invoice.total()
                : new Money(saved.getTotalAmt().setScale(Money.minorDigits(invoice.total().currency()),
                java.math.RoundingMode.HALF_UP), invoice.total().currency());
        return new PushedInvoice(saved.getId(), total);
    }

    @Override
    public Optional<String> findContact(BooksSession session, String name) {
        List<Customer> found = company(session).query("select * from Customer where DisplayName = '"
                + name.replace("\\", "\\\\").replace("'", "\\'") + "'");
        return found.stream().filter(c -> name.equals(c.getDisplayName())).findFirst().map(Customer::getId);
    }

    /** Payments changed or deleted since {@code since}, by QuickBooks' change data capture. */
    @Override
    public List<BooksRemotePayment> paymentsChangedSince(BooksSession session, Instant since) {
        return changes.payments(company(session), since);
    }

    /** Customers changed since {@code since}, by QuickBooks' change data capture. */
    @Override
    public List<BooksRemoteContact> contactsChangedSince(BooksSession session, Instant since) {
        return changes.contacts(company(session), since);
    }

    @Override
    public Optional<BooksRemoteContact> contact(BooksSession session, String externalId) {
        return QuickBooksChanges.contact(company(session), externalId);
    }

    @Override
    public boolean pushes(com.becflow.accounting.BooksObject object) {
        return true;
    }

    @Override
    public boolean refundIsItsOwnCreditNote() {
        return true;
    }

    @Override
    public String pushCreditNote(BooksSession session, com.becflow.accounting.BooksCreditNote creditNote, String key) {
        return QuickBooksMoneyBack.creditNote(company(session), session, creditNote, key);
    }

    @Override
    public String pushRefund(BooksSession session, com.becflow.accounting.BooksRefund refund, String key) {
        return QuickBooksMoneyBack.refund(company(session), session, refund, key);
    }

    @Override
    public String pushPayment(BooksSession session, BooksPayment payment, String key) {
        QuickBooksCompany company = company(session);
        Invoice byId = new Invoice();
        byId.setId(payment.invoiceId());
        Invoice invoice = company.read(byId);
        if (invoice == null || invoice.getCustomerRef() == null) {
            throw new BooksRefused("the invoice " + payment.invoiceId() + " is not in QuickBooks (deleted there?)");
        }
        return company.add(QuickBooksDocuments.payment(payment, invoice.getCustomerRef().getValue(),
                session.accounts().bankAccount()), key).getId();
    }

    /** One Payment whose lines link each invoice for its part, as Intuit documents paying several invoices at once. */
    @Override
    public String pushSplitPayment(BooksSession session, List<BooksPayment> parts, String key) {
        QuickBooksCompany company = company(session);
        Invoice byId = new Invoice();
        byId.setId(parts.get(0).invoiceId());
        Invoice invoice = company.read(byId);
        if (invoice == null || invoice.getCustomerRef() == null) {
            throw new BooksRefused("the invoice " + parts.get(0).invoiceId() + " is not in QuickBooks (deleted there?)");
        }
        return company.add(QuickBooksDocuments.payment(parts, invoice.getCustomerRef().getValue(),
                session.accounts().bankAccount()), key).getId();
    }

    /**
     * A delivery as Intuit documents it: {@code {"eventNotifications": [{"realmId": ..., "dataChangeEvent": ...}]}}
     * under {@code intuit-signature}.
     */
    @Override
    public List<String> webhookOrganisations(byte[] body, String signature) {
        WebhookSignature.check("QuickBooks", settings.webhookVerifier(), body, signature);
        try {
            com.fasterxml.jackson.databind.JsonNode delivery = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            List<String> companies = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode notification : delivery.path("eventNotifications")) {
                String realm = notification.path("realmId").asText("");
                if (!realm.isEmpty() && !companies.contains(realm)) {
                    companies.add(realm);
                }
            }
            return companies;
        } catch (java.io.IOException e) {
            throw new BooksWebhookRefused("Not a QuickBooks webhook delivery: " + e.getMessage());
        }
    }

    private QuickBooksCompany company(BooksSession session) {
        return new QuickBooksCompany(settings, session, calls);
    }
}
