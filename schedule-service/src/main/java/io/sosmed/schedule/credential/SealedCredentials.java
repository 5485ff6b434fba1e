package io.sosmed.schedule.credential;

/**
 * Credentials as stored: the id of the key that encrypted them and base64 of IV followed by AES-GCM ciphertext and tag.
 */
public record SealedCredentials(String keyId, String ciphertext) {

    @Override
    public String toString() {
        return "SealedCredentials[key " + keyId + "]";
    }
}
