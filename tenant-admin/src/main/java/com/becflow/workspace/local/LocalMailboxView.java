package com.becflow.workspace.local;

import com.becflow.workspace.security.CurrentUser;
import com.becflow.workspace.security.PublicPage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * Only when running locally: every mail Becflow sent to an address, as the local SMTP server received it.
 * Lets someone trying Becflow follow the links in its emails without a real mail account.
 */
@Route("local/mailbox")
@PageTitle("Local mailbox | Becflow")
@PublicPage
public class LocalMailboxView extends VerticalLayout implements BeforeEnterObserver {

    private final LocalMode localMode;
    private final LocalMailbox mailbox;
    private final EmailField address = new EmailField("Address");
    private final Grid<LocalMailbox.ReceivedMail> mails = new Grid<>();
    private final IFrame looks = new IFrame();
    private final Pre body = new Pre();
    private final Paragraph status = new Paragraph();
    private int shown = -1;
    private com.vaadin.flow.shared.Registration polling;

    @Inject
    public LocalMailboxView(LocalMode localMode, LocalMailbox mailbox) {
        this.localMode = localMode;
        this.mailbox = mailbox;
        address.setId("mailbox-address");
        address.setWidth("320px");
        Button open = new Button("Open mailbox", e -> {
            shown = -1;
            refresh();
        });
        open.setId("open-mailbox");
        mails.addColumn(LocalMailbox.ReceivedMail::received).setHeader("Received").setAutoWidth(true);
        mails.addColumn(LocalMailbox.ReceivedMail::from).setHeader("From").setAutoWidth(true);
        mails.addColumn(LocalMailbox.ReceivedMail::subject).setHeader("Subject").setFlexGrow(1);
        mails.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        looks.setId("mail-html");
        looks.setWidthFull();
        looks.setHeight("560px");
        // Shown as the client's mail program would: nothing in it may run, and its links open in a tab of their own.
        looks.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
        looks.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        looks.setVisible(false);
        body.setId("mail-text");
        mails.setHeight("320px");
        body.getStyle().set("white-space", "pre-wrap");
        HorizontalLayout bar = new HorizontalLayout(address, open);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2("Local mailbox"), new Paragraph("Mail that Becflow sent while running locally. "
                + "Nothing here leaves this machine."), bar, status, mails, looks, body);
    }

    private void show(LocalMailbox.ReceivedMail mail) {
        body.setText(mail == null ? "" : (mail.replyTo() == null ? "" : "Reply-To: " + mail.replyTo() + "\n\n")
                + mail.text());
        looks.setVisible(mail != null && mail.html() != null);
        looks.setSrcdoc(mail == null || mail.html() == null ? ""
                : mail.html().replaceFirst("(?i)<head>", "<head><base target=\"_blank\">"));
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        // Mail is sent by background jobs, seconds after the action: keep looking while the page is open.
        event.getUI().setPollInterval(2000);
        polling = event.getUI().addPollListener(poll -> {
            if (!address.isEmpty()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!localMode.enabled()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String to = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("to", java.util.List.of()).stream().findFirst()
                .orElse(CurrentUser.get().map(u -> u.email()).orElse(""));
        address.setValue(to == null ? "" : to);
        shown = -1;
        if (!address.isEmpty()) {
            refresh();
        }
    }

    private void refresh() {
        try {
            var inbox = mailbox.inbox(address.getValue().trim());
            if (inbox.size() == shown) {
                return;
            }
            shown = inbox.size();
            mails.setItems(inbox);
            status.setText(inbox.size() + (inbox.size() == 1 ? " mail" : " mails") + " for " + address.getValue());
        } catch (IllegalStateException e) {
            status.setText(e.getMessage());
        }
    }
}
