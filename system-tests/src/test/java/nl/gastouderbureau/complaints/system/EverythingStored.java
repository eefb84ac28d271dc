package nl.gastouderbureau.complaints.system;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.bson.types.Binary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the local system keeps, read raw: every row of every table of the case service's
 * PostgreSQL database (bytea as bytes), every record of every topic from its start (key, value and
 * headers, dead-letter topics included), every document of every MongoDB database (binary fields as
 * bytes) and every service's log file. Says where any of the given texts occurs.
 */
final class EverythingStored {

    private final LocalSystem system;

    EverythingStored(LocalSystem system) {
        this.system = system;
    }

    /** Each place where one of {@code texts} occurs, as {@code <store>: <where> contains <text>}. */
    Set<String> whereFound(Collection<String> texts) throws Exception {
        Set<String> found = new TreeSet<>();
        eventStore(texts, found);
        topics(texts, found);
        documents(texts, found);
        logs(texts, found);
        return found;
    }

    /** Waits until the consumer group has read every record of {@code topic} there is now. */
    void awaitConsumed(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            SystemHttp.eventually(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                boolean caughtUp = partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
                return caughtUp ? Boolean.TRUE : null;
            });
        }
    }

    private void eventStore(Collection<String> texts, Set<String> found) throws Exception {
        try (Connection connection = DriverManager.getConnection(system.casesJdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            String value = "bytea".equals(columns.getColumnTypeName(column))
                                    ? raw(rows.getBytes(column)) : rows.getString(column);
                            match("PostgreSQL: " + table + "." + columns.getColumnName(column), value, texts, found);
                        }
                    }
                }
            }
        }
    }

    private void topics(Collection<String> texts, Set<String> found) throws Exception {
        Set<String> topics;
        try (Admin admin = admin()) {
            topics = admin.listTopics().names().get();
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + SystemHttp.PATIENCE.toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read every topic to its end within " + SystemHttp.PATIENCE);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String where = "Kafka: " + record.topic() + "/" + record.partition() + "@" + record.offset();
                    match(where + " key", raw(record.key()), texts, found);
                    match(where + " value", raw(record.value()), texts, found);
                    for (Header header : record.headers()) {
                        match(where + " header " + header.key(), raw(header.value()), texts, found);
                    }
                }
            }
        }
    }

    private void documents(Collection<String> texts, Set<String> found) {
        try (MongoClient client = MongoClients.create(system.mongoUri("admin"))) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        match("MongoDB: " + name + "." + collection + " " + document.get("_id"), flatten(document), texts, found);
                    }
                }
            }
        }
    }

    private void logs(Collection<String> texts, Set<String> found) throws IOException {
        try (Stream<Path> files = Files.walk(TheSystem.dataDirectory().resolve("logs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                match("log: " + file.getFileName(), raw(Files.readAllBytes(file)), texts, found);
            }
        }
    }

    /** Every value of a document as text, binary ones byte for byte. */
    private static String flatten(Object value) {
        if (value instanceof Document document) {
            return document.entrySet().stream().map(e -> e.getKey() + "=" + flatten(e.getValue())).collect(Collectors.joining(" "));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EverythingStored::flatten).collect(Collectors.joining(" "));
        }
        if (value instanceof Binary binary) {
            return raw(binary.getData());
        }
        return String.valueOf(value);
    }

    private static void match(String where, String value, Collection<String> texts, Set<String> found) {
        if (value == null) {
            return;
        }
        for (String text : texts) {
            if (value.contains(text)) {
                found.add(where + " contains " + text);
            }
        }
    }

    /** Bytes as characters one to one: an ASCII text is found in UTF-8 and in any other encoding that keeps ASCII. */
    private static String raw(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers()));
    }
}
