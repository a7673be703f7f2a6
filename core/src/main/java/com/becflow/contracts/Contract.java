package com.becflow.contracts;

import com.becflow.clients.ClientId;
import com.becflow.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A contract for one client and project. Only a draft changes; editing a sent contract starts a new
 * revision (the old link dies, the old document is kept); a signed contract never changes again. The
 * status moves draft → sent → viewed → signed (→ countersigned), or to declined or voided; a sent
 * contract whose offer ran out reads as expired.
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "template_id")
    private UUID templateId;

    @Column(nullable = false, length = ContractContent.TITLE_LENGTH)
    private String title;

    @Column(name = "project_name", nullable = false, length = ContractContent.PROJECT_LENGTH)
    private String projectName;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "fee_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal feeAmount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private ContractTerms terms;

    @Column(name = "countersign_required", nullable = false)
    private boolean countersignRequired;

    @Column(name = "validity_days", nullable = false)
    private int validityDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContractStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "sent_to")
    private String sentTo;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "viewed_at")
    private Instant viewedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "countersigned_at")
    private Instant countersignedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Contract() {
    }

    public static Contract draft(ContractId id, ClientId client, ContractTemplateId template, ContractContent content,
                                 Instant now) {
        Contract contract = new Contract();
        contract.id = id.value();
        contract.clientId = client.value();
        contract.templateId = template == null ? null : template.value();
        contract.status = ContractStatus.DRAFT;
        contract.revision = 1;
        contract.createdAt = now;
        contract.apply(content, now);
        return contract;
    }

    /** Changes a draft. A sent contract must be {@link #revise revised} first; a signed one never changes. */
    public void change(ContractContent content, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new ContractStateConflict("Only a draft can be changed; this contract is " + statusAt(now).name().toLowerCase());
        }
        apply(content, now);
    }

    private void apply(ContractContent content, Instant now) {
        title = content.title();
        projectName = content.projectName();
        startDate = content.startDate();
        endDate = content.endDate();
        feeAmount = content.fee().amount();
        currency = content.fee().currency().getCurrencyCode();
        body = content.body();
        terms = content.terms();
        countersignRequired = content.countersignRequired();
        validityDays = content.validityDays();
        updatedAt = now;
    }

    /** Takes a sent, unsigned contract back to draft as its next revision; the caller revokes the old link. */
    public int revise(Instant now) {
        if (status.signed()) {
            throw new ContractStateConflict("A signed contract cannot be changed");
        }
        if (!status.awaitsClient()) {
            throw new ContractStateConflict("Only a sent contract gets a new revision; this one is " + status.name().toLowerCase());
        }
        int previous = revision;
        revision++;
        status = ContractStatus.DRAFT;
        sentAt = null;
        sentTo = null;
        viewedAt = null;
        expiresAt = null;
        updatedAt = now;
        return previous;
    }

    public void send(String to, Instant now) {
        if (status != ContractStatus.DRAFT) {
            throw new ContractStateConflict("Only a draft can be sent; this contract is " + statusAt(now).name().toLowerCase());
        }
        status = ContractStatus.SENT;
        sentTo = to;
        sentAt = now;
        expiresAt = now.plus(Duration.ofDays(validityDays));
        updatedAt = now;
    }

    /** Records the first view; later views change nothing. */
    public boolean view(Instant now) {
        if (statusAt(now) != ContractStatus.SENT) {
            return false;
        }
        status = ContractStatus.VIEWED;
        viewedAt = now;
        updatedAt = now;
        return true;
    }

    public void sign(Instant now) {
        requireAwaitingClient(now, "signed");
        status = ContractStatus.SIGNED;
        signedAt = now;
        updatedAt = now;
    }

    public void decline(String reason, Instant now) {
        requireAwaitingClient(now, "declined");
        status = ContractStatus.DECLINED;
        declineReason = reason;
        declinedAt = now;
        updatedAt = now;
    }

    public void countersign(Instant now) {
        if (status != ContractStatus.SIGNED) {
            throw new ContractStateConflict(status == ContractStatus.COUNTERSIGNED ? "Already countersigned"
                    : "Countersign once the client has signed; this contract is " + statusAt(now).name().toLowerCase());
        }
        status = ContractStatus.COUNTERSIGNED;
        countersignedAt = now;
        updatedAt = now;
    }

    public void voidContract(Instant now) {
        if (status.signed()) {
            throw new ContractStateConflict("A signed contract cannot be voided");
        }
        if (status == ContractStatus.VOIDED || status == ContractStatus.DECLINED) {
            throw new ContractStateConflict("This contract is already " + status.name().toLowerCase());
        }
        status = ContractStatus.VOIDED;
        voidedAt = now;
        updatedAt = now;
    }

    private void requireAwaitingClient(Instant now, String what) {
        ContractStatus current = statusAt(now);
        if (current == ContractStatus.EXPIRED) {
            throw new ContractStateConflict("This offer expired on " + expiresAt + "; ask for it to be sent again");
        }
        if (!current.awaitsClient()) {
            throw new ContractStateConflict("This contract cannot be " + what + ": it is " + current.name().toLowerCase());
        }
    }

    /** Calls off a signed engagement; what its cancellation clause keeps is settled by the caller. */
    public void cancel(Instant now) {
        if (status == ContractStatus.CANCELLED) {
            throw new CancellationRefused("already-cancelled", "This engagement is already cancelled");
        }
        if (!status.signed()) {
            throw new CancellationRefused("not-signed", "Only a signed engagement is cancelled; this contract is "
                    + statusAt(now).name().toLowerCase() + (status.awaitsClient() || status == ContractStatus.DRAFT
                    ? ": void it instead" : ""));
        }
        status = ContractStatus.CANCELLED;
        updatedAt = now;
    }

    /** The status as of {@code now}: a sent or viewed contract past its offer's end reads as expired. */
    public ContractStatus statusAt(Instant now) {
        if (status.awaitsClient() && expiresAt != null && !now.isBefore(expiresAt)) {
            return ContractStatus.EXPIRED;
        }
        return status;
    }

    /** Signed by everyone who has to sign. */
    public boolean fullyExecuted() {
        return status == ContractStatus.COUNTERSIGNED || (status == ContractStatus.SIGNED && !countersignRequired);
    }

    public ContractContent content() {
        return new ContractContent(title, projectName, startDate, endDate, fee(), body, terms, countersignRequired,
                validityDays);
    }

    public ContractId id() { return new ContractId(id); }
    public ClientId clientId() { return new ClientId(clientId); }
    public Optional<ContractTemplateId> templateId() { return Optional.ofNullable(templateId).map(ContractTemplateId::new); }
    public String title() { return title; }
    public String projectName() { return projectName; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public Money fee() { return new Money(feeAmount, Currency.getInstance(currency)); }
    public String body() { return body; }
    public ContractTerms terms() { return terms; }
    public boolean countersignRequired() { return countersignRequired; }
    public int validityDays() { return validityDays; }
    /** The status as stored; {@link #statusAt} is what people see. */
    public ContractStatus status() { return status; }
    public int revision() { return revision; }
    public String sentTo() { return sentTo; }
    public Instant sentAt() { return sentAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant viewedAt() { return viewedAt; }
    public Instant signedAt() { return signedAt; }
    public Instant countersignedAt() { return countersignedAt; }
    public Instant declinedAt() { return declinedAt; }
    public String declineReason() { return declineReason; }
    public Instant voidedAt() { return voidedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contract other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
