package com.becflow.portal;

import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.app.ClientFeedback;
import com.becflow.shared.error.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/**
 * "How did it go?": the client rates the work and the billing of a settled engagement from 1 to 5, with a comment if
 * they like, once; afterwards the page thanks them and shows what they said.
 */
final class FeedbackPanel {

    /** Sends the answer; a refusal is thrown back to be put on the fields it names. */
    interface Answer {
        void answer(Integer work, Integer billing, String comment);
    }

    private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

    private FeedbackPanel() {
    }

    static Component of(ClientFeedback.Standing standing, Answer action) {
        H1 heading = new H1("How did it go with " + standing.businessName() + "?");
        heading.setId("feedback-heading");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Div panel = PortalLayout.card(heading);
        panel.setId("feedback-panel");
        if (standing.answer().isPresent()) {
            EngagementFeedback.Answer a = standing.answer().get();
            Paragraph thanks = new Paragraph("Thank you! You rated the work " + a.work() + " of 5 and the billing "
                    + a.billing() + " of 5" + (a.comment() == null ? "." : ", and said: " + a.comment()));
            thanks.setId("feedback-thanks");
            panel.add(thanks);
            return panel;
        }
        Paragraph about = new Paragraph("About " + standing.engagement() + ". Two ratings, a comment if you like; "
                + standing.businessName() + " reads every answer.");
        RadioButtonGroup<Integer> work = rating("The work", null, "feedback-work");
        RadioButtonGroup<Integer> billing = rating("The billing", "Invoices, reminders, paying", "feedback-billing");
        TextArea comment = new TextArea("Anything to add?");
        comment.setId("feedback-comment");
        comment.setMaxLength(EngagementFeedback.COMMENT_LENGTH);
        comment.setWidthFull();
        Button send = new Button("Send my feedback");
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Map<String, HasValidation> fields = Map.of("workRating", work, "billingRating", billing, "comment", comment);
        send.addClickListener(e -> {
            PortalFieldErrors.clear(fields);
            try {
                action.answer(work.getValue(), billing.getValue(), comment.getValue());
            } catch (DomainException refusal) {
                PortalFieldErrors.show(refusal, fields);
                send.setEnabled(true);
            }
        });
        panel.add(about, work, billing, comment, send);
        return panel;
    }

    /** A field's label stays on one line, cut off where the field ends: what explains more goes under it. */
    private static RadioButtonGroup<Integer> rating(String label, String explained, String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label + " (1 poor, 5 excellent)");
        group.setId(id);
        if (explained != null) {
            group.setHelperText(explained);
        }
        group.setItems(RATINGS);
        group.setItemLabelGenerator(String::valueOf);
        return group;
    }
}
