package com.becflow.reminders;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in reminder texts, in English, German, French and Spanish: a friendly note before and on the due date,
 * then friendly, firm and formal ones after it. A step without its own template uses these, in the client's language.
 */
public final class StandardReminderTexts {

    /** The languages reminders are written in; any other reads English. */
    public static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es");

    private enum Moment { BEFORE, ON, AFTER_FRIENDLY, FIRM, FORMAL }

    private static final Map<String, Map<Moment, ReminderTemplate>> TEXTS = Map.of(
            "en", Map.of(
                    Moment.BEFORE, new ReminderTemplate("Invoice {{invoiceNumber}} is due on {{dueDate}}",
                            "Hello {{clientName}},\n\nA friendly note: invoice {{invoiceNumber}} for {{amountDue}} is due on"
                                    + " {{dueDate}}, in {{daysUntilDue}} days.\n\nYou can see and pay it here:\n{{payLink}}\n\n"
                                    + "Thank you!\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.ON, new ReminderTemplate("Invoice {{invoiceNumber}} is due today",
                            "Hello {{clientName}},\n\nJust a nudge: invoice {{invoiceNumber}} for {{amountDue}} is due today."
                                    + "\n\nYou can pay it here:\n{{payLink}}\n\nIf it is already on its way, thank you and please"
                                    + " ignore this.\n\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.AFTER_FRIENDLY, new ReminderTemplate("Invoice {{invoiceNumber}} is still open",
                            "Hello {{clientName}},\n\nInvoice {{invoiceNumber}} for {{amountDue}} was due on {{dueDate}} and"
                                    + " is still open. Perhaps it slipped through?\n\nYou can pay it here:\n{{payLink}}\n\n"
                                    + "{{businessName}}\n{{businessContact}}\n"),
                    Moment.FIRM, new ReminderTemplate("Reminder: invoice {{invoiceNumber}} is {{daysOverdue}} days overdue",
                            "Hello {{clientName}},\n\nInvoice {{invoiceNumber}} for {{amountDue}} was due on {{dueDate}} and is"
                                    + " now {{daysOverdue}} days overdue. Please pay it within the next few days:\n{{payLink}}\n\n"
                                    + "If something is wrong with the invoice, reply to let me know.\n\n{{businessName}}\n"
                                    + "{{businessContact}}\n"),
                    Moment.FORMAL, new ReminderTemplate("Formal reminder: invoice {{invoiceNumber}} overdue",
                            "Dear {{clientName}},\n\nDespite earlier reminders, invoice {{invoiceNumber}}, due on {{dueDate}},"
                                    + " remains unpaid: {{amountDue}} is outstanding, {{daysOverdue}} days after the due date."
                                    + "\n\nWe ask you to settle this amount without further delay:\n{{payLink}}\n\n"
                                    + "Yours sincerely,\n{{businessName}}\n{{businessContact}}\n")),
            "de", Map.of(
                    Moment.BEFORE, new ReminderTemplate("Rechnung {{invoiceNumber}} ist am {{dueDate}} fällig",
                            "Hallo {{clientName}},\n\nein kurzer Hinweis: Rechnung {{invoiceNumber}} über {{amountDue}} ist am"
                                    + " {{dueDate}} fällig, in {{daysUntilDue}} Tagen.\n\nHier können Sie sie ansehen und bezahlen:\n"
                                    + "{{payLink}}\n\nVielen Dank!\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.ON, new ReminderTemplate("Rechnung {{invoiceNumber}} ist heute fällig",
                            "Hallo {{clientName}},\n\nnur zur Erinnerung: Rechnung {{invoiceNumber}} über {{amountDue}} ist"
                                    + " heute fällig.\n\nHier können Sie sie bezahlen:\n{{payLink}}\n\nFalls die Zahlung schon"
                                    + " unterwegs ist, vielen Dank, dann betrachten Sie diese Nachricht als gegenstandslos.\n\n"
                                    + "{{businessName}}\n{{businessContact}}\n"),
                    Moment.AFTER_FRIENDLY, new ReminderTemplate("Rechnung {{invoiceNumber}} ist noch offen",
                            "Hallo {{clientName}},\n\nRechnung {{invoiceNumber}} über {{amountDue}} war am {{dueDate}} fällig"
                                    + " und ist noch offen. Vielleicht ist sie untergegangen?\n\nHier können Sie sie bezahlen:\n"
                                    + "{{payLink}}\n\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.FIRM, new ReminderTemplate("Zahlungserinnerung: Rechnung {{invoiceNumber}} seit {{daysOverdue}}"
                            + " Tagen überfällig",
                            "Hallo {{clientName}},\n\nRechnung {{invoiceNumber}} über {{amountDue}} war am {{dueDate}} fällig"
                                    + " und ist seit {{daysOverdue}} Tagen überfällig. Bitte begleichen Sie sie in den nächsten"
                                    + " Tagen:\n{{payLink}}\n\nFalls mit der Rechnung etwas nicht stimmt, antworten Sie mir"
                                    + " bitte.\n\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.FORMAL, new ReminderTemplate("Mahnung: Rechnung {{invoiceNumber}} überfällig",
                            "Sehr geehrte/r {{clientName}},\n\ntrotz unserer Erinnerungen ist Rechnung {{invoiceNumber}},"
                                    + " fällig am {{dueDate}}, noch nicht bezahlt: {{amountDue}} sind seit {{daysOverdue}}"
                                    + " Tagen offen.\n\nWir bitten Sie, den Betrag umgehend zu begleichen:\n{{payLink}}\n\n"
                                    + "Mit freundlichen Grüßen\n{{businessName}}\n{{businessContact}}\n")),
            "fr", Map.of(
                    Moment.BEFORE, new ReminderTemplate("La facture {{invoiceNumber}} arrive à échéance le {{dueDate}}",
                            "Bonjour {{clientName}},\n\nPetit rappel : la facture {{invoiceNumber}} de {{amountDue}} arrive à"
                                    + " échéance le {{dueDate}}, dans {{daysUntilDue}} jours.\n\nVous pouvez la consulter et la"
                                    + " régler ici :\n{{payLink}}\n\nMerci !\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.ON, new ReminderTemplate("La facture {{invoiceNumber}} est due aujourd'hui",
                            "Bonjour {{clientName}},\n\nSimple rappel : la facture {{invoiceNumber}} de {{amountDue}} est due"
                                    + " aujourd'hui.\n\nVous pouvez la régler ici :\n{{payLink}}\n\nSi le paiement est déjà en"
                                    + " route, merci, et ne tenez pas compte de ce message.\n\n{{businessName}}\n"
                                    + "{{businessContact}}\n"),
                    Moment.AFTER_FRIENDLY, new ReminderTemplate("La facture {{invoiceNumber}} est toujours ouverte",
                            "Bonjour {{clientName}},\n\nLa facture {{invoiceNumber}} de {{amountDue}} était due le {{dueDate}}"
                                    + " et n'est pas encore réglée. Peut-être vous a-t-elle échappé ?\n\nVous pouvez la régler"
                                    + " ici :\n{{payLink}}\n\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.FIRM, new ReminderTemplate("Relance : facture {{invoiceNumber}} en retard de {{daysOverdue}} jours",
                            "Bonjour {{clientName}},\n\nLa facture {{invoiceNumber}} de {{amountDue}} était due le {{dueDate}}"
                                    + " et est en retard de {{daysOverdue}} jours. Merci de la régler dans les prochains jours :"
                                    + "\n{{payLink}}\n\nSi quelque chose ne va pas avec cette facture, répondez-moi.\n\n"
                                    + "{{businessName}}\n{{businessContact}}\n"),
                    Moment.FORMAL, new ReminderTemplate("Mise en demeure : facture {{invoiceNumber}} impayée",
                            "Madame, Monsieur {{clientName}},\n\nMalgré nos relances, la facture {{invoiceNumber}}, échue le"
                                    + " {{dueDate}}, reste impayée : {{amountDue}} sont dus depuis {{daysOverdue}} jours.\n\n"
                                    + "Nous vous prions de régler ce montant sans délai :\n{{payLink}}\n\nVeuillez agréer nos"
                                    + " salutations distinguées.\n{{businessName}}\n{{businessContact}}\n")),
            "es", Map.of(
                    Moment.BEFORE, new ReminderTemplate("La factura {{invoiceNumber}} vence el {{dueDate}}",
                            "Hola {{clientName}}:\n\nUn recordatorio amable: la factura {{invoiceNumber}} por {{amountDue}}"
                                    + " vence el {{dueDate}}, dentro de {{daysUntilDue}} días.\n\nPuede verla y pagarla aquí:\n"
                                    + "{{payLink}}\n\n¡Gracias!\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.ON, new ReminderTemplate("La factura {{invoiceNumber}} vence hoy",
                            "Hola {{clientName}}:\n\nSolo un recordatorio: la factura {{invoiceNumber}} por {{amountDue}}"
                                    + " vence hoy.\n\nPuede pagarla aquí:\n{{payLink}}\n\nSi el pago ya está en camino, gracias,"
                                    + " y no tenga en cuenta este mensaje.\n\n{{businessName}}\n{{businessContact}}\n"),
                    Moment.AFTER_FRIENDLY, new ReminderTemplate("La factura {{invoiceNumber}} sigue pendiente",
                            "Hola {{clientName}}:\n\nLa factura {{invoiceNumber}} por {{amountDue}} vencía el {{dueDate}} y"
                                    + " sigue pendiente. ¿Quizás se le pasó?\n\nPuede pagarla aquí:\n{{payLink}}\n\n"
                                    + "{{businessName}}\n{{businessContact}}\n"),
                    Moment.FIRM, new ReminderTemplate("Recordatorio: la factura {{invoiceNumber}} lleva {{daysOverdue}} días"
                            + " vencida",
                            "Hola {{clientName}}:\n\nLa factura {{invoiceNumber}} por {{amountDue}} vencía el {{dueDate}} y"
                                    + " lleva {{daysOverdue}} días vencida. Le rogamos que la pague en los próximos días:\n"
                                    + "{{payLink}}\n\nSi hay algún problema con la factura, respóndame.\n\n{{businessName}}\n"
                                    + "{{businessContact}}\n"),
                    Moment.FORMAL, new ReminderTemplate("Requerimiento formal: factura {{invoiceNumber}} impagada",
                            "Estimado/a {{clientName}}:\n\nA pesar de nuestros recordatorios, la factura {{invoiceNumber}},"
                                    + " vencida el {{dueDate}}, sigue impagada: se adeudan {{amountDue}} desde hace"
                                    + " {{daysOverdue}} días.\n\nLe rogamos que abone este importe sin más demora:\n{{payLink}}"
                                    + "\n\nAtentamente,\n{{businessName}}\n{{businessContact}}\n")));

    private StandardReminderTexts() {
    }

    /** The language reminders to a client are written in: theirs if we write it, else the fallback's, else English. */
    public static Locale languageFor(Locale client, Locale fallback) {
        for (Locale candidate : new Locale[] {client, fallback}) {
            if (candidate != null && LANGUAGES.contains(candidate.getLanguage())) {
                return Locale.forLanguageTag(candidate.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    /** The built-in template for a reminder {@code offsetDays} from the due date in a tone. */
    public static ReminderTemplate of(ReminderTone tone, int offsetDays, Locale language) {
        Moment moment = switch (tone) {
            case FRIENDLY -> offsetDays < 0 ? Moment.BEFORE : offsetDays == 0 ? Moment.ON : Moment.AFTER_FRIENDLY;
            case FIRM -> offsetDays <= 0 ? Moment.ON : Moment.FIRM;
            case FORMAL -> offsetDays <= 0 ? Moment.ON : Moment.FORMAL;
        };
        return TEXTS.get(languageFor(language, Locale.ENGLISH).getLanguage()).get(moment);
    }
}
