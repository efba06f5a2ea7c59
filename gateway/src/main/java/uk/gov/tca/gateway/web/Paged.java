package uk.gov.tca.gateway.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a long table ({@value #SIZE} rows), so a round of 10 000 bids renders a page, not 10 000 rows: the
 * rows, which page it is of how many, and the query parameter that names it ({@code param}) with whatever else the
 * address keeps ({@code keep}: "&sort=score"), for GOV.UK's pagination links.
 */
public record Paged<T>(List<T> items, int page, int pages, int total, String param, String keep) {

    public static final int SIZE = 50;

    /** The page asked for (a page past the end is the last, anything not a page number the first). */
    public static <T> Paged<T> of(List<T> all, String requested, String param, String keep) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = requested != null && requested.matches("\\d{1,6}") ? Math.min(Math.max(1, Integer.parseInt(requested)), pages) : 1;
        int from = (page - 1) * SIZE;
        return new Paged<>(List.copyOf(all.subList(from, Math.min(all.size(), from + SIZE))), page, pages, all.size(), param,
                keep == null ? "" : keep);
    }

    public boolean paged() {
        return pages > 1;
    }

    /** The first row's number on this page, from 1. */
    public int first() {
        return total == 0 ? 0 : (page - 1) * SIZE + 1;
    }

    public int last() {
        return Math.min(total, page * SIZE);
    }

    /** The page numbers GOV.UK's pagination shows: the first, the last, and those next to this one; 0 for a gap. */
    public List<Integer> shown() {
        List<Integer> shown = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - page) <= 1) {
                shown.add(p);
            } else if (!shown.isEmpty() && shown.get(shown.size() - 1) != 0) {
                shown.add(0);
            }
        }
        return shown;
    }

    /** The address of a page of this table, relative to the page it is on. */
    public String link(int to) {
        return "?" + param + "=" + to + keep;
    }
}
