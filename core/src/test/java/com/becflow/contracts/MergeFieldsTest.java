package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeFieldsTest {

    @Test
    void aTextWithKnownClosedFieldsHasNoProblem() {
        assertThat(MergeFields.problem("Dear {{client.name}}, this is about {{project.name}}.")).isEmpty();
        assertThat(MergeFields.problem("No fields at all.")).isEmpty();
    }

    @Test
    void anUnknownFieldIsNamedInTheMessage() {
        assertThat(MergeFields.problem("Dear {{client.nmae}},")).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Unknown merge field {{client.nmae}};").contains("client.name", "project.start_date"));
    }

    @Test
    void severalUnknownFieldsAreAllNamedOnce() {
        assertThat(MergeFields.problem("{{client.nmae}} {{fee}} {{client.nmae}}")).hasValueSatisfying(message ->
                assertThat(message).startsWith("Unknown merge fields [{{client.nmae}}, {{fee}}];"));
    }

    @Test
    void anUnclosedFieldIsRefused() {
        assertThat(MergeFields.problem("Dear {{client.name, welcome")).hasValue(
                "A merge field is not closed: write it as {{client.name}}");
        assertThat(MergeFields.problem("Dear {{client.name} and {{project.name}}")).hasValue(
                "A merge field is not closed: write it as {{client.name}}");
        assertThat(MergeFields.problem("Dear client.name}}")).isPresent();
    }

    @Test
    void spacesInsideTheBracesAreAllowed() {
        assertThat(MergeFields.problem("Dear {{ client.name }} and {{project.name  }}")).isEmpty();
        assertThat(MergeFields.fill("Dear {{ client.name }}", Map.of(MergeField.CLIENT_NAME, "Ada"))).isEqualTo("Dear Ada");
    }

    @Test
    void fillingReplacesEveryOccurrence() {
        String filled = MergeFields.fill("{{client.name}} signs {{project.name}}; {{client.name}} pays.",
                Map.of(MergeField.CLIENT_NAME, "Ada", MergeField.PROJECT_NAME, "Engine"));
        assertThat(filled).isEqualTo("Ada signs Engine; Ada pays.");
    }

    @Test
    void aFieldWithoutAValueIsLeftBlank() {
        assertThat(MergeFields.fill("[{{client.address}}]", Map.of())).isEqualTo("[]");
    }

    @Test
    void dollarsAndBackslashesInValuesAreKeptAsTheyAre() {
        String filled = MergeFields.fill("{{client.company}} owes {{project.fee}}",
                Map.of(MergeField.CLIENT_COMPANY, "C:\\Users\\$1 Ltd", MergeField.PROJECT_FEE, "$0 and ${x} \\1"));
        assertThat(filled).isEqualTo("C:\\Users\\$1 Ltd owes $0 and ${x} \\1");
    }
}
