package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFact;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/** The dimensions an improvement report can be split by, named as in the {@code groupBy} parameter. */
public enum GroupBy {
    MONTH("month"),
    KIND("kind"),
    CATEGORY("category"),
    SUBMITTER_ROLE("submitterRole"),
    CHANNEL("channel");

    /** Where a case nobody classified is counted. */
    public static final String UNCATEGORISED = "UNCATEGORISED";
    private static final String UNKNOWN = "UNKNOWN";
    private static final DateTimeFormatter MONTH_KEY = DateTimeFormatter.ofPattern("yyyy-MM");

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
        return switch (this) {
            case MONTH -> MONTH_KEY.format(fact.receivedAt().atZone(zone));
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
