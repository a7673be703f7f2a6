package com.becflow.contracts.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.contracts.InvalidContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignContractTest {

    private static InvalidContract refusal(SignContract command) {
        return catchThrowableOfType(InvalidContract.class, command::checked);
    }

    @Test
    void consentAndANameGiveTheTypedName() {
        assertThat(new SignContract(true, "Ada Lovelace").checked()).isEqualTo("Ada Lovelace");
    }

    @ParameterizedTest(name = "consent {0} is refused")
    @NullSource
    @ValueSource(booleans = false)
    void withoutConsentNothingIsSigned(Boolean consent) {
        InvalidContract error = refusal(new SignContract(consent, "Ada Lovelace"));
        assertThat(error.fieldErrors()).containsOnlyKeys("consent");
        assertThat(error.code().status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "name \"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t\n \r", "\u2003", "12345", "1 2 3", "--", "..."})
    void aNameWithoutLettersIsRefused(String name) {
        assertThat(refusal(new SignContract(true, name)).fieldErrors()).containsOnlyKeys("fullName");
    }

    @Test
    void bothProblemsAreReportedAtOnce() {
        assertThat(refusal(new SignContract(false, "  ")).fieldErrors()).containsOnlyKeys("consent", "fullName");
        assertThat(refusal(new SignContract(null, "42")).fieldErrors()).containsOnlyKeys("consent", "fullName");
    }

    @Test
    void whitespaceInsideTheNameIsCollapsedAndAroundItTrimmed() {
        assertThat(new SignContract(true, "  Ada \t  Augusta\n\nLovelace  ").checked()).isEqualTo("Ada Augusta Lovelace");
    }

    @Test
    void namesOutsideTheLatinAlphabetAreLetters() {
        assertThat(new SignContract(true, "山田 太郎").checked()).isEqualTo("山田 太郎");
        assertThat(new SignContract(true, "Zoë O'Brien-Łukasiewicz").checked()).isEqualTo("Zoë O'Brien-Łukasiewicz");
    }

    @Test
    void aNameOfAtMostTwoHundredCharactersIsAccepted() {
        assertThat(new SignContract(true, "a".repeat(200)).checked()).hasSize(200);
        assertThat(new SignContract(true, "a".repeat(100) + " ".repeat(50) + "b".repeat(99)).checked()).hasSize(200);
    }

    @Test
    void aNameOfTwoHundredAndOneCharactersIsRefused() {
        InvalidContract error = refusal(new SignContract(true, "a".repeat(201)));
        assertThat(error.fieldErrors()).containsOnlyKeys("fullName");
        assertThat(error.fieldErrors().get("fullName")).isEqualTo("At most 200 characters");
    }
}
