package io.sosmed.schedule.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private static final Map<String, String> SECRET = Map.of("accessToken", "tok-very-secret-123");
    private static final String CHANNEL = "5b0e7f0a-6b52-4d5c-9d0f-1f0a3e4c2b11";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void sealedValueHidesTheSecretAndOpensAgain() {
        CredentialCipher cipher = new CredentialCipher(Map.of("k1", OLD_KEY), "k1", mapper);

        SealedCredentials sealed = cipher.seal(SECRET, CHANNEL);

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(sealed.ciphertext()).doesNotContain("tok-very-secret-123");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("secret");
        assertThat(cipher.open(sealed, CHANNEL)).isEqualTo(SECRET);
        assertThat(sealed.toString()).doesNotContain(sealed.ciphertext());
    }

    @Test
    void everySealUsesAFreshIv() {
        CredentialCipher cipher = new CredentialCipher(Map.of("k1", OLD_KEY), "k1", mapper);

        String first = cipher.seal(SECRET, CHANNEL).ciphertext();
        String second = cipher.seal(SECRET, CHANNEL).ciphertext();

        assertThat(first).isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first)).hasSizeGreaterThan(12 + 16);
        assertThat(java.util.Arrays.copyOf(Base64.getDecoder().decode(first), 12))
                .isNotEqualTo(java.util.Arrays.copyOf(Base64.getDecoder().decode(second), 12));
    }

    @Test
    void rotationKeepsOldRowsReadableAndSealsNewOnesWithTheActiveKey() {
        SealedCredentials old = new CredentialCipher(Map.of("k1", OLD_KEY), "k1", mapper).seal(SECRET, CHANNEL);
        CredentialCipher rotated = new CredentialCipher(Map.of("k1", OLD_KEY, "k2", NEW_KEY), "k2", mapper);

        assertThat(rotated.open(old, CHANNEL)).isEqualTo(SECRET);
        assertThat(rotated.seal(SECRET, CHANNEL).keyId()).isEqualTo("k2");
    }

    @Test
    void ciphertextIsBoundToItsChannelAndTamperingIsDetected() {
        CredentialCipher cipher = new CredentialCipher(Map.of("k1", OLD_KEY), "k1", mapper);
        SealedCredentials sealed = cipher.seal(SECRET, CHANNEL);
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 1] ^= 1;
        SealedCredentials tampered = new SealedCredentials("k1", Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> cipher.open(sealed, "another-channel")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(tampered, CHANNEL)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesMissingActiveKeyAndMalformedKeys() {
        assertThatThrownBy(() -> new CredentialCipher(Map.of("k1", OLD_KEY), "k9", mapper))
                .hasMessageContaining("k9");
        assertThatThrownBy(() -> new CredentialCipher(Map.of("k1", "c2hvcnQ="), "k1", mapper))
                .hasMessageContaining("16, 24 or 32 bytes");
        assertThatThrownBy(() -> new CredentialCipher(Map.of("k1", "not base64!"), "k1", mapper))
                .hasMessageContaining("base64");
        CredentialCipher cipher = new CredentialCipher(Map.of("k1", OLD_KEY), "k1", mapper);
        assertThatThrownBy(() -> cipher.open(new SealedCredentials("gone", "AAAA"), CHANNEL))
                .hasMessageContaining("no longer configured");
    }
}
