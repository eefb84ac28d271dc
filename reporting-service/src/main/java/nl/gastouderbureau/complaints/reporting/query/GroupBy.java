package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Optional;

/**
 * The dimensions an improvement report can be split by, named as in the {@code groupBy} parameter.
 * Period keys sort as text in calendar order: {@code 2026-11-24}, {@code 2026-W48} (ISO week),
 * {@code 2026-11}, {@code 2026-Q4}, {@code 2026}.
 */
public enum GroupBy {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    QUARTER("quarter"),
    YEAR("year"),
    KIND("kind"),
    CATEGORY("category"),
    SUBMITTER_ROLE("submitterRole"),
    CHANNEL("channel");

    /** Where a case nobody classified is counted. */
    public static final String UNCATEGORISED = "UNCATEGORISED";
    private static final String UNKNOWN = "UNKNOWN";

    private final String parameter;

    GroupBy(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<GroupBy> byParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter.equalsIgnoreCase(value.strip())).findFirst();
    }

    public String keyOf(CaseFact fact, ZoneId zone) {
        LocalDate day = fact.receivedAt().atZone(zone).toLocalDate();
        return switch (this) {
            case DAY -> day.toString();
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> String.format("%d-Q%d", day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.valueOf(day.getYear());
            case KIND -> nameOr(fact.kind(), UNKNOWN);
            case CATEGORY -> nameOr(fact.category(), UNCATEGORISED);
            case SUBMITTER_ROLE -> nameOr(fact.submitterRole(), UNKNOWN);
            case CHANNEL -> nameOr(fact.channel(), UNKNOWN);
        };
    }

    private static String nameOr(Enum<?> value, String fallback) {
        return value == null ? fallback : value.name();
    }
}
