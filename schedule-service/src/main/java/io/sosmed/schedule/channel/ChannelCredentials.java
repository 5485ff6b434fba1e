package io.sosmed.schedule.channel;

import io.sosmed.schedule.credential.CredentialCipher;
import io.sosmed.schedule.credential.SealedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Reads and writes a channel's credentials, encrypted with the active key and bound to the channel's id. */
@ApplicationScoped
public class ChannelCredentials {

    private final CredentialCipher cipher;

    public ChannelCredentials(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    public void store(Channel channel, Map<String, String> credentials) {
        SealedCredentials sealed = cipher.seal(credentials, channel.id.toString());
        channel.credentialsKeyId = sealed.keyId();
        channel.credentialsCiphertext = sealed.ciphertext();
    }

    /** Replaces the named values and keeps the others (a refreshed access token keeps the refresh token). */
    public void merge(Channel channel, Map<String, String> changed) {
        Map<String, String> merged = new HashMap<>(read(channel));
        merged.putAll(changed);
        store(channel, merged);
    }

    public Map<String, String> read(Channel channel) {
        if (channel.credentialsCiphertext == null) {
            return Map.of();
        }
        return cipher.open(new SealedCredentials(channel.credentialsKeyId, channel.credentialsCiphertext),
                channel.id.toString());
    }

    public void erase(Channel channel) {
        channel.credentialsKeyId = null;
        channel.credentialsCiphertext = null;
        channel.tokenExpiresAt = null;
    }
}
