package nl.gastouderbureau.complaints.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenAuthenticationTest {

    @Test
    void rolesMayBeNestedOrSpaceSeparatedInAnyCase() {
        var nested = new TokenAuthentication(new SecuritySettings.Jwt("iss", null, null, "realm_access.roles", null));
        var spaced = new TokenAuthentication(new SecuritySettings.Jwt("iss", null, null, "scope_roles", null));

        assertThat(nested.convert(jwt(Map.of("realm_access", Map.of("roles", List.of("staff", "ROLE_MANAGEMENT")))))
                .getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF", "ROLE_MANAGEMENT");
        assertThat(spaced.convert(jwt(Map.of("scope_roles", " client  staff"))).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CLIENT", "ROLE_STAFF");
    }

    @Test
    void theAccountIsTheUsernameClaimOrElseTheSubject() {
        var converter = new TokenAuthentication(new SecuritySettings.Jwt("iss", null, null, null, null));

        assertThat(converter.convert(jwt(Map.of("preferred_username", "client"))).getName()).isEqualTo("client");
        assertThat(converter.convert(jwt(Map.of())).getName()).isEqualTo("subject-1");
        assertThat(converter.convert(jwt(Map.of())).getAuthorities()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("subject-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
