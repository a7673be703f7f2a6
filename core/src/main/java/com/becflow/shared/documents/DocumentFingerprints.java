package com.becflow.shared.documents;

import java.util.Optional;

public interface DocumentFingerprints {

    void add(DocumentFingerprint fingerprint);

    Optional<DocumentFingerprint> find(String sha256);
}
