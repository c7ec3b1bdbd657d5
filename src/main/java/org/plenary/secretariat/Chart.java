package org.plenary.secretariat;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as the page draws it: inline SVG whose shapes are computed here (so the template only
 * places them), and the same figures as rows of a table for screen readers. Bars run from the
 * reading start: from the left in left-to-right languages, from the right in Arabic.
 *
 * @param id the element id (the table's id is {@code id + "-table"})
 * @param title the chart's accessible name, also the table's caption
 * @param summary one sentence saying what it shows (the SVG's description)
 */
public record Chart(String id, String title, String summary, String labelHeading, String valueHeading, List<Bar> bars,
        int width, int height, List<Shape> shapes) {

    /** One figure: a translated label and its count; a highlighted one is drawn in the second colour. */
    public record Bar(String label, long value, boolean highlight) {
    }

    /** {@code kind} is rect, text or line; {@code css} a class of the chart's style sheet. */
    public record Shape(String kind, double x, double y, double w, double h, String text, String anchor, String css) {
    }

    static final int WIDTH = 400;
    private static final int ROW = 40;
    private static final int VALUE_ROOM = 48;
    private static final int PLOT_TOP = 18;
    private static final int PLOT_HEIGHT = 120;

    public long total() {
        return bars.stream().mapToLong(Bar::value).sum();
    }

    /** Horizontal bars, one row per label: the label above its bar, the count after it. */
    static Chart bars(String id, String title, String summary, String labelHeading, String valueHeading,
            List<Bar> bars, boolean rtl) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        List<Shape> shapes = new ArrayList<>();
        double room = WIDTH - VALUE_ROOM;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = i * ROW;
            double w = b.value() == 0 ? 0 : Math.max(2, room * b.value() / max);
            String css = b.highlight() ? "bar alt" : "bar";
            if (rtl) {
                shapes.add(new Shape("text", WIDTH, y + 14, 0, 0, b.label(), "end", "label"));
                shapes.add(new Shape("rect", WIDTH - w, y + 19, w, 14, null, null, css));
                shapes.add(new Shape("text", WIDTH - w - 6, y + 31, 0, 0, String.valueOf(b.value()), "end", "value"));
            } else {
                shapes.add(new Shape("text", 0, y + 14, 0, 0, b.label(), "start", "label"));
                shapes.add(new Shape("rect", 0, y + 19, w, 14, null, null, css));
                shapes.add(new Shape("text", w + 6, y + 31, 0, 0, String.valueOf(b.value()), "start", "value"));
            }
        }
        return new Chart(id, title, summary, labelHeading, valueHeading, bars, WIDTH,
                Math.max(ROW, bars.size() * ROW), shapes);
    }

    /**
     * Columns in order (days), time running from the reading start; {@code axis} labels the columns
     * whose index it names (first, deadline, last), a highlighted column is marked (the deadline).
     */
    static Chart columns(String id, String title, String summary, String labelHeading, String valueHeading,
            List<Bar> bars, List<Integer> axis, List<String> axisLabels, boolean rtl) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        List<Shape> shapes = new ArrayList<>();
        int n = Math.max(1, bars.size());
        double slot = (double) WIDTH / n;
        double w = Math.max(1, slot * 0.75);
        double base = PLOT_TOP + PLOT_HEIGHT;
        shapes.add(new Shape("line", 0, base, WIDTH, base, null, null, "axis"));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = b.value() == 0 ? 0 : Math.max(2, PLOT_HEIGHT * b.value() / max);
            double x = rtl ? WIDTH - (i + 1) * slot + (slot - w) / 2 : i * slot + (slot - w) / 2;
            if (b.highlight()) {
                shapes.add(new Shape("line", x + w / 2, PLOT_TOP - 6, x + w / 2, base, null, null, "marker"));
            }
            shapes.add(new Shape("rect", x, base - h, w, h, null, null, b.highlight() ? "bar alt" : "bar"));
            if (b.value() > 0 && n <= 21) {
                shapes.add(new Shape("text", x + w / 2, base - h - 3, 0, 0, String.valueOf(b.value()), "middle",
                        "value small"));
            }
        }
        for (int k = 0; k < axis.size(); k++) {
            int i = axis.get(k);
            double cx = rtl ? WIDTH - (i + 0.5) * slot : (i + 0.5) * slot;
            String anchor = cx < 40 ? "start" : cx > WIDTH - 40 ? "end" : "middle";
            shapes.add(new Shape("text", anchor.equals("start") ? 0 : anchor.equals("end") ? WIDTH : cx,
                    base + 16 + (k % 2) * 14, 0, 0, axisLabels.get(k), anchor, "label small"));
        }
        return new Chart(id, title, summary, labelHeading, valueHeading, bars, WIDTH, (int) base + 36, shapes);
    }
}
