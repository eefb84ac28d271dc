package nl.gastouderbureau.complaints.support.web;

/** An {@code Idempotency-Key} sent again with a different request: 422, and nothing happens. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used before for a different request; use a new key for a new request");
    }
}
