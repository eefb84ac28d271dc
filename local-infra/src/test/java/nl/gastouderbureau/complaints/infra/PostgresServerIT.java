package nl.gastouderbureau.complaints.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import nl.gastouderbureau.complaints.infra.PostgresServer.Durability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerIT {

    @Test
    void aCreatedDatabaseTakesTablesAndRows() throws Exception {
        try (PostgresServer server = PostgresServer.start(0, null, Durability.FAST)) {
            server.createDatabaseIfMissing("shop");
            server.createDatabaseIfMissing("shop");

            try (Connection connection = connect(server, "shop"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE item (id INT PRIMARY KEY, name TEXT)");
                sql.execute("INSERT INTO item VALUES (1, 'kinderwagen')");
                assertThat(names(sql)).isEqualTo("kinderwagen");
            }
        }
    }

    @Test
    void dataSurvivesARestartAndNoServerOutlivesClose(@TempDir Path dataDir) throws Exception {
        int port;
        try (PostgresServer server = PostgresServer.start(0, dataDir, Durability.DURABLE)) {
            port = server.port();
            server.createDatabaseIfMissing("cases");
            try (Connection connection = connect(server, "cases"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE item (id INT PRIMARY KEY, name TEXT)");
                sql.execute("INSERT INTO item VALUES (1, 'box')");
            }
        }
        assertThat(isListening(port)).isFalse();

        try (PostgresServer server = PostgresServer.start(port, dataDir, Durability.DURABLE);
             Connection connection = connect(server, "cases");
             Statement sql = connection.createStatement()) {
            assertThat(names(sql)).isEqualTo("box");
        }
    }

    @Test
    void asRootADataDirectoryNobodyCanReachIsRefusedWithAHint(@TempDir Path privateDir) {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root hands the server to nobody");

        assertThatThrownBy(() -> PostgresServer.start(0, privateDir.resolve("postgres"), Durability.FAST))
                .hasMessageContaining("chmod o+x " + privateDir);
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }

    private static String names(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT name FROM item")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static boolean isListening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
