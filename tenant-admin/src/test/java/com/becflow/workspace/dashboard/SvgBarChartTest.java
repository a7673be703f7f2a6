package com.becflow.workspace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

    private static final Pattern BAR_HEIGHT = Pattern.compile("<rect [^>]*height=\"(\\d+)\"");

    private static List<Integer> heights(String svg) {
        Matcher bars = BAR_HEIGHT.matcher(svg);
        List<Integer> heights = new java.util.ArrayList<>();
        while (bars.find()) {
            heights.add(Integer.parseInt(bars.group(1)));
        }
        return heights;
    }

    @Test
    void barsAreScaledToTheLargestValueAndAnEmptyBarIsFlat() {
        String svg = new SvgBarChart("Late").bar("a", new BigDecimal("100.00"), "100.00", "#000")
                .bar("b", new BigDecimal("50.00"), "50.00", "#000").bar("c", BigDecimal.ZERO, "0.00", "#000").svg();

        List<Integer> heights = heights(svg);
        assertThat(heights).hasSize(3);
        assertThat(heights.get(0)).isGreaterThan(0);
        assertThat(heights.get(1)).isEqualTo(heights.get(0) / 2);
        assertThat(heights.get(2)).isZero();
    }

    @Test
    void nothingToShowDrawsNoBarsAboveTheAxis() {
        String svg = new SvgBarChart("Nothing").bar("a", BigDecimal.ZERO, "0.00", "#000").svg();

        assertThat(heights(svg)).containsExactly(0);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
    }

    @Test
    void textFromTheUserIsEscapedAndTheDescriptionSaysEveryBar() {
        SvgBarChart chart = new SvgBarChart("Clients <b>&</b>").bar("<script>", BigDecimal.ONE, "1 \"one\"", "#000")
                .bar("two", BigDecimal.TEN, "10", "#000");

        assertThat(chart.svg()).contains("Clients &lt;b&gt;&amp;&lt;/b&gt;", "&lt;script&gt;", "1 &quot;one&quot;")
                .doesNotContain("<script>");
        assertThat(chart.description()).isEqualTo("Clients <b>&</b>: <script> 1 \"one\"; two 10");
        assertThat(chart.image().getAlt()).contains(chart.description());
        assertThat(chart.image().getSrc()).startsWith("data:image/svg+xml;base64,");
    }
}
