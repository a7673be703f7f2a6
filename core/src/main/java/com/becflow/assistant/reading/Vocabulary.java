package com.becflow.assistant.reading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words that tell what a number in a brief is about, in English, German, French and Spanish. Each list is
 * matched as word starts in lower case, so "zahl" covers "zahlbar" and "Zahlung".
 */
final class Vocabulary {

    static final Pattern DEPOSIT = words("deposit", "upfront", "up front", "up-front", "in advance", "on signing",
            "at signing", "advance", "retainer up", "anzahlung", "vorauszahlung", "im voraus", "vorab",
            "bei unterzeichnung", "bei auftrag", "acompte", "arrhes", "à la signature", "à la commande", "d'avance",
            "avance", "por adelantado", "adelantado", "al firmar", "a la firma", "anticipo", "adelanto", "señal");
    static final Pattern NO_DEPOSIT = words("no deposit", "without deposit", "nothing upfront", "keine anzahlung",
            "ohne anzahlung", "sans acompte", "pas d'acompte", "sin anticipo", "sin adelanto", "sin señal");
    static final Pattern LATE = words("late", "overdue", "interest", "verzug", "mahn", "zinsen", "verspät", "retard",
            "pénalité", "penalite", "intérêt", "interet", "demora", "retraso", "recargo", "intereses", "mora");
    static final Pattern DISCOUNT = words("discount", "early payment", "skonto", "rabatt", "escompte", "remise",
            "descuento", "pronto pago");
    static final Pattern CANCELLATION = words("cancel", "storn", "rücktritt", "annul", "cancela", "anula");
    static final Pattern PAYMENT = words("pay", "paid", "payment", "payable", "invoice", "due", "net", "zahl",
            "gezahlt", "bezahl", "rechnung", "fällig", "netto", "paiement", "payé", "payable", "facture", "règlement",
            "réglé", "regle", "pago", "pagar", "pagad", "factura", "vencimiento", "neto");
    static final Pattern ON_RECEIPT = words("on receipt", "upon receipt", "due immediately", "payable immediately",
            "sofort", "bei erhalt", "à réception", "a reception", "dès réception", "a la recepción", "al recibir",
            "de inmediato", "al contado");
    static final Pattern HOURLY = Pattern.compile("^\\s*(?:(?:/|per |a |an |pro |je |die |la |de la |par |por |de l'|l'|"
            + "al |à l')\\s*(?:h\\b|hr\\b|hrs\\b|hours?\\b|std\\b|stunden?\\b|heures?\\b|horas?\\b)|hourly\\b|"
            + "an hour\\b|/h\\b|h\\b|€/h|£/h|\\$/h|stündlich)");
    static final Pattern HOURLY_BEFORE = words("hourly", "stundensatz", "stundenlohn", "taux horaire", "tarif horaire",
            "tarifa por hora", "tarifa horaria", "precio por hora", "rate of", "change rate", "changes at",
            "changes billed", "extra changes", "extra work", "änderungen", "zusätzliche", "modifications",
            "cambios adicionales", "cambios extra", "trabajo extra");
    static final Pattern RIGHTS = words("rights", "right to", "ownership", "own the", "copyright", "ip ", "ip", "usage",
            "licen", "rechte", "nutzungsrecht", "urheber", "eigentum", "droits", "droit d", "propriété", "propriete",
            "cession", "derechos", "propiedad", "licencia");
    static final Pattern RIGHTS_ON_PAYMENT = words("paid", "payment", "pay", "bezahl", "zahlung", "gezahlt",
            "payé", "paye", "paiement", "réglé", "règlement", "pago", "pagado", "pague", "abon");
    static final Pattern RIGHTS_ON_SIGNING = words("sign", "unterzeichn", "unterschrift", "vertragsschluss",
            "signature", "signé", "firma", "firmar", "firme");
    static final Pattern REVISIONS = words("round", "revision", "correction", "korrektur", "überarbeitung",
            "feedbackrunde", "runde", "schleife", "änderungsrunde", "retouche", "révision", "série", "serie",
            "aller-retour", "allers-retours", "tour", "ronda", "revisión", "revisiones", "corrección", "correcciones");
    static final Pattern NO_REVISIONS = words("no revision", "no rounds", "keine korrektur", "keine überarbeitung",
            "sans retouche", "aucune retouche", "sans révision", "sin revisiones", "sin correcciones");
    static final Pattern START = words("start", "starting", "begin", "from", "kick", "ab ", "beginn", "anfang",
            "à partir", "a partir", "début", "debut", "commence", "dès le", "desde", "empieza", "comienza", "inicio");
    static final Pattern END = words("until", "till", "to ", "by ", "end", "deadline", "due", "delivery", "deliver",
            "bis", "ende", "abgabe", "liefer", "jusqu", "fin", "livraison", "livr", "rendu", "hasta", "entrega",
            "termina");
    static final Pattern MONTHLY = words("per month", "a month", "monthly", "each month", "every month", "pro monat",
            "im monat", "monatlich", "je monat", "par mois", "mensuel", "chaque mois", "al mes", "por mes", "mensual",
            "cada mes");
    static final Pattern WEEKLY = words("per week", "a week", "weekly", "pro woche", "wöchentlich", "par semaine",
            "hebdomadaire", "por semana", "a la semana", "semanal");
    static final Pattern DURATION = words("for", "lasting", "over", "takes", "project of", "über", "dauer", "während",
            "pendant", "sur", "durante", "en", "in", "de");

    private Vocabulary() {
    }

    private static Pattern words(String... words) {
        StringBuilder alternatives = new StringBuilder();
        for (String word : List.of(words)) {
            if (!alternatives.isEmpty()) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(word.toLowerCase(Locale.ROOT)));
        }
        return Pattern.compile("(?<![\\p{L}])(?:" + alternatives + ")");
    }
}
