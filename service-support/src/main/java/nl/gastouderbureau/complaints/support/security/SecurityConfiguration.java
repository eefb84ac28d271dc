package nl.gastouderbureau.complaints.support.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;

import static nl.gastouderbureau.complaints.support.security.Roles.CLIENT;
import static nl.gastouderbureau.complaints.support.security.Roles.MANAGEMENT;
import static nl.gastouderbureau.complaints.support.security.Roles.STAFF;

/**
 * Who may call what, written once for every service (the paths of DESIGN §5 do not overlap between
 * services, so one rule set serves all four), and how callers log in ({@link SecuritySettings}).
 * <p>
 * Two chains share the rules. The API ({@code /api/**}, {@code /actuator/**}) is stateless: HTTP
 * Basic or a bearer token on every request, no session and so no CSRF, errors as problem+json.
 * Pages keep a session after the login form and have CSRF protection. In {@code jwt} mode pages
 * take the bearer token as well; a login gateway in front of them supplies it.
 */
@AutoConfiguration
@EnableConfigurationProperties(SecuritySettings.class)
@Import(LoginPage.class)
public class SecurityConfiguration {

    static final String MODE = "complaints.security.mode";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The one place where paths meet roles. Anything not named here needs at least a login. */
    static Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> roleRules() {
        return rules -> rules
                .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info", "/error").permitAll()
                .requestMatchers("/login", "/css/**", "/favicon.ico").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/feedback").permitAll()
                .requestMatchers("/", "/feedback/**").permitAll()
                .requestMatchers("/api/v1/complaints/**", "/api/v1/my/**", "/complaint/**", "/my/**").hasRole(CLIENT)
                .requestMatchers("/api/v1/staff/**", "/api/v1/cases/**", "/api/v1/notifications/**",
                        "/api/v1/data-subjects/**", "/staff/**", "/cases/**").hasRole(STAFF)
                .requestMatchers("/api/v1/reports/**", "/reports/**").hasRole(MANAGEMENT)
                .requestMatchers("/api/v1/admin/**").hasAnyRole(STAFF, MANAGEMENT)
                .anyRequest().authenticated();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(roleRules())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Credentials travel on every request, never in a cookie, so there is nothing for CSRF to ride on.
                .csrf(csrf -> csrf.disable());
        if (settings.mode() == SecuritySettings.Mode.JWT) {
            http.oauth2ResourceServer(tokens -> tokens
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenAuthentication(settings.jwt())))
                    .authenticationEntryPoint(unauthorized("Bearer")));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized("Basic realm=\"complaints\"")));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.authorizeHttpRequests(roleRules())
                // Pages load scripts and styles only from their own service (no CDN), so a script
                // smuggled into a stored text has nowhere to run from; inline styles stay allowed.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (settings.mode() == SecuritySettings.Mode.JWT) {
            http.oauth2ResourceServer(tokens -> tokens
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenAuthentication(settings.jwt()))));
        } else {
            http.formLogin(form -> form.loginPage("/login").permitAll())
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        }
        return http.build();
    }

    /** The local accounts of DESIGN §7, passwords kept only as hashes. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = MODE, havingValue = "local", matchIfMissing = true)
    UserDetailsService localAccounts(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("client").password(encoder.encode("client")).roles(CLIENT).build(),
                User.withUsername("client2").password(encoder.encode("client2")).roles(CLIENT).build(),
                User.withUsername("staff").password(encoder.encode("staff")).roles(STAFF).build(),
                User.withUsername("manager").password(encoder.encode("manager")).roles(MANAGEMENT).build());
    }

    /**
     * Local accounts checked against their hashes, each verified login remembered for a few
     * minutes ({@link VerifiedCredentials}); used by HTTP Basic and the login form alike.
     */
    @Bean
    @ConditionalOnMissingBean(AuthenticationProvider.class)
    @ConditionalOnProperty(name = MODE, havingValue = "local", matchIfMissing = true)
    AuthenticationProvider localAccountLogins(UserDetailsService accounts, PasswordEncoder encoder,
                                              ObjectProvider<Clock> clock) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(accounts);
        verifier.setPasswordEncoder(encoder);
        return new VerifiedCredentials(verifier, VerifiedCredentials.DEFAULT_TIME_TO_LIVE,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * BCrypt at a low cost: HTTP Basic checks the password on every request, and at the default
     * cost of 10 that alone would cap a service at a few dozen authenticated requests per second.
     */
    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(4);
    }

    /**
     * Checks signature, expiry (with a minute of clock skew) and issuer of every token. Keys come
     * from the configured public key, the JWK set, or the issuer's discovery document, in that order.
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = MODE, havingValue = "jwt")
    JwtDecoder jwtDecoder(SecuritySettings settings) {
        SecuritySettings.Jwt jwt = settings.jwt();
        if (jwt.issuer() == null || jwt.issuer().isBlank()) {
            throw new IllegalStateException("complaints.security.jwt.issuer is required when " + MODE + "=jwt");
        }
        NimbusJwtDecoder decoder = jwt.publicKey() != null
                ? NimbusJwtDecoder.withPublicKey(rsaPublicKey(jwt)).build()
                : jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(jwt.issuer()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(jwt.issuer()));
        return decoder;
    }

    private static RSAPublicKey rsaPublicKey(SecuritySettings.Jwt jwt) {
        try (InputStream in = jwt.publicKey().getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("complaints.security.jwt.public-key is not a readable RSA public key (PEM)", e);
        }
    }

    private static AuthenticationEntryPoint unauthorized(String challenge) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", challenge);
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in to do this");
        };
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The byte stream, not the writer: a writer would append a charset that JSON does not take.
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"status\":" + status
                + ",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
