package com.becflow.workspace.contracts;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.ClauseText;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.ContractRendering;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.app.ContractIntegrity;
import com.becflow.contracts.app.ContractService;
import com.becflow.contracts.app.SignContract;
import com.becflow.invoicing.app.EngagementCancellations;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.MailsPanel;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import com.becflow.contracts.app.ContractCheckup;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One contract: edit and send while it is a draft; once sent, the document as sent with what can still be
 * done (a new revision, a fresh link, void, countersign); always the evidence kept about it.
 */
@Route(value = "contracts/:id", layout = WorkspaceLayout.class)
@PageTitle("Contract | Becflow")
public class ContractView extends VerticalLayout implements BeforeEnterObserver {

    private static final Logger LOG = Logger.getLogger(ContractView.class.getName());

    private final ContractService contracts;
    private final ClientService clients;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span revision = new Span();
    private final Paragraph parties = new Paragraph();
    private final Paragraph statusDetail = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div body = new Div();
    private final ContractEditor editor = new ContractEditor();
    private final ContractEvidencePanel evidence = new ContractEvidencePanel();
    private final MailsPanel mails = new MailsPanel("contract");
    private ContractId id;
    private final ContractCheckup checkup;
    private final ClauseWarnings checks = new ClauseWarnings();
    private final EngagementCancellations cancellations;
    private final ContractFileDownloads downloads;
    private Contract contract;
    private Client client;
    private boolean revising;
    private boolean writable;
    private ZoneId zone = ZoneOffset.UTC;

    @Inject
    public ContractView(ContractService contracts, ContractCheckup checkup, ClientService clients,
                        WorkspaceTenant tenant, Clock clock, EngagementCancellations cancellations) {
        this.contracts = contracts;
        this.checkup = checkup;
        this.cancellations = cancellations;
        this.clients = clients;
        this.tenant = tenant;
        this.clock = clock;
        this.downloads = new ContractFileDownloads(contracts, tenant::get);
        setWidthFull();
        title.setId("contract-title");
        title.getStyle().set("margin", "0");
        status.setId("contract-status");
        revision.setId("contract-revision");
        revision.getStyle().set("color", "var(--lumo-secondary-text-color)");
        parties.setId("contract-parties");
        statusDetail.setId("contract-status-detail");
        statusDetail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        body.setWidthFull();
        actions.setId("contract-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        revising = false;
        try {
            id = new ContractId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException e) {
            notFound();
            return;
        }
        reload();
    }

    /** Reads the contract again and redraws everything. */
    private void reload() {
        try {
            TenantContext ctx = tenant.get();
            writable = ctx.access() == TenantAccess.FULL;
            zone = ctx.zone();
            contract = contracts.get(id, ctx);
            client = clients.get(contract.clientId(), ctx);
        } catch (ContractNotFound e) {
            notFound();
            return;
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink("← All contracts", ContractListView.class);
        back.setId("back-to-contracts");
        HorizontalLayout heading = new HorizontalLayout(title, status, revision);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(back, heading, parties, statusDetail, mails, actions, checks, body, new H3("Evidence"), evidence);
        showHeader();
        showChecks();
        showBody();
        showMails();
        showEvidence();
    }

    private void notFound() {
        removeAll();
        H2 missing = new H2("No such contract");
        missing.setId("contract-not-found");
        add(missing, new Paragraph("It may have been removed, or the address is mistyped."),
                new RouterLink("← All contracts", ContractListView.class));
    }

    private ContractStatus currentStatus() {
        return contract.statusAt(clock.instant());
    }

    private void showHeader() {
        ContractStatus now = currentStatus();
        title.setText(contract.title());
        status.setText(now.name().toLowerCase(Locale.ROOT));
        StatusBadge.apply(status, now);
        revision.setText("Revision " + contract.revision());
        parties.setText("For " + client.name() + " <" + client.email() + "> · " + contract.projectName() + " · "
                + ClauseText.money(contract.fee()));
        statusDetail.setText(ContractStatusDetail.of(contract, now, zone));
    }

    private void showBody() {
        body.removeAll();
        actions.removeAll();
        ContractStatus now = currentStatus();
        if (now == ContractStatus.DRAFT || revising) {
            showEditor(now);
        } else {
            showDocument(now);
        }
    }

    private void showEditor(ContractStatus now) {
        editor.edit(ContractDraft.of(contract), writable);
        Button save = button("Save", "contract-save", e -> {
            if (save()) {
                Notices.success("Saved");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (revising) {
            Paragraph warning = new Paragraph("You are editing revision " + (contract.revision() + 1) + ". Saving "
                    + "withdraws revision " + contract.revision() + ": the link " + contract.sentTo()
                    + " has stops working. Send the new revision when it is ready.");
            warning.setId("contract-revise-warning");
            warning.getElement().getThemeList().add("badge contrast");
            warning.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s)");
            body.add(warning);
            actions.add(save, button("Cancel editing", "contract-revise-cancel", e -> {
                revising = false;
                showBody();
            }));
        } else {
            Button send = button("Send", "contract-send", e -> send());
            send.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button preview = button("Preview", "contract-preview", e -> preview());
            preview.setEnabled(true);
            actions.add(save, preview, send, voidButton(now));
        }
        body.add(editor);
    }

    private void showDocument(ContractStatus now) {
        if (now.awaitsClient() || now == ContractStatus.EXPIRED) {
            actions.add(button("Edit (creates revision " + (contract.revision() + 1) + ")", "contract-revise",
                    e -> confirmRevise()));
            if (now.awaitsClient()) {
                actions.add(button("Send a fresh link", "contract-resend", e -> resend()));
            }
            actions.add(voidButton(now));
        }
        if (now.signed() && contract.terms().cancellation() != null) {
            actions.add(CancelEngagementAction.button(contract, cancellations, tenant::get, writable, this::reload));
        }
        if (now == ContractStatus.SIGNED) {
            CountersignForm countersign = new CountersignForm(contract.countersignRequired(), writable);
            countersign.addSignListener(e -> countersign(countersign, e.command()));
            body.add(countersign);
        }
        Div document = new Div();
        document.setId("contract-document");
        document.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-l)")
                .set("background", "white").set("max-width", "52em").set("margin-top", "var(--lumo-space-m)");
        try {
            document.add(new Html(ContractRendering.forWebPage(contracts.preview(id, tenant.get()))));
        } catch (ContractNotFound e) {
            document.add(new Paragraph("No document was sent for this revision."));
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
        body.add(document);
    }

    private void showChecks() {
        checks.show(checkup.of(id, tenant.get()));
    }

    private void showMails() {
        try {
            mails.show(contracts.mails(id, tenant.get()), zone);
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    private void showEvidence() {
        try {
            TenantContext ctx = tenant.get();
            ContractIntegrity check = integrity(ctx);
            evidence.show(contracts.signatures(id, ctx), contracts.events(id, ctx), check,
                    downloads.of(id, contract.title(), ContractFileKind.SIGNED_CONTRACT, "signed.pdf", check, ctx),
                    downloads.of(id, contract.title(), ContractFileKind.AUDIT_CERTIFICATE,
                            "audit-certificate.pdf", check, ctx));
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    /** The re-check of every hash, or null (shown as "could not be checked") when the check itself fails. */
    private ContractIntegrity integrity(TenantContext ctx) {
        try {
            return contracts.integrity(id, ctx);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Integrity check of contract " + id + " failed", e);
            return null;
        }
    }

    private boolean save() {
        Optional<ContractDraft> draft = editor.read();
        if (draft.isEmpty()) {
            Notices.error("Some fields hold something that is not a number or a date; they are marked.");
            return false;
        }
        boolean wasRevising = revising;
        Contract[] saved = new Contract[1];
        if (!Notices.attempt(() -> saved[0] = contracts.update(id, draft.get().toCommand(), tenant.get()),
                editor::showErrors)) {
            return false;
        }
        contract = saved[0];
        editor.markSaved();
        revising = false;
        showHeader();
        showChecks();
        if (wasRevising) {
            showBody();
        }
        showEvidence();
        return true;
    }

    private void preview() {
        if (editor.isDirty() && !save()) {
            return;
        }
        try {
            Html document = new Html(ContractRendering.forWebPage(contracts.preview(id, tenant.get())));
            ContractPreviewDialog.open(document, client.name());
        } catch (DomainException e) {
            Notices.error(e.getMessage());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    private void send() {
        if (editor.isDirty() && !save()) {
            return;
        }
        String to = client.email();
        Confirm.ask("Send to " + to + "?", "Becflow emails " + client.name() + " a personal link to read and sign "
                + "this contract. What they get is fixed as in the preview; changing it afterwards makes a new "
                + "revision and the link stops working.", "Send", "contract-send-confirm", false, () -> {
                    if (Notices.attempt(() -> contracts.send(id, tenant.get()))) {
                        Notices.success("On its way to " + to);
                        reload();
                    }
                });
    }

    private void confirmRevise() {
        Confirm.ask("Edit this sent contract?", "Editing makes revision " + (contract.revision() + 1) + ". Once you "
                + "save it, the link " + contract.sentTo() + " has stops working and the document they saw is kept as "
                + "evidence; you then send the new revision. Nothing changes until you save.", "Edit",
                "contract-revise-confirm", false, () -> {
                    revising = true;
                    showBody();
                });
    }

    private void resend() {
        if (Notices.attempt(() -> contracts.resend(id, tenant.get()))) {
            Notices.success("A fresh link is on its way to " + contract.sentTo() + "; the earlier link no longer works");
            reload();
        }
    }

    private Button voidButton(ContractStatus now) {
        Button voidIt = button(now == ContractStatus.DRAFT ? "Void draft" : "Void", "contract-void", e ->
                Confirm.ask("Void \"" + contract.title() + "\"?", "A voided contract cannot be signed, sent or "
                        + "edited again" + (now.awaitsClient() ? ", and the client's link stops working" : "") + ".",
                        "Void", "contract-void-confirm", true, () -> {
                            if (Notices.attempt(() -> contracts.voidContract(id, tenant.get()))) {
                                Notices.success("Contract voided");
                                revising = false;
                                reload();
                            }
                        }));
        voidIt.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return voidIt;
    }

    private void countersign(CountersignForm form, SignContract command) {
        SignatureContext where = WorkspaceSignatureContext.ofCurrentRequest();
        if (Notices.attempt(() -> contracts.countersign(id, command, where, tenant.get()), form::showErrors)) {
            Notices.success("Countersigned: the signed PDF and the audit certificate are ready");
            reload();
        }
    }

    private Button button(String text, String id, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(text, listener);
        button.setId(id);
        button.setEnabled(writable);
        return button;
    }
}
