package uk.gov.tca.platform.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * A position in a change feed: the writing transaction's id, then the event's own. Events are served in this
 * order, and only once every transaction before them has ended, so a reader that moved past a position never
 * meets an event that belongs before it. To clients it is an opaque string.
 *
 * <p>A plain number is the cursor of the feed before positions carried the transaction (all of its events have
 * transaction 0): {@code 42} reads on from event 42 exactly as it did.
 */
public record FeedCursor(long tx, long id) implements Comparable<FeedCursor> {

    public static final FeedCursor START = new FeedCursor(0, 0);

    private static final Pattern PAIR = Pattern.compile("([0-9]{1,19})\\.([0-9]{1,19})");
    private static final Pattern LEGACY = Pattern.compile("[0-9]{1,19}");

    /** The cursor a client sent; absent or blank is the start. An unreadable one is a 400 naming the parameter. */
    public static FeedCursor parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        String value = text.strip();
        try {
            Matcher pair = PAIR.matcher(value);
            if (pair.matches()) {
                return new FeedCursor(Long.parseLong(pair.group(1)), Long.parseLong(pair.group(2)));
            }
            if (LEGACY.matcher(value).matches()) {
                return new FeedCursor(0, Long.parseLong(value));
            }
        } catch (NumberFormatException tooLarge) {
            // falls through to the refusal
        }
        throw ProblemException.invalid(parameter, "is not a cursor this feed gave out: send the 'next' of the page you "
                + "last read, or nothing to read from the start");
    }

    @Override
    public int compareTo(FeedCursor other) {
        int byTx = Long.compare(tx, other.tx);
        return byTx != 0 ? byTx : Long.compare(id, other.id);
    }

    @Override
    public String toString() {
        return tx + "." + id;
    }
}
