package org.smartbizflow.crm.core.runtime;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.smartbizflow.crm.shared.ValidationException;
import org.smartbizflow.crm.shared.Violation;

/**
 * Runs Bean Validation on inbound command records, once, at the port. Built with
 * {@link ParameterMessageInterpolator} so no Expression Language implementation is needed on
 * the host's class path.
 */
public final class CommandValidator {

    private final Validator validator;

    private CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public static CommandValidator create() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        return new CommandValidator(factory.getValidator());
    }

    /**
     * Checks the command's constraints.
     *
     * @throws ValidationException listing every violation, by field, when any fails
     */
    public <T> T validate(T command) {
        if (command == null) {
            throw new ValidationException("command", "must not be null");
        }
        Set<ConstraintViolation<T>> found = validator.validate(command);
        if (!found.isEmpty()) {
            List<Violation> violations = found.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::problem))
                    .toList();
            throw new ValidationException(violations);
        }
        return command;
    }
}
