package nl.gastouderbureau.complaints.intake.mailin;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises mail that no person wrote to us: auto-replies, bounces, bulk mail and our own mail
 * coming back. Answering those, or opening a case for them, would at best be noise and at worst
 * a mail loop with another auto-responder.
 */
final class AutomaticMail {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");
    private static final Pattern RESPONSE_PREFIX = Pattern.compile("^\\s*((re|aw|antw|fw|fwd|wg|doorst)\\s*:\\s*)*",
            Pattern.CASE_INSENSITIVE);
    /**
     * At the start only: "Afwezig" may well begin a complaint about an absent host parent, so it
     * counts only as an auto-reply's own wording ("Afwezig: …", "Afwezig tot 5 januari").
     */
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
            "^(automatisch antwoord|automatisch bericht|automatic reply|auto[- ]?reply|autoreply|out of (the )?office"
                    + "|afwezigheidsmelding|afwezigheidsbericht|afwezig\\s*(:|tot\\b|t/m\\b|van\\s+\\d|$)).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Set<String> ownAddresses;

    /** @param ownAddresses lower case */
    AutomaticMail(Set<String> ownAddresses) {
        this.ownAddresses = Set.copyOf(ownAddresses);
    }

    Optional<IgnoreReason> reasonToIgnore(IncomingMail mail) {
        if (isDeliveryReport(mail)) {
            return Optional.of(IgnoreReason.DELIVERY_REPORT);
        }
        String autoSubmitted = mail.header("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of(IgnoreReason.AUTO_SUBMITTED);
        }
        if (mail.hasHeader("X-Autoreply") || mail.hasHeader("X-Autorespond") || mail.hasHeader("X-Auto-Response-Suppress")) {
            return Optional.of(IgnoreReason.AUTO_REPLY_HEADER);
        }
        String precedence = mail.header("Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
            return Optional.of(IgnoreReason.BULK);
        }
        if (mail.fromAddress() == null) {
            return Optional.of(IgnoreReason.NO_SENDER);
        }
        if (ownAddresses.contains(mail.fromAddress().toLowerCase(Locale.ROOT))) {
            return Optional.of(IgnoreReason.OWN_ADDRESS);
        }
        if (mail.subject() != null && AUTO_REPLY_SUBJECT.matcher(RESPONSE_PREFIX.matcher(mail.subject()).replaceFirst("")).matches()) {
            return Optional.of(IgnoreReason.AUTO_REPLY_SUBJECT);
        }
        return Optional.empty();
    }

    private static boolean isDeliveryReport(IncomingMail mail) {
        if ("multipart/report".equals(mail.contentType())) {
            return true;
        }
        String returnPath = mail.header("Return-Path");
        if (returnPath != null && returnPath.replaceAll("[<>\\s]", "").isEmpty()) {
            return true;
        }
        String from = mail.fromAddress();
        if (from == null) {
            return false;
        }
        String localPart = from.indexOf('@') < 0 ? from : from.substring(0, from.indexOf('@'));
        return DAEMONS.contains(localPart.toLowerCase(Locale.ROOT));
    }
}
