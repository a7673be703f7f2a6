package com.becflow.workspace.dashboard;

import com.vaadin.flow.component.html.Image;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG and shown as an image: no chart component, no frontend build. Each bar is
 * labelled with its value, so the image reads without hovering; the image's alternative text says the same in words.
 */
public final class SvgBarChart {

    static final int WIDTH = 420;
    static final int HEIGHT = 200;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;

    /** One bar: its label under it, the value it is scaled by, the text above it, and its colour. */
    public record Bar(String label, BigDecimal value, String valueText, String colour) {
    }

    private final String title;
    private final List<Bar> bars = new ArrayList<>();

    public SvgBarChart(String title) {
        this.title = title;
    }

    public SvgBarChart bar(String label, BigDecimal value, String valueText, String colour) {
        bars.add(new Bar(label, value, valueText, colour));
        return this;
    }

    /** The chart as SVG markup; every text escaped. */
    public String svg() {
        BigDecimal max = bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int plot = HEIGHT - TOP - BOTTOM;
        int slot = WIDTH / Math.max(1, bars.size());
        int barWidth = (int) (slot * 0.6);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\"><title>").append(escape(title))
                .append("</title>")
                .append("<line x1=\"0\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(HEIGHT - BOTTOM).append("\" stroke=\"#c5cad3\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int height = max.signum() <= 0 || bar.value().signum() <= 0 ? 0 : Math.max(2, bar.value()
                    .multiply(BigDecimal.valueOf(plot)).divide(max, 0, RoundingMode.HALF_UP).intValue());
            int x = i * slot + (slot - barWidth) / 2;
            int y = HEIGHT - BOTTOM - height;
            int centre = i * slot + slot / 2;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barWidth)
                    .append("\" height=\"").append(height).append("\" fill=\"").append(escape(bar.colour()))
                    .append("\" rx=\"3\"/>")
                    .append("<text x=\"").append(centre).append("\" y=\"").append(y - 6)
                    .append("\" text-anchor=\"middle\" fill=\"#1a1a1a\">").append(escape(bar.valueText())).append("</text>")
                    .append("<text x=\"").append(centre).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#5a6372\">").append(escape(bar.label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** What the chart shows, in words, for screen readers. */
    public String description() {
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(' ').append(bars.get(i).valueText());
        }
        return text.toString();
    }

    public Image image() {
        Image image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg().getBytes(StandardCharsets.UTF_8)), description());
        image.setWidth(WIDTH + "px");
        image.setHeight(HEIGHT + "px");
        return image;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
