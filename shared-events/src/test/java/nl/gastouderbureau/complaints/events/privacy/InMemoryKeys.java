package nl.gastouderbureau.complaints.events.privacy;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keys in a map, with erasure as the real store does it: an erased case never gets a key again. */
final class InMemoryKeys implements SubjectKeys {

    private final Map<String, SubjectKey> keys = new HashMap<>();
    private final Set<String> erased = new HashSet<>();

    @Override
    public synchronized Optional<SubjectKey> forWriting(String caseId) {
        if (erased.contains(caseId)) {
            return Optional.empty();
        }
        return Optional.of(keys.computeIfAbsent(caseId, id -> new SubjectKey(id, randomKey())));
    }

    @Override
    public synchronized Optional<SubjectKey> forReading(String caseId) {
        return Optional.ofNullable(keys.get(caseId));
    }

    synchronized void erase(String caseId) {
        keys.remove(caseId);
        erased.add(caseId);
    }

    /** Another key under the same case id, as if the store had been restored from elsewhere. */
    synchronized void replace(String caseId) {
        keys.put(caseId, new SubjectKey(caseId, randomKey()));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
