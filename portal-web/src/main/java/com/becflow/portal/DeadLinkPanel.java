package com.becflow.portal;

import com.becflow.shared.error.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The same neutral page for every link that opens nothing, whatever the reason, so a stranger learns nothing
 * about whose it was; only an expired link offers to email a fresh one (to the address it went to).
 */
final class DeadLinkPanel {

    private static final Logger LOG = Logger.getLogger(DeadLinkPanel.class.getName());

    private DeadLinkPanel() {
    }

    /**
     * @param renew      asks for a fresh link; whatever it throws, the page answers the same
     * @param whatIsOpen "this contract", "this invoice": how the answer names the document
     */
    static Div of(boolean renewable, Runnable renew, String whatIsOpen) {
        H1 heading = new H1(renewable ? "This link has expired."
                : "This link does not open anything. It may have been replaced by a newer one.");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Div page = PortalLayout.card(heading);
        page.setId("link-not-found");
        if (renewable) {
            page.add(new Paragraph("Personal links stop working after a while to keep your documents safe. We can "
                    + "email a fresh link to the address this one was sent to."));
            Button button = new Button("Email me a fresh link");
            button.setId("renew-link");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setDisableOnClick(true);
            button.addClickListener(e -> {
                try {
                    renew.run();
                } catch (DomainException ex) {
                    // The answer below is the same whatever happened, so that it tells a stranger nothing.
                } catch (RuntimeException ex) {
                    LOG.log(Level.WARNING, "Sending a fresh portal link failed", ex);
                }
                button.setVisible(false);
                Paragraph sent = new Paragraph("If " + whatIsOpen + " is still open, a fresh link is on its way to the "
                        + "address it was sent to.");
                sent.setId("renew-sent");
                page.add(sent);
            });
            page.add(button);
        } else {
            page.add(new Paragraph("If you received a newer email about this, use the link in that one. Otherwise, "
                    + "ask the person who sent it for a new link."));
        }
        return page;
    }
}
