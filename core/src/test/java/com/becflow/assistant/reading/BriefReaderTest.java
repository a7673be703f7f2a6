package com.becflow.assistant.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.becflow.contracts.ContractTerms.IpTransferMoment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class BriefReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    @Test
    void theIssuesBakeryBriefIsReadFieldByField() {
        BriefFacts facts = BriefReader.read("Logo and brand guide for a bakery, 3,000 EUR, half upfront, starts 1 March, "
                + "two rounds of revisions, they keep the rights once paid", TODAY);
        assertEquals("Logo and brand guide for a bakery", facts.projectName().value());
        assertEquals(0, new BigDecimal("3000").compareTo(facts.fee().value()));
        assertEquals("EUR", facts.currency().value());
        assertEquals(0, new BigDecimal("50").compareTo(facts.depositPercent().value()));
        assertEquals("half upfront", facts.depositPercent().words());
        assertEquals(LocalDate.of(2027, 3, 1), facts.startDate().value());
        assertEquals(2, facts.revisionRounds().value());
        assertEquals(IpTransferMoment.ON_FULL_PAYMENT, facts.ipTransfer().value());
        assertNull(facts.netDays());
    }

    @Test
    void aGermanBriefWithDottedThousandsAndAnOrdinalDate() {
        BriefFacts facts = BriefReader.read("Website-Relaunch für eine Zahnarztpraxis, 4.500 €, 30 % Anzahlung, "
                + "ab 1. März, 6 Wochen, zahlbar innerhalb von 14 Tagen, zwei Korrekturschleifen, "
                + "Änderungen zu 85 € pro Stunde", TODAY);
        assertEquals(BriefLanguage.GERMAN, facts.language());
        assertEquals(0, new BigDecimal("4500").compareTo(facts.fee().value()));
        assertEquals("EUR", facts.currency().value());
        assertEquals(0, new BigDecimal("30").compareTo(facts.depositPercent().value()));
        assertEquals(LocalDate.of(2027, 3, 1), facts.startDate().value());
        assertEquals(Period.ofWeeks(6), facts.duration().value());
        assertEquals(14, facts.netDays().value());
        assertEquals(2, facts.revisionRounds().value());
        assertEquals(0, new BigDecimal("85").compareTo(facts.hourlyRate().value()));
    }

    @Test
    void aFrenchBriefWithSpacedThousandsAndALateFeePerMonth() {
        BriefFacts facts = BriefReader.read("Reportage photo pour un mariage, 2 500 CHF, acompte de 40 %, le 1er juin, "
                + "paiement à 30 jours, pénalités de retard de 1,5 % par mois, droits cédés après paiement complet", TODAY);
        assertEquals(BriefLanguage.FRENCH, facts.language());
        assertEquals(0, new BigDecimal("2500").compareTo(facts.fee().value()));
        assertEquals("CHF", facts.currency().value());
        assertEquals(0, new BigDecimal("40").compareTo(facts.depositPercent().value()));
        assertEquals(LocalDate.of(2027, 6, 1), facts.startDate().value());
        assertEquals(30, facts.netDays().value());
        assertEquals(0, new BigDecimal("1.5").compareTo(facts.lateFeePercent().value()));
        assertEquals(30, facts.lateFeePeriodDays().value());
        assertEquals(IpTransferMoment.ON_FULL_PAYMENT, facts.ipTransfer().value());
    }

    @Test
    void aSpanishBriefWithAnEarlyPaymentDiscountKeepsItsDaysApartFromTheNetDays() {
        BriefFacts facts = BriefReader.read("Campaña de anuncios para una tienda online, 1.200 USD al mes, desde el "
                + "1 de abril de 2027, pago a 30 días, 2% de descuento por pago en 10 días", TODAY);
        assertEquals(BriefLanguage.SPANISH, facts.language());
        assertEquals(0, new BigDecimal("1200").compareTo(facts.fee().value()));
        assertEquals("USD", facts.currency().value());
        assertEquals(LocalDate.of(2027, 4, 1), facts.startDate().value());
        assertEquals(30, facts.netDays().value());
        assertEquals(0, new BigDecimal("2").compareTo(facts.discountPercent().value()));
        assertEquals(10, facts.discountWithinDays().value());
    }

    @Test
    void aYenFeeAndAnIsoDateAndPaymentOnReceipt() {
        BriefFacts facts = BriefReader.read("Product photos for a tea shop, ¥250,000, from 2027-03-01 to 2027-03-05, "
                + "payment on receipt, rights transfer on signing", TODAY);
        assertEquals(0, new BigDecimal("250000").compareTo(facts.fee().value()));
        assertEquals("JPY", facts.currency().value());
        assertEquals(LocalDate.of(2027, 3, 1), facts.startDate().value());
        assertEquals(LocalDate.of(2027, 3, 5), facts.endDate().value());
        assertEquals(0, facts.netDays().value());
        assertEquals(IpTransferMoment.ON_SIGNING, facts.ipTransfer().value());
    }

    @Test
    void numbersReadTheWayEachLanguageWritesThem() {
        assertEquals(new BigDecimal("3000"), Numbers.parse("3,000"));
        assertEquals(new BigDecimal("3000"), Numbers.parse("3.000"));
        assertEquals(new BigDecimal("3000"), Numbers.parse("3 000"));
        assertEquals(new BigDecimal("1500.5"), Numbers.parse("1.500,50"));
        assertEquals(new BigDecimal("1500.5"), Numbers.parse("1,500.50"));
        assertEquals(new BigDecimal("1.5"), Numbers.parse("1,5"));
        assertEquals(new BigDecimal("3000"), Numbers.parse("3k"));
        assertEquals(new BigDecimal("3000"), Numbers.parse("3'000"));
    }

    @Test
    void aBriefInItalianIsRecognisedAsUnsupported() {
        assertEquals(BriefLanguage.ITALIAN, BriefLanguage.detect("Logo e manuale del marchio per un panificio, "
                + "3.000 EUR, metà in anticipo, inizio il 1 marzo, i diritti passano dopo il pagamento").orElseThrow());
        assertEquals(java.util.Optional.empty(), BriefLanguage.detect("ロゴとブランドガイド、30万円、半額前払い"));
    }

    private static String tiers(BriefFacts facts) {
        return facts.cancellation() == null ? null : facts.cancellation().value().stream()
                .map(t -> t.daysBeforeStart() + ":" + t.percentKept().stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining(","));
    }

    @Test
    void cancellationUpToSomeDaysBeforeThenAShareAfterThatAreTwoTiersAndThePaymentTermStaysAPaymentTerm() {
        BriefFacts facts = BriefReader.read("Logo for a bakery, 3,000 EUR, free cancellation up to 30 days before, "
                + "50% after that, payment within 14 days", TODAY);
        assertEquals("30:0,0:50", tiers(facts));
        assertEquals("free cancellation up to 30 days before, 50% after that", facts.cancellation().words());
        assertEquals(14, facts.netDays().value());
        assertNull(facts.depositPercent(), "the 50% is the cancellation's, not a deposit");
    }

    @Test
    void withinStagesApplyFromTheNextSmallerOneAndNothingIsKeptBeforeTheFirst() {
        BriefFacts facts = BriefReader.read("Wedding photography, 1,800 GBP, on 12 June, 50% if they cancel within "
                + "14 days, the full fee within 7 days, 25% deposit", TODAY);
        assertEquals("14:0,7:50,0:100", tiers(facts));
        assertEquals(0, new BigDecimal("25").compareTo(facts.depositPercent().value()));
    }

    @Test
    void cancellationTiersInGermanFrenchAndSpanish() {
        assertEquals("28:0,0:50", tiers(BriefReader.read("Hochzeitsfotos, 1.800 €, Storno bis 4 Wochen vorher "
                + "kostenlos, danach 50 %, Zahlungsziel 7 Tage", TODAY)));
        assertEquals("30:0,0:50", tiers(BriefReader.read("Séance photo, 900 €, annulation gratuite jusqu'à 30 jours "
                + "avant, 50 % ensuite", TODAY)));
        assertEquals("15:0,0:100", tiers(BriefReader.read("Sesión de fotos, 900 €, cancelación gratuita hasta 15 días "
                + "antes, después el 100%", TODAY)));
    }

    @Test
    void aBriefThatNamesNoCancellationShareLeavesTheTemplatesTiers() {
        assertNull(BriefReader.read("Logo for a bakery, 3,000 EUR, payment within 14 days", TODAY).cancellation());
        assertNull(BriefReader.read("Logo for a bakery, 3,000 EUR, cancellation as usual", TODAY).cancellation());
    }
}
