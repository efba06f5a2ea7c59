package uk.gov.tca.platform.http;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total so a client can page to the end. Pages count from 0. */
@Schema(description = "One page of a list; pages count from 0")
public record PageResult<T>(@Schema(description = "The items of this page, in the list's order") List<T> items,
        @Schema(description = "Which page this is, counting from 0") int page,
        @Schema(description = "The most items a page holds (the size asked for)") int size,
        @Schema(description = "How many items the whole list has, over all its pages") long total) {

    /** The page of a query that paging asks for, with the query's total. */
    public static <T> PageResult<T> of(PanacheQuery<T> query, Paging paging) {
        return new PageResult<>(query.page(paging.page(), paging.size()).list(), paging.page(), paging.size(),
                query.count());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
