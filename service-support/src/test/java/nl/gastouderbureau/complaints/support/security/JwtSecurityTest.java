package nl.gastouderbureau.complaints.support.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.gastouderbureau.complaints.support.config.PlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Production mode: tokens signed by a test issuer's RSA key, whose public key is configured as PEM. */
@WebMvcTest(SecuredEndpoints.class)
@ImportAutoConfiguration({SecurityConfiguration.class, PlatformConfiguration.class})
class JwtSecurityTest {

    private static final String ISSUER = "https://login.gastouderbureau.test/realms/complaints";
    private static final RSAKey ISSUER_KEY = rsaKey();
    private static final RSAKey OTHER_KEY = rsaKey();

    @DynamicPropertySource
    static void jwtMode(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("issuer-", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(publicKeyOf(ISSUER_KEY)) + "\n-----END PUBLIC KEY-----\n");
        registry.add("complaints.security.mode", () -> "jwt");
        registry.add("complaints.security.jwt.issuer", () -> ISSUER);
        registry.add("complaints.security.jwt.public-key", () -> "file:" + pem);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aValidTokenGivesTheAccountFromItsClaimAndTheRolesFromItsRolesClaim() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1").header("Authorization", bearer(token(ISSUER_KEY, ISSUER, "STAFF", inAnHour()))))
                .andExpect(status().isOk())
                .andExpect(content().string("petra"));
        mvc.perform(get("/api/v1/my/cases").header("Authorization", bearer(token(ISSUER_KEY, ISSUER, "client", inAnHour()))))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenWithAnotherRoleIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1").header("Authorization", bearer(token(ISSUER_KEY, ISSUER, "CLIENT", inAnHour()))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void expiredWronglySignedAndForeignTokensAreRefused() throws Exception {
        Instant expired = Instant.now().minus(Duration.ofMinutes(5));
        for (String token : List.of(
                token(ISSUER_KEY, ISSUER, "STAFF", expired),
                token(OTHER_KEY, ISSUER, "STAFF", inAnHour()),
                token(ISSUER_KEY, "https://evil.example/realms/complaints", "STAFF", inAnHour()),
                "not-a-token")) {
            mvc.perform(get("/api/v1/cases/case-1").header("Authorization", bearer(token)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType("application/problem+json"));
        }
    }

    @Test
    void withoutATokenTheApiAsksForOneAndTheLocalAccountsDoNotExist() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("staff", "staff"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/feedback")).andExpect(status().isOk());
    }

    private static Instant inAnHour() {
        return Instant.now().plus(Duration.ofHours(1));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String token(RSAKey key, String issuer, String role, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("3f1c2a")
                .claim("preferred_username", "petra")
                .claim("roles", List.of(role))
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expiresAt))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] publicKeyOf(RSAKey key) {
        try {
            return key.toRSAPublicKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
