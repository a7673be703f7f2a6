package com.becflow.contracts;

import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.Scope;
import java.math.BigDecimal;
import java.util.List;

/**
 * The templates every new workspace starts with, one per common trade. Their prose says what the work is and
 * how both sides behave; it names no price and repeats no clause, because the fee comes from each contract
 * and the clauses are rendered from their parameters under "Terms". Amounts in the clauses (hourly rates,
 * flat late fees) are in whatever currency a contract made from the template uses.
 */
public final class ContractTemplateLibrary {

    private ContractTemplateLibrary() {
    }

    /** Valid as they are: {@link TemplateContent#problems()} finds nothing, and they are already normalized. */
    public static List<TemplateContent> defaults() {
        return List.of(design(), writing(), consulting(), photography(), adsManagement());
    }

    private static TemplateContent design() {
        ContractTerms terms = ContractTerms.netDays(14)
                .withScope(new Scope("concept, design and production of the deliverables agreed in the project brief, "
                        + "with final files in the formats agreed at the start", 2, number("90")))
                .withDeposit(new Deposit(number("50"), null))
                .withLateFee(new LateFee(null, number("1.5"), 30, 7, number("10")))
                .withCancellation(new CancellationPolicy(List.of(tier(30, "10"), tier(14, "25"), tier(7, "50"), tier(0, "100"))))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT));
        return new TemplateContent("Design project", "Design", """
                # The project

                {{freelancer.business_name}} will design {{project.name}} for {{client.company}}. The work starts on \
                {{project.start_date}} and runs until {{project.end_date}}. The fee is {{project.fee}}; what it covers, \
                the revision rounds included and how changes are handled are set out in the Terms below.

                # What each side does

                {{freelancer.business_name}} will do the work with care and skill, keep {{client.name}} informed of \
                progress, and deliver the final files in the formats agreed at the start. {{client.name}} will supply \
                text, images, brand assets and access on time, make sure they have the right to use everything they \
                supply, and name one person who gives feedback and approvals.

                # Feedback and approvals

                Each stage is presented for review. {{client.name}} sends feedback in writing, gathered into one \
                message, within five working days. Approving a stage closes it: reopening an approved stage counts as a \
                change. When feedback arrives late, the schedule moves by the same number of days.

                # Confidentiality

                Both sides keep the other's non-public information confidential, use it only for this project, and \
                keep doing so after the project ends. This does not cover information that is already public or that \
                the law requires to be disclosed.

                # Ending the project early

                Either side may end this contract in writing if the other seriously breaks it and does not put it right \
                within 14 days of being told. If the project ends early, {{client.name}} pays for the work done up to \
                that point and receives the files for the work paid for. Cancelling before the work starts is covered \
                by the Terms below.

                # Agreement

                By signing, {{client.name}} and {{freelancer.business_name}} agree to this contract, including the \
                Terms below. Sent on {{contract.date}}.
                """.strip(), terms, false);
    }

    private static TemplateContent writing() {
        ContractTerms terms = ContractTerms.netDays(14)
                .withScope(new Scope("research, writing and proofreading of the pieces agreed in the project brief, "
                        + "delivered as editable documents", 2, number("60")))
                .withDeposit(new Deposit(number("30"), null))
                .withEarlyPaymentDiscount(new EarlyPaymentDiscount(number("2"), 7))
                .withLateFee(new LateFee(null, number("1"), 30, 7, number("10")))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT));
        return new TemplateContent("Writing and content", "Writing", """
                # The work

                {{freelancer.business_name}} will write {{project.name}} for {{client.company}}. The work runs from \
                {{project.start_date}} until {{project.end_date}}. The fee is {{project.fee}}; the pieces it covers and \
                the rounds of edits included are set out in the Terms below.

                # Briefs and research

                {{client.name}} provides a brief for each piece: the audience, the purpose, the key messages, the \
                length, any sources or interviews to use, and the house style to follow. {{freelancer.business_name}} \
                researches the topic, checks facts against reliable sources and points out anything that needs an \
                expert's review on the client's side.

                # Drafts and edits

                Drafts are delivered as editable documents. {{client.name}} sends one set of edits per round, gathered \
                from everyone who reviews, within five working days. A rewrite caused by a change of brief after \
                writing has started is new work, not a round of edits.

                # Originality and publishing

                Everything delivered is original writing by {{freelancer.business_name}}, and is not produced with \
                automated writing tools unless {{client.name}} agrees to it in writing. {{client.name}} gives the final \
                approval of facts and legal claims before anything is published.

                # Confidentiality

                Both sides keep the other's non-public information confidential, use it only for this project, and \
                keep doing so after the project ends. This does not cover information that is already public or that \
                the law requires to be disclosed.

                # Ending the project early

                Either side may end this contract in writing if the other seriously breaks it and does not put it right \
                within 14 days of being told. {{client.name}} then pays for the work done up to that point and receives \
                the drafts paid for.

                # Agreement

                By signing, {{client.name}} and {{freelancer.business_name}} agree to this contract, including the \
                Terms below. Sent on {{contract.date}}.
                """.strip(), terms, false);
    }

    private static TemplateContent consulting() {
        ContractTerms terms = ContractTerms.netDays(30)
                .withScope(new Scope("the advisory work described above, made up of working sessions, analysis and a "
                        + "written summary of findings and recommendations", null, number("150")))
                .withLateFee(new LateFee(number("40"), number("1"), 30, 0, null))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_SIGNING));
        return new TemplateContent("Consulting engagement", "Consulting", """
                # The engagement

                {{client.company}} engages {{freelancer.business_name}} to advise on {{project.name}} from \
                {{project.start_date}} until {{project.end_date}}. The fee is {{project.fee}}; what it covers is set \
                out in the Terms below.

                # How both sides work together

                {{freelancer.business_name}} gives independent, professional advice and says so plainly when a \
                question is outside their expertise. {{client.name}} arranges timely access to the people, data and \
                systems the work needs, and makes sure the information supplied is accurate and complete.

                # Advice, not decisions

                Recommendations rest on the information available when they are made. Decisions to act on them, and \
                their results, remain with {{client.company}}. Nothing in this engagement is legal, tax or investment \
                advice unless that is agreed in writing.

                # Reviews and sign-off

                Written work is shared as a draft first. {{client.name}} sends comments within five working days; a \
                piece of work is final once it is accepted in writing, or when no comments arrive in that time.

                # Independence

                {{freelancer.business_name}} works as an independent contractor, not an employee, decides how and where \
                the work is done, and may work for others as long as that creates no conflict of interest with this \
                engagement.

                # Confidentiality

                Both sides keep the other's non-public information confidential, use it only for this engagement, and \
                keep doing so after it ends. This does not cover information that is already public or that the law \
                requires to be disclosed.

                # Ending the engagement

                Either side may end this engagement with 14 days' written notice, or at once if the other seriously \
                breaks it. {{client.company}} pays for the work done, and the expenses agreed in advance, up to the \
                day it ends.

                # Agreement

                By signing, {{client.name}} and {{freelancer.business_name}} agree to this contract, including the \
                Terms below. Sent on {{contract.date}}.
                """.strip(), terms, true);
    }

    private static TemplateContent photography() {
        ContractTerms terms = ContractTerms.netDays(14)
                .withScope(new Scope("photography on the day of the shoot as planned, and a selection of edited "
                        + "images in high resolution, delivered through an online gallery", 1, number("90")))
                .withDeposit(new Deposit(number("25"), null))
                .withLateFee(new LateFee(null, number("1.5"), 30, 7, number("10")))
                .withCancellation(new CancellationPolicy(List.of(tier(14, "25"), tier(7, "50"), tier(2, "75"), tier(0, "100"))))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT));
        return new TemplateContent("Photography shoot", "Photography", """
                # The shoot

                {{freelancer.business_name}} will photograph {{project.name}} for {{client.name}}. The shoot takes \
                place on {{project.start_date}}; editing and delivery run until {{project.end_date}}. The fee is \
                {{project.fee}}. The date is held once this contract is signed and the deposit of {{deposit.amount}} \
                is paid.

                # Planning the day

                Before the shoot, {{client.name}} and {{freelancer.business_name}} agree a shot list, the locations and \
                a timetable. {{client.name}} arranges access to the locations and any permits they need, and makes sure \
                everyone who will be photographed knows about the shoot and has agreed to it.

                # On the day

                {{freelancer.business_name}} arrives on time with professional equipment and spare cameras, and \
                follows the agreed timetable. Time beyond the agreed hours, or shots added on the day, count as a \
                change as set out in the Terms below.

                # Editing and delivery

                {{freelancer.business_name}} selects and edits the best images in their own style. Raw, unedited files \
                are not part of the delivery. Requests for retouching are handled as described in the Terms below.

                # Weather and illness

                If severe weather, or illness of the photographer, makes the shoot impossible, both sides agree a new \
                date without any charge for the move. If no new date can be found, what has been paid for work not yet \
                done is refunded.

                # Cancelling or ending early

                If {{client.name}} cancels the shoot, the cancellation clause in the Terms below applies. Either side \
                may end this contract in writing if the other seriously breaks it and does not put it right within 7 \
                days of being told; {{client.name}} then pays for the work done up to that point.

                # Privacy and confidentiality

                Images of people are used only as agreed with {{client.name}}. Both sides keep the other's non-public \
                information confidential, during the project and after it ends.

                # Agreement

                By signing, {{client.name}} and {{freelancer.business_name}} agree to this contract, including the \
                Terms below. Sent on {{contract.date}}.
                """.strip(), terms, false);
    }

    private static TemplateContent adsManagement() {
        ContractTerms terms = ContractTerms.netDays(7)
                .withScope(new Scope("managing the agreed ad accounts each month, with campaign set-up, weekly bid, "
                        + "budget and targeting adjustments, up to two new sets of ad creative, and a monthly performance "
                        + "report with a review call", null, number("85")))
                .withDeposit(new Deposit(number("100"), null))
                .withLateFee(new LateFee(null, number("2"), 30, 5, number("10")))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT));
        return new TemplateContent("Ads management retainer", "Marketing", """
                # The service

                {{freelancer.business_name}} will manage paid advertising for {{client.company}} under the name \
                {{project.name}}, from {{project.start_date}} and then month by month until either side ends it. The \
                fee, {{project.fee}}, is the management fee for each month; the work included every month is set out \
                in the Terms below.

                # Ad spend

                The money spent on ads is not part of the fee. {{client.company}} pays it directly to the ad platforms, \
                on accounts that {{client.company}} owns and gives {{freelancer.business_name}} access to. \
                {{freelancer.business_name}} never spends beyond the budgets {{client.name}} approves in writing.

                # What each side does

                {{freelancer.business_name}} plans, runs and improves the campaigns, follows each platform's \
                advertising policies and reports results honestly. {{client.name}} provides brand assets, product \
                information and landing pages, and is responsible for the accuracy of every claim made about the \
                products.

                # Approvals

                New campaigns and new ad copy go live only after {{client.name}} approves them in writing; an email is \
                enough. Day-to-day changes to bids, targeting, keywords and budgets within the approved limits need no \
                approval.

                # Results

                Advertising results depend on markets, competitors and platform changes that nobody controls, so no \
                particular number of sales or leads, or return on ad spend, is promised.

                # Confidentiality and access

                Both sides keep the other's non-public information confidential, during the retainer and after it \
                ends. When the retainer ends, {{freelancer.business_name}} hands back every access it was given, and \
                the ad accounts and their data stay with {{client.company}}.

                # Ending the retainer

                Either side may end the retainer with 30 days' written notice, or at once if the other seriously breaks \
                this contract. The management fee remains due for the notice period.

                # Agreement

                By signing, {{client.name}} and {{freelancer.business_name}} agree to this contract, including the \
                Terms below. Sent on {{contract.date}}.
                """.strip(), terms, true);
    }

    private static CancellationTier tier(int daysBeforeStart, String percentKept) {
        return new CancellationTier(daysBeforeStart, number(percentKept));
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value);
    }
}
