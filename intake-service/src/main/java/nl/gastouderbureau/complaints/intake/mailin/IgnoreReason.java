package nl.gastouderbureau.complaints.intake.mailin;

import java.util.Locale;

/** Why a mail did not become a submission; the tag of {@code complaints.mailin.ignored}. */
enum IgnoreReason {
    /** {@code Auto-Submitted} other than {@code no} (RFC 3834). */
    AUTO_SUBMITTED,
    /** {@code X-Autoreply}, {@code X-Autorespond} or {@code X-Auto-Response-Suppress}. */
    AUTO_REPLY_HEADER,
    /** {@code Precedence: bulk, junk, list} or {@code auto_reply}. */
    BULK,
    /** A bounce: a {@code multipart/report}, a mailer daemon or postmaster, or an empty {@code Return-Path}. */
    DELIVERY_REPORT,
    /** Sent from one of our own addresses: a loop. */
    OWN_ADDRESS,
    /** "Automatisch antwoord", "Out of office", "Afwezig" and the like. */
    AUTO_REPLY_SUBJECT,
    /** No sender to answer or recognise. */
    NO_SENDER,
    /** The mail could not be read. */
    UNREADABLE;

    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
