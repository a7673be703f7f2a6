package com.becflow.db.portal;

import com.becflow.shared.documents.DocumentFingerprint;
import com.becflow.shared.documents.DocumentFingerprints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaDocumentFingerprints implements DocumentFingerprints {

    @PersistenceContext(unitName = "becflow")
    EntityManager em;

    @Override
    public void add(DocumentFingerprint fingerprint) {
        em.persist(fingerprint);
    }

    @Override
    public Optional<DocumentFingerprint> find(String sha256) {
        return Optional.ofNullable(em.find(DocumentFingerprint.class, sha256));
    }
}
