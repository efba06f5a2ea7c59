package uk.gov.tca.platform.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lists a request body carries, held unchangeable once read. */
public final class Lists {

    private Lists() {
    }

    /**
     * An unchangeable copy, empty for none, that keeps a null element as sent: {@code List.copyOf} would throw while
     * the body is read, and the client would be told only that its JSON is malformed, where validation of the element
     * ({@code @NotNull}) names the field ({@code costLines[0].shares[0]}).
     */
    public static <T> List<T> asSent(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
