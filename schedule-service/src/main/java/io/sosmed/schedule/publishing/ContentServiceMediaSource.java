package io.sosmed.schedule.publishing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.schedule.network.MediaItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Reads media from content-service: {@code GET /api/v1/workspaces/{ws}/media/{id}} for the facts and
 * {@code .../content} for the bytes, with schedule-service's service token.
 */
@ApplicationScoped
public class ContentServiceMediaSource implements MediaSource {

    private final MediaConfig config;
    private final Supplier<Optional<String>> bearer;
    private final ObjectMapper mapper;
    private final HttpClient http;

    @Inject
    public ContentServiceMediaSource(MediaConfig config, ServiceAccountToken token, ObjectMapper mapper) {
        this(config, token::bearer, mapper);
    }

    ContentServiceMediaSource(MediaConfig config, Supplier<Optional<String>> bearer, ObjectMapper mapper) {
        this.config = config;
        this.bearer = bearer;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaFacts(UUID id, String type, long sizeBytes, Integer width, Integer height, Double durationSeconds,
            String altText) {
    }

    @Override
    public MediaItem item(String workspaceId, UUID mediaId) {
        URI uri = mediaUri(workspaceId, mediaId);
        HttpResponse<byte[]> response = send(request(uri), HttpResponse.BodyHandlers.ofByteArray(), mediaId);
        check(response.statusCode(), mediaId);
        MediaFacts facts;
        try {
            facts = mapper.readValue(response.body(), MediaFacts.class);
        } catch (IOException e) {
            throw new MediaUnavailable("content-service answered media " + mediaId + " with an unreadable body", true, e);
        }
        URI content = URI.create(uri + "/content");
        return new MediaItem(mediaId, facts.type(), facts.sizeBytes(), facts.width(), facts.height(),
                facts.durationSeconds(), facts.altText(), null, () -> open(content, mediaId));
    }

    private InputStream open(URI content, UUID mediaId) throws IOException {
        HttpResponse<InputStream> response = send(request(content), HttpResponse.BodyHandlers.ofInputStream(), mediaId);
        if (response.statusCode() != 200) {
            response.body().close();
            check(response.statusCode(), mediaId);
        }
        return response.body();
    }

    private HttpRequest request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(config.timeout()).GET();
        bearer.get().ifPresent(token -> builder.header("Authorization", "Bearer " + token));
        return builder.build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, UUID mediaId) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new MediaUnavailable("content-service could not be reached for media " + mediaId, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaUnavailable("interrupted while reading media " + mediaId, true, e);
        }
    }

    private static void check(int status, UUID mediaId) {
        if (status == 404) {
            throw new MediaUnavailable("Media " + mediaId + " is no longer in the media library; edit the post", false, null);
        }
        if (status == 401 || status == 403) {
            throw new MediaUnavailable("schedule-service is not allowed to read media " + mediaId
                    + " (check schedule.media.client-credentials and the sosmed-schedule client)", true, null);
        }
        if (status != 200) {
            throw new MediaUnavailable("content-service answered " + status + " for media " + mediaId, true, null);
        }
    }

    private URI mediaUri(String workspaceId, UUID mediaId) {
        String base = config.contentUrl().endsWith("/") ? config.contentUrl().substring(0, config.contentUrl().length() - 1)
                : config.contentUrl();
        return URI.create(base + "/api/v1/workspaces/" + workspaceId + "/media/" + mediaId);
    }
}
