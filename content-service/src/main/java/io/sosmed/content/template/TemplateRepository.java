package io.sosmed.content.template;

import io.sosmed.content.library.LibraryItemRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Templates of a workspace; every lookup is scoped to the workspace. */
@ApplicationScoped
public class TemplateRepository implements LibraryItemRepository<Template> {
}
