package io.sosmed.content.network;

import static io.sosmed.content.network.DraftField.FIRST_COMMENT;
import static io.sosmed.content.network.DraftField.TEXT;
import static io.sosmed.content.network.DraftField.TITLE;
import static io.sosmed.content.network.MediaKind.GIF;
import static io.sosmed.content.network.MediaKind.IMAGE;
import static io.sosmed.content.network.MediaKind.VIDEO;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule set of every network, as data. Values follow each network's documentation (cited above each set);
 * where a network says "MB" without saying which, the decimal megabyte is used, so nothing passes here that the
 * network would refuse. Characters are counted as each network counts them; where a network does not say, code
 * points are used.
 */
@ApplicationScoped
public class NetworkCatalog {

    private static final long MB = 1_000_000L;
    private static final long GB = 1_000_000_000L;

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";
    private static final String WEBP = "image/webp";
    private static final String GIF_TYPE = "image/gif";
    private static final String BMP = "image/bmp";
    private static final String TIFF = "image/tiff";
    private static final String MP4 = "video/mp4";
    private static final String MOV = "video/quicktime";
    private static final String M4V = "video/x-m4v";
    private static final String WEBM = "video/webm";

    private final Map<Network, NetworkRules> rules = new EnumMap<>(Network.class);

    public NetworkCatalog() {
        Arrays.asList(x(), linkedIn(), facebook(), instagram(), threads(), mastodon(), bluesky(), tikTok(), youTube(),
                pinterest()).forEach(set -> rules.put(set.network(), set));
        if (rules.size() != Network.values().length) {
            throw new IllegalStateException("Every network needs exactly one rule set");
        }
    }

    public NetworkRules rules(Network network) {
        return rules.get(network);
    }

    public Collection<NetworkRules> all() {
        return rules.values();
    }

    // https://docs.x.com/resources/fundamentals/counting-characters (280 weighted, URLs 23, CJK/emoji 2)
    // https://docs.x.com/x-api/media/quickstart/best-practices (4 photos or 1 GIF or 1 video; video 0.5-140 s, 1:3-3:1)
    // https://docs.x.com/x-api/media (image 5 MB, GIF 15 MB, video 512 MB)
    private static NetworkRules x() {
        TextLimit weighted = TextLimit.of(TextCounting.X_WEIGHTED, 280);
        return new NetworkRules(Network.X, "X",
                List.of(FieldRule.optional(TEXT, weighted), FieldRule.optional(FIRST_COMMENT, weighted)),
                List.of(),
                MediaRules.of(0, 4, false,
                        MediaKindRule.of(IMAGE, 4, 5 * MB, JPEG, PNG, WEBP),
                        MediaKindRule.of(GIF, 1, 15 * MB, GIF_TYPE),
                        MediaKindRule.of(VIDEO, 1, 512 * MB, MP4, MOV).duration(0.5, 140.0).aspectRatio("1:3", "3:1")),
                List.of("https://docs.x.com/resources/fundamentals/counting-characters",
                        "https://docs.x.com/x-api/media/quickstart/best-practices",
                        "https://docs.x.com/x-api/media"));
    }

    // https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api (commentary 3,000)
    // https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api (JPG/GIF/PNG, < 36,152,320 px)
    // https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api (up to 20 images)
    // https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/videos-api (MP4, 3 s-30 min, 500 MB)
    // https://www.linkedin.com/help/linkedin/answer/a548372 (video aspect ratio 1:2.4 to 2.4:1)
    // Comments: 1,250 characters, the limit of LinkedIn's comment box (not stated on a developer page).
    private static NetworkRules linkedIn() {
        return new NetworkRules(Network.LINKEDIN, "LinkedIn",
                List.of(FieldRule.optional(TEXT, TextLimit.of(TextCounting.CODE_POINTS, 3000)),
                        FieldRule.optional(FIRST_COMMENT, TextLimit.of(TextCounting.CODE_POINTS, 1250))),
                List.of(),
                MediaRules.of(0, 20, false,
                        MediaKindRule.of(IMAGE, 20, null, JPEG, PNG, GIF_TYPE).maxPixels(36_152_319L),
                        MediaKindRule.of(VIDEO, 1, 500 * MB, MP4).duration(3.0, 1800.0).aspectRatio("1:2.4", "2.4:1")),
                List.of("https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/posts-api",
                        "https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/images-api",
                        "https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api",
                        "https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/videos-api",
                        "https://www.linkedin.com/help/linkedin/answer/a548372"));
    }

    // Post text 63,206 characters and comments 8,000: Facebook's composer limits (no developer page states them).
    // https://developers.facebook.com/docs/graph-api/reference/page/photos/ (JPEG, BMP, PNG, GIF, TIFF; 10 MB;
    //   multi-photo posts of up to 10)
    // https://developers.facebook.com/docs/video-api/guides/publishing (video up to 10 GB and 240 minutes,
    //   9:16 to 16:9)
    private static NetworkRules facebook() {
        return new NetworkRules(Network.FACEBOOK, "Facebook",
                List.of(FieldRule.optional(TEXT, TextLimit.of(TextCounting.CODE_POINTS, 63_206)),
                        FieldRule.optional(FIRST_COMMENT, TextLimit.of(TextCounting.CODE_POINTS, 8000))),
                List.of(),
                MediaRules.of(0, 10, false,
                        MediaKindRule.of(IMAGE, 10, 10 * MB, JPEG, PNG, GIF_TYPE, BMP, TIFF),
                        MediaKindRule.of(VIDEO, 1, 10 * GB, MP4, MOV).duration(null, 14_400.0)
                                .aspectRatio("9:16", "16:9")),
                List.of("https://developers.facebook.com/docs/graph-api/reference/page/photos/",
                        "https://developers.facebook.com/docs/video-api/guides/publishing"));
    }

    // https://developers.facebook.com/docs/instagram-platform/content-publishing (caption 2,200; 30 hashtags; 20 @tags;
    //   carousels up to 10 images and videos)
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media (image: JPEG,
    //   8 MB, 4:5 to 1.91:1; reels: MOV/MP4, 3 s to 15 min, 300 MB, 0.01:1 to 10:1)
    private static NetworkRules instagram() {
        return new NetworkRules(Network.INSTAGRAM, "Instagram",
                List.of(FieldRule.optional(TEXT, TextLimit.of(TextCounting.CODE_POINTS, 2200)),
                        FieldRule.optional(FIRST_COMMENT, TextLimit.of(TextCounting.CODE_POINTS, 2200))),
                List.of(new EntityLimit(TextEntity.HASHTAGS, 30, LimitOption.MAX_HASHTAGS, List.of(TEXT, FIRST_COMMENT)),
                        new EntityLimit(TextEntity.MENTIONS, 20, null, List.of(TEXT))),
                MediaRules.of(1, 10, true,
                        MediaKindRule.of(IMAGE, 10, 8 * MB, JPEG).aspectRatio("4:5", "1.91:1"),
                        MediaKindRule.of(VIDEO, 10, 300 * MB, MP4, MOV).duration(3.0, 900.0)
                                .aspectRatio("0.01:1", "10:1")),
                List.of("https://developers.facebook.com/docs/instagram-platform/content-publishing",
                        "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media"));
    }

    // https://developers.facebook.com/docs/threads/overview (text 500 characters; image JPEG/PNG 8 MB, ratio up to
    //   10:1; video MOV/MP4 1 GB, 5 min, 0.01:1 to 10:1)
    // https://developers.facebook.com/docs/threads/posts (carousels of up to 20 images and videos; replies 500)
    private static NetworkRules threads() {
        TextLimit characters = TextLimit.of(TextCounting.CODE_POINTS, 500);
        return new NetworkRules(Network.THREADS, "Threads",
                List.of(FieldRule.optional(TEXT, characters), FieldRule.optional(FIRST_COMMENT, characters)),
                List.of(),
                MediaRules.of(0, 20, true,
                        MediaKindRule.of(IMAGE, 20, 8 * MB, JPEG, PNG).aspectRatio("1:10", "10:1"),
                        MediaKindRule.of(VIDEO, 20, GB, MP4, MOV).duration(null, 300.0)
                                .aspectRatio("0.01:1", "10:1")),
                List.of("https://developers.facebook.com/docs/threads/overview",
                        "https://developers.facebook.com/docs/threads/posts"));
    }

    // https://docs.joinmastodon.org/user/posting/ (links need http(s):// and count 23; remote mentions count the
    //   username only; up to 4 images, or 1 video)
    // https://docs.joinmastodon.org/entities/Instance/ (defaults: max_characters 500, max_media_attachments 4,
    //   image_size_limit 16777216, video_size_limit 103809024); the instance limit is per server, hence the option
    private static NetworkRules mastodon() {
        TextLimit characters = TextLimit.of(TextCounting.MASTODON, 500).configurableBy(LimitOption.MAX_CHARACTERS);
        return new NetworkRules(Network.MASTODON, "Mastodon",
                List.of(FieldRule.optional(TEXT, characters), FieldRule.optional(FIRST_COMMENT, characters)),
                List.of(),
                MediaRules.of(0, 4, false,
                        MediaKindRule.of(IMAGE, 4, 16_777_216L, JPEG, PNG, GIF_TYPE, WEBP, "image/heic", "image/heif",
                                "image/avif"),
                        MediaKindRule.of(VIDEO, 1, 103_809_024L, MP4, M4V, MOV, WEBM)),
                List.of("https://docs.joinmastodon.org/user/posting/",
                        "https://docs.joinmastodon.org/entities/Instance/"));
    }

    // https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json (text maxGraphemes 300,
    //   maxLength 3000 UTF-8 bytes)
    // https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json (4 images, 1,000,000 bytes)
    // https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/video.json (1 video, 100,000,000 bytes)
    // https://bsky.social/about/blog/09-11-2024-video (MP4, MPEG, WebM, MOV; up to 3 minutes since March 2025)
    private static NetworkRules bluesky() {
        TextLimit graphemes = TextLimit.of(TextCounting.GRAPHEMES, 300);
        TextLimit bytes = TextLimit.of(TextCounting.UTF8_BYTES, 3000);
        return new NetworkRules(Network.BLUESKY, "Bluesky",
                List.of(FieldRule.optional(TEXT, graphemes, bytes), FieldRule.optional(FIRST_COMMENT, graphemes, bytes)),
                List.of(),
                MediaRules.of(0, 4, false,
                        MediaKindRule.of(IMAGE, 4, 1_000_000L, JPEG, PNG, WEBP, GIF_TYPE),
                        MediaKindRule.of(VIDEO, 1, 100_000_000L, MP4, "video/mpeg", WEBM, MOV).duration(null, 180.0)),
                List.of("https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json",
                        "https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json",
                        "https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/video.json",
                        "https://bsky.social/about/blog/09-11-2024-video"));
    }

    // https://developers.tiktok.com/doc/content-posting-api-reference-direct-post (title up to 2,200 UTF-16 runes)
    // https://developers.tiktok.com/doc/content-posting-api-media-transfer-guide (video: MP4/WebM/MOV, up to 4 GB,
    //   up to 10 minutes through the API, 360 to 4096 px per side)
    private static NetworkRules tikTok() {
        return new NetworkRules(Network.TIKTOK, "TikTok",
                List.of(FieldRule.optional(TEXT, TextLimit.of(TextCounting.UTF16_UNITS, 2200))),
                List.of(),
                MediaRules.of(1, 1, false,
                        MediaKindRule.of(VIDEO, 1, 4 * GB, MP4, WEBM, MOV).duration(null, 600.0).sides(360, 4096)),
                List.of("https://developers.tiktok.com/doc/content-posting-api-reference-direct-post",
                        "https://developers.tiktok.com/doc/content-posting-api-media-transfer-guide"));
    }

    // https://developers.google.com/youtube/v3/docs/videos#snippet.title (required, 100 characters, no < or >)
    // https://developers.google.com/youtube/v3/docs/videos#snippet.description (5000 bytes, no < or >)
    // https://developers.google.com/youtube/v3/docs/videos/insert (one file, video/*, up to 256 GB)
    // https://support.google.com/youtube/answer/71673 (up to 12 hours for verified accounts)
    private static NetworkRules youTube() {
        return new NetworkRules(Network.YOUTUBE, "YouTube",
                List.of(FieldRule.required(TITLE, TextLimit.of(TextCounting.CODE_POINTS, 100)).forbidding("<>"),
                        FieldRule.optional(TEXT, TextLimit.of(TextCounting.UTF8_BYTES, 5000)).forbidding("<>")),
                List.of(),
                MediaRules.of(1, 1, false,
                        MediaKindRule.of(VIDEO, 1, 256 * GB, "video/*").duration(null, 43_200.0)),
                List.of("https://developers.google.com/youtube/v3/docs/videos",
                        "https://developers.google.com/youtube/v3/docs/videos/insert",
                        "https://support.google.com/youtube/answer/71673"));
    }

    // https://developers.pinterest.com/docs/api/v5/pins-create/ (title up to 100 characters; a Pin needs media)
    // https://help.pinterest.com/en/business/article/pinterest-product-specs (description 500 characters; images
    //   BMP/JPEG/PNG/TIFF/WEBP up to 20 MB, carousels of 2 to 5; video MP4/MOV/M4V up to 2 GB, 4 s to 15 min,
    //   1:2 to 1.91:1)
    private static NetworkRules pinterest() {
        return new NetworkRules(Network.PINTEREST, "Pinterest",
                List.of(FieldRule.optional(TITLE, TextLimit.of(TextCounting.CODE_POINTS, 100)),
                        FieldRule.optional(TEXT, TextLimit.of(TextCounting.CODE_POINTS, 500))),
                List.of(),
                MediaRules.of(1, 5, false,
                        MediaKindRule.of(IMAGE, 5, 20 * MB, JPEG, PNG, BMP, TIFF, WEBP),
                        MediaKindRule.of(VIDEO, 1, 2 * GB, MP4, MOV, M4V).duration(4.0, 900.0)
                                .aspectRatio("1:2", "1.91:1")),
                List.of("https://developers.pinterest.com/docs/api/v5/pins-create/",
                        "https://help.pinterest.com/en/business/article/pinterest-product-specs"));
    }
}
