package com.becflow.portal;

import com.becflow.feedback.app.ClientFeedback;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The feedback form of a settled engagement, behind the link its request mail carried. */
@Route(value = "feedback/:token", layout = PortalLayout.class)
@PageTitle("Feedback | Becflow")
public class FeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientFeedback feedback;
    private final PortalLimits limits;
    private String token = "";

    @Inject
    public FeedbackView(ClientFeedback feedback, PortalLimits limits) {
        this.feedback = feedback;
        this.limits = limits;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (limits.admitPage(token, this)) {
            load();
        }
    }

    private void load() {
        removeAll();
        try {
            add(FeedbackPanel.of(feedback.standing(token), this::answer));
        } catch (PortalLinkNotFound e) {
            removeAll();
            add(DeadLinkPanel.of(false, () -> { }, "this form"));
        }
    }

    private void answer(Integer work, Integer billing, String comment) {
        if (!limits.admitPage(token, this)) {
            return;
        }
        try {
            feedback.answer(token, work, billing, comment);
            load();
        } catch (PortalLinkNotFound e) {
            removeAll();
            add(DeadLinkPanel.of(false, () -> { }, "this form"));
        }
    }
}
