package io.sosmed.content.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.sosmed.testing.oidc.DemoUser;
import io.sosmed.testing.oidc.TestTokens;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaResourceTest {

    private static final String ACME_MEDIA = "/api/v1/workspaces/acme/media";
    private static final String GLOBEX_MEDIA = "/api/v1/workspaces/globex/media";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://sosmed.io/problems/";

    @Inject
    MediaRepository repository;

    @Inject
    MediaConfig config;

    @Test
    void pngUploadedTwiceIsStoredOnceWithItsDimensions() throws IOException {
        byte[] png = MediaFixtures.uniquePng(500, 300);
        String sha256 = MediaFixtures.sha256(png);

        ExtractableResponse<Response> first = upload(DemoUser.EDDIE, "chart.png", png)
                .multiPart("altText", "Quarterly growth chart")
                .when().post(ACME_MEDIA)
                .then().statusCode(201)
                .header("Location", containsString(ACME_MEDIA + "/"))
                .body("kind", equalTo("IMAGE"))
                .body("type", equalTo("image/png"))
                .body("width", equalTo(500))
                .body("height", equalTo(300))
                .body("sizeBytes", equalTo(png.length))
                .body("sha256", equalTo(sha256))
                .body("altText", equalTo("Quarterly growth chart"))
                .body("fileName", equalTo("chart.png"))
                .body("uploadedBy", equalTo(DemoUser.EDDIE.subject()))
                .body("durationSeconds", nullValue())
                .extract();
        String id = first.path("id");
        assertThat(first.header("Location")).endsWith(ACME_MEDIA + "/" + id);

        upload(DemoUser.ALICE, "same-chart-again.png", png)
                .when().post(ACME_MEDIA)
                .then().statusCode(200)
                .header("Content-Location", endsWith(ACME_MEDIA + "/" + id))
                .body("id", equalTo(id))
                .body("fileName", equalTo("chart.png"))
                .body("altText", equalTo("Quarterly growth chart"));

        assertThat(repository.count("workspaceId = ?1 and sha256 = ?2", "acme", sha256)).isEqualTo(1);
        assertThat(storedFilesFor(sha256)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("original", "thumbnail.jpg");
        assertThat(storageRoot().resolve(MediaLayout.original("acme", sha256))).hasBinaryContent(png);
    }

    @Test
    void concurrentUploadsOfTheSameBytesYieldOneItem() throws Exception {
        byte[] png = MediaFixtures.uniquePng(120, 80);
        int uploaders = 4;
        ExecutorService pool = Executors.newFixedThreadPool(uploaders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> responses = new ArrayList<>();
            for (int i = 0; i < uploaders; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return upload(DemoUser.EDDIE, "race.png", png).when().post(ACME_MEDIA).then().extract();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Future<ExtractableResponse<Response>> response : responses) {
                statuses.add(response.get(30, TimeUnit.SECONDS).statusCode());
                ids.add(response.get().path("id"));
            }

            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(ids).hasSize(1);
            assertThat(repository.count("workspaceId = ?1 and sha256 = ?2", "acme", MediaFixtures.sha256(png)))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void openApiDocumentsTheMultipartUpload() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/workspaces/{workspaceId}/media'.post.summary",
                        equalTo("Upload an image or video"))
                .body("paths.'/api/v1/workspaces/{workspaceId}/media'.post.requestBody.content.'multipart/form-data'",
                        notNullValue())
                .body("paths.'/api/v1/workspaces/{workspaceId}/media/{mediaId}/subtitles'.post.responses.'201'",
                        notNullValue());
    }

    @Test
    void sameBytesInAnotherWorkspaceAreThatWorkspacesOwnItem() {
        byte[] png = MediaFixtures.uniquePng(64, 64);
        String acmeId = upload(DemoUser.EDDIE, "logo.png", png)
                .when().post(ACME_MEDIA).then().statusCode(201).extract().path("id");

        String globexId = upload(DemoUser.OSCAR, "logo.png", png)
                .when().post(GLOBEX_MEDIA).then().statusCode(201).extract().path("id");

        assertThat(globexId).isNotEqualTo(acmeId);
    }

    @Test
    void textFileNamedPngIs415AndNothingIsStored() {
        byte[] text = MediaFixtures.bytes(MediaFixtures.TEXT_NAMED_PNG);
        String sha256 = MediaFixtures.sha256(text);

        upload(DemoUser.EDDIE, "holiday.png", text)
                .when().post(ACME_MEDIA)
                .then().statusCode(415).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"))
                .body("status", equalTo(415))
                .body("detail", containsString("text/plain"))
                .body("errors[0].field", equalTo("file"));

        assertNothingStored(sha256);
    }

    @Test
    void uploadOverTheCapIs413AndNothingIsStored() {
        byte[] oversized = overCap(config.maxUploadSize().asLongValue() + 1);
        String sha256 = MediaFixtures.sha256(oversized);

        upload(DemoUser.EDDIE, "huge.png", oversized)
                .when().post(ACME_MEDIA)
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "media-too-large"))
                .body("detail", containsString("at most " + config.maxUploadSize().asLongValue() + " bytes"));

        assertNothingStored(sha256);
    }

    @Test
    void declaredBodyOverTheHttpLimitIs413ProblemBeforeTheBodyIsSent() {
        byte[] oversized = overCap(httpLimit() + 1);
        String boundary = "sosmed-" + UUID.randomUUID();

        given().auth().oauth2(DemoUser.EDDIE.token())
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(multipartBody(boundary, "huge.png", oversized))
                .when().post(ACME_MEDIA)
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "request-too-large"))
                .body("instance", equalTo(ACME_MEDIA))
                .body("detail", containsString("at most " + httpLimit() + " bytes"));

        assertNothingStored(MediaFixtures.sha256(oversized));
    }

    @Test
    void chunkedBodyOverTheHttpLimitIs413ProblemAndNothingIsStored() {
        byte[] oversized = overCap(httpLimit() + 1);

        upload(DemoUser.EDDIE, "huge.png", oversized)
                .when().post(ACME_MEDIA)
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("status", equalTo(413))
                .body("type", startsWith(PROBLEMS));

        assertNothingStored(MediaFixtures.sha256(oversized));
    }

    @Test
    void viewerMayNotUploadAndNothingIsStored() {
        byte[] png = MediaFixtures.uniquePng(32, 32);

        upload(DemoUser.VERA, "vera.png", png)
                .when().post(ACME_MEDIA)
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "forbidden"));

        assertNothingStored(MediaFixtures.sha256(png));
    }

    @Test
    void missingFilePartIs400() {
        given().auth().oauth2(DemoUser.EDDIE.token())
                .multiPart("altText", "nothing attached")
                .when().post(ACME_MEDIA)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void mp4MetadataIsExtracted() {
        byte[] mp4 = MediaFixtures.uniqueMp4();

        upload(DemoUser.EDDIE, "clip.mp4", mp4)
                .when().post(ACME_MEDIA)
                .then().statusCode(201)
                .body("kind", equalTo("VIDEO"))
                .body("type", equalTo("video/mp4"))
                .body("width", equalTo(160))
                .body("height", equalTo(90))
                .body("durationSeconds", equalTo(2.0f))
                .body("frameRate", equalTo(25.0f))
                .body("codec", equalTo("H.264"))
                .body("sizeBytes", equalTo(mp4.length))
                .body("links.thumbnail", nullValue())
                .body("links.cover", nullValue());
    }

    @Test
    void contentStreamsTheIdenticalBytesWithTheDetectedType() {
        byte[] mp4 = MediaFixtures.uniqueMp4();
        String id = uploadNew(DemoUser.EDDIE, "clip.mov", mp4);

        ExtractableResponse<Response> content = given().auth().oauth2(DemoUser.VERA.token())
                .when().get(ACME_MEDIA + "/" + id + "/content")
                .then().statusCode(200)
                .contentType("video/mp4")
                .header("Content-Length", String.valueOf(mp4.length))
                .header("X-Content-Type-Options", "nosniff")
                .extract();
        assertThat(content.asByteArray()).isEqualTo(mp4);
        String etag = content.header("ETag");
        assertThat(etag).isEqualTo("\"" + MediaFixtures.sha256(mp4) + "\"");

        given().auth().oauth2(DemoUser.INTEGRATION.token()).header("If-None-Match", etag)
                .when().get(ACME_MEDIA + "/" + id + "/content")
                .then().statusCode(304);
    }

    @Test
    void imageThumbnailIsGenerated() {
        String id = uploadNew(DemoUser.EDDIE, "wide.png", MediaFixtures.uniquePng(500, 300));

        String thumbnailLink = given().auth().oauth2(DemoUser.VERA.token())
                .when().get(ACME_MEDIA + "/" + id)
                .then().statusCode(200)
                .body("links.self", equalTo(ACME_MEDIA + "/" + id))
                .body("links.content", equalTo(ACME_MEDIA + "/" + id + "/content"))
                .extract().path("links.thumbnail");
        assertThat(thumbnailLink).isEqualTo(ACME_MEDIA + "/" + id + "/thumbnail");

        byte[] jpeg = given().auth().oauth2(DemoUser.VERA.token())
                .when().get(thumbnailLink)
                .then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray();
        BufferedImage thumbnail = MediaFixtures.decode(jpeg);
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(192);
    }

    @Test
    void videoCoverBecomesItsThumbnail() {
        String id = uploadNew(DemoUser.EDDIE, "clip.mp4", MediaFixtures.uniqueMp4());
        byte[] cover = MediaFixtures.bytes(MediaFixtures.JPEG_400X300);
        String media = ACME_MEDIA + "/" + id;

        upload(DemoUser.EDDIE, "cover.jpg", cover)
                .when().post(media + "/cover")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("cover.type", equalTo("image/jpeg"))
                .body("cover.width", equalTo(400))
                .body("cover.height", equalTo(300))
                .body("cover.sizeBytes", equalTo(cover.length))
                .body("links.cover", equalTo(media + "/cover"))
                .body("links.thumbnail", equalTo(media + "/thumbnail"));

        byte[] storedCover = given().auth().oauth2(DemoUser.VERA.token())
                .when().get(media + "/cover")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(storedCover).isEqualTo(cover);
        BufferedImage thumbnail = MediaFixtures.decode(given().auth().oauth2(DemoUser.VERA.token())
                .when().get(media + "/thumbnail")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
    }

    @Test
    void coverMustBeAnImageForAVideo() {
        String video = uploadNew(DemoUser.EDDIE, "clip.mp4", MediaFixtures.uniqueMp4());
        String image = uploadNew(DemoUser.EDDIE, "still.png", MediaFixtures.uniquePng(40, 40));

        upload(DemoUser.EDDIE, "cover.mp4", MediaFixtures.uniqueMp4())
                .when().post(ACME_MEDIA + "/" + video + "/cover")
                .then().statusCode(415).contentType(PROBLEM_JSON)
                .body("detail", containsString("video/mp4"));
        upload(DemoUser.EDDIE, "cover.jpg", MediaFixtures.bytes(MediaFixtures.JPEG_400X300))
                .when().post(ACME_MEDIA + "/" + image + "/cover")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "media-not-video"));
        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(ACME_MEDIA + "/" + video + "/thumbnail")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "no-thumbnail"));
    }

    @Test
    void subRipAndWebVttSubtitlesAreAcceptedAndServed() {
        String id = uploadNew(DemoUser.EDDIE, "clip.mp4", MediaFixtures.uniqueMp4());
        String media = ACME_MEDIA + "/" + id;
        byte[] srt = MediaFixtures.bytes(MediaFixtures.SRT_EN);
        byte[] vtt = MediaFixtures.bytes(MediaFixtures.VTT_PT);

        subtitles(DemoUser.EDDIE, media, "en", "captions.srt", srt)
                .then().statusCode(201)
                .header("Location", endsWith(media + "/subtitles/en"))
                .body("language", equalTo("en"))
                .body("format", equalTo("SRT"))
                .body("type", equalTo("application/x-subrip"))
                .body("cueCount", equalTo(2))
                .body("sizeBytes", equalTo(srt.length));
        subtitles(DemoUser.EDDIE, media, "pt-br", "legendas.vtt", vtt)
                .then().statusCode(201)
                .body("language", equalTo("pt-BR"))
                .body("format", equalTo("WEBVTT"))
                .body("href", equalTo(media + "/subtitles/pt-BR"));
        subtitles(DemoUser.EDDIE, media, "en", "captions-v2.srt", srt)
                .then().statusCode(200)
                .body("language", equalTo("en"));

        given().auth().oauth2(DemoUser.VERA.token())
                .when().get(media)
                .then().statusCode(200)
                .body("subtitles.language", equalTo(List.of("en", "pt-BR")))
                .body("subtitles.cueCount", equalTo(List.of(2, 2)));
        byte[] servedVtt = given().auth().oauth2(DemoUser.VERA.token())
                .when().get(media + "/subtitles/pt-BR")
                .then().statusCode(200).contentType(startsWith("text/vtt"))
                .extract().asByteArray();
        assertThat(servedVtt).isEqualTo(vtt);
        given().auth().oauth2(DemoUser.VERA.token())
                .when().get(media + "/subtitles/de")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void malformedSubtitlesAre400NamingTheLine() {
        String id = uploadNew(DemoUser.EDDIE, "clip.mp4", MediaFixtures.uniqueMp4());

        subtitles(DemoUser.EDDIE, ACME_MEDIA + "/" + id, "en", "broken.srt", MediaFixtures.bytes(MediaFixtures.SRT_BROKEN))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "invalid-subtitles"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", startsWith("line 2: expected a timing line"))
                .body("errors[1].message", equalTo("line 6: the cue ends before it starts"));
        subtitles(DemoUser.EDDIE, ACME_MEDIA + "/" + id, "not a language", "captions.srt",
                MediaFixtures.bytes(MediaFixtures.SRT_EN))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("language"));

        given().auth().oauth2(DemoUser.EDDIE.token())
                .when().get(ACME_MEDIA + "/" + id)
                .then().statusCode(200)
                .body("subtitles", equalTo(List.of()));
    }

    @Test
    void altTextCanBeChangedAndRemovedByEditors() {
        String id = uploadNew(DemoUser.EDDIE, "team.png", MediaFixtures.uniquePng(80, 60));
        String media = ACME_MEDIA + "/" + id;

        patch(DemoUser.EDDIE, media, "{\"altText\":\"  The team at the offsite \"}")
                .then().statusCode(200).body("altText", equalTo("The team at the offsite"));
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType("application/merge-patch+json")
                .body("{\"altText\":null}")
                .when().patch(media)
                .then().statusCode(200).body("altText", nullValue());
        patch(DemoUser.EDDIE, media, "{\"altText\":\"" + "a".repeat(MediaUploads.MAX_ALT_TEXT + 1) + "\"}")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("altText"));
        patch(DemoUser.VERA, media, "{\"altText\":\"vera was here\"}")
                .then().statusCode(403).contentType(PROBLEM_JSON);

        given().auth().oauth2(DemoUser.VERA.token())
                .when().get(media)
                .then().statusCode(200).body("altText", nullValue());
    }

    @Test
    void memberOfAnotherWorkspaceGets404ForAcmesMedia() {
        byte[] png = MediaFixtures.uniquePng(50, 50);
        String media = ACME_MEDIA + "/" + uploadNew(DemoUser.EDDIE, "secret.png", png);
        String asGlobex = media.replace("/acme/", "/globex/");

        for (String path : List.of(asGlobex, asGlobex + "/content", asGlobex + "/thumbnail")) {
            given().auth().oauth2(DemoUser.OSCAR.token())
                    .when().get(path)
                    .then().statusCode(404).contentType(PROBLEM_JSON)
                    .body("detail", not(containsString("secret")));
        }
        given().auth().oauth2(DemoUser.OSCAR.token())
                .when().get(media)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        patch(DemoUser.OSCAR, asGlobex, "{\"altText\":\"mine now\"}")
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DemoUser.OSCAR.token())
                .when().get(GLOBEX_MEDIA + "?limit=100")
                .then().statusCode(200)
                .body("items.sha256", not(hasItem(MediaFixtures.sha256(png))));
    }

    @Test
    void scheduleServiceReadsMediaOfEveryWorkspaceButNothingElseAndOtherClientsCannot() {
        byte[] png = MediaFixtures.uniquePng(60, 40);
        String media = ACME_MEDIA + "/" + uploadNew(DemoUser.EDDIE, "for-publishing.png", png);
        String schedule = TestTokens.service("sosmed-schedule");
        String stranger = TestTokens.service("some-other-client");

        given().auth().oauth2(schedule).when().get(media)
                .then().statusCode(200).body("width", equalTo(60));
        byte[] served = given().auth().oauth2(schedule).when().get(media + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertThat(served).isEqualTo(png);
        given().auth().oauth2(schedule).when().get(ACME_MEDIA)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(schedule).contentType(ContentType.JSON).body("{\"altText\":\"changed\"}")
                .when().patch(media).then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(stranger).when().get(media)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void listIsNewestFirstWithAnOpaqueCursor() {
        String oldest = uploadNew(DemoUser.EDDIE, "one.png", MediaFixtures.uniquePng(10, 10));
        String middle = uploadNew(DemoUser.EDDIE, "two.png", MediaFixtures.uniquePng(10, 10));
        String newest = uploadNew(DemoUser.EDDIE, "three.png", MediaFixtures.uniquePng(10, 10));

        ExtractableResponse<Response> first = given().auth().oauth2(DemoUser.VERA.token())
                .queryParam("limit", 2)
                .when().get(ACME_MEDIA)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(newest, middle)))
                .extract();
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotBlank().doesNotContain(middle);

        given().auth().oauth2(DemoUser.VERA.token())
                .queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get(ACME_MEDIA)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(oldest)));
        List<String> videoKinds = given().auth().oauth2(DemoUser.VERA.token())
                .queryParam("kind", "VIDEO").queryParam("limit", 100)
                .when().get(ACME_MEDIA)
                .then().statusCode(200).extract().path("items.kind");
        assertThat(videoKinds).containsOnly("VIDEO");
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("cursor", "bogus")
                .when().get(ACME_MEDIA)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("limit", 0)
                .when().get(ACME_MEDIA)
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    private static long httpLimit() {
        return ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    }

    /** A multipart body with a known length, so the client declares it in Content-Length instead of chunking. */
    private static byte[] multipartBody(String boundary, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return ByteBuffer.allocate(head.length() + content.length + tail.length())
                .put(head.getBytes(StandardCharsets.US_ASCII)).put(content).put(tail.getBytes(StandardCharsets.US_ASCII))
                .array();
    }

    /** A multipart upload of {@code bytes} as part {@code file}, claiming image/png whatever the bytes are. */
    private static RequestSpecification upload(DemoUser user, String fileName, byte[] bytes) {
        return given().auth().oauth2(user.token())
                .multiPart("file", fileName, bytes, "image/png");
    }

    private static String uploadNew(DemoUser user, String fileName, byte[] bytes) {
        return upload(user, fileName, bytes)
                .when().post(ACME_MEDIA)
                .then().statusCode(201).extract().path("id");
    }

    private static Response subtitles(DemoUser user, String media, String language, String fileName, byte[] bytes) {
        return given().auth().oauth2(user.token())
                .multiPart("file", fileName, bytes, "text/plain")
                .multiPart("language", language)
                .when().post(media + "/subtitles");
    }

    private static Response patch(DemoUser user, String media, String json) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(json)
                .when().patch(media);
    }

    /** Bytes that start like a PNG but are {@code size} long: refused for their size before anything else. */
    private static byte[] overCap(long size) {
        byte[] bytes = new byte[Math.toIntExact(size)];
        byte[] png = MediaFixtures.uniquePng(16, 16);
        System.arraycopy(png, 0, bytes, 0, png.length);
        Arrays.fill(bytes, png.length, bytes.length, (byte) 7);
        return bytes;
    }

    private void assertNothingStored(String sha256) {
        assertThat(repository.count("sha256", sha256)).isZero();
        assertThat(storedFilesFor(sha256)).isEmpty();
        assertThat(files(storageRoot().resolve(FilesystemMediaStorage.INCOMING))).isEmpty();
        Path uploads = Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
        // The HTTP layer deletes a request's temporary upload files when the request ends, just after the response.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(files(uploads)).isEmpty());
    }

    private List<Path> storedFilesFor(String sha256) {
        return files(storageRoot()).stream().filter(p -> p.toString().contains(sha256)).toList();
    }

    private Path storageRoot() {
        return Path.of(config.storageDir()).toAbsolutePath();
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
