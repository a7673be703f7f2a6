package com.becflow.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderTextsTest {

    private static ReminderFacts facts(Locale language, LocalDate today) {
        return new ReminderFacts("Acme Inc", "INV-0042", Money.of("1200.50", Currency.getInstance("EUR")),
                LocalDate.of(2026, 3, 15), today, "https://becflow.test/portal/invoice/abc", "Studio Berlin",
                "ada@studio.test", language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void everyBuiltInTextFillsEveryFieldItNamesAndCarriesThePayLink(String language) {
        for (ReminderOccurrence occurrence : ReminderPolicy.standard().occurrences()) {
            RenderedReminder mail = facts(Locale.forLanguageTag(language), LocalDate.of(2026, 3, 15)
                    .plusDays(occurrence.offsetDays())).write(occurrence);

            assertThat(mail.subject() + mail.body()).doesNotContain("{{").contains("INV-0042");
            assertThat(mail.body()).contains("https://becflow.test/portal/invoice/abc").contains("EUR 1,200.50")
                    .contains("Acme Inc").contains("Studio Berlin");
        }
    }

    @Test
    void theToneEscalatesFromANudgeToAFormalReminderAndCountsTheDaysOverdue() {
        ReminderFacts threeWeeksLate = facts(Locale.ENGLISH, LocalDate.of(2026, 4, 5));
        ReminderFacts onTheDay = facts(Locale.ENGLISH, LocalDate.of(2026, 3, 15));

        assertThat(onTheDay.write(ReminderPolicy.standard().occurrences().get(1)).subject())
                .isEqualTo("Invoice INV-0042 is due today");
        assertThat(threeWeeksLate.write(ReminderPolicy.standard().occurrences().get(3)).subject())
                .isEqualTo("Formal reminder: invoice INV-0042 overdue");
        assertThat(threeWeeksLate.write(ReminderPolicy.standard().occurrences().get(3)).body())
                .contains("21 days after the due date").contains("March 15, 2026");
    }

    @Test
    void aGermanClientReadsGermanWithAGermanDate() {
        RenderedReminder mail = facts(Locale.GERMAN, LocalDate.of(2026, 3, 22))
                .write(ReminderPolicy.standard().occurrences().get(2));

        assertThat(mail.subject()).isEqualTo("Zahlungserinnerung: Rechnung INV-0042 seit 7 Tagen überfällig");
        assertThat(mail.body()).contains("15. März 2026");
    }

    @Test
    void aLanguageWeDoNotWriteFallsBackToTheTenantsThenEnglish() {
        assertThat(StandardReminderTexts.languageFor(Locale.forLanguageTag("it"), Locale.FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(StandardReminderTexts.languageFor(Locale.forLanguageTag("es-MX"), Locale.FRENCH))
                .isEqualTo(Locale.forLanguageTag("es"));
        assertThat(StandardReminderTexts.languageFor(Locale.forLanguageTag("it"), null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aStepsOwnTemplateIsUsedAsWrittenWithItsFieldsFilled() {
        ReminderOccurrence own = new ReminderOccurrence(7, ReminderTone.FIRM, ReminderMedium.EMAIL,
                new ReminderTemplate("{{businessName}}: {{invoiceNumber}}", "{{clientName}}, {{daysOverdue}} days: {{payLink}}"),
                0);

        RenderedReminder mail = facts(Locale.GERMAN, LocalDate.of(2026, 3, 22)).write(own);

        assertThat(mail).isEqualTo(new RenderedReminder("Studio Berlin: INV-0042",
                "Acme Inc, 7 days: https://becflow.test/portal/invoice/abc"));
    }

    @Test
    void theClientsLanguagePicksTheOwnTranslationAnyOtherGetsTheOwnTextAsWrittenAndNoneTheBuiltIn() {
        ReminderTemplate main = new ReminderTemplate("Invoice {{invoiceNumber}}", "Please pay: {{payLink}}");
        ReminderTemplate german = new ReminderTemplate("Rechnung {{invoiceNumber}}", "Bitte zahlen bis {{dueDate}}: {{payLink}}");
        ReminderOccurrence own = new ReminderOccurrence(7, ReminderTone.FIRM, ReminderMedium.EMAIL, main,
                Map.of("de", german), 0);
        ReminderOccurrence builtIn = new ReminderOccurrence(7, ReminderTone.FIRM, ReminderMedium.EMAIL, null, 0);
        LocalDate weekLate = LocalDate.of(2026, 3, 22);

        assertThat(facts(Locale.GERMAN, weekLate).write(own)).isEqualTo(new RenderedReminder("Rechnung INV-0042",
                "Bitte zahlen bis 15. März 2026: https://becflow.test/portal/invoice/abc"));
        assertThat(facts(Locale.FRENCH, weekLate).write(own)).isEqualTo(new RenderedReminder("Invoice INV-0042",
                "Please pay: https://becflow.test/portal/invoice/abc"));
        assertThat(facts(Locale.FRENCH, weekLate).write(builtIn).subject())
                .isEqualTo("Relance : facture INV-0042 en retard de 7 jours");
    }
}
