package nl.gastouderbureau.complaints.support.security;

import nl.gastouderbureau.complaints.testsupport.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final VerifiedCredentials logins = logins();

    @Test
    void aRepeatedLoginIsCheckedAgainstTheHashOnlyOnceWithinItsTimeToLive() {
        Authentication first = logins.authenticate(request("staff", "staff"));
        Authentication second = logins.authenticate(request("staff", "staff"));

        assertThat(first.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("staff");
        assertThat(second.getAuthorities()).extracting(Object::toString).contains("ROLE_STAFF");
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOne() {
        logins.authenticate(request("staff", "staff"));

        assertThatThrownBy(() -> logins.authenticate(request("staff", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logins.authenticate(request("client", "staff"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logins.authenticate(request("staff", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks).as("failures are never remembered: each costs a full check").hasValue(4);
    }

    @Test
    void afterItsTimeToLiveALoginIsCheckedAgain() {
        logins.authenticate(request("client", "client"));
        clock.advance(VerifiedCredentials.DEFAULT_TIME_TO_LIVE.plusSeconds(1));

        assertThat(logins.authenticate(request("client", "client")).getName()).isEqualTo("client");
        assertThat(hashChecks).hasValue(2);
    }

    private VerifiedCredentials logins() {
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(
                User.withUsername("staff").password(bcrypt.encode("staff")).roles("STAFF").build(),
                User.withUsername("client").password(bcrypt.encode("client")).roles("CLIENT").build());
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(accounts);
        verifier.setPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        });
        return new VerifiedCredentials(verifier, VerifiedCredentials.DEFAULT_TIME_TO_LIVE, clock);
    }

    private static UsernamePasswordAuthenticationToken request(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
