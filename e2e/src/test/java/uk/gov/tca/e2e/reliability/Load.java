package uk.gov.tca.e2e.reliability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A bounded load of writes on loopback: a few workers, each sending one request after another until a count or a
 * time is reached, and a ledger of every write acknowledged with a 2xx (what a client would rely on having
 * been kept). Refused connections and 5xx answers are counted, not thrown: they are what a fault looks like.
 */
final class Load implements AutoCloseable {

    /** One acknowledged write: its key (the Idempotency-Key) and what the service answered. */
    record Acknowledged(String key, Http.Answer answer, Instant at) {
    }

    private final ExecutorService workers;
    private final Instant deadline;
    private final int maxRequests;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicLong lastSuccess = new AtomicLong();
    private final AtomicLong longestGap = new AtomicLong();
    final ConcurrentLinkedQueue<Acknowledged> ledger = new ConcurrentLinkedQueue<>();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    /** The first answer of each 5xx status, as said: what to look for in the service's log when one shows. */
    final Map<Integer, String> firstServerError = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /** Starts {@code threads} workers sending {@code write(n)} for the n-th request. */
    Load(int threads, int maxRequests, Duration limit, Function<Integer, Write> write) {
        this.workers = Executors.newFixedThreadPool(threads);
        this.deadline = Instant.now().plus(limit);
        this.maxRequests = maxRequests;
        for (int t = 0; t < threads; t++) {
            workers.submit(() -> {
                while (!stopped && Instant.now().isBefore(deadline)) {
                    int n = sent.getAndIncrement();
                    if (n >= maxRequests) {
                        return;
                    }
                    Write w = write.apply(n);
                    try {
                        Http.Answer answer = w.call().timeout(Duration.ofSeconds(15)).sendOrThrow();
                        statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
                        if (answer.status() < 300) {
                            ledger.add(new Acknowledged(w.key(), answer, Instant.now()));
                            long now = System.nanoTime();
                            long previous = lastSuccess.getAndSet(now);
                            if (previous != 0) {
                                longestGap.accumulateAndGet(now - previous, Math::max);
                            }
                        } else if (answer.status() >= 500) {
                            serverErrors.incrementAndGet();
                            firstServerError.putIfAbsent(answer.status(), w.key() + " " + answer.body());
                            // a client told to come back later waits a moment, as a real one would: without it the
                            // request budget was spent on 503s before a slow PostgreSQL restart had finished
                            sleep(100);
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (IOException e) {
                        unreachable.incrementAndGet();
                        sleep(50);
                    } catch (RuntimeException e) {
                        unreachable.incrementAndGet();
                    }
                }
            });
        }
    }

    /** A write: its Idempotency-Key and the request. */
    record Write(String key, java.util.function.Supplier<Http.Call> request) {
        Http.Call call() {
            return request.get();
        }
    }

    int sent() {
        return Math.min(sent.get(), maxRequests);
    }

    int serverErrors() {
        return serverErrors.get();
    }

    int unreachable() {
        return unreachable.get();
    }

    int refused() {
        return refused.get();
    }

    /** The longest time, in seconds, between two acknowledged writes: how long the fault stopped writes. */
    double longestGapSeconds() {
        return longestGap.get() / 1e9;
    }

    /** Acknowledged writes so far. */
    int acknowledged() {
        return ledger.size();
    }

    /** Waits until a write is acknowledged after the given moment; the seconds it took, or -1. */
    double secondsUntilAWriteSucceedsAfter(long nanos, Duration limit) throws Exception {
        return Waiting.secondsUntil(nanos, limit, () -> lastSuccess.get() > nanos) < 0 ? -1 : (lastSuccess.get() - nanos) / 1e9;
    }

    void awaitEnd() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        awaitEnd();
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        ledger.forEach(a -> keys.add(a.key()));
        return keys;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
