package com.becflow.invoicing.packages;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A bundle of work sold for one price: its milestones in order, and how the price is billed ({@link PackageBilling}).
 * Billed per milestone, the milestones' shares add up to the price exactly and each is invoiced when delivered; billed
 * by a plan, one invoice for the price is issued when the package is offered and the milestones only track delivery.
 * The price is before tax; every invoice line of the package carries the package's tax.
 */
public final class PackageDeal {

    /** As long as an invoice's reference, which the package's invoices carry its title in. */
    public static final int TITLE_LENGTH = InvoiceContent.REFERENCE_LENGTH;
    public static final int MAX_MILESTONES = 20;
    public static final BigDecimal MAX_PRICE = InvoiceLine.MAX_UNIT_PRICE;

    private final PackageDealId id;
    private final ClientId clientId;
    private final ContractId contractId;
    private final String title;
    private final Currency currency;
    private final BigDecimal price;
    private final BigDecimal taxRate;
    private final String taxName;
    private final Integer netDays;
    private final String notes;
    private final PackageBilling billing;
    private final List<Milestone> milestones;
    private InvoiceId invoiceId;
    private final Instant createdAt;
    private Instant updatedAt;
    private Cancellation cancellation;

    /** Why and when the freelancer called the package off; its undelivered milestones are never delivered or billed. */
    public record Cancellation(Instant at, String reason) {

        public static final int REASON_LENGTH = 500;

        public Cancellation {
            Objects.requireNonNull(at, "at");
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    public PackageDeal(PackageDealId id, ClientId clientId, ContractId contractId, String title, Currency currency,
                       BigDecimal price, BigDecimal taxRate, String taxName, Integer netDays, String notes,
                       PackageBilling billing, List<Milestone> milestones, InvoiceId invoiceId, Instant createdAt,
                       Instant updatedAt, Cancellation cancellation) {
        this.id = Objects.requireNonNull(id, "id");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.contractId = contractId;
        this.title = title;
        this.currency = currency;
        this.price = price;
        this.taxRate = taxRate;
        this.taxName = taxName;
        this.netDays = netDays;
        this.notes = notes;
        this.billing = billing;
        this.milestones = new ArrayList<>(milestones);
        this.invoiceId = invoiceId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.cancellation = cancellation;
    }

    /** A new package, nothing delivered; {@link #problems} must have found nothing. */
    public static PackageDeal offer(ClientId client, ContractId contract, String title, Currency currency, BigDecimal price,
                                    BigDecimal taxRate, String taxName, Integer netDays, String notes,
                                    PackageBilling billing, List<MilestoneDraft> milestones, Instant now) {
        List<Milestone> steps = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneDraft m = milestones.get(i);
            steps.add(new Milestone(i + 1, m.title().strip(), billing == PackageBilling.PER_MILESTONE ? m.amount() : null,
                    null, null));
        }
        return new PackageDeal(PackageDealId.newId(), client, contract, title.strip(), currency, price, taxRate, taxName,
                netDays, notes, billing, steps, null, now, now, null);
    }

    /** A milestone as typed: its title, and its share of the price when billed per milestone. */
    public record MilestoneDraft(String title, BigDecimal amount) {
    }

    /**
     * What is wrong with a package as typed, by field ({@code title}, {@code price}, {@code billing},
     * {@code milestones}, {@code milestones[i].title}, {@code milestones[i].amount}); {@code currency} may be null
     * when it is unknown, and is then not checked against.
     */
    public static Map<String, String> problems(String title, Currency currency, BigDecimal price, PackageBilling billing,
                                               List<MilestoneDraft> milestones) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Name the package");
        } else if (title.strip().length() > TITLE_LENGTH) {
            errors.put("title", "At most " + TITLE_LENGTH + " characters");
        }
        if (price == null) {
            errors.put("price", "Give the package's price");
        } else if (price.signum() <= 0) {
            errors.put("price", "The price must be above zero");
        } else if (price.compareTo(MAX_PRICE) > 0) {
            errors.put("price", "At most " + MAX_PRICE.toPlainString());
        } else if (currency != null) {
            Money.finerThanMinorUnit(price, currency).ifPresent(problem -> errors.put("price", problem));
        }
        if (billing == null) {
            errors.put("billing", "Choose PER_MILESTONE or BY_PLAN");
        }
        if (milestones == null || milestones.isEmpty()) {
            errors.put("milestones", "Add at least one milestone");
            return errors;
        }
        if (milestones.size() > MAX_MILESTONES) {
            errors.put("milestones", "At most " + MAX_MILESTONES + " milestones");
            return errors;
        }
        BigDecimal shares = BigDecimal.ZERO;
        boolean sharesKnown = true;
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneDraft m = milestones.get(i);
            String at = "milestones[" + i + "]";
            if (m == null || m.title() == null || m.title().isBlank()) {
                errors.put(at + ".title", "Name the milestone");
            } else if (m.title().strip().length() > Milestone.TITLE_LENGTH) {
                errors.put(at + ".title", "At most " + Milestone.TITLE_LENGTH + " characters");
            }
            BigDecimal amount = m == null ? null : m.amount();
            if (billing == PackageBilling.BY_PLAN && amount != null) {
                errors.put(at + ".amount", "Billed as one invoice, a milestone has no amount of its own");
            } else if (billing == PackageBilling.PER_MILESTONE) {
                String problem = amount == null ? "Give the milestone's share of the price"
                        : amount.signum() <= 0 ? "The share must be above zero"
                        : currency == null ? null : Money.finerThanMinorUnit(amount, currency).orElse(null);
                if (problem != null) {
                    errors.put(at + ".amount", problem);
                    sharesKnown = false;
                } else {
                    shares = shares.add(amount);
                }
            }
        }
        if (billing == PackageBilling.PER_MILESTONE && sharesKnown && price != null && !errors.containsKey("price")
                && shares.compareTo(price) != 0) {
            errors.put("milestones", currency == null
                    ? "The milestones add up to " + shares.toPlainString() + ", not to the price of " + price.toPlainString()
                    : "The milestones add up to " + MoneyText.of(new Money(shares, currency)) + ", not to the price of "
                    + MoneyText.of(new Money(price, currency)));
        }
        return errors;
    }

    /**
     * Marks the milestone at {@code position} delivered on {@code day}, with the invoice that delivery issued if any.
     */
    public Milestone deliver(int position, LocalDate day, InvoiceId invoice, Instant now) {
        Milestone delivered = undelivered(position).deliver(day, invoice);
        milestones.set(position - 1, delivered);
        updatedAt = now;
        return delivered;
    }

    /**
     * Takes back the delivery of the milestone at {@code position}, marked by mistake: it is in progress again, and
     * without the invoice its delivery issued (which the caller voids). Refused for a milestone not delivered, and once
     * the package is cancelled (what was delivered then stays).
     */
    public Milestone undoDelivery(int position, Instant now) {
        Milestone milestone = milestone(position);
        if (cancellation != null) {
            throw new MilestoneConflict("package-deal.cancelled", "The package is cancelled: its deliveries stay as they"
                    + " are");
        }
        if (!milestone.delivered()) {
            throw new MilestoneConflict("package-deal.milestone.not-delivered", "“" + milestone.title()
                    + "” is not delivered");
        }
        milestones.set(position - 1, milestone.notDelivered());
        updatedAt = now;
        return milestone;
    }

    /** The milestone at {@code position}, refused if it is delivered already or the package is cancelled. */
    public Milestone undelivered(int position) {
        Milestone milestone = milestone(position);
        if (cancellation != null) {
            throw new MilestoneConflict("package-deal.cancelled", "The package is cancelled: nothing more of it is"
                    + " delivered or invoiced");
        }
        if (milestone.delivered()) {
            throw new MilestoneConflict("package-deal.milestone.already-delivered",
                    "“" + milestone.title() + "” was delivered on " + milestone.deliveredOn());
        }
        return milestone;
    }

    public Milestone milestone(int position) {
        if (position < 1 || position > milestones.size()) {
            throw new MilestoneNotFound(position, milestones.size());
        }
        return milestones.get(position - 1);
    }

    /**
     * Calls the package off: its undelivered milestones are never delivered or invoiced. Refused once cancelled, and
     * once every milestone is delivered (nothing is left to call off; its invoices are voided or credited as any).
     */
    public void cancel(String reason, Instant now) {
        if (cancellation != null) {
            throw new MilestoneConflict("package-deal.cancelled", "The package was cancelled already");
        }
        if (delivered()) {
            throw new MilestoneConflict("package-deal.delivered", "Every milestone is delivered: there is nothing left to"
                    + " cancel. Void or credit its invoices instead");
        }
        if (reason != null && reason.strip().length() > Cancellation.REASON_LENGTH) {
            throw new InvalidPackageDeal(Map.of("reason", "At most " + Cancellation.REASON_LENGTH + " characters"));
        }
        cancellation = new Cancellation(now, reason);
        updatedAt = now;
    }

    /** The one invoice of a package billed by a plan, once issued. */
    public void billedBy(InvoiceId invoice, Instant now) {
        if (billing != PackageBilling.BY_PLAN || invoiceId != null) {
            throw new IllegalStateException("The package " + id + " has its invoice or is billed per milestone");
        }
        invoiceId = invoice;
        updatedAt = now;
    }

    /** The invoice line for the whole package, billed by a plan. */
    public InvoiceLine priceLine() {
        String steps = String.join(", ", milestones.stream().map(Milestone::title).toList());
        return line(clip(title + ": " + steps), price);
    }

    /** The invoice line for one milestone's share, billed per milestone. */
    public InvoiceLine milestoneLine(Milestone milestone) {
        return line(clip(title + ": " + milestone.title()), milestone.amount());
    }

    private InvoiceLine line(String description, BigDecimal amount) {
        return new InvoiceLine(description, BigDecimal.ONE, amount, null, taxRate, taxName);
    }

    private static String clip(String text) {
        return text.length() <= InvoiceLine.DESCRIPTION_LENGTH ? text
                : text.substring(0, InvoiceLine.DESCRIPTION_LENGTH - 1) + "…";
    }

    public boolean delivered() {
        return milestones.stream().allMatch(Milestone::delivered);
    }

    public long deliveredCount() {
        return milestones.stream().filter(Milestone::delivered).count();
    }

    /** The invoices that bill it so far: its one invoice, or its delivered milestones'. */
    public List<InvoiceId> invoices() {
        if (billing == PackageBilling.BY_PLAN) {
            return invoice().stream().toList();
        }
        return milestones.stream().flatMap(m -> m.invoice().stream()).toList();
    }

    public PackageDealId id() { return id; }
    public ClientId clientId() { return clientId; }
    public Optional<ContractId> contractId() { return Optional.ofNullable(contractId); }
    public String title() { return title; }
    public Currency currency() { return currency; }
    public Money price() { return new Money(price, currency); }
    public BigDecimal taxRate() { return taxRate; }
    public String taxName() { return taxName; }
    /** Days until each of its invoices is due; null for the contract's terms or the workspace's default. */
    public Integer netDays() { return netDays; }
    public String notes() { return notes; }
    public PackageBilling billing() { return billing; }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
    public Optional<InvoiceId> invoice() { return Optional.ofNullable(invoiceId); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Optional<Cancellation> cancellation() { return Optional.ofNullable(cancellation); }
}
