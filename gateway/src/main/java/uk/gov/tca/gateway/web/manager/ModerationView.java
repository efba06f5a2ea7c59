package uk.gov.tca.gateway.web.manager;

import java.util.List;
import java.util.Map;
import uk.gov.tca.gateway.web.Paged;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.BidModeration;
import uk.gov.tca.gateway.web.services.scoring.Scheme;

/**
 * The moderation page: the bids whose scores differ past the scheme's thresholds, and every scored bid's spreads,
 * each a page at a time; criteria by the names the scheme gives them.
 */
public record ModerationView(Round round, Paged<BidModeration> queue, Paged<BidModeration> all,
        Map<String, String> criterionNames) {

    static ModerationView of(Round round, List<BidModeration> queue, List<BidModeration> all, Scheme scheme,
            String queuePage, String allPage) {
        Map<String, String> names = new java.util.HashMap<>();
        if (scheme != null) {
            scheme.criteria().forEach(c -> names.put(c.code(), c.name()));
        }
        return new ModerationView(round, Paged.of(queue, queuePage, "queue", allPage == null ? "" : "&page=" + allPage),
                Paged.of(all, allPage, "page", queuePage == null ? "" : "&queue=" + queuePage), names);
    }

    /** A criterion as people know it: its name in the scheme, else its code. */
    public String criterion(String code) {
        return criterionNames.getOrDefault(code, code);
    }
}
