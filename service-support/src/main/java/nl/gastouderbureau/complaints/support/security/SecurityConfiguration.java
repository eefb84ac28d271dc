package nl.gastouderbureau.complaints.support.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;

import static nl.gastouderbureau.complaints.support.security.Roles.CLIENT;
import static nl.gastouderbureau.complaints.support.security.Roles.MANAGEMENT;
import static nl.gastouderbureau.complaints.support.security.Roles.STAFF;

/**
 * Who may call what, written once for every service (the paths of DESIGN §5 do not overlap between
 * services, so one rule set serves all four). Anything not named here needs at least a login.
 */
@AutoConfiguration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/feedback").permitAll()
                        .requestMatchers("/api/v1/complaints/**", "/api/v1/my/**").hasRole(CLIENT)
                        .requestMatchers("/api/v1/staff/**", "/api/v1/cases/**", "/api/v1/notifications/**").hasRole(STAFF)
                        .requestMatchers("/api/v1/reports/**").hasRole(MANAGEMENT)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"complaints\"");
                    problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in to do this");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The API is stateless HTTP Basic (no cookies), so there is no session for CSRF to ride on.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }

    /** The local accounts of DESIGN §7. Production replaces them with an OIDC provider's tokens. */
    @Bean
    @ConditionalOnMissingBean
    UserDetailsService localAccounts(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername("client").password(encoder.encode("client")).roles(CLIENT).build(),
                User.withUsername("client2").password(encoder.encode("client2")).roles(CLIENT).build(),
                User.withUsername("staff").password(encoder.encode("staff")).roles(STAFF).build(),
                User.withUsername("manager").password(encoder.encode("manager")).roles(MANAGEMENT).build());
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

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status
                + ",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"detail\":\"" + detail + "\"}");
    }
}
