package io.sosmed.schedule.credential;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Keys that encrypt network credentials at rest; production must configure them (there is no default). */
@ConfigMapping(prefix = "sosmed.credentials")
public interface CredentialsConfig {

    /** AES keys (base64 of 16, 24 or 32 bytes) by key id; old ids stay so older rows can still be read. */
    Map<String, String> keys();

    /** Id of the key new and rewritten credentials are encrypted with. */
    String activeKey();
}
