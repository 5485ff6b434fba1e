package io.sosmed.content.template;

import io.quarkus.logging.Log;
import io.sosmed.content.library.LibraryPage;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.content.library.Timestamps;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores a workspace's templates and fills in their variables. */
@ApplicationScoped
public class TemplateService {

    private final TemplateRepository templates;

    public TemplateService(TemplateRepository templates) {
        this.templates = templates;
    }

    @Transactional
    public Template create(String workspaceId, String actor, TemplateRequest request) {
        Template template = new Template();
        template.id = UUID.randomUUID();
        template.workspaceId = workspaceId;
        template.createdBy = actor;
        template.createdAt = Timestamps.now();
        apply(template, request, template.createdAt);
        templates.persist(template);
        Log.infof("Template %s created in workspace %s", template.id, workspaceId);
        return template;
    }

    @Transactional
    public Template get(String workspaceId, UUID id) {
        return templates.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound("Template", id.toString()));
    }

    @Transactional
    public LibraryPage<TemplateResponse> list(String workspaceId, String cursor, int limit) {
        return LibraryPage.of(templates.findPage(workspaceId, KeysetCursor.decodeOrNull(cursor), limit + 1), limit,
                t -> t.createdAt, t -> t.id, TemplateResponse::of);
    }

    @Transactional
    public Template replace(String workspaceId, UUID id, TemplateRequest request) {
        Template template = get(workspaceId, id);
        apply(template, request, Timestamps.now());
        templates.flush();
        return template;
    }

    @Transactional
    public void delete(String workspaceId, UUID id) {
        templates.delete(get(workspaceId, id));
        Log.infof("Template %s deleted from workspace %s", id, workspaceId);
    }

    /** Fills in the variables; a missing or unknown variable is a 422 listing each of them. */
    @Transactional
    public RenderedTemplate render(String workspaceId, UUID id, RenderRequest request) {
        Template template = get(workspaceId, id);
        TemplateText text = new TemplateText(template.text);
        List<Problem.FieldError> mismatches = text.mismatches(request.valuesOrEmpty());
        if (!mismatches.isEmpty()) {
            throw LibraryProblems.unprocessable(mismatches);
        }
        return new RenderedTemplate(template.id, text.render(request.valuesOrEmpty()), text.variables());
    }

    private void apply(Template template, TemplateRequest request, Instant now) {
        String name = request.name().strip();
        List<String> malformed = new TemplateText(request.text()).malformedPlaceholders();
        if (!malformed.isEmpty()) {
            throw LibraryProblems.unprocessable("text", "placeholders need a variable name (a letter, then letters,"
                    + " digits, _, . or -): " + String.join(", ", malformed));
        }
        if (templates.nameTaken(template.workspaceId, name, template.id)) {
            throw LibraryProblems.nameTaken("Template", name);
        }
        template.name = name;
        template.text = request.text();
        template.updatedAt = now;
    }
}
