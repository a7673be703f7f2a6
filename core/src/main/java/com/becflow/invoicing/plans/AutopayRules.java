package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What autopay does next on an accepted plan, on a day of the client's calendar. Only the first installment the ledger
 * has not settled is ever charged, and only from its due date on: the ledger settles installments in due-date order
 * ({@link InstallmentAllocation}), so charging a later one first would pay the earlier one and leave it to be charged
 * again. An installment autopay charged successfully is never charged again by autopay, whatever happens to the money
 * afterwards (a refund, a chargeback): that is for people to decide.
 *
 * <p>A bank debit is on its way for days: nothing more is charged meanwhile, and it is looked up once a day until the
 * bank says how it went. A charge the bank declined (a bank debit that bounced too) is tried again {@link #RETRY_AFTER_DAYS} days after the one before, with the same
 * method; after the last retry the method has failed for good. A charge that needs the client waits until they save a
 * method again, and is then tried at once; retries count anew with each saved method.
 */
public final class AutopayRules {

    /**
     * Days before an installment's due date the client is told what autopay will charge, when and from which method:
     * the pre-notification SEPA Direct Debit mandates promise, and what lets a card holder make room for the charge.
     */
    public static final int NOTICE_DAYS_BEFORE = 3;

    /** Days from a declined charge to its retry: after the first, the second and the third decline. */
    public static final List<Integer> RETRY_AFTER_DAYS = List.of(1, 3, 7);

    private AutopayRules() {
    }

    /** The next thing to do. */
    public sealed interface Step {
    }

    /** Nothing now; the next day something may be due, if any is known. */
    public record Wait(Optional<LocalDate> until) implements Step {
    }

    /** Charge the installment's unpaid amount: attempt {@code attempt} of it. */
    public record Charge(int installment, int attempt, Money amount) implements Step {
    }

    /** Ask again for a charge whose answer was never stored, with its key. */
    public record AskAgain(AutopayCharge charge) implements Step {
    }

    /** Look up at the provider how a bank debit on its way went. */
    public record LookUp(AutopayCharge charge) implements Step {
    }

    /** Tell the client that this installment's unpaid amount will be charged on its due date. */
    public record Notify(int installment, LocalDate dueDate, Money amount) implements Step {
    }

    /** The saved method failed for good on this installment: autopay stops. */
    public record Stop(int installment, String why) implements Step {
    }

    /**
     * What to do first about charges not settled yet, whatever became of the plan or of autopay since they were asked:
     * one whose answer was never stored is asked again; a bank debit on its way is looked up once a day. Nothing more
     * is charged while either waits.
     */
    public static Optional<Step> settling(List<AutopayCharge> charges, LocalDate clientToday) {
        Optional<AutopayCharge> unanswered = charges.stream()
                .filter(c -> c.status() == AutopayChargeStatus.CHARGING).findFirst();
        if (unanswered.isPresent()) {
            return Optional.of(new AskAgain(unanswered.get()));
        }
        return charges.stream().filter(c -> c.status() == AutopayChargeStatus.PROCESSING).findFirst()
                .map(onItsWay -> onItsWay.lookUpFrom().isAfter(clientToday)
                        ? new Wait(Optional.of(onItsWay.lookUpFrom())) : new LookUp(onItsWay));
    }

    /**
     * {@code step} as it is once the client is told ahead of each charge: while autopay waits for an installment's due
     * date, the client is told {@link #NOTICE_DAYS_BEFORE} days ahead, once per installment ({@code noticed} are those
     * told so far). An installment whose charge was tried already, or whose due date came before the notice could go
     * out, is not announced: it is charged, or its retry is announced by the decline notice.
     */
    public static Step withNotice(Step step, PlanStatement statement, List<AutopayCharge> charges, Set<Integer> noticed,
                                  LocalDate clientToday) {
        if (!(step instanceof Wait wait) || wait.until().isEmpty()) {
            return step;
        }
        Optional<Installment> next = firstUnsettled(statement)
                .filter(i -> i.dueDate().equals(wait.until().get()))
                .filter(i -> !noticed.contains(i.number()))
                .filter(i -> charges.stream().noneMatch(c -> c.installment() == i.number()));
        if (next.isEmpty()) {
            return step;
        }
        LocalDate noticeOn = next.get().dueDate().minusDays(NOTICE_DAYS_BEFORE);
        return noticeOn.isAfter(clientToday) ? new Wait(Optional.of(noticeOn))
                : new Notify(next.get().number(), next.get().dueDate(), next.get().remaining().rounded());
    }

    /**
     * @param statement the plan as the ledger settles it today
     * @param method    the saved method charges are made from now
     * @param charges   every autopay charge of this plan so far
     */
    public static Step next(PlanStatement statement, String method, List<AutopayCharge> charges, LocalDate clientToday) {
        Optional<Step> settling = settling(charges, clientToday);
        if (settling.isPresent()) {
            return settling.get();
        }
        Optional<Installment> first = firstUnsettled(statement);
        if (first.isEmpty()) {
            return new Wait(Optional.empty());
        }
        Installment installment = first.get();
        if (installment.dueDate().isAfter(clientToday)) {
            return new Wait(Optional.of(installment.dueDate()));
        }
        List<AutopayCharge> ofIt = charges.stream().filter(c -> c.installment() == installment.number())
                .sorted(Comparator.comparingInt(AutopayCharge::attempt)).toList();
        if (ofIt.stream().anyMatch(c -> c.status() == AutopayChargeStatus.SUCCEEDED)) {
            return new Wait(Optional.empty());
        }
        int nextAttempt = ofIt.isEmpty() ? 1 : ofIt.get(ofIt.size() - 1).attempt() + 1;
        Charge charge = new Charge(installment.number(), nextAttempt, installment.remaining().rounded());
        List<AutopayCharge> withMethod = ofIt.stream().filter(c -> c.method().equals(method)).toList();
        if (withMethod.isEmpty()) {
            return charge;
        }
        AutopayCharge last = withMethod.get(withMethod.size() - 1);
        if (last.status() == AutopayChargeStatus.NEEDS_CLIENT) {
            // Only a method saved after it gets another try: with the same one the bank would ask the client again.
            return new Wait(Optional.empty());
        }
        int declines = (int) withMethod.stream().filter(c -> c.status() == AutopayChargeStatus.DECLINED).count();
        if (declines > RETRY_AFTER_DAYS.size()) {
            return new Stop(installment.number(), "The saved card was declined " + declines + " times for installment "
                    + installment.number() + (last.reason() == null ? "" : " (" + last.reason() + ")"));
        }
        LocalDate retryOn = last.chargedOn().plusDays(RETRY_AFTER_DAYS.get(declines - 1));
        return retryOn.isAfter(clientToday) ? new Wait(Optional.of(retryOn)) : charge;
    }

    /** The installment autopay charges next: the first the ledger has not settled, in due-date order. */
    private static Optional<Installment> firstUnsettled(PlanStatement statement) {
        return statement.installments().stream().filter(i -> i.remaining().isPositive())
                .min(Comparator.comparing(Installment::dueDate).thenComparing(Installment::number));
    }
}
