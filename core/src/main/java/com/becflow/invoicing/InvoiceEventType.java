package com.becflow.invoicing;

/** What happened to an invoice, as its history records it. */
public enum InvoiceEventType {
    ISSUED("Issued"),
    SENT("Link sent"),
    VIEWED("Opened by the client"),
    PAYMENT("Payment"),
    PAYMENT_PENDING("Payment on its way"),
    PAYMENT_FAILED("Payment failed"),
    PAYMENT_REVERSED("Payment reversed"),
    REFUND("Refund"),
    CREDITED("Credit note"),
    VOIDED("Voided"),
    WRITTEN_OFF("Written off"),
    DISPUTE("Dispute"),
    MONEY_TO_DECIDE("Money to decide"),
    MONEY_DECIDED("Money decided"),
    OVERDUE("Overdue"),
    RECEIPT_SENT("Receipt sent"),
    MAIL_FAILED("Mail failed"),
    LATE_FEE("Late fee"),
    LATE_FEE_WAIVED("Late fee waived"),
    EARLY_PAYMENT_DISCOUNT("Early-payment discount"),
    REMINDER_SENT("Reminder sent"),
    REMINDER_CALL_TASK("Reminder call to make"),
    REMINDER_SKIPPED("Reminder skipped"),
    REMINDERS_PAUSED("Reminders paused"),
    REMINDERS_RESUMED("Reminders resumed"),
    PAYMENT_PROMISED("Payment promised"),
    PLAN_PROPOSED("Payment plan proposed"),
    PLAN_ACCEPTED("Payment plan accepted"),
    PLAN_CANCELLED("Payment plan cancelled"),
    PLAN_INSTALLMENTS_SETTLED("Installments settled"),
    AUTOPAY_ON("Autopay on"),
    AUTOPAY_OFF("Autopay off"),
    AUTOPAY_CHARGE_DECLINED("Automatic payment declined"),
    AUTOPAY_NEEDS_CLIENT("Automatic payment needs the client"),
    AUTOPAY_DEBIT_ON_ITS_WAY("Automatic bank debit on its way"),
    AUTOPAY_CHARGE_ANNOUNCED("Automatic payment announced"),
    DISPUTE_RAISED("Disputed by the client"),
    DISPUTE_CREDITED("Dispute credited"),
    DISPUTE_REJECTED("Dispute rejected");

    private final String label;

    InvoiceEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
