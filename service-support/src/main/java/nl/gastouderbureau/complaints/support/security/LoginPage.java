package nl.gastouderbureau.complaints.support.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The login form for pages in the local profile, Dutch unless the visitor chose English. Plain
 * HTML from here rather than a template, so every service has the same form without a template
 * engine; only escaped values go into it.
 */
@Controller
@ConditionalOnProperty(name = SecurityConfiguration.MODE, havingValue = "local", matchIfMissing = true)
class LoginPage {

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request, CsrfToken csrf) {
        boolean english = "en".equals(RequestContextUtils.getLocale(request).getLanguage());
        Text text = english ? Text.ENGLISH : Text.DUTCH;
        String notice = request.getParameter("error") != null ? """
                <div class="error-summary" role="alert" tabindex="-1" id="error-summary"><p>%s</p></div>"""
                .formatted(text.failed)
                : request.getParameter("logout") != null ? "<p role=\"status\">" + text.loggedOut + "</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:sans-serif;max-width:30rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                label{display:block;font-weight:bold;margin-top:1rem}input{font-size:1rem;padding:.4rem;width:100%%}
                button{margin-top:1.5rem;font-size:1rem;padding:.5rem 1.5rem}
                .error-summary{border:3px solid #d4351c;padding:.5rem 1rem}:focus{outline:3px solid #fd0}</style></head>
                <body><main>
                <h1>%s</h1>
                %s
                <form method="post" action="/login">
                <label for="username">%s</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">%s</button>
                </form>
                <p><a href="?lang=%s">%s</a></p>
                </main></body></html>
                """.formatted(text.lang, text.title, text.title, notice, text.username, text.password,
                htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()), text.submit,
                english ? "nl" : "en", english ? "Nederlands" : "English");
    }

    private enum Text {
        DUTCH("nl", "Inloggen", "Gebruikersnaam", "Wachtwoord", "Inloggen",
                "Gebruikersnaam of wachtwoord klopt niet.", "U bent uitgelogd."),
        ENGLISH("en", "Log in", "User name", "Password", "Log in",
                "User name or password is not correct.", "You have logged out.");

        final String lang;
        final String title;
        final String username;
        final String password;
        final String submit;
        final String failed;
        final String loggedOut;

        Text(String lang, String title, String username, String password, String submit, String failed, String loggedOut) {
            this.lang = lang;
            this.title = title;
            this.username = username;
            this.password = password;
            this.submit = submit;
            this.failed = failed;
            this.loggedOut = loggedOut;
        }
    }
}
