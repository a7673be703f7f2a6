package com.becflow.shared.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class TenantIdTest {

    @Test
    void schemaNameIsFixedLengthLowerCaseAndSafeAsAnIdentifier() {
        TenantId id = TenantId.parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(id.schemaName()).isEqualTo("tenant_0f8fad5bd9cb469fa16570867728950e");
        assertThat(TenantId.newId().schemaName()).matches("tenant_[0-9a-f]{32}");
    }

    @Test
    void onlyCanonicalIdsAreAccepted() {
        assertThatThrownBy(() -> TenantId.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantId.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantId.parse("1-1-1-1-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantId.parse("x'; drop schema public; --")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadOnlyContextRefusesChanges() {
        TenantContext readOnly = new TenantContext(TenantId.newId(), new UserId("u"), ZoneId.of("UTC"),
                Currency.getInstance("EUR"), TenantAccess.READ_ONLY);
        assertThatThrownBy(readOnly::requireWritable).isInstanceOf(WorkspaceReadOnly.class);
        TenantContext full = new TenantContext(TenantId.newId(), new UserId("u"), ZoneId.of("UTC"),
                Currency.getInstance("EUR"), TenantAccess.FULL);
        full.requireWritable();
    }
}
