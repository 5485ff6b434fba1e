package io.sosmed.content.template;

import io.sosmed.content.library.LibraryItemService;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stores a workspace's templates and fills in their variables. */
@ApplicationScoped
public class TemplateService extends LibraryItemService<Template, TemplateRequest> {

    public TemplateService(TemplateRepository templates) {
        super(templates, "Template");
    }

    @Override
    protected Template newItem() {
        return new Template();
    }

    @Override
    protected void fill(Template template, TemplateRequest request) {
        List<String> malformed = new TemplateText(request.text()).malformedPlaceholders();
        if (!malformed.isEmpty()) {
            throw LibraryProblems.unprocessable("text", "placeholders need a variable name (a letter, then letters,"
                    + " digits, _, . or -): " + String.join(", ", malformed));
        }
        template.text = request.text();
    }

    /** Fills in the variables; a missing or unknown variable is a 422 listing each of them. */
    public RenderedTemplate render(String workspaceId, UUID id, RenderRequest request) {
        Template template = get(workspaceId, id);
        TemplateText text = new TemplateText(template.text);
        List<Problem.FieldError> mismatches = text.mismatches(request.valuesOrEmpty());
        if (!mismatches.isEmpty()) {
            throw LibraryProblems.unprocessable(mismatches);
        }
        return new RenderedTemplate(template.id, text.render(request.valuesOrEmpty()), text.variables());
    }
}
