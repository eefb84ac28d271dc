package nl.gastouderbureau.complaints.support.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** Each service owns one database, named in its connection string (DESIGN §6). */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
public class MongoSupportConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, @Value("${spring.mongodb.uri}") String uri) {
        String database = new ConnectionString(uri).getDatabase();
        if (database == null) {
            throw new IllegalStateException("spring.mongodb.uri must name the service's database: " + uri);
        }
        return client.getDatabase(database);
    }

    /**
     * Replaces Boot's Mongo health check, whose {@code hello} command the MongoDB stand-in
     * (mongo-java-server) refuses; {@code ping} is answered by both it and a real MongoDB.
     */
    @Bean
    HealthIndicator mongoHealthContributor(MongoDatabase database) {
        return () -> {
            try {
                database.runCommand(new Document("ping", 1));
                return Health.up().withDetail("database", database.getName()).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
