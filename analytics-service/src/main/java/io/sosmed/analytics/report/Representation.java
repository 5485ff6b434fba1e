package io.sosmed.analytics.report;

import io.sosmed.platform.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** How a report is answered, chosen from the Accept header: JSON unless CSV or a chart is asked for. */
public enum Representation {
    JSON(MediaType.APPLICATION_JSON), CSV(Csv.MEDIA_TYPE), PNG(Charts.PNG), SVG(Charts.SVG);

    /** Every media type a report endpoint offers, for {@code @Produces}. */
    public static final String[] MEDIA_TYPES = {MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, Charts.PNG, Charts.SVG};

    private final String mediaType;

    Representation(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The first acceptable representation in the client's order of preference; a wildcard means JSON. */
    public static Representation choose(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return JSON;
            }
            for (Representation representation : values()) {
                if (accepted.isCompatible(MediaType.valueOf(representation.mediaType))) {
                    return representation;
                }
            }
        }
        throw new ProblemException(406, "not-acceptable", "Not acceptable",
                "This report is available as application/json, text/csv, image/png and image/svg+xml");
    }

    /** Answers with the chosen body; each supplier is only called when its representation was chosen. */
    public Response respond(Supplier<Object> json, Supplier<String> csv, Supplier<byte[]> png, Supplier<byte[]> svg) {
        Object body = switch (this) {
            case JSON -> json.get();
            case CSV -> csv.get();
            case PNG -> png.get();
            case SVG -> svg.get();
        };
        return Response.ok(body, mediaType).build();
    }
}
