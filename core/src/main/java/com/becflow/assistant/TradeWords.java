package com.becflow.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Words that name the kind of work in the four brief languages, by the default library's template categories.
 * The embedding model reads English best; these words let "Hochzeitsfotos" or "campaña de anuncios" find the
 * photography or ads template too. A tenant's own category with no entry here is chosen by the model alone.
 */
public final class TradeWords {

    private static final Map<String, List<String>> BY_CATEGORY = Map.of(
            "design", List.of("logo", "brand", "branding", "design", "website", "web design", "landing page", "ui",
                    "ux", "illustration", "flyer", "poster", "packaging", "layout", "brochure", "visual identity",
                    "typography", "grafik", "gestaltung", "markenauftritt", "corporate design", "webseite", "webdesign",
                    "relaunch", "redesign", "diseño", "marca", "logotipo", "ilustración", "folleto", "cartel",
                    "graphisme", "identité visuelle", "charte graphique", "maquette", "affiche", "plaquette", "site web",
                    "site internet", "sitio web", "página web", "markenhandbuch", "brand guide", "manual de marca"),
            "writing", List.of("copy", "copywriting", "article", "articles", "blog", "blog posts", "newsletter", "text",
                    "texts", "writing", "ghostwriting", "editing", "proofreading", "translation", "content", "case study",
                    "white paper", "texte", "artikel", "blogartikel", "lektorat", "übersetzung", "redaktion", "rédaction",
                    "traduction", "relecture", "contenu", "redacción", "artículos", "traducción", "textos", "contenido",
                    "fiches produit", "produktbeschreibungen", "descripciones"),
            "consulting", List.of("consulting", "advice", "strategy", "audit", "workshop", "coaching", "analysis",
                    "roadmap", "beratung", "strategie", "analyse", "conseil", "accompagnement", "consultoría",
                    "asesoría", "estrategia", "análisis", "taller", "advisory", "due diligence"),
            "photography", List.of("photo", "photos", "photography", "photoshoot", "shoot", "wedding", "portrait",
                    "portraits", "headshots", "fotos", "fotografie", "fotoshooting", "hochzeit", "hochzeitsfotos",
                    "porträt", "porträts", "produktfotos", "photographie", "reportage", "mariage", "séance photo",
                    "fotografía", "sesión de fotos", "boda", "retrato", "retratos", "shooting"),
            "marketing", List.of("ads", "advertising", "google ads", "facebook ads", "meta ads", "campaign",
                    "campaigns", "ppc", "social media ads", "performance marketing", "anzeigen", "werbung", "kampagne",
                    "kampagnen", "werbekampagne", "publicité", "campagne", "campagnes", "annonces", "anuncios",
                    "publicidad", "campaña", "campañas", "ad account", "ad accounts"));

    private TradeWords() {
    }

    /** The words for a template category, empty when the category is not one of the library's. */
    public static List<String> of(String category) {
        return category == null ? List.of() : BY_CATEGORY.getOrDefault(category.strip().toLowerCase(Locale.ROOT), List.of());
    }

    /** The category's words that the brief uses, as whole words. */
    public static List<String> in(String brief, String category) {
        String lower = brief.toLowerCase(Locale.ROOT);
        List<String> hits = new ArrayList<>();
        for (String word : of(category)) {
            if (Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(lower).find()) {
                hits.add(word);
            }
        }
        return hits;
    }
}
