package io.sosmed.schedule.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class OutboundUrlGuardTest {

    private final OutboundUrlGuard strict = new OutboundUrlGuard(false);
    private final OutboundUrlGuard local = new OutboundUrlGuard(true);

    @Test
    void refusesPlainHttpAndOtherSchemes() {
        assertThatThrownBy(() -> strict.check(URI.create("http://93.184.215.14/")))
                .isInstanceOf(UnsafeOutboundUrl.class).hasMessageContaining("https");
        assertThatThrownBy(() -> strict.check(URI.create("ftp://93.184.215.14/")))
                .isInstanceOf(UnsafeOutboundUrl.class).hasMessageContaining("https");
        assertThatThrownBy(() -> local.check(URI.create("http://93.184.215.14/")))
                .isInstanceOf(UnsafeOutboundUrl.class).hasMessageContaining("https");
    }

    @Test
    void refusesLoopbackPrivateLinkLocalAndMulticastAddresses() {
        for (String url : new String[] {"https://127.0.0.1", "https://localhost:8443", "https://10.1.2.3",
                "https://172.16.0.1", "https://192.168.1.1", "https://169.254.169.254/latest/meta-data",
                "https://224.0.0.1", "https://0.0.0.0", "https://100.64.0.1", "https://[::1]", "https://[fd00::1]",
                "https://[fe80::1]", "https://[::ffff:10.0.0.1]"}) {
            assertThatThrownBy(() -> strict.check(URI.create(url))).as(url)
                    .isInstanceOf(UnsafeOutboundUrl.class).hasMessageContaining("private or reserved");
        }
    }

    @Test
    void acceptsHttpsToPublicAddresses() {
        strict.check(URI.create("https://93.184.215.14/api/v1/statuses"));
        strict.check(URI.create("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/"));
    }

    @Test
    void localProfileAllowsLoopbackOverHttpButNothingElsePrivate() {
        local.check(URI.create("http://localhost:8089"));
        local.check(URI.create("http://127.0.0.1:8089/xrpc/com.atproto.server.createSession"));
        assertThatThrownBy(() -> local.check(URI.create("https://10.0.0.5")))
                .isInstanceOf(UnsafeOutboundUrl.class);
        assertThatThrownBy(() -> local.check(URI.create("http://169.254.169.254")))
                .isInstanceOf(UnsafeOutboundUrl.class);
    }

    @Test
    void baseUrlsLoseTheirTrailingSlashAndMayNotCarryUserQueryOrFragment() {
        assertThat(local.checkBaseUrl("http://localhost:8089/")).isEqualTo(URI.create("http://localhost:8089"));
        assertThatThrownBy(() -> local.checkBaseUrl("http://user:pw@localhost:8089"))
                .isInstanceOf(UnsafeOutboundUrl.class);
        assertThatThrownBy(() -> local.checkBaseUrl("http://localhost:8089/?x=1"))
                .isInstanceOf(UnsafeOutboundUrl.class);
        assertThatThrownBy(() -> local.checkBaseUrl("not a url"))
                .isInstanceOf(UnsafeOutboundUrl.class);
        assertThatThrownBy(() -> strict.checkBaseUrl("https://no-such-host.invalid"))
                .isInstanceOf(UnsafeOutboundUrl.class).hasMessageContaining("does not resolve");
    }

    @Test
    void publicAddressClassification() throws UnknownHostException {
        assertThat(OutboundUrlGuard.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(OutboundUrlGuard.isPublic(InetAddress.getByName("198.18.0.1"))).isFalse();
        assertThat(OutboundUrlGuard.isPublic(InetAddress.getByName("240.0.0.1"))).isFalse();
    }
}
