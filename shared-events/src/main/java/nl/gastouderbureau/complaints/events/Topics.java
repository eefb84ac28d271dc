package nl.gastouderbureau.complaints.events;

/** Kafka topic names. One topic per stream, keyed by case id so a case stays ordered. */
public final class Topics {

    public static final String SUBMISSIONS = "intake.submissions.v1";
    public static final String CASE_EVENTS = "cases.events.v1";

    private Topics() {
    }

    /** The dead-letter topic for records of {@code topic} that could not be handled. */
    public static String deadLetter(String topic) {
        return topic + ".DLT";
    }
}
