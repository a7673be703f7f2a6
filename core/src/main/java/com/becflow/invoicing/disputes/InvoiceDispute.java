package com.becflow.invoicing.disputes;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's objection to part of an issued invoice: one of its lines or an amount of it, with the client's reason.
 * While it is open, the disputed amount is neither reminded nor charged late fees; the rest stays payable. The
 * freelancer answers it once: by a credit note for what they accept, or by rejecting it with an answer, after which
 * the amount is owed again.
 */
public final class InvoiceDispute {

    public static final int REASON_LENGTH = 1000;
    public static final int ANSWER_LENGTH = 1000;

    private final InvoiceDisputeId id;
    private final InvoiceId invoiceId;
    private final Integer line;
    private final Money amount;
    private final String reason;
    private final Instant raisedAt;
    private DisputeStatus status;
    private String answer;
    private Instant answeredAt;
    private InvoiceId creditNoteId;

    private InvoiceDispute(InvoiceDisputeId id, InvoiceId invoiceId, Integer line, Money amount, String reason,
                           Instant raisedAt, DisputeStatus status, String answer, Instant answeredAt,
                           InvoiceId creditNoteId) {
        this.id = Objects.requireNonNull(id, "id");
        this.invoiceId = Objects.requireNonNull(invoiceId, "invoiceId");
        this.line = line;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.answer = answer;
        this.answeredAt = answeredAt;
        this.creditNoteId = creditNoteId;
    }

    /**
     * A new dispute of {@code amount} (of line {@code line}, counted from 1, or of the invoice as a whole when null)
     * out of {@code open}, what the invoice still owes; {@code lineTotal} is that line's total with its tax.
     */
    public static InvoiceDispute raise(InvoiceId invoice, Integer line, Money lineTotal, Money amount, String reason,
                                       Money open, Instant at) {
        Map<String, String> problems = new LinkedHashMap<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_LENGTH) {
            problems.put("reason", "Say what is wrong, in 1 to " + REASON_LENGTH + " characters");
        }
        if (amount == null || !amount.isPositive()) {
            problems.put("amount", "An amount above zero");
        } else if (amount.finerThanMinorUnit().isPresent()) {
            problems.put("amount", amount.finerThanMinorUnit().get());
        } else if (line != null && lineTotal != null && amount.isMoreThan(lineTotal)) {
            problems.put("amount", "At most the line's total, " + MoneyText.of(lineTotal.rounded()));
        } else if (amount.isMoreThan(open)) {
            problems.put("amount", "At most what is still open, " + MoneyText.of(open.rounded()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDispute(problems);
        }
        return new InvoiceDispute(InvoiceDisputeId.newId(), invoice, line, amount.rounded(), why, at,
                DisputeStatus.OPEN, null, null, null);
    }

    public static InvoiceDispute restore(InvoiceDisputeId id, InvoiceId invoiceId, Integer line, Money amount,
                                         String reason, Instant raisedAt, DisputeStatus status, String answer,
                                         Instant answeredAt, InvoiceId creditNoteId) {
        return new InvoiceDispute(id, invoiceId, line, amount, reason, raisedAt, status, answer, answeredAt,
                creditNoteId);
    }

    /** Settled by the credit note the freelancer issued for it. */
    public void credit(InvoiceId creditNote, String answer, Instant at) {
        answer(DisputeStatus.CREDITED, Objects.requireNonNull(creditNote, "creditNote"), answer, false, at);
    }

    /** Rejected, with the freelancer's answer to the client: the amount is owed again. */
    public void reject(String answer, Instant at) {
        answer(DisputeStatus.REJECTED, null, answer, true, at);
    }

    private void answer(DisputeStatus to, InvoiceId creditNote, String text, boolean required, Instant at) {
        if (status != DisputeStatus.OPEN) {
            throw new DisputeConflict("dispute.answered", "This dispute was answered on " + answeredAt + " already");
        }
        String written = text == null ? "" : text.strip();
        if ((required && written.isEmpty()) || written.length() > ANSWER_LENGTH) {
            throw new InvalidDispute(Map.of("answer", (required ? "Tell the client why, in 1 to " : "At most ")
                    + ANSWER_LENGTH + " characters"));
        }
        status = to;
        creditNoteId = creditNote;
        answer = written.isEmpty() ? null : written;
        answeredAt = at;
    }

    /** What the open ones among {@code disputes} hold back, in {@code currency}. */
    public static Money openAmount(List<InvoiceDispute> disputes, Currency currency) {
        return disputes.stream().filter(InvoiceDispute::open).map(InvoiceDispute::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    /**
     * The least the client must pay now while disputing: the invoice's own least ({@code smallest}), or, when that is
     * more, what is not disputed of {@code balance}, so the undisputed rest can be paid on its own. Disputing all of it
     * leaves the least as it was: the client may still choose to pay.
     */
    public static Money leastPayable(Money smallest, Money balance, Money disputed) {
        Money undisputed = balance.minus(disputed).rounded();
        return disputed.isPositive() && undisputed.isPositive() && smallest.isMoreThan(undisputed) ? undisputed : smallest;
    }

    public boolean open() {
        return status == DisputeStatus.OPEN;
    }

    public InvoiceDisputeId id() {
        return id;
    }

    public InvoiceId invoiceId() {
        return invoiceId;
    }

    /** The disputed line, counted from 1; empty when the client disputes an amount of the whole invoice. */
    public Optional<Integer> line() {
        return Optional.ofNullable(line);
    }

    public Money amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public DisputeStatus status() {
        return status;
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<InvoiceId> creditNoteId() {
        return Optional.ofNullable(creditNoteId);
    }
}
