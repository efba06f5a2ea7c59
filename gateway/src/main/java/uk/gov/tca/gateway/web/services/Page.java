package uk.gov.tca.gateway.web.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a list, as the services answer a list ({@code {items, page, size, total}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, long total) {

    public Page {
        items = items == null ? List.of() : items;
    }
}
