package uk.gov.tca.platform.problem;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The field a constraint violation is about, named as the client wrote it: "create.body.identifiers[0].value" is
 * "identifiers[0].value" — the client knows the body, not the method; an element's index follows its list — and a
 * record a body unwraps ({@code @JsonUnwrapped}) is no level of it: "content.costLines[0]" is "costLines[0]".
 */
final class ValidationPaths {

    private ValidationPaths() {
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Method method = null;
        Type current = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                method = methodOf(violation.getRootBeanClass(), node);
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                current = method == null ? null : method.getGenericParameterTypes()[index];
                if (isQueryOrHeader(node.getName())) {
                    field.append(node.getName());
                }
                continue;
            }
            if (kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE || node.getName() == null) {
                continue;
            }
            // a node in a list or map is an element of the node before it: its index belongs there
            if (node.isInIterable() && !field.isEmpty()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                continue; // "<list element>": the element itself, already named by its index
            }
            Field declared = fieldNamed(node.isInIterable() ? elementOf(current) : current, node.getName());
            current = declared == null ? null : declared.getGenericType();
            if (declared != null && declared.isAnnotationPresent(JsonUnwrapped.class)) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    // Simple scalar parameters (page, size, q) keep their name; a body parameter is the root of its fields.
    private static boolean isQueryOrHeader(String name) {
        return name != null && !name.equals("body") && !name.equals("request") && !name.startsWith("arg");
    }

    private static Method methodOf(Class<?> type, Path.Node node) {
        List<Class<?>> parameters = node.as(Path.MethodNode.class).getParameterTypes();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(node.getName()) && Arrays.asList(m.getParameterTypes()).equals(parameters)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Field fieldNamed(Type type, String name) {
        for (Class<?> c = rawOf(type); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return null;
    }

    /** What a list, set or map holds: the type of its elements (a map's values). */
    private static Type elementOf(Type container) {
        if (container instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return arguments[0];
            }
            if (Map.class.isAssignableFrom(raw)) {
                return arguments[1];
            }
        }
        return container;
    }

    private static Class<?> rawOf(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
