package nl.gastouderbureau.complaints.support.mail;

/**
 * Jakarta Mail 2.1 looks its stream provider up with a {@link java.util.ServiceLoader} for every
 * body part, multipart and encoded header it creates (jakartaee/mail-api#699, #861; cached only
 * from 2.2). Inside a Spring Boot jar that scan of the nested jars was 43% of notification-service's
 * CPU under load. Naming the provider in the system property that the lookup reads first turns
 * each lookup into a loaded-class instantiation.
 */
public final class MailStreams {

    static final String LOOKUP_PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreams() {
    }

    /** Call before the first mail is built; keeps a provider that was named explicitly. */
    public static void nameTheProvider() {
        if (System.getProperty(LOOKUP_PROPERTY) == null) {
            System.setProperty(LOOKUP_PROPERTY, ANGUS_PROVIDER);
        }
    }
}
