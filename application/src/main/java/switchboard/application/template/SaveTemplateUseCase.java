package switchboard.application.template;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.template.Template;

public interface SaveTemplateUseCase {

    /**
     * Creates the template, or replaces the tenant's template with the same id.
     *
     * @return true if it was created, false if it replaced one
     * @throws NotFoundException if the tenant does not exist
     * @throws switchboard.domain.InvalidValueException if a part of it is not a well-formed template
     */
    boolean save(Template template);
}
