package uk.gov.tca.platform.http;

import uk.gov.tca.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and an update must name the
 * version it was based on in If-Match, so two editors never silently overwrite each other.
 */
public final class ETags {

    private ETags() {
    }

    /** 200 with the resource and its ETag, as every read and update of a versioned resource answers. */
    public static jakarta.ws.rs.core.Response ok(Object body, long version) {
        return jakarta.ws.rs.core.Response.ok(body).header("ETag", of(version)).build();
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * For a change made from the version read (a merge patch applied to it): If-Match must name that version (428,
     * 412 as {@link #requireMatch}), and the answer is the If-Match that holds the change to exactly it, so that a
     * change made meanwhile is never overwritten with what the patch did not send.
     */
    public static String heldTo(String ifMatch, long versionRead) {
        requireMatch(ifMatch, versionRead);
        return of(versionRead);
    }

    /**
     * Checks If-Match against the current version: 428 when missing, 412 (with the current ETag) when stale.
     * A weak validator (W/"3") is compared by its value; "*" matches any existing version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.stale(current);
    }
}
