package nl.gastouderbureau.complaints.system;

/** A submission intake accepted (202): its id, which is also its case's id, its reference and the address it came from. */
record Submission(String id, String reference, String email) {

    @Override
    public String toString() {
        return reference + " (" + id + ")";
    }
}
