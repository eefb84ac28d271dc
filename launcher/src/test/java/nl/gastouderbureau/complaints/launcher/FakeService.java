package nl.gastouderbureau.complaints.launcher;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** Stands in for a service jar: reports how it was started and answers the health check. */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        System.out.println("jvm " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println("env AXONIQ_UPDATE_CHECKER_DISABLED=" + System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED"));
        int port = 0;
        for (String arg : args) {
            System.out.println("arg " + arg);
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
