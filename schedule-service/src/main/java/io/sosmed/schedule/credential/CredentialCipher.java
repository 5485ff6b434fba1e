package io.sosmed.schedule.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a channel's credentials with AES-GCM (fresh random 12-byte IV per value, 128-bit tag), binding the ciphertext
 * to its channel id as associated data so a value copied onto another row does not decrypt. Fails at startup when the
 * active key is missing or malformed.
 */
@ApplicationScoped
@Startup
public class CredentialCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKey;
    private final ObjectMapper mapper;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public CredentialCipher(CredentialsConfig config, ObjectMapper mapper) {
        this(config.keys(), config.activeKey(), mapper);
    }

    public CredentialCipher(Map<String, String> base64Keys, String activeKey, ObjectMapper mapper) {
        base64Keys.forEach((id, value) -> keys.put(id, parseKey(id, value)));
        if (!keys.containsKey(activeKey)) {
            throw new IllegalStateException("sosmed.credentials.active-key names key '" + activeKey
                    + "', which sosmed.credentials.keys does not define");
        }
        this.activeKey = activeKey;
        this.mapper = mapper;
    }

    public String activeKeyId() {
        return activeKey;
    }

    public SealedCredentials seal(Map<String, String> credentials, String channelId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(channelId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(mapper.writeValueAsBytes(credentials));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new SealedCredentials(activeKey, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot encrypt credentials of channel " + channelId, e);
        }
    }

    public Map<String, String> open(SealedCredentials sealed, String channelId) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Credentials of channel " + channelId + " use key '" + sealed.keyId()
                    + "', which is no longer configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(channelId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return mapper.readValue(plain, MAP);
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Credentials of channel " + channelId + " cannot be decrypted", e);
        }
    }

    private static SecretKey parseKey(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sosmed.credentials.keys." + id + " is not base64");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalStateException("sosmed.credentials.keys." + id + " must be 16, 24 or 32 bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
