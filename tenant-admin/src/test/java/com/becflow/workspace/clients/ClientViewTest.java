package com.becflow.workspace.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.app.ThankYouGrants.ClientDiscount;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The client page's line on the thank-you discount waiting for the client's next invoice. */
class ClientViewTest {

    private static final ClientId CLIENT = ClientId.newId();

    @Test
    void theOpenDiscountsShowOldestFirstAndUsedOrExpiredOnesDoNot() {
        ClientDiscount older = discount("INV-2027-0003", "5.00", "2027-01-04T10:00:00Z", LocalDate.of(2027, 4, 4), true);
        ClientDiscount newer = discount("INV-2027-0007", "2.5", "2027-02-01T10:00:00Z", LocalDate.of(2027, 5, 2), true);
        ClientDiscount spent = discount("INV-2026-0042", "10", "2026-11-01T10:00:00Z", LocalDate.of(2027, 1, 30), false);

        assertThat(((Paragraph) ClientView.thankYou(List.of(newer, spent, older))).getText()).isEqualTo(
                "Thank-you discount: 5% off the next invoice, until 4 April 2027, for paying INV-2027-0003 on time; then"
                        + " 2.5% off the next invoice, until 2 May 2027, for paying INV-2027-0007 on time.");
        assertThat(((Paragraph) ClientView.thankYou(List.of(spent))).getText()).isEqualTo("No thank-you discount open.");
    }

    private static ClientDiscount discount(String thanked, String percent, String grantedAt, LocalDate expiresOn,
                                           boolean open) {
        return new ClientDiscount(ThankYouDiscount.restore(UUID.randomUUID(), CLIENT, InvoiceId.newId(), thanked,
                new BigDecimal(percent), Instant.parse(grantedAt), expiresOn, open ? null : InvoiceId.newId(),
                open ? null : Instant.parse(grantedAt)), open);
    }
}
