package io.sosmed.testing.oidc;

import java.util.List;

/** The demo people and integration client of the {@code sosmed} realm, with the same workspace roles. */
public enum DemoUser {
    ALICE("/acme/admin"),
    EDDIE("/acme/editor"),
    AVERY("/acme/approver"),
    PAULA("/acme/publisher"),
    NINA("/acme/analyst"),
    GABE("/acme/agent"),
    VERA("/acme/viewer"),
    OSCAR("/globex/admin"),
    INTEGRATION("/acme/agent", "/acme/analyst");

    private final List<String> memberships;

    DemoUser(String... memberships) {
        this.memberships = List.of(memberships);
    }

    /** The token subject ({@code sub}). */
    public String subject() {
        return "user-" + username();
    }

    public String username() {
        return this == INTEGRATION ? "service-account-sosmed-integration" : name().toLowerCase();
    }

    public List<String> memberships() {
        return memberships;
    }

    public String token() {
        return TestTokens.token(subject(), username(), memberships);
    }

    /** Authorization header value. */
    public String bearer() {
        return "Bearer " + token();
    }
}
