package io.sosmed.schedule.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.connector.meta.GraphApi;
import io.sosmed.schedule.connector.meta.MetaConfig;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Graph calls of Facebook Login: the code exchange at {@code /oauth/access_token}, the exchange for a long-lived
 * user token ({@code grant_type=fb_exchange_token}, so the Page tokens derived from it do not expire) and the Pages the
 * person manages with their Page tokens and linked Instagram accounts ({@code GET /me/accounts}).
 */
@ApplicationScoped
public class MetaLogin {

    /** Pages of {@code /me/accounts} read at most (100 per page of results). */
    static final int MAX_RESULT_PAGES = 10;

    private final NetworkHttp http;
    private final GraphApi graph;

    public MetaLogin(NetworkHttp http, MetaConfig meta) {
        this.http = http;
        this.graph = new GraphApi(http, Network.FACEBOOK, meta.graphUrl());
    }

    /** A Page with its token, as the person manages it. */
    public record ManagedPage(MetaPage page, String accessToken) {
    }

    /** Exchanges the code and then the short-lived token for a long-lived user access token. */
    public String userToken(OAuthConfig.Provider provider, String code, String redirectUri) {
        String clientId = provider.clientId().orElseThrow();
        String secret = provider.clientSecret().orElse("");
        JsonNode shortLived = token(provider.tokenUrl(), Map.of("client_id", clientId, "redirect_uri", redirectUri,
                "client_secret", secret, "code", code), "exchange the authorization code");
        JsonNode longLived = token(provider.tokenUrl(), Map.of("grant_type", "fb_exchange_token", "client_id", clientId,
                "client_secret", secret, "fb_exchange_token", shortLived.path("access_token").asText()),
                "obtain a long-lived access token");
        return longLived.path("access_token").asText();
    }

    /** Every Page the user token manages (following the result cursors), in Graph's order. */
    public List<ManagedPage> pages(String userToken) {
        List<ManagedPage> pages = new ArrayList<>();
        String after = null;
        for (int i = 0; i < MAX_RESULT_PAGES; i++) {
            JsonNode body = graph.get(userToken, "/me/accounts", GraphApi.params(
                    "fields", "id,name,access_token,instagram_business_account{id,username}", "limit", "100", "after", after),
                    "list the Pages you manage");
            for (JsonNode page : body.path("data")) {
                JsonNode instagram = page.path("instagram_business_account");
                MetaPage.InstagramAccount linked = instagram.hasNonNull("id")
                        ? new MetaPage.InstagramAccount(instagram.path("id").asText(), instagram.path("username").asText(null))
                        : null;
                pages.add(new ManagedPage(new MetaPage(page.path("id").asText(), page.path("name").asText(), linked),
                        page.path("access_token").asText()));
            }
            after = body.at("/paging/cursors/after").asText(null);
            if (!body.path("paging").hasNonNull("next") || after == null) {
                break;
            }
        }
        return pages;
    }

    private JsonNode token(URI tokenUrl, Map<String, String> parameters, String action) {
        Map<String, String> ordered = new LinkedHashMap<>(parameters);
        String query = String.join("&", ordered.entrySet().stream()
                .map(e -> GraphApi.encode(e.getKey()) + "=" + GraphApi.encode(e.getValue())).toList());
        NetworkResponse response = http.send(Network.FACEBOOK, HttpRequest.newBuilder(URI.create(tokenUrl + "?" + query))
                .header("Accept", "application/json").GET(), false);
        if (!response.isSuccess()) {
            throw graph.failure(response, action);
        }
        return response.json();
    }
}
