package nl.gastouderbureau.complaints.benchmarks;

import java.util.Locale;

/**
 * One line of the results table: what was measured against its target, and against its ceiling,
 * the best the same infrastructure does without the system in between.
 *
 * @param target  null for a figure reported without a target (e.g. how a rebuild grows)
 * @param ceiling null when there is nothing to compare with
 * @param ratio   measured / ceiling: for a rate the share of the ceiling reached, for a latency or
 *                memory how many times the raw figure it takes
 */
public record Figure(String name, Target target, double measured, String unit, Boolean met,
                     String ceilingName, Double ceiling, Double ratio, String note) {

    /** A bound the figure must keep. */
    public record Target(boolean atLeast, double bound) {

        static Target atLeast(double bound) {
            return new Target(true, bound);
        }

        static Target atMost(double bound) {
            return new Target(false, bound);
        }

        boolean metBy(double value) {
            return atLeast ? value >= bound : value <= bound;
        }

        String describe(String unit) {
            return (atLeast ? "≥ " : "≤ ") + format(bound, unit);
        }
    }

    static Figure of(String name, Target target, double measured, String unit, String ceilingName, Double ceiling, String note) {
        Double ratio = ceiling == null || ceiling == 0 || Double.isNaN(measured) ? null : measured / ceiling;
        Boolean met = target == null || Double.isNaN(measured) ? null : target.metBy(measured);
        return new Figure(name, target, measured, unit, met, ceilingName, ceiling, ratio, note);
    }

    String targetText() {
        return target == null ? "—" : target.describe(unit);
    }

    String measuredText() {
        return Double.isNaN(measured) ? "not measured" : format(measured, unit);
    }

    String metText() {
        return met == null ? "—" : met ? "yes" : "NO";
    }

    String ceilingText() {
        return ceiling == null ? "—" : format(ceiling, unit) + " (" + ceilingName + ")";
    }

    String ratioText() {
        return ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "—";
        }
        String number = Math.abs(value) >= 100 || unit.endsWith("/s") || unit.equals("MB") || unit.equals("events")
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + unit;
    }
}
