package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.SignerRole;
import com.becflow.contracts.app.ContractIntegrity;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What is kept about a contract: the signed PDF and certificate, the signatures, the log and whether it all still holds. */
class ContractEvidencePanel extends VerticalLayout {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Grid<ContractSignature> signatures = new Grid<>(ContractSignature.class, false);
    private final H3 signaturesTitle = new H3("Signatures");
    private final Grid<ContractEvent> events = new Grid<>(ContractEvent.class, false);
    private final Span integrity = new Span();

    ContractEvidencePanel() {
        setId("contract-evidence");
        setPadding(false);
        downloads.setId("contract-downloads");
        signatures.setId("contract-signatures");
        signatures.addColumn(ContractSignature::signerName).setHeader("Name").setAutoWidth(true);
        signatures.addColumn(s -> s.role() == SignerRole.CLIENT ? "Client" : "Freelancer").setHeader("Role")
                .setAutoWidth(true);
        signatures.addColumn(s -> UTC.format(s.signedAt())).setHeader("Signed at").setAutoWidth(true);
        signatures.addColumn(ContractSignature::ipAddress).setHeader("IP address").setAutoWidth(true);
        signatures.setAllRowsVisible(true);
        events.setId("contract-events");
        events.addColumn(ContractEvent::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> UTC.format(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(e -> e.type().name()).setHeader("Event")
                .setAutoWidth(true).setFlexGrow(0);
        events.addColumn(ContractEvent::actor).setHeader("By").setAutoWidth(true);
        events.addColumn(ContractEvent::detail).setHeader("Details").setFlexGrow(3);
        events.addColumn(e -> e.hash().substring(0, 12)).setHeader("Hash").setAutoWidth(true).setFlexGrow(0);
        events.setAllRowsVisible(true);
        integrity.setId("contract-integrity");
        add(downloads, signaturesTitle, signatures, new H3("Event log"), integrity, events);
    }

    /**
     * @param signedPdf a handler for the signed PDF, when one was made
     * @param certificate a handler for the audit certificate, when one was made
     */
    void show(List<ContractSignature> signed, List<ContractEvent> log, ContractIntegrity check,
              Optional<DownloadHandler> signedPdf, Optional<DownloadHandler> certificate) {
        downloads.removeAll();
        signedPdf.ifPresent(h -> downloads.add(download(h, "download-signed-pdf", "Download the signed contract (PDF)")));
        certificate.ifPresent(h -> downloads.add(download(h, "download-certificate", "Download the audit certificate (PDF)")));
        downloads.setVisible(downloads.getComponentCount() > 0);
        signatures.setItems(signed);
        signatures.setVisible(!signed.isEmpty());
        signaturesTitle.setVisible(!signed.isEmpty());
        events.setItems(log);
        showIntegrity(check);
    }

    private void showIntegrity(ContractIntegrity check) {
        integrity.getElement().getThemeList().clear();
        if (check == null) {
            integrity.setText("Integrity: could not be checked just now");
            integrity.getElement().getThemeList().add("badge contrast");
            return;
        }
        if (check.intact()) {
            integrity.setText("Integrity: all evidence intact");
            integrity.getElement().getThemeList().add("badge success");
            return;
        }
        List<String> broken = new ArrayList<>();
        check.firstBrokenEvent().ifPresent(seq -> broken.add("the event log breaks at entry #" + seq));
        if (!check.documentsIntact()) {
            broken.add("a document as sent no longer matches its recorded hash");
        }
        for (Map.Entry<String, Boolean> file : check.filesIntact().entrySet()) {
            if (!file.getValue()) {
                broken.add("the " + label(file.getKey()) + " no longer matches its recorded hash");
            }
        }
        integrity.setText("Integrity: " + String.join("; ", broken));
        integrity.getElement().getThemeList().add("badge error");
    }

    private static String label(String kind) {
        try {
            return ContractFileKind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    private static Anchor download(DownloadHandler handler, String id, String text) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        return anchor;
    }
}
