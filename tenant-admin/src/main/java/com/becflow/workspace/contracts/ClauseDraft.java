package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.PaymentTerms;
import com.becflow.contracts.ContractTerms.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The clause form's working copy: one flat bean with an on/off switch per optional clause. A clause that is
 * off becomes null in {@link #toTerms()}, whatever its fields still hold, so switching it back on restores them.
 * Checking the values is the domain's job ({@link ContractTerms#problems}).
 */
public class ClauseDraft {

    public enum DepositKind { PERCENT, AMOUNT }

    /** One row of the cancellation schedule, in the order the person sees (and the service reports) them. */
    public static class TierDraft {
        private Integer daysBeforeStart;
        private BigDecimal percentKept;

        public TierDraft() {
        }

        public TierDraft(Integer daysBeforeStart, BigDecimal percentKept) {
            this.daysBeforeStart = daysBeforeStart;
            this.percentKept = percentKept;
        }

        public Integer getDaysBeforeStart() { return daysBeforeStart; }
        public void setDaysBeforeStart(Integer v) { daysBeforeStart = v; }
        public BigDecimal getPercentKept() { return percentKept; }
        public void setPercentKept(BigDecimal v) { percentKept = v; }
    }

    private Integer netDays;
    private boolean depositOn;
    private DepositKind depositKind = DepositKind.PERCENT;
    private BigDecimal depositPercent;
    private BigDecimal depositAmount;
    private boolean cancellationOn;
    private List<TierDraft> tiers = new ArrayList<>();
    private boolean lateFeeOn;
    private BigDecimal lateFeeFlatAmount;
    private BigDecimal lateFeePercentPerPeriod;
    private Integer lateFeePeriodDays;
    private Integer lateFeeGraceDays;
    private BigDecimal lateFeeCapPercent;
    private boolean discountOn;
    private BigDecimal discountPercent;
    private Integer discountWithinDays;
    private boolean ipTransferOn;
    private IpTransferMoment ipTransferMoment = IpTransferMoment.ON_FULL_PAYMENT;
    private boolean scopeOn;
    private String scopeDeliverables = "";
    private Integer scopeRevisionRounds;
    private BigDecimal scopeChangeRequestHourlyRate;

    public static ClauseDraft of(ContractTerms terms) {
        ClauseDraft d = new ClauseDraft();
        if (terms == null) {
            return d;
        }
        d.netDays = terms.payment() == null ? null : terms.payment().netDays();
        if (terms.deposit() != null) {
            d.depositOn = true;
            d.depositKind = terms.deposit().amount() != null && terms.deposit().percent() == null
                    ? DepositKind.AMOUNT : DepositKind.PERCENT;
            d.depositPercent = terms.deposit().percent();
            d.depositAmount = terms.deposit().amount();
        }
        if (terms.cancellation() != null) {
            d.cancellationOn = true;
            if (terms.cancellation().tiers() != null) {
                terms.cancellation().tiers().forEach(t -> d.tiers.add(t == null ? new TierDraft()
                        : new TierDraft(t.daysBeforeStart(), t.percentKept())));
            }
        }
        if (terms.lateFee() != null) {
            LateFee l = terms.lateFee();
            d.lateFeeOn = true;
            d.lateFeeFlatAmount = l.flatAmount();
            d.lateFeePercentPerPeriod = l.percentPerPeriod();
            d.lateFeePeriodDays = l.periodDays();
            d.lateFeeGraceDays = l.graceDays();
            d.lateFeeCapPercent = l.capPercent();
        }
        if (terms.earlyPaymentDiscount() != null) {
            d.discountOn = true;
            d.discountPercent = terms.earlyPaymentDiscount().percent();
            d.discountWithinDays = terms.earlyPaymentDiscount().withinDays();
        }
        if (terms.ipTransfer() != null) {
            d.ipTransferOn = true;
            d.ipTransferMoment = terms.ipTransfer().moment();
        }
        if (terms.scope() != null) {
            Scope s = terms.scope();
            d.scopeOn = true;
            d.scopeDeliverables = s.deliverables() == null ? "" : s.deliverables();
            d.scopeRevisionRounds = s.revisionRounds();
            d.scopeChangeRequestHourlyRate = s.changeRequestHourlyRate();
        }
        return d;
    }

    /** The terms as typed; every row of the cancellation schedule is kept so error paths match the rows. */
    public ContractTerms toTerms() {
        Deposit deposit = !depositOn ? null : depositKind == DepositKind.AMOUNT
                ? new Deposit(null, depositAmount) : new Deposit(depositPercent, null);
        CancellationPolicy cancellation = !cancellationOn ? null : new CancellationPolicy(tiers.stream()
                .map(t -> new CancellationTier(t.getDaysBeforeStart(), t.getPercentKept())).toList());
        LateFee lateFee = !lateFeeOn ? null : new LateFee(lateFeeFlatAmount, lateFeePercentPerPeriod,
                lateFeePeriodDays, lateFeeGraceDays, lateFeeCapPercent);
        EarlyPaymentDiscount discount = !discountOn ? null : new EarlyPaymentDiscount(discountPercent, discountWithinDays);
        IpTransfer ip = !ipTransferOn ? null : new IpTransfer(ipTransferMoment);
        Scope scope = !scopeOn ? null : new Scope(scopeDeliverables, scopeRevisionRounds, scopeChangeRequestHourlyRate);
        return new ContractTerms(new PaymentTerms(netDays), deposit, cancellation, lateFee, discount, ip, scope);
    }

    public Integer getNetDays() { return netDays; }
    public void setNetDays(Integer v) { netDays = v; }
    public boolean isDepositOn() { return depositOn; }
    public void setDepositOn(boolean v) { depositOn = v; }
    public DepositKind getDepositKind() { return depositKind; }
    public void setDepositKind(DepositKind v) { depositKind = v; }
    public BigDecimal getDepositPercent() { return depositPercent; }
    public void setDepositPercent(BigDecimal v) { depositPercent = v; }
    public BigDecimal getDepositAmount() { return depositAmount; }
    public void setDepositAmount(BigDecimal v) { depositAmount = v; }
    public boolean isCancellationOn() { return cancellationOn; }
    public void setCancellationOn(boolean v) { cancellationOn = v; }
    public List<TierDraft> getTiers() { return tiers; }
    public void setTiers(List<TierDraft> v) { tiers = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public boolean isLateFeeOn() { return lateFeeOn; }
    public void setLateFeeOn(boolean v) { lateFeeOn = v; }
    public BigDecimal getLateFeeFlatAmount() { return lateFeeFlatAmount; }
    public void setLateFeeFlatAmount(BigDecimal v) { lateFeeFlatAmount = v; }
    public BigDecimal getLateFeePercentPerPeriod() { return lateFeePercentPerPeriod; }
    public void setLateFeePercentPerPeriod(BigDecimal v) { lateFeePercentPerPeriod = v; }
    public Integer getLateFeePeriodDays() { return lateFeePeriodDays; }
    public void setLateFeePeriodDays(Integer v) { lateFeePeriodDays = v; }
    public Integer getLateFeeGraceDays() { return lateFeeGraceDays; }
    public void setLateFeeGraceDays(Integer v) { lateFeeGraceDays = v; }
    public BigDecimal getLateFeeCapPercent() { return lateFeeCapPercent; }
    public void setLateFeeCapPercent(BigDecimal v) { lateFeeCapPercent = v; }
    public boolean isDiscountOn() { return discountOn; }
    public void setDiscountOn(boolean v) { discountOn = v; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(BigDecimal v) { discountPercent = v; }
    public Integer getDiscountWithinDays() { return discountWithinDays; }
    public void setDiscountWithinDays(Integer v) { discountWithinDays = v; }
    public boolean isIpTransferOn() { return ipTransferOn; }
    public void setIpTransferOn(boolean v) { ipTransferOn = v; }
    public IpTransferMoment getIpTransferMoment() { return ipTransferMoment; }
    public void setIpTransferMoment(IpTransferMoment v) { ipTransferMoment = v; }
    public boolean isScopeOn() { return scopeOn; }
    public void setScopeOn(boolean v) { scopeOn = v; }
    public String getScopeDeliverables() { return scopeDeliverables; }
    public void setScopeDeliverables(String v) { scopeDeliverables = v; }
    public Integer getScopeRevisionRounds() { return scopeRevisionRounds; }
    public void setScopeRevisionRounds(Integer v) { scopeRevisionRounds = v; }
    public BigDecimal getScopeChangeRequestHourlyRate() { return scopeChangeRequestHourlyRate; }
    public void setScopeChangeRequestHourlyRate(BigDecimal v) { scopeChangeRequestHourlyRate = v; }
}
