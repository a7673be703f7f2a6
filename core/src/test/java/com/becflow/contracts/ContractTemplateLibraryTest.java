package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.money.Money;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ContractTemplateLibraryTest {

    private static final Parties PARTIES = new Parties("Studio O'Neill & Co", "hello@oneill.test", "Ada <Lovelace>",
            "Analytical \"Engines\" Ltd", "ada@engines.test", "12 St James's Square, London");

    private final List<TemplateContent> defaults = ContractTemplateLibrary.defaults();

    @Test
    void thereIsOneTemplatePerTradeWithTheRightCategory() {
        Map<String, String> categories = defaults.stream()
                .collect(Collectors.toMap(TemplateContent::name, TemplateContent::category));
        assertThat(categories).containsOnly(
                Map.entry("Design project", "Design"),
                Map.entry("Writing and content", "Writing"),
                Map.entry("Consulting engagement", "Consulting"),
                Map.entry("Photography shoot", "Photography"),
                Map.entry("Ads management retainer", "Marketing"));
    }

    @Test
    void namesAreUnique() {
        assertThat(defaults).extracting(TemplateContent::name).doesNotHaveDuplicates();
    }

    @Test
    void everyDefaultPassesTheChecksATemplateSaveWouldMake() {
        for (TemplateContent template : defaults) {
            assertThat(template.problems()).as(template.name()).isEmpty();
        }
    }

    @Test
    void everyDefaultIsAlreadyNormalized() {
        for (TemplateContent template : defaults) {
            assertThat(template.normalized()).as(template.name()).isEqualTo(template);
        }
    }

    @Test
    void onlyConsultingAndAdsManagementNeedACountersignature() {
        assertThat(defaults).filteredOn(TemplateContent::countersignRequired).extracting(TemplateContent::name)
                .containsExactlyInAnyOrder("Consulting engagement", "Ads management retainer");
    }

    @Test
    void everyBodyAddressesTheClientAndNamesTheProject() {
        for (TemplateContent template : defaults) {
            assertThat(template.body()).as(template.name())
                    .contains(MergeField.CLIENT_NAME.placeholder(), MergeField.PROJECT_NAME.placeholder());
        }
    }

    @Test
    void everyBodyIsFiveToNineParagraphsUnderHeadings() {
        for (TemplateContent template : defaults) {
            List<String> blocks = Arrays.stream(template.body().split("\\R\\s*\\R")).map(String::strip).toList();
            assertThat(blocks.get(0)).as(template.name()).startsWith("# ");
            assertThat(blocks.stream().filter(b -> !b.startsWith("# ")).count()).as(template.name()).isBetween(5L, 9L);
        }
    }

    @Test
    void everyBodyCoversConfidentialityAndEndingAndClosesWithTheAgreement() {
        for (TemplateContent template : defaults) {
            assertThat(template.body()).as(template.name())
                    .containsIgnoringCase("confidential")
                    .containsPattern("(?m)^# .*(End|end)")
                    .endsWith("agree to this contract, including the Terms below. Sent on {{contract.date}}.");
        }
    }

    @Test
    void eachTradeGetsTheDepositPaymentTermAndOwnershipUsualForIt() {
        Map<String, ContractTerms> terms = defaults.stream()
                .collect(Collectors.toMap(TemplateContent::name, TemplateContent::terms));
        assertThat(terms.get("Design project").deposit().percent()).isEqualByComparingTo("50");
        assertThat(terms.get("Design project").payment().netDays()).isEqualTo(14);
        assertThat(terms.get("Design project").scope().revisionRounds()).isEqualTo(2);
        assertThat(terms.get("Design project").cancellation().ordered())
                .extracting(ContractTerms.CancellationTier::daysBeforeStart).containsExactly(30, 14, 7, 0);
        assertThat(terms.get("Writing and content").deposit().percent()).isEqualByComparingTo("30");
        assertThat(terms.get("Writing and content").earlyPaymentDiscount().withinDays()).isEqualTo(7);
        assertThat(terms.get("Consulting engagement").deposit()).isNull();
        assertThat(terms.get("Consulting engagement").payment().netDays()).isEqualTo(30);
        assertThat(terms.get("Consulting engagement").lateFee().flatAmount()).isEqualByComparingTo("40");
        assertThat(terms.get("Consulting engagement").ipTransfer().moment()).isEqualTo(ContractTerms.IpTransferMoment.ON_SIGNING);
        assertThat(terms.get("Photography shoot").deposit().percent()).isEqualByComparingTo("25");
        assertThat(terms.get("Photography shoot").ipTransfer().moment()).isEqualTo(ContractTerms.IpTransferMoment.ON_FULL_PAYMENT);
        assertThat(terms.get("Ads management retainer").payment().netDays()).isEqualTo(7);
        assertThat(terms.get("Ads management retainer").deposit().percent()).isEqualByComparingTo("100");
    }

    @Test
    void bodiesNameNoPriceAndNoCurrency() {
        for (TemplateContent template : defaults) {
            assertThat(template.body()).as(template.name())
                    .doesNotContainPattern("[$€£¥%]")
                    .doesNotContainPattern("\\b(EUR|USD|GBP|JPY|CHF)\\b")
                    .doesNotContainPattern("\\d+[.,]\\d{2}\\b");
        }
    }

    @Test
    void bodiesAreAsciiApartFromTypographicQuotesAndDashes() {
        for (TemplateContent template : defaults) {
            assertThat(template.body().chars().filter(c -> (c < 0x20 && c != '\n') || (c > 0x7e && "‘’“”–—".indexOf(c) < 0)))
                    .as(template.name()).isEmpty();
        }
    }

    @Test
    void everyDefaultRendersAsWellFormedXmlWithEveryMergeFieldFilled() throws Exception {
        for (TemplateContent template : defaults) {
            ContractContent content = new ContractContent(template.name() + ": Spring launch", "Spring launch",
                    LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30), Money.of("2400.00", "EUR"), template.body(),
                    template.terms(), template.countersignRequired(), 30);
            assertThat(content.problems()).as(template.name()).isEmpty();

            String fragment = ContractRendering.fragment(content, PARTIES, 1, LocalDate.of(2027, 2, 15));

            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(fragment)));
            assertThat(document.getDocumentElement().getTagName()).isEqualTo("article");
            assertThat(fragment).as(template.name()).doesNotContain("{{", "}}")
                    .contains("Ada &lt;Lovelace&gt;", "Spring launch", "Studio O&#39;Neill &amp; Co", "<h2>Terms</h2>");
            assertThat(document.getDocumentElement().getTextContent()).as(template.name())
                    .contains("Sent on 15 February 2027.");
        }
    }

    @Test
    void theTermsOfATemplateMentionNoCurrencyBeforeAContractGivesOne() {
        for (TemplateContent template : defaults) {
            assertThat(ClauseText.render(template.terms(), null, null)).as(template.name())
                    .extracting(ClauseText.Clause::text)
                    .noneMatch(text -> text.matches(".*\\b[A-Z]{3} \\d.*"));
        }
    }
}
