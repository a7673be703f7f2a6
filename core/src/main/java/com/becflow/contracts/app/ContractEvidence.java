package com.becflow.contracts.app;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractDocument;
import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractRendering;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.Contracts;
import com.becflow.contracts.Parties;
import com.becflow.shared.documents.DocumentFingerprint;
import com.becflow.shared.documents.DocumentFingerprints;
import com.becflow.shared.documents.PdfRenderer;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Writes the evidence of a contract: log entries, signed PDF, audit certificate, public fingerprints. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContractEvidence {

    private final Contracts contracts;
    private final PdfRenderer pdf;
    private final DocumentFingerprints fingerprints;

    @Inject
    public ContractEvidence(Contracts contracts, PdfRenderer pdf, DocumentFingerprints fingerprints) {
        this.contracts = contracts;
        this.pdf = pdf;
        this.fingerprints = fingerprints;
    }

    protected ContractEvidence() {
        this(null, null, null);
    }

    public ContractEvent log(TenantId tenant, Contract contract, ContractEventType type, String actor, String detail,
                             Instant at) {
        List<ContractEvent> log = contracts.events(tenant, contract.id());
        ContractEvent event = ContractEvent.after(log.isEmpty() ? null : log.get(log.size() - 1), contract.id(), type,
                at, actor, detail);
        contracts.append(tenant, event);
        return event;
    }

    /**
     * Makes the signed PDF (the document as sent plus every signature so far, the new one last), then stores
     * the new signature with that PDF's hash; returns the PDF so the caller can log it before the certificate.
     */
    public ContractFile signedPdf(TenantId tenant, Contract contract, ContractDocument document,
                                  ContractSignature newest, Instant now) {
        List<ContractSignature> signatures = new java.util.ArrayList<>(
                contracts.signatures(tenant, contract.id(), contract.revision()));
        signatures.add(newest);
        byte[] bytes = pdf.render(ContractRendering.signedPdf(document.html(), document.sha256(), signatures));
        ContractFile file = new ContractFile(contract.id(), contract.revision(), ContractFileKind.SIGNED_CONTRACT, bytes, now);
        contracts.addFile(tenant, file);
        newest.signedPdf(file.sha256());
        contracts.addSignature(tenant, newest);
        fingerprints.add(new DocumentFingerprint(file.sha256(), tenant, ContractFileKind.SIGNED_CONTRACT.name(),
                contract.id().value(), "Signed contract \"" + contract.title() + "\" (revision " + contract.revision() + ")", now));
        return file;
    }

    /**
     * Logs an addendum to the signed contract (a payment plan the client accepted on one of its invoices) and issues
     * the audit certificate again, so the certificate a client or a court downloads next lists it.
     */
    public ContractEvent addendum(TenantId tenant, Contract contract, Parties parties, ContractEventType type,
                                  String actor, String detail, Instant now) {
        ContractEvent event = log(tenant, contract, type, actor, detail, now);
        contracts.document(tenant, contract.id(), contract.revision()).ifPresent(document ->
                contracts.latestFile(tenant, contract.id(), ContractFileKind.SIGNED_CONTRACT).ifPresent(signed ->
                        certificate(tenant, contract, parties, document, signed, now)));
        return event;
    }

    /** The audit certificate over everything logged so far. */
    public ContractFile certificate(TenantId tenant, Contract contract, Parties parties, ContractDocument document,
                                    ContractFile signedPdf, Instant now) {
        List<ContractSignature> signatures = contracts.signatures(tenant, contract.id(), contract.revision());
        String xhtml = ContractRendering.certificate(new ContractRendering.CertificateFacts(contract.id(),
                contract.title(), contract.revision(), parties, document.sha256(), signedPdf.sha256(), signatures,
                contracts.events(tenant, contract.id()), now));
        ContractFile file = new ContractFile(contract.id(), contract.revision(), ContractFileKind.AUDIT_CERTIFICATE,
                pdf.render(xhtml), now);
        contracts.addFile(tenant, file);
        fingerprints.add(new DocumentFingerprint(file.sha256(), tenant, ContractFileKind.AUDIT_CERTIFICATE.name(),
                contract.id().value(), "Audit certificate of \"" + contract.title() + "\" (revision " + contract.revision() + ")", now));
        return file;
    }
}
