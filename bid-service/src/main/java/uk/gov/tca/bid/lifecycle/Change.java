package uk.gov.tca.bid.lifecycle;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a bid answers a command: the change it made (its event), nothing to change (it is so already), or its
 * refusal with every reason. A refused command has changed nothing.
 */
public sealed interface Change<E extends BidEvent> {

    record Made<E extends BidEvent>(E event) implements Change<E> {
    }

    record AlreadySo<E extends BidEvent>() implements Change<E> {
    }

    record Refused<E extends BidEvent>(Refusal refusal) implements Change<E> {
    }

    static <E extends BidEvent> Change<E> made(E event) {
        return new Made<>(event);
    }

    static <E extends BidEvent> Change<E> alreadySo() {
        return new AlreadySo<>();
    }

    static <E extends BidEvent> Change<E> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The event, if the command changed the bid; a refusal becomes what {@code failure} makes of it. */
    default <X extends RuntimeException> Optional<E> orElseThrow(Function<Refusal, X> failure) {
        if (this instanceof Refused<E> refused) {
            throw failure.apply(refused.refusal());
        }
        return this instanceof Made<E> made ? Optional.of(made.event()) : Optional.empty();
    }
}
