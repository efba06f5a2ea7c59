package uk.gov.tca.scoring.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import uk.gov.tca.scoring.client.Feed;

/**
 * Follows one neighbour's change feed from where this service last stopped: the cursor is in this service's
 * database and moves in the same transaction as the changes a page of events makes, so a service that was down
 * catches up and no page is applied twice. The cursor row is locked while a page is applied and the page given up
 * if the cursor has moved since it was read: two replicas following one feed take turns, never apply a page twice,
 * never move the cursor back.
 */
public final class FeedFollower {

    /** Reads a page of the feed after a cursor. */
    public interface Reader {
        Feed.Page read(String after, int limit);
    }

    private final String feed;
    private final Reader reader;
    private final int batch;
    private final Clock clock;

    public FeedFollower(String feed, Reader reader, int batch, Clock clock) {
        this.feed = feed;
        this.reader = reader;
        this.batch = batch;
        this.clock = clock;
    }

    /** Reads until the feed has nothing newer, applying each page in a transaction of its own; how many events. */
    public int catchUp(Consumer<List<Feed.Event>> apply) {
        int applied = 0;
        while (true) {
            String position = QuarkusTransaction.requiringNew().call(this::position);
            Feed.Page page = reader.read(position, batch);
            if (page.events() == null || page.events().isEmpty()) {
                return applied;
            }
            boolean taken = QuarkusTransaction.requiringNew().call(() -> {
                FeedCursor cursor = FeedCursor.findById(feed, LockModeType.PESSIMISTIC_WRITE);
                if (!position.equals(cursor.position)) {
                    return false; // another reader applied this page meanwhile
                }
                apply.accept(page.events());
                cursor.position = page.next();
                cursor.updatedAt = clock.instant();
                return true;
            });
            if (taken) {
                applied += page.events().size();
            }
        }
    }

    private String position() {
        FeedCursor cursor = FeedCursor.findById(feed);
        if (cursor == null) {
            cursor = new FeedCursor();
            cursor.feed = feed;
            cursor.position = "0";
            cursor.updatedAt = clock.instant();
            cursor.persist();
        }
        return cursor.position;
    }
}
