package com.becflow.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;

/**
 * The frame of every portal page: the Becflow brand top-left and one narrow centred column, so a client
 * reading a contract on a phone or a wide screen sees the same calm page. Styled with Lumo's own custom
 * properties only (no theme of our own).
 */
public class PortalLayout extends Div implements RouterLayout {

    /** How a notice reads: good news, a refusal or closed door, or plain information. */
    public enum Tone {
        SUCCESS("--lumo-success-color-10pct", "--lumo-success-color-50pct", "--lumo-success-text-color"),
        ERROR("--lumo-error-color-10pct", "--lumo-error-color-50pct", "--lumo-error-text-color"),
        NEUTRAL("--lumo-base-color", "--lumo-contrast-20pct", "--lumo-body-text-color");

        private final String background;
        private final String border;
        private final String text;

        Tone(String background, String border, String text) {
            this.background = background;
            this.border = border;
            this.text = text;
        }
    }

    private final Main content = new Main();

    public PortalLayout() {
        getStyle().set("min-height", "100vh").set("box-sizing", "border-box")
                .set("background", "var(--lumo-contrast-5pct)");
        Span brand = new Span("Becflow");
        brand.setId("portal-brand");
        brand.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)")
                .set("font-size", "var(--lumo-font-size-l)");
        Header header = new Header(brand);
        header.getStyle().set("padding", "var(--lumo-space-m) 0");
        Div column = new Div(header, content);
        column.getStyle().set("max-width", "52rem").set("margin", "0 auto")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-xl) var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        add(column);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldView) {
        content.getElement().removeAllChildren();
    }

    /** A white card with a subtle border, for the document and the panels around it. */
    public static Div card(Component... children) {
        Div card = new Div(children);
        card.getStyle().set("background", "var(--lumo-base-color)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)")
                // Less of a phone's narrow width goes to padding.
                .set("padding", "min(var(--lumo-space-l), 4vw)")
                .set("box-sizing", "border-box").set("width", "100%").set("max-width", "100%")
                .set("overflow-x", "auto").set("overflow-wrap", "anywhere");
        return card;
    }

    /**
     * A link inside a sentence, underlined: told apart from the words around it by more than its colour, which is
     * too close to grey text for some eyes (WCAG 1.4.1).
     */
    public static <T extends Component> T inTextLink(T link) {
        link.getElement().getStyle().set("text-decoration", "underline");
        return link;
    }

    /** A tinted panel for a verdict or a state the reader must notice. */
    public static Div notice(Tone tone, Component... children) {
        Div notice = new Div(children);
        notice.getStyle().set("background", "var(" + tone.background + ")")
                .set("border", "1px solid var(" + tone.border + ")")
                .set("color", "var(" + tone.text + ")")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("box-sizing", "border-box").set("width", "100%")
                .set("overflow-wrap", "anywhere");
        return notice;
    }
}
