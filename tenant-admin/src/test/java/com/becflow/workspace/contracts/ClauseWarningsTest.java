package com.becflow.workspace.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.checks.ClauseWarning;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClauseWarningsTest {

    @Test
    void eachWarningNamesItsClauseWhyAndItsSourceAndNoneHidesThePanel() {
        ClauseWarnings panel = new ClauseWarnings();
        panel.show(List.of(
                new ClauseWarning("terms.lateFee.percentPerPeriod", "contract.check.late-fee-above-legal-maximum",
                        "2% every 30 days is 24.33% a year", "Tex. Fin. Code § 303.009(a)"),
                new ClauseWarning("terms.ipTransfer", "contract.check.ip-clause-missing", "Nobody owns the work", null)));

        assertThat(panel.isVisible()).isTrue();
        List<Component> items = panel.getChildren().toList();
        assertThat(items).hasSize(2);
        assertThat(text(items.get(0))).isEqualTo("Late fee: 2% every 30 days is 24.33% a year"
                + "Source: Tex. Fin. Code § 303.009(a)");
        assertThat(items.get(0).getElement().getAttribute("data-code")).isEqualTo("contract.check.late-fee-above-legal-maximum");
        assertThat(text(items.get(1))).isEqualTo("Intellectual property: Nobody owns the work");

        panel.show(List.of());
        assertThat(panel.isVisible()).isFalse();
        assertThat(panel.getChildren().count()).isZero();
    }

    private static String text(Component item) {
        return item.getChildren().map(c -> c instanceof Span s ? s.getText() : c instanceof Paragraph p ? p.getText() : "")
                .collect(Collectors.joining());
    }
}
