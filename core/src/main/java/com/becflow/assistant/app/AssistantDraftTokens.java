package com.becflow.assistant.app;

import com.becflow.assistant.DraftProvenance;
import com.becflow.contracts.InvalidContract;
import com.becflow.shared.crypto.SealBroken;
import com.becflow.shared.crypto.SecretSeal;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A draft's provenance, sealed for its tenant, handed out with the draft and handed back when the freelancer
 * saves it. So the history's "drafted by the assistant" line is the server's own word, not the caller's, and a
 * token from another workspace opens nowhere else.
 */
@ApplicationScoped
public class AssistantDraftTokens {

    private final SecretSeal seal;

    @Inject
    public AssistantDraftTokens(SecretSeal seal) {
        this.seal = seal;
    }

    protected AssistantDraftTokens() {
        this(null);
    }

    public String issue(DraftProvenance provenance, TenantContext ctx) {
        String made = provenance.label();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                seal.seal(made.getBytes(StandardCharsets.UTF_8), context(ctx)));
    }

    /** How the draft was made, as sealed; a token that does not open for this tenant is a field error. */
    public String open(String token, TenantContext ctx) {
        try {
            return new String(seal.open(Base64.getUrlDecoder().decode(token), context(ctx)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | SealBroken e) {
            throw new InvalidContract(Map.of("draftToken", "Not a draft token of this workspace"));
        }
    }

    private static byte[] context(TenantContext ctx) {
        return ("assistant-draft:" + ctx.tenant()).getBytes(StandardCharsets.UTF_8);
    }
}
