package com.becflow.portal.api;

import com.becflow.shared.documents.DocumentVerification;
import com.becflow.shared.documents.Sha256;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** Anyone can send a PDF and learn whether Becflow issued exactly these bytes. */
@Path("verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    public record VerificationJson(boolean authentic, String sha256, String kind, String description, Instant issuedAt) {
    }

    @Inject
    DocumentVerification verification;

    /** The file is hashed as it streams in, never held: its size is bounded only by the server's cap on bodies. */
    @POST
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public VerificationJson verify(InputStream file) throws IOException {
        String sha256 = Sha256.hex(file == null ? InputStream.nullInputStream() : file);
        return verification.verifySha256(sha256)
                .map(f -> new VerificationJson(true, sha256, f.kind(), f.description(), f.issuedAt()))
                .orElse(new VerificationJson(false, sha256, null, null, null));
    }
}
