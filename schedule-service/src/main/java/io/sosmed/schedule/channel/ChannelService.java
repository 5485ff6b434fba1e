package io.sosmed.schedule.channel;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.outbound.OutboundUrlGuard;
import io.sosmed.schedule.outbound.UnsafeOutboundUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Connects, lists, changes and disconnects channels; every change records its event in the same transaction. */
@ApplicationScoped
public class ChannelService {

    /** Networks connected through OAuth2 rather than credentials in the request body. */
    static final Set<Network> OAUTH_NETWORKS = EnumSet.of(Network.X, Network.LINKEDIN, Network.FACEBOOK,
            Network.INSTAGRAM, Network.THREADS);
    private static final String DEFAULT_ZONE = "UTC";
    private static final int MAX_DISPLAY_NAME = 100;

    private final ChannelRepository channels;
    private final ChannelCredentials credentials;
    private final ChannelEvents events;
    private final AccountVerifiers verifiers;
    private final OutboundUrlGuard guard;

    public ChannelService(ChannelRepository channels, ChannelCredentials credentials, ChannelEvents events,
            AccountVerifiers verifiers, OutboundUrlGuard guard) {
        this.channels = channels;
        this.credentials = credentials;
        this.events = events;
        this.verifiers = verifiers;
        this.guard = guard;
    }

    /** The outcome of a connect: a new channel, or an existing one that needed reconnecting. */
    public record Connected(Channel channel, boolean created) {
    }

    /** Verifies the credentials with the network (outside any transaction), then stores the channel. */
    public Connected connect(String workspaceId, String by, ConnectChannelRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Network network = parseNetwork(request.network(), errors);
        AccountVerifier verifier = network == null ? null : verifierFor(workspaceId, network, errors);
        String zone = zone(request.zone() == null ? DEFAULT_ZONE : request.zone(), errors);
        String displayName = displayName(request.displayName(), errors);
        URI instanceUrl = null;
        Map<String, String> given = request.credentials() == null ? Map.of() : request.credentials();
        if (verifier != null) {
            instanceUrl = verifier.federated() ? instanceUrl(request.instanceUrl(), verifier, errors) : null;
            for (String name : verifier.requiredCredentials()) {
                String value = given.get(name);
                if (value == null || value.isBlank()) {
                    errors.add(new Problem.FieldError("credentials." + name, "is required for " + network));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ChannelProblems.invalid(errors);
        }
        VerifiedAccount account;
        try {
            account = verifier.verify(instanceUrl, given);
        } catch (NetworkException e) {
            Log.infof("Workspace %s could not connect a %s channel at %s: %s (%s)", workspaceId, network, instanceUrl,
                    e.code(), e.kind());
            throw ChannelProblems.verificationFailed(network, e);
        }
        return connectVerified(workspaceId, by, network, instanceUrl, zone, displayName, account);
    }

    /** Stores an account the network already confirmed (direct credentials or a completed OAuth flow). */
    public Connected connectVerified(String workspaceId, String by, Network network, URI instanceUrl, String zone,
            String displayName, VerifiedAccount account) {
        return QuarkusTransaction.requiringNew().call(() -> store(workspaceId, by, network, instanceUrl, zone,
                displayName, account));
    }

    private Connected store(String workspaceId, String by, Network network, URI instanceUrl, String zone,
            String displayName, VerifiedAccount account) {
        Instant now = Instant.now();
        Channel existing = channels.findConnectedAccount(workspaceId, network, account.accountId()).orElse(null);
        if (existing != null && existing.status == ChannelStatus.ACTIVE) {
            throw ChannelProblems.alreadyConnected(existing);
        }
        if (existing != null) {
            existing.status = ChannelStatus.ACTIVE;
            existing.statusReason = null;
            existing.handle = account.handle();
            existing.instanceUrl = instanceUrl == null ? null : instanceUrl.toString();
            existing.maxTextLength = account.limits().maxTextLength();
            existing.maxMedia = account.limits().maxMedia();
            existing.tokenExpiresAt = account.tokenExpiresAt();
            existing.updatedAt = now;
            credentials.store(existing, account.credentials());
            events.updated(existing);
            Log.infof("Workspace %s reconnected %s channel %s (%s)", workspaceId, network, existing.id, existing.handle);
            return new Connected(existing, false);
        }
        Channel channel = new Channel();
        channel.id = UUID.randomUUID();
        channel.workspaceId = workspaceId;
        channel.network = network;
        channel.accountId = account.accountId();
        channel.handle = account.handle();
        channel.displayName = displayName != null ? displayName : account.displayName();
        channel.instanceUrl = instanceUrl == null ? null : instanceUrl.toString();
        channel.zone = zone;
        channel.status = ChannelStatus.ACTIVE;
        channel.maxTextLength = account.limits().maxTextLength();
        channel.maxMedia = account.limits().maxMedia();
        channel.tokenExpiresAt = account.tokenExpiresAt();
        channel.connectedBy = by;
        channel.createdAt = now;
        channel.updatedAt = now;
        credentials.store(channel, account.credentials());
        channels.persist(channel);
        events.connected(channel);
        Log.infof("Workspace %s connected %s channel %s (%s)", workspaceId, network, channel.id, channel.handle);
        return new Connected(channel, true);
    }

    public ChannelPage list(String workspaceId, String status, String network, String cursor, int limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ChannelStatus> statuses = List.of(ChannelStatus.ACTIVE, ChannelStatus.NEEDS_RECONNECT);
        if (status != null) {
            try {
                statuses = List.of(ChannelStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("status", "must be one of " + List.of(ChannelStatus.values())));
            }
        }
        Network networkFilter = network == null ? null : parseNetwork(network, errors);
        if (!errors.isEmpty()) {
            throw ChannelProblems.invalid(errors);
        }
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        List<Channel> found = channels.page(workspaceId, statuses, networkFilter, after, limit + 1);
        List<Channel> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new ChannelPage(page.stream().map(ChannelResponse::of).toList(), next);
    }

    public Channel get(String workspaceId, String channelId) {
        return find(workspaceId, channelId);
    }

    @Transactional
    public Channel update(String workspaceId, String channelId, UpdateChannelRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String zone = request.zone() == null ? null : zone(request.zone(), errors);
        String displayName = displayName(request.displayName(), errors);
        if (!errors.isEmpty()) {
            throw ChannelProblems.invalid(errors);
        }
        Channel channel = find(workspaceId, channelId);
        if (channel.status == ChannelStatus.DISCONNECTED) {
            throw ChannelProblems.disconnected(channel);
        }
        boolean changed = false;
        if (zone != null && !zone.equals(channel.zone)) {
            channel.zone = zone;
            changed = true;
        }
        if (displayName != null && !displayName.equals(channel.displayName)) {
            channel.displayName = displayName;
            changed = true;
        }
        if (changed) {
            channel.updatedAt = Instant.now();
            events.updated(channel);
        }
        return channel;
    }

    /** Marks the channel disconnected and erases its credentials; disconnecting twice changes nothing. */
    @Transactional
    public void disconnect(String workspaceId, String channelId, String by) {
        Channel channel = find(workspaceId, channelId);
        if (channel.status == ChannelStatus.DISCONNECTED) {
            return;
        }
        Instant now = Instant.now();
        channel.status = ChannelStatus.DISCONNECTED;
        channel.statusReason = null;
        channel.disconnectedAt = now;
        channel.updatedAt = now;
        credentials.erase(channel);
        events.disconnected(channel, by);
        Log.infof("Workspace %s disconnected %s channel %s", workspaceId, channel.network, channel.id);
    }

    private Channel find(String workspaceId, String channelId) {
        UUID id = ChannelIds.parse(channelId).orElseThrow(() -> ChannelProblems.notFound(channelId));
        return channels.findInWorkspace(workspaceId, id).orElseThrow(() -> ChannelProblems.notFound(channelId));
    }

    private AccountVerifier verifierFor(String workspaceId, Network network, List<Problem.FieldError> errors) {
        AccountVerifier verifier = verifiers.of(network).orElse(null);
        if (verifier == null) {
            errors.add(new Problem.FieldError("network", OAUTH_NETWORKS.contains(network)
                    ? network + " connects through OAuth: GET /api/v1/workspaces/" + workspaceId + "/channels/oauth/"
                    + network.name().toLowerCase(java.util.Locale.ROOT) + "/start"
                    : network + " cannot be connected yet"));
        }
        return verifier;
    }

    private URI instanceUrl(String value, AccountVerifier verifier, List<Problem.FieldError> errors) {
        String url = value == null || value.isBlank() ? verifier.defaultInstanceUrl() : value;
        if (url == null) {
            errors.add(new Problem.FieldError("instanceUrl", "is required for " + verifier.network()
                    + ": the URL of the account's server, e.g. https://mastodon.social"));
            return null;
        }
        try {
            return guard.checkBaseUrl(url);
        } catch (UnsafeOutboundUrl e) {
            errors.add(new Problem.FieldError("instanceUrl", e.getMessage()));
            return null;
        }
    }

    private static Network parseNetwork(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError("network", "is required"));
            return null;
        }
        return Network.parse(value).orElseGet(() -> {
            errors.add(new Problem.FieldError("network", "must be one of " + List.of(Network.values())));
            return null;
        });
    }

    private static String zone(String value, List<Problem.FieldError> errors) {
        try {
            ZoneId zone = ZoneId.of(value.trim());
            if (zone instanceof java.time.ZoneOffset) {
                throw new DateTimeException("an offset is not a region");
            }
            return zone.getId();
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("zone", "must be an IANA time zone such as Europe/Berlin"));
            return null;
        }
    }

    private static String displayName(String value, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DISPLAY_NAME) {
            errors.add(new Problem.FieldError("displayName", "must be 1 to " + MAX_DISPLAY_NAME + " characters"));
            return null;
        }
        return trimmed;
    }
}
