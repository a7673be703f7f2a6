package com.becflow.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.invoicing.InvoiceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final ReminderSettings STANDARD = new ReminderSettings(null, BusinessHours.STANDARD);

    private static RemindableInvoice invoice(ReminderChannel channel) {
        return new RemindableInvoice(InvoiceId.newId(), ClientId.newId(), DUE,
                ZonedDateTime.of(DUE.minusDays(30), LocalTime.NOON, TOKYO).toInstant(), TOKYO, channel, ReminderHold.NONE,
                Set.of());
    }

    private static Instant dueDayAt(int hour) {
        return ZonedDateTime.of(DUE, LocalTime.of(hour, 0), TOKYO).toInstant();
    }

    @Test
    void aClientsOwnPolicyWinsOverTheTenantsAndAClientWhoWantsNoneGetsNone() {
        ClientReminders own = new ClientReminders(new ReminderPolicy(List.of(ReminderStep.email(5, ReminderTone.FIRM)),
                null), false);

        assertThat(ReminderRules.next(STANDARD, null, invoice(ReminderChannel.EMAIL), dueDayAt(10))).get()
                .extracting(p -> p.occurrence().key()).isEqualTo("D+0");
        assertThat(ReminderRules.next(STANDARD, own, invoice(ReminderChannel.EMAIL), dueDayAt(10))).get()
                .extracting(p -> p.occurrence().key()).isEqualTo("D+5");
        assertThat(ReminderRules.next(STANDARD, new ClientReminders(null, true), invoice(ReminderChannel.EMAIL),
                dueDayAt(10))).isEmpty();
        assertThat(ReminderRules.next(STANDARD, null, invoice(ReminderChannel.NONE), dueDayAt(10))).isEmpty();
    }

    @Test
    void anInvoiceAutopayChargesGetsNoReminderUnlessTheFreelancerSendsOneNow() {
        RemindableInvoice byHand = invoice(ReminderChannel.EMAIL);
        RemindableInvoice charged = new RemindableInvoice(byHand.id(), byHand.client(), DUE, byHand.issuedAt(), TOKYO,
                ReminderChannel.EMAIL, ReminderHold.NONE, Set.of(), true, false);

        assertThat(ReminderRules.next(STANDARD, null, byHand, dueDayAt(10))).isPresent();
        assertThat(ReminderRules.next(STANDARD, null, charged, dueDayAt(10))).isEmpty();
        assertThat(ReminderRules.next(STANDARD, null, charged, dueDayAt(10).plus(java.time.Duration.ofDays(30))))
                .as("not after the due day either: declined charges are retried and the client told").isEmpty();
        assertThat(ReminderRules.nextIgnoringHolds(STANDARD, null, charged, dueDayAt(10))).get()
                .extracting(p -> p.occurrence().key()).isEqualTo("D+0");
    }

    @Test
    void anInvoiceTheClientDisputesWhollyGetsNoReminderUntilTheDisputeIsAnswered() {
        RemindableInvoice byHand = invoice(ReminderChannel.EMAIL);
        RemindableInvoice disputed = new RemindableInvoice(byHand.id(), byHand.client(), DUE, byHand.issuedAt(), TOKYO,
                ReminderChannel.EMAIL, ReminderHold.NONE, Set.of(), false, true);

        assertThat(ReminderRules.next(STANDARD, null, disputed, dueDayAt(10))).isEmpty();
        assertThat(ReminderRules.next(STANDARD, null, disputed, dueDayAt(10).plus(java.time.Duration.ofDays(60))))
                .isEmpty();
        assertThat(ReminderRules.nextIgnoringHolds(STANDARD, null, disputed, dueDayAt(10))).isPresent();
    }

    @Test
    void theTenantsHoursAreReadOnTheClientsClock() {
        ReminderSettings early = new ReminderSettings(null, new BusinessHours(LocalTime.of(7, 0), LocalTime.of(12, 0)));

        assertThat(ReminderRules.next(early, null, invoice(ReminderChannel.EMAIL), dueDayAt(13))).get()
                .extracting(ReminderSchedule.Planned::at)
                .isEqualTo(ZonedDateTime.of(DUE.plusDays(1), LocalTime.of(7, 0), TOKYO).toInstant());
    }

    @Test
    void aClientWhoPrefersACallGetsACallTaskAndOneWhoPrefersTextsGetsTexts() {
        assertThat(ReminderRules.medium(ReminderMedium.EMAIL, ReminderChannel.PHONE_CALL)).isEqualTo(ReminderMedium.PHONE_CALL);
        assertThat(ReminderRules.medium(ReminderMedium.EMAIL, ReminderChannel.SMS)).isEqualTo(ReminderMedium.SMS);
        assertThat(ReminderRules.medium(ReminderMedium.PHONE_CALL, ReminderChannel.SMS))
                .isEqualTo(ReminderMedium.PHONE_CALL);
        assertThat(ReminderRules.medium(ReminderMedium.SMS, ReminderChannel.EMAIL)).isEqualTo(ReminderMedium.SMS);
    }

    @Test
    void noReminderOfAnyPolicyComesBeforeTheMomentTheAgendaNotesAtIssue() {
        RemindableInvoice invoice = invoice(ReminderChannel.EMAIL);
        Instant earliest = ReminderRules.earliestPossible(DUE, invoice.issuedOn());
        ReminderPolicy earliestPolicy = new ReminderPolicy(List.of(ReminderStep.email(ReminderPolicy.MIN_OFFSET,
                ReminderTone.FRIENDLY), ReminderStep.email(-29, ReminderTone.FRIENDLY)), null);
        ReminderSettings settings = new ReminderSettings(earliestPolicy, new BusinessHours(LocalTime.MIDNIGHT,
                LocalTime.of(23, 0)));

        assertThat(ReminderRules.next(settings, null, invoice, invoice.issuedAt()).orElseThrow().at())
                .isAfterOrEqualTo(earliest);
    }
}
