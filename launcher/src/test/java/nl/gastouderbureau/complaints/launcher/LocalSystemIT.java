package nl.gastouderbureau.complaints.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.launcher.LocalSystem.Options;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The launcher with real infrastructure and stand-in service jars, on free ports. */
class LocalSystemIT {

    private Path root;

    @BeforeEach
    void createProjectDirectory() throws IOException {
        // Under the system temp directory and open to others: as root, PostgreSQL runs as nobody and must reach its data.
        root = Files.createTempDirectory("launcher-it-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @AfterEach
    void deleteProjectDirectory() throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void startsEachServiceWiredToTheInfrastructureAndASecondRunFindsTheData() throws Exception {
        for (Service service : Service.values()) {
            writeJar(service, FakeService.class);
        }
        Options options = new Options(root, root.resolve(".local-data"), true);

        try (LocalSystem system = LocalSystem.start(options)) {
            for (Service service : Service.values()) {
                assertThat(health(system.url(service))).isEqualTo(200);
                assertThat(log(service))
                        .contains("arg --server.port=" + system.url(service).getPort())
                        .contains("arg --spring.kafka.bootstrap-servers=" + system.kafkaBootstrapServers())
                        .contains("arg --spring.mongodb.uri=" + system.mongoUri(service.database()))
                        .contains("-Xmx224m, -XX:+UseSerialGC")
                        .contains("env AXONIQ_UPDATE_CHECKER_DISABLED=true");
            }
            assertThat(log(Service.CASE)).contains("arg --spring.datasource.url=" + system.casesJdbcUrl(),
                    "arg --spring.datasource.username=postgres", "arg --spring.datasource.password=",
                    "arg --complaints.pages.intake-url=" + system.url(Service.INTAKE));
            assertThat(log(Service.NOTIFICATION)).contains("arg --spring.mail.host=localhost",
                    "arg --spring.mail.port=" + system.mail().port());
            assertThat(log(Service.INTAKE)).contains("arg --complaints.mail-in.enabled=true",
                    "arg --complaints.mail-in.host=localhost",
                    "arg --complaints.mail-in.port=" + system.mail().imapPort(),
                    "arg --complaints.mail-in.username=feedback@gastouderbureau.example",
                    "arg --complaints.mail-in.password=feedback",
                    "arg --complaints.mail-in.poll-interval=PT10S",
                    "arg --complaints.pages.case-url=" + system.url(Service.CASE));

            try (Connection connection = DriverManager.getConnection(system.casesJdbcUrl(), "postgres", "postgres");
                 Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE marker (id INT)");
            }
            sendMail(system.mail(), "ouder@example.org", "Eerste run");
            system.mail().awaitMessages(1, Duration.ofSeconds(5));
            sendMail(system.mail(), "feedback@gastouderbureau.example", "Aan het bureau");
            assertThat(mailboxSubjects(system.mail())).containsExactly("Aan het bureau");
        }
        assertThat(servicesStillRunning()).isEmpty();

        try (LocalSystem system = LocalSystem.start(options);
             Connection connection = DriverManager.getConnection(system.casesJdbcUrl(), "postgres", "postgres");
             Statement sql = connection.createStatement()) {
            sql.execute("SELECT * FROM marker");
            assertThat(MailCatcher.storedFiles(system.mail().storeDirectory()))
                    .singleElement()
                    .satisfies(file -> assertThat(MailCatcher.read(file).subject()).isEqualTo("Eerste run"));
        }
    }

    @Test
    void aServiceThatDiesStopsTheStartAndEverythingElse() throws Exception {
        for (Service service : Service.values()) {
            writeJar(service, service == Service.CASE ? CrashingService.class : FakeService.class);
        }

        assertThatThrownBy(() -> LocalSystem.start(new Options(root, root.resolve(".local-data"), true)))
                .hasMessageContaining("case-service stopped with exit code 3")
                .hasMessageContaining("Application run failed: no event store");
        assertThat(servicesStillRunning()).isEmpty();
    }

    private List<ProcessHandle> servicesStillRunning() {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(root.toString()))
                .toList();
    }

    private String log(Service service) throws IOException {
        return Files.readString(root.resolve(".local-data/logs/" + service.artifact() + ".log"));
    }

    private static int health(URI baseUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/actuator/health")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> mailboxSubjects(MailCatcher mail) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.imap.host", mail.host());
        settings.put("mail.imap.port", String.valueOf(mail.imapPort()));
        Store store = Session.getInstance(settings).getStore("imap");
        store.connect(mail.mailbox().address(), mail.mailbox().password());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }

    private static void sendMail(MailCatcher mail, String to, String subject) throws Exception {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", mail.host());
        settings.put("mail.smtp.port", String.valueOf(mail.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(settings));
        message.setFrom("klachten@gastouderbureau.nl");
        message.setRecipients(RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject);
        message.setText("Tekst.");
        Transport.send(message);
    }

    /** A runnable jar at the place where the build leaves the service's jar, holding one test class as its main. */
    private void writeJar(Service service, Class<?> mainClass) throws IOException {
        Path jar = service.jarIn(root);
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String classFile = mainClass.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.putNextEntry(new JarEntry(classFile));
            try (var in = mainClass.getClassLoader().getResourceAsStream(classFile)) {
                in.transferTo(jarOut);
            }
            jarOut.closeEntry();
        }
    }
}
