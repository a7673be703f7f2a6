package com.becflow.clients.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.clients.ClientDetails;
import com.becflow.clients.InvalidClient;
import com.becflow.clients.ReminderChannel;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ClientServiceRulesTest {

    private final TenantContext berlin = new TenantContext(TenantId.newId(), new UserId("ada"),
            ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), TenantAccess.FULL);

    private static SaveClient client(String currency, String zone, String language, String country, String channel) {
        return new SaveClient(" Acme Ltd ", "billing@acme.test", "", "1 Main St", null, "Leeds", "LS1", null,
                country, null, currency, zone, language, channel, null);
    }

    @Test
    void blankCurrencyZoneAndLanguageFallBackToTheTenantsOwn() {
        ClientDetails details = ClientService.details(client("", " ", null, null, null), berlin);
        assertThat(details.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(details.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(details.language().getLanguage()).isEqualTo("en");
        assertThat(details.reminderChannel()).isEqualTo(ReminderChannel.EMAIL);
        assertThat(details.name()).isEqualTo("Acme Ltd");
        assertThat(details.company()).isNull();
    }

    @Test
    void givenValuesAreNormalised() {
        ClientDetails details = ClientService.details(client("gbp", "Europe/London", "en-GB", "gb", "sms"), berlin);
        assertThat(details.currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(details.billingAddress().country()).isEqualTo("GB");
        assertThat(details.language().toLanguageTag()).isEqualTo("en-GB");
        assertThat(details.reminderChannel()).isEqualTo(ReminderChannel.SMS);
    }

    @Test
    void everyUnknownValueIsReportedOnItsOwnField() {
        InvalidClient error = catchThrowableOfType(InvalidClient.class,
                () -> ClientService.details(client("XXX", "Mars/Olympus", "??", "ZZ", "PIGEON"), berlin));
        assertThat(error.fieldErrors()).containsOnlyKeys("currency", "timeZone", "language", "country", "reminderChannel");
        assertThat(error.code().status()).isEqualTo(400);
    }
}
