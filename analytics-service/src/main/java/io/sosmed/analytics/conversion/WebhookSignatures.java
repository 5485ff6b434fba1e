package io.sosmed.analytics.conversion;

import io.sosmed.analytics.Database;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Verifies {@code Sosmed-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} with the workspace's secret:
 * the timestamp must be within the tolerance, the MAC must match (compared in constant time), and a signature is
 * accepted once only.
 */
@ApplicationScoped
public class WebhookSignatures {

    public static final String HEADER = "Sosmed-Signature";
    static final String CONFIG_PREFIX = "sosmed.conversion-webhook-secrets.";

    private final Database db;
    private final Config config;
    private final ConversionConfig conversions;

    public WebhookSignatures(Database db, Config config, ConversionConfig conversions) {
        this.db = db;
        this.config = config;
        this.conversions = conversions;
    }

    /** Throws 401 unless the header signs this body for this workspace now, for the first time. */
    @Transactional
    public void verify(String workspaceId, String header, String body, Instant now) {
        String secret = secret(workspaceId).orElseThrow(() -> Conversions.unauthorized("No webhook secret is set up"));
        Long timestamp = null;
        String signature = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw Conversions.unauthorized("t is not a Unix timestamp");
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signature = pair[1].toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (timestamp == null || signature == null) {
            throw Conversions.unauthorized(HEADER + " must be t=<unix seconds>,v1=<hex HMAC-SHA256>");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
        if (skew.compareTo(conversions.webhookTolerance()) > 0) {
            throw Conversions.unauthorized("Timestamp outside the " + conversions.webhookTolerance().toMinutes()
                    + "-minute tolerance");
        }
        String expected = sign(secret, timestamp, body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            throw Conversions.unauthorized("Signature does not match");
        }
        int fresh = db.update("insert into webhook_signature (signature, workspace_id, received_at) values (?, ?, ?) "
                + "on conflict do nothing", workspaceId + ":" + signature, workspaceId, now);
        if (fresh == 0) {
            throw new ProblemException(409, "replayed", "Replayed webhook", "This signature was already accepted");
        }
    }

    /** A new random secret for the workspace, replacing any configured one; shown once. */
    @Transactional
    public String rotate(String workspaceId) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.update("insert into webhook_secret (workspace_id, secret, created_at) values (?, ?, ?) "
                + "on conflict (workspace_id) do update set secret = excluded.secret, created_at = excluded.created_at",
                workspaceId, secret, Instant.now());
        return secret;
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> secret(String workspaceId) {
        Optional<String> stored = db.query("select secret from webhook_secret where workspace_id = ?",
                row -> row.string("secret"), workspaceId).stream().findFirst();
        return stored.isPresent() ? stored : config.getOptionalValue(CONFIG_PREFIX + workspaceId, String.class)
                .filter(s -> !s.isBlank());
    }
}
