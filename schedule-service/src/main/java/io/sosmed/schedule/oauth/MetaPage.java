package io.sosmed.schedule.oauth;

/**
 * A Facebook Page the person manages, as {@code GET /me/accounts} lists it (without its access token).
 *
 * @param instagram the Instagram professional account linked to the Page; null when none is
 */
public record MetaPage(String pageId, String name, InstagramAccount instagram) {

    /** An Instagram Business/Creator account linked to a Page. */
    public record InstagramAccount(String accountId, String username) {
    }
}
