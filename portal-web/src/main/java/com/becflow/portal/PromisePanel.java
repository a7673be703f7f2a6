package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.reminders.app.ClientPromises;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * "Need a few more days?" on an open invoice: the client names the day they will pay by, and reminders wait until it
 * has passed. A promise that holds is said in words, and can be moved to another day.
 */
final class PromisePanel {

    /** Records the promise; a refusal is put on {@code day} as its error, and {@code button} enabled again. */
    interface Promise {
        void promise(DatePicker day, Button button);
    }

    private PromisePanel() {
    }

    static Component of(ClientPromises.Standing standing, String freelancerName, Promise action) {
        H2 title = new H2("Need a few more days?");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("promise-panel");
        Paragraph say = new Paragraph(standing.promisedFor()
                .map(day -> "You said you will pay by " + DAY.format(day) + ". " + freelancerName + " knows, and no"
                        + " reminders come until that day has passed. You can name another day.")
                .orElse("Tell " + freelancerName + " when you will pay. No reminders come until that day has passed."));
        say.setId("promise-status");
        DatePicker day = new DatePicker("I will pay by");
        day.setId("promise-day");
        // Written as 2027-03-12 wherever the client is: 03/12 reads as two different days on two continents.
        day.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        day.setMin(standing.today());
        day.setMax(standing.latest());
        day.setValue(standing.promisedFor().orElse(null));
        day.setHelperText("Up to " + DAY.format(standing.latest()));
        Button promise = new Button(standing.promisedFor().isPresent() ? "Change the day" : "Promise to pay by then");
        promise.setId("promise-pay");
        promise.setDisableOnClick(true);
        promise.addClickListener(e -> action.promise(day, promise));
        FlexLayout row = new FlexLayout(day, promise);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        panel.add(say, row);
        return panel;
    }
}
