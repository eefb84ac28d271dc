package nl.gastouderbureau.complaints.launcher;

import java.nio.file.Path;

import nl.gastouderbureau.complaints.infra.KafkaBroker;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mailbox;
import nl.gastouderbureau.complaints.infra.MongoStore;
import nl.gastouderbureau.complaints.infra.PostgresServer;
import nl.gastouderbureau.complaints.infra.PostgresServer.Durability;

/**
 * Kafka, PostgreSQL, the MongoDB-protocol store and the mail server (SMTP catcher and the agency's
 * mailbox over IMAP), each keeping its data under one directory; the mailbox is in memory only.
 */
final class LocalInfrastructure implements AutoCloseable {

    static final String CASES_DATABASE = "cases";

    private KafkaBroker kafka;
    private PostgresServer postgres;
    private MongoStore mongo;
    private MailCatcher mail;

    private LocalInfrastructure() {
    }

    static LocalInfrastructure start(Path dataDir, boolean randomPorts, Mailbox mailbox) {
        LocalInfrastructure infrastructure = new LocalInfrastructure();
        try {
            infrastructure.kafka = KafkaBroker.start(randomPorts ? 0 : 9092, dataDir.resolve("kafka"));
            infrastructure.postgres = PostgresServer.start(randomPorts ? 0 : 5432, dataDir.resolve("postgres"), Durability.DURABLE);
            infrastructure.postgres.createDatabaseIfMissing(CASES_DATABASE);
            infrastructure.mongo = MongoStore.start(randomPorts ? 0 : 27017, dataDir.resolve("mongo"));
            infrastructure.mail = MailCatcher.start(randomPorts ? 0 : 2525, randomPorts ? 0 : 1143, mailbox, dataDir.resolve("mail"));
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    KafkaBroker kafka() {
        return kafka;
    }

    PostgresServer postgres() {
        return postgres;
    }

    MongoStore mongo() {
        return mongo;
    }

    MailCatcher mail() {
        return mail;
    }

    @Override
    public void close() {
        for (AutoCloseable server : new AutoCloseable[] {mail, mongo, postgres, kafka}) {
            if (server == null) {
                continue;
            }
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + server + ": " + e);
            }
        }
    }
}
