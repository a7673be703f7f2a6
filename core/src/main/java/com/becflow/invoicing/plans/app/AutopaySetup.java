package com.becflow.invoicing.plans.app;

import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentAttempts;
import com.becflow.invoicing.payments.PaymentGateway;
import com.becflow.invoicing.payments.PaymentOutcomeUnknown;
import com.becflow.invoicing.payments.PaymentRefused;
import com.becflow.invoicing.payments.SavedMethodGateway;
import com.becflow.invoicing.payments.SavedMethodGateway.SavedMethod;
import com.becflow.invoicing.payments.SetupPages;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayRules;
import com.becflow.invoicing.plans.InvalidAutopayReturn;
import com.becflow.invoicing.plans.PaymentPlanNotFound;
import com.becflow.invoicing.plans.PlanStatus;
import com.becflow.invoicing.app.PaymentPending;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Autopay as the client sees it behind their invoice's link: saving a card on the provider's page for the invoice's
 * accepted plan, coming back from it, and turning autopay off. The page is made outside any transaction; that the card
 * was saved is learnt from the provider (on the client's return, or from its notification), never from the browser.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AutopaySetup implements SetupPages {

    /** How long the page to save a card takes one. */
    static final Duration PAGE_LIFETIME = Duration.ofHours(1);
    /** The query parameter the provider's page sends the client back with, naming itself. */
    public static final String RETURN_PARAMETER = "autopay";

    private final InvoiceLinks links;
    private final PaymentAttempts attempts;
    private final PaymentGateway payments;
    private final SavedMethodGateway saved;
    private final AutopaySteps steps;
    private final PlanStatements statements;
    private final ClientService clients;
    private final Clock clock;
    private final String publicUrl;
    @Inject
    AutopayCalendar calendar;
    @Inject
    AutopayCharging charging;

    @Inject
    public AutopaySetup(InvoiceLinks links, PaymentAttempts attempts, PaymentGateway payments, SavedMethodGateway saved,
                        AutopaySteps steps, PlanStatements statements, ClientService clients, Clock clock,
                        @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.links = links;
        this.attempts = attempts;
        this.payments = payments;
        this.saved = saved;
        this.steps = steps;
        this.statements = statements;
        this.clients = clients;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected AutopaySetup() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** The invoice's autopay, if the client ever set one up. */
    public Optional<Autopay> status(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return steps.of(o.ctx(), o.invoice().id());
    }

    /** Where the client saves a card to have the accepted plan's installments charged on their due dates. */
    public String open(String token) {
        InvoiceLinks.Opened o = links.open(token);
        TenantContext ctx = o.ctx();
        statements.of(o.invoice(), ctx).filter(s -> s.plan().status() == PlanStatus.ACCEPTED)
                .orElseThrow(() -> new InvoiceStateConflict("autopay.plan.not-accepted",
                        "Autopay charges the installments of an accepted payment plan; this invoice has none"));
        String account = account(ctx);
        String back = publicUrl + "/portal/invoice/" + token;
        SavedMethodGateway.SetupRequest request = new SavedMethodGateway.SetupRequest(o.link().sentTo(),
                clients.get(o.invoice().clientId(), ctx).name(), back + "?" + RETURN_PARAMETER + "={CHECKOUT_SESSION_ID}",
                back, Map.of("becflow_tenant", ctx.tenant().toString(), "becflow_invoice", o.invoice().id().toString()),
                clock.instant().plus(PAGE_LIFETIME), o.invoice().currency());
        SavedMethodGateway.SetupPage page;
        try {
            // A page left unused costs nothing and saves nothing, so each click may make its own.
            page = saved.openSetup(account, request, "becflow-autopay-setup-" + UUID.randomUUID());
        } catch (PaymentOutcomeUnknown e) {
            throw new PaymentPending("autopay.setup.no-answer", "The card page did not answer in time; try again in a"
                    + " minute");
        } catch (PaymentRefused e) {
            throw new InvoiceStateConflict("autopay.setup.refused", "The payment provider refused to open the card page: "
                    + e.getMessage());
        }
        steps.setupOpened(ctx, o.invoice().id(), page.id());
        return page.url();
    }

    /** The client came back from the card page: if they saved a card, autopay is on from now. */
    public Optional<Autopay> returned(String token, String setupPageId) {
        InvoiceLinks.Opened o = links.open(token);
        if (setupPageId == null || setupPageId.isBlank() || setupPageId.length() > 255) {
            throw new InvalidAutopayReturn(RETURN_PARAMETER);
        }
        TenantContext ctx = o.ctx();
        Optional<Autopay> waiting = steps.of(ctx, o.invoice().id());
        if (waiting.isEmpty() || !setupPageId.equals(waiting.get().setupPage())) {
            return waiting;
        }
        saved.saved(account(ctx), setupPageId).ifPresent(method -> {
            if (steps.saved(ctx, setupPageId, card(method), o.client())) {
                chargeWhatIsDue(ctx, o.invoice().id());
            }
        });
        return steps.of(ctx, o.invoice().id());
    }

    /** The client turns autopay off. */
    public Autopay turnOff(String token) {
        InvoiceLinks.Opened o = links.open(token);
        return steps.turnOff(o.ctx(), o.invoice().id(), o.client());
    }

    /**
     * An installment due already is charged while the client waits, not at the next housekeeping round (the portal runs
     * no jobs). A round charging it at the same moment is harmless: each charge is stored under the invoice's lock before
     * it is asked, with its own key.
     */
    private void chargeWhatIsDue(TenantContext ctx, InvoiceId id) {
        if (calendar.situation(ctx, id).filter(s -> !(s.step() instanceof AutopayRules.Wait)).isPresent()) {
            charging.charge(ctx, id);
        }
    }

    @Override
    public Runnable settle(TenantContext ctx, String accountId, String setupPageId) {
        Optional<SavedMethod> method = saved.saved(accountId, setupPageId);
        return () -> method.ifPresent(m -> steps.saved(ctx, setupPageId, card(m), Actor.provider(payments.name())));
    }

    private String account(TenantContext ctx) {
        return attempts.account(ctx.tenant()).filter(PaymentAccount::ready).filter(a -> payments.configured())
                .map(PaymentAccount::accountId)
                .orElseThrow(() -> new InvoiceStateConflict("payment.online.unavailable", "This freelancer does not take"
                        + " online payments yet; see the invoice for other ways to pay"));
    }

    private static Autopay.SavedCard card(SavedMethod method) {
        return new Autopay.SavedCard(method.customer(), method.method(), method.label());
    }
}
