package nl.gastouderbureau.complaints.support.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a user name and password were verified, so that HTTP Basic,
 * which sends them on every request, pays for one password hash check per client and not one per
 * request: profiled under load, BCrypt was more than half of intake's CPU.
 * <p>
 * Only successes are remembered, so every wrong guess still costs a full check. The password is
 * never kept: the key is an HMAC of it under a random secret that lives only in this process.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);
    /** More distinct logins than this within the time to live start over with an empty memory. */
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec secret;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(AuthenticationProvider verifier, Duration timeToLive, Clock clock) {
        this.verifier = verifier;
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    private record Verified(Authentication authentication, Instant until) {
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        if (!(request.getCredentials() instanceof String password)) {
            return verifier.authenticate(request);
        }
        String key = request.getName() + '\0' + fingerprint(password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication authentication = verifier.authenticate(request);
        if (authentication != null && authentication.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(authentication, now.plus(timeToLive)));
        }
        return authentication;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
