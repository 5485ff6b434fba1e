package io.sosmed.analytics.link;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Short links. */
@ConfigMapping(prefix = "sosmed.links")
public interface LinkConfig {

    /** Public base URL short links are shown under; the code is appended. */
    @WithDefault("http://localhost:8083/l/")
    String baseUrl();

    /** Name of the query parameter the redirect adds with the click id, for conversions to quote. */
    @WithDefault("sclid")
    String clickIdParameter();
}
