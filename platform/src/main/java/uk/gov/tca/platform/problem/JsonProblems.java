package uk.gov.tca.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.edge.problem.ProblemType;

/** What Jackson could not read of a body, in words for the client, naming the field as the body has it. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        ProblemType type = ProblemType.MALFORMED_JSON;
        String field = "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            type = ProblemType.UNKNOWN_FIELD;
            field = pathOf(u);
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f) {
            type = ProblemType.VALIDATION;
            field = pathOf(f);
            message = "must be " + describe(f.getTargetType()) + ", not " + quote(f.getValue());
        } else if (e instanceof MismatchedInputException m) {
            type = ProblemType.VALIDATION;
            field = pathOf(m);
            message = m.getTargetType() == null ? "has the wrong shape" : "must be " + describe(m.getTargetType());
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            type = ProblemType.VALIDATION;
            field = pathOf(m);
            message = "is not valid: " + Failures.rootMessage(m);
        } else {
            message = "is not well-formed JSON" + location(e);
        }
        String detail = field.isEmpty() ? "The request body " + message : "Field '" + field + "' " + message;
        return Problems.of(type, detail, List.of(new Problem.Violation(field.isEmpty() ? "body" : field, message)));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
