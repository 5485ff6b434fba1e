package io.sosmed.schedule.planning;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AnyMember;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Planning reports every member reads: content mix against the target, weekly capacity. */
@Path("/api/v1/workspaces/{workspaceId}/planning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning")
public class PlanningResource {

    private final PlanningService planning;
    private final PlanningConfig config;

    public PlanningResource(PlanningService planning, PlanningConfig config) {
        this.planning = planning;
        this.config = config;
    }

    @GET
    @Path("mix")
    @AnyMember
    @Operation(summary = "Content mix of the variants scheduled or published on days from..to (inclusive, in zone) per"
            + " pillar, against the workspace's target mix")
    public PillarMixReport mix(@PathParam("workspaceId") String workspaceId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("zone") @DefaultValue("UTC") String zone,
            @QueryParam("channelId") String channelId) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= config.maxMixDays()) {
            throw invalid("to", "the period may span at most " + config.maxMixDays() + " days");
        }
        return planning.mix(workspaceId, start, end, zone(zone), blankToNull(channelId));
    }

    @GET
    @Path("capacity")
    @AnyMember
    @Operation(summary = "Queue slots against planned posts in the ISO week (Monday to Sunday, in each channel's queue"
            + " zone) holding weekOf, per channel; over-committed above the warning percent (80)")
    public CapacityReport capacity(@PathParam("workspaceId") String workspaceId, @QueryParam("weekOf") String weekOf,
            @QueryParam("channelId") String channelId) {
        return planning.capacity(workspaceId, date("weekOf", weekOf), blankToNull(channelId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required, e.g. 2026-12-07");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 date such as 2026-12-07");
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw invalid("zone", "must be an IANA time zone such as Asia/Jakarta");
        }
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "validation", "Request is not valid", name + ": " + message,
                List.of(new Problem.FieldError(name, message)));
    }
}
