package nl.gastouderbureau.complaints.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's view of one service: a cookie jar, and a login through the form with its CSRF token,
 * as a person logs in to pages (pages take no HTTP Basic).
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    private PageSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static PageSession anonymous(URI base) {
        return new PageSession(base);
    }

    static PageSession loggedIn(URI base, String user, String password) throws Exception {
        PageSession session = new PageSession(base);
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(session.csrfToken("/login"));
        HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String to = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException("Login as " + user + " failed: " + login.statusCode() + " " + to);
        }
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF token the page at {@code path} carries in its forms. */
    String csrfToken(String path) throws Exception {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.group(1);
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
