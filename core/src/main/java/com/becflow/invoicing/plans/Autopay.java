package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import java.time.Instant;
import java.util.Objects;

/**
 * An invoice's autopay: the method its client saved and whether installments are charged from it. It belongs to the
 * invoice, not to one plan, so it stays on when the freelancer replaces the plan; it stops only when the client turns
 * it off ({@link #turnedOff}) or the method fails for good ({@link #failedForGood}). Immutable: each change is a new
 * value.
 *
 * @param setupPage the provider's page where the client is saving a method now, or null
 * @param method    the saved method, or null before one was saved
 * @param reason    why it stopped or needs the client, as told to people; null while on
 */
public record Autopay(InvoiceId invoice, AutopayStatus status, String setupPage, SavedCard method, String reason,
                      Instant updatedAt) {

    /** A saved method as the provider knows it: its customer, the method, and what the client recognises it by. */
    public record SavedCard(String customer, String method, String label) {

        public SavedCard {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(label, "label");
        }
    }

    public Autopay {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == AutopayStatus.ON && method == null) {
            throw new IllegalArgumentException("Autopay is on only with a saved method");
        }
    }

    /** The client opened a page to save a method; a method saved before keeps being charged meanwhile. */
    public static Autopay settingUp(InvoiceId invoice, String setupPage, Autopay before, Instant now) {
        if (before != null && before.status() == AutopayStatus.ON) {
            return new Autopay(invoice, AutopayStatus.ON, setupPage, before.method(), null, now);
        }
        return new Autopay(invoice, AutopayStatus.SETTING_UP, setupPage, before == null ? null : before.method(),
                before == null ? null : before.reason(), now);
    }

    /** The client saved a method: installments are charged from it, and a stop or a refusal before is behind them. */
    public Autopay saved(SavedCard card, Instant now) {
        return new Autopay(invoice, AutopayStatus.ON, null, card, null, now);
    }

    public Autopay turnedOff(String why, Instant now) {
        return new Autopay(invoice, AutopayStatus.OFF, null, method, why, now);
    }

    public Autopay needsClient(String why, Instant now) {
        return new Autopay(invoice, AutopayStatus.NEEDS_CLIENT, setupPage, method, why, now);
    }

    public Autopay failedForGood(String why, Instant now) {
        return new Autopay(invoice, AutopayStatus.OFF, null, method, why, now);
    }
}
