package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.support.privacy.DataSubjects;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;

import java.time.Clock;
import java.time.Duration;

/** Case keys in a test's in-memory store. */
public final class TestCaseKeys {

    private TestCaseKeys() {
    }

    public static CaseKeys in(MemoryMongo mongo) {
        return new CaseKeys(new MongoSubjectKeys(mongo.database("subject_keys"), Duration.ofMinutes(1), Clock.systemUTC()),
                new DataSubjects("test"));
    }
}
