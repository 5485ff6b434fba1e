package io.sosmed.content.template;

import io.sosmed.platform.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template text with {@code {{variable}}} placeholders: names start with a letter and continue with letters,
 * digits, {@code _}, {@code .} or {@code -}; spaces inside the braces are allowed ({@code {{ name }}}).
 */
public final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    private final String text;

    public TemplateText(String text) {
        this.text = text;
    }

    /** Distinct variable names in order of first appearance. */
    public List<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            if (NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Placeholders whose name is not a valid variable name, e.g. {@code {{}}} or {@code {{first name}}}. */
    public List<String> malformedPlaceholders() {
        List<String> malformed = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!NAME.matcher(matcher.group(1).strip()).matches()) {
                malformed.add(matcher.group());
            }
        }
        return malformed;
    }

    /**
     * Field errors for {@code values} that do not match the variables: each missing variable and each value for a
     * name the template does not have. Empty when the values fit.
     */
    public List<Problem.FieldError> mismatches(Map<String, String> values) {
        List<String> variables = variables();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String variable : variables) {
            if (values.get(variable) == null) {
                errors.add(new Problem.FieldError("values." + variable, "missing: the template uses {{" + variable + "}}"));
            }
        }
        for (String given : values.keySet()) {
            if (!variables.contains(given)) {
                errors.add(new Problem.FieldError("values." + given,
                        "unknown variable; this template has " + (variables.isEmpty() ? "none" : String.join(", ", variables))));
            }
        }
        return errors;
    }

    /** The text with every placeholder replaced by its value; call only when {@link #mismatches} is empty. */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String value = values.get(name);
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }
}
