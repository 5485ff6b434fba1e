package io.sosmed.platform.security;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.problem.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Guards every endpoint under {@code /api/v1/workspaces/{workspaceId}}: 401 without a valid token,
 * 404 when the caller is not a member of the workspace (it may not even learn that it exists),
 * 403 when the caller's role there is not allowed.
 */
public class WorkspaceAccessFilter {

    static final String WORKSPACE_PARAM = "workspaceId";

    private final CurrentIdentityAssociation identities;
    private final CurrentMember member;
    private final SecurityConfig config;

    public WorkspaceAccessFilter(CurrentIdentityAssociation identities, CurrentMember member, SecurityConfig config) {
        this.identities = identities;
        this.member = member;
        this.config = config;
    }

    @ServerRequestFilter
    public Uni<Response> checkAccess(ContainerRequestContext request, SimpleResourceInfo resource) {
        List<String> workspace = request.getUriInfo().getPathParameters().get(WORKSPACE_PARAM);
        if (workspace == null || workspace.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String path = request.getUriInfo().getPath();
        return identities.getDeferredIdentity()
                .map(identity -> decide(identity, workspace.get(0), resource, path))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> unauthorized(path));
    }

    private Response decide(SecurityIdentity identity, String workspaceId, SimpleResourceInfo resource, String path) {
        if (identity.isAnonymous()) {
            return unauthorized(path);
        }
        if (isInternalService(identity) && internalServicesAllowed(method(resource))) {
            member.set(subject(identity), preferredName(identity), workspaceId, Set.of());
            return null;
        }
        WorkspaceMemberships memberships = WorkspaceMemberships.parse(claim(identity));
        if (!memberships.isMember(workspaceId)) {
            return ProblemMappers.respond(problem(ProblemException.notFound("Workspace", workspaceId), path));
        }
        Method method = method(resource);
        if (method == null) {
            return ProblemMappers.respond(ProblemMappers.forbidden(path, "This endpoint declares no role"));
        }
        boolean anyMember = method.isAnnotationPresent(AnyMember.class)
                || method.getDeclaringClass().isAnnotationPresent(AnyMember.class);
        AllowedRoles allowed = method.isAnnotationPresent(AllowedRoles.class)
                ? method.getAnnotation(AllowedRoles.class)
                : method.getDeclaringClass().getAnnotation(AllowedRoles.class);
        if (!anyMember && allowed == null) {
            Log.errorf("Endpoint %s.%s declares no @AllowedRoles or @AnyMember; refusing", 
                    resource.getResourceClass().getSimpleName(), resource.getMethodName());
            return ProblemMappers.respond(ProblemMappers.forbidden(path, "This endpoint declares no role"));
        }
        if (!anyMember && !memberships.mayAct(workspaceId, Arrays.asList(allowed.value()))) {
            return ProblemMappers.respond(ProblemMappers.forbidden(path,
                    "Your role in workspace " + workspaceId + " does not allow this action; allowed: "
                            + Arrays.toString(allowed.value()).toLowerCase() + " or admin"));
        }
        member.set(subject(identity), preferredName(identity), workspaceId,
                memberships.rolesIn(workspaceId));
        return null;
    }

    /** A client-credentials token of one of Sosmed's own services (its authorized party is a service client). */
    private boolean isInternalService(SecurityIdentity identity) {
        Set<String> services = config.serviceClients().orElse(Set.of());
        return !services.isEmpty() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getClaim("azp") != null && services.contains(jwt.getClaim("azp").toString().replace("\"", ""));
    }

    private static boolean internalServicesAllowed(Method method) {
        return method != null && (method.isAnnotationPresent(InternalServices.class)
                || method.getDeclaringClass().isAnnotationPresent(InternalServices.class));
    }

    private Collection<String> claim(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(config.rolesClaim());
            if (value instanceof Collection<?> values) {
                return values.stream().map(v -> v.toString().replace("\"", "")).toList();
            }
            if (value != null) {
                return List.of(value.toString().replace("\"", ""));
            }
        }
        return Set.of();
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String preferredName(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username").toString().replace("\"", "");
        }
        return identity.getPrincipal().getName();
    }

    private static Method method(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Response unauthorized(String path) {
        return Response.fromResponse(ProblemMappers.respond(ProblemMappers.unauthorized(path)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sosmed\"").build();
    }

    private static Problem problem(ProblemException e, String path) {
        return new Problem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(), path, e.errors());
    }
}
