package com.becflow.shared.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Anyone's check of a file: was it issued by Becflow exactly as it is? */
@ApplicationScoped
@Transactional
public class DocumentVerification {

    private final DocumentFingerprints fingerprints;

    @Inject
    public DocumentVerification(DocumentFingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    protected DocumentVerification() {
        this(null);
    }

    /** The issued document these exact bytes are, or empty when they were not issued or were altered. */
    public Optional<DocumentFingerprint> verify(byte[] file) {
        return verifySha256(Sha256.hex(file));
    }

    /** The issued document with this SHA-256 (lower-case hex), for a file hashed as it streamed in. */
    public Optional<DocumentFingerprint> verifySha256(String sha256) {
        return fingerprints.find(sha256);
    }
}
