package nl.gastouderbureau.complaints.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How callers prove who they are. {@code local} (the default): the accounts of DESIGN §7, HTTP
 * Basic for the API and a login form for pages. {@code jwt} (production, also switched on by the
 * Spring profile {@code prod}): bearer tokens from the agency's OIDC provider.
 *
 * @param jwt the token settings; only read in {@code jwt} mode
 */
@ConfigurationProperties("complaints.security")
public record SecuritySettings(Mode mode, Jwt jwt) {

    public enum Mode { LOCAL, JWT }

    public SecuritySettings {
        mode = mode == null ? Mode.LOCAL : mode;
        jwt = jwt == null ? new Jwt(null, null, null, null, null) : jwt;
    }

    /**
     * @param issuer        the {@code iss} every token must carry (required); without a key set or
     *                      public key, the keys are found through the issuer's OIDC discovery document
     * @param jwkSetUri     where the issuer publishes its signing keys
     * @param publicKey     or a single RSA public key (PEM), e.g. {@code file:/etc/complaints/issuer.pem}
     * @param rolesClaim    the claim holding the roles ({@code CLIENT}, {@code STAFF}, {@code MANAGEMENT});
     *                      a dotted path reaches into an object, e.g. {@code realm_access.roles}
     * @param usernameClaim the claim naming the account, as recorded on events; {@code sub} when absent
     */
    public record Jwt(String issuer, String jwkSetUri, Resource publicKey, String rolesClaim, String usernameClaim) {

        public Jwt {
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        }
    }
}
