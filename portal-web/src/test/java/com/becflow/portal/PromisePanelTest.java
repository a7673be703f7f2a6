package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.reminders.app.ClientPromises;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The promise panel without a browser: the days it lets the client name, what it says, and what its button does. */
class PromisePanelTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final List<LocalDate> promised = new ArrayList<>();

    @Test
    void theClientNamesADayFromTodayToThirtyDaysAheadAndTheButtonPromisesIt() {
        Component panel = PromisePanel.of(new ClientPromises.Standing(TODAY, TODAY.plusDays(30), Optional.empty()),
                "Ada Studio", (day, button) -> promised.add(day.getValue()));
        DatePicker day = (DatePicker) find(panel, "promise-day").orElseThrow();

        assertThat(text(panel, "promise-status")).isEqualTo("Tell Ada Studio when you will pay. No reminders come until"
                + " that day has passed.");
        assertThat(day.getMin()).isEqualTo(TODAY);
        assertThat(day.getMax()).isEqualTo(TODAY.plusDays(30));
        day.setValue(TODAY.plusDays(12));
        ((Button) find(panel, "promise-pay").orElseThrow()).click();

        assertThat(promised).containsExactly(TODAY.plusDays(12));
    }

    @Test
    void aPromiseThatHoldsIsSaidInWordsAndCanBeMoved() {
        Component panel = PromisePanel.of(new ClientPromises.Standing(TODAY, TODAY.plusDays(30),
                Optional.of(TODAY.plusDays(9))), "Ada Studio", (day, button) -> promised.add(day.getValue()));

        assertThat(text(panel, "promise-status")).isEqualTo("You said you will pay by 10 March 2027. Ada Studio knows,"
                + " and no reminders come until that day has passed. You can name another day.");
        assertThat(((DatePicker) find(panel, "promise-day").orElseThrow()).getValue()).isEqualTo(TODAY.plusDays(9));
        assertThat(((Button) find(panel, "promise-pay").orElseThrow()).getText()).isEqualTo("Change the day");
    }

    private static String text(Component root, String id) {
        return find(root, id).orElseThrow().getElement().getText();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
