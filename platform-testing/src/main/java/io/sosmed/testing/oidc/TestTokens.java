package io.sosmed.testing.oidc;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Real signed JWTs for tests, accepted by {@link OidcTestResource}'s provider. */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "sosmed-api";
    private static final String SIGNING_KEY = "privateKey.jwk";
    private static final String KEY_ID = "1";

    private TestTokens() {
    }

    /** A valid access token for a person or client with the given workspace memberships ({@code /acme/editor}). */
    public static String token(String subject, String username, List<String> memberships) {
        return claims(subject, username, memberships, Instant.now().plus(Duration.ofMinutes(15)))
                .jws().keyId(KEY_ID).sign(SIGNING_KEY);
    }

    /**
     * A client-credentials token of a service client, as Keycloak issues it: the client is the authorized party
     * ({@code azp}), the subject its service account, and it belongs to no workspace.
     */
    public static String service(String clientId) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("service-account-" + clientId)
                .preferredUserName("service-account-" + clientId)
                .claim("azp", clientId)
                .expiresAt(Instant.now().plus(Duration.ofMinutes(15)))
                .jws().keyId(KEY_ID).sign(SIGNING_KEY);
    }

    /** A token that expired ten minutes ago. */
    public static String expired(String subject, String username, List<String> memberships) {
        return claims(subject, username, memberships, Instant.now().minus(Duration.ofMinutes(10)))
                .issuedAt(Instant.now().minus(Duration.ofMinutes(30)))
                .jws().keyId(KEY_ID).sign(SIGNING_KEY);
    }

    /** A well-formed token signed by a key the provider does not know. */
    public static String signedByStranger(String subject, String username, List<String> memberships) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(subject, username, memberships, Instant.now().plus(Duration.ofMinutes(15)))
                    .jws().keyId(KEY_ID).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String username, List<String> memberships, Instant expiry) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .preferredUserName(username)
                .claim("groups", memberships)
                .expiresAt(expiry);
    }
}
