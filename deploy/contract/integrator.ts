// A department's integrator, written against the types openapi-typescript generates from the gateway's contract
// (generated/tca-api.d.ts, made by ./check). It is type-checked, not run: if the contract renames a field, changes
// an enum or drops a type, this stops compiling and the check fails.
import type { components, paths } from "./generated/tca-api";

type Bid = components["schemas"]["Bid"];
type BidStatus = components["schemas"]["BidStatus"];
type FeedPage = paths["/api/feed"]["get"]["responses"]["200"]["content"]["application/json"];
type FeedEvent = NonNullable<FeedPage["events"]>[number];
type Decisions = paths["/api/decisions/{roundId}"]["get"]["responses"]["200"]["content"]["application/json"];
type Problem = components["schemas"]["Problem"];

// every status a bid can be in, and nothing else: a status the contract does not have fails to compile
const everyStatus: readonly BidStatus[] = ["DRAFT", "SUBMITTED", "IN_ASSESSMENT", "DECIDED", "WITHDRAWN"];

export interface Awarded {
  bidId: string;
  title: string;
  amountAwarded: number;
}

/** What the integrator's ledger needs of each event: the bid it is about and what happened to it. */
export function whatHappened(event: FeedEvent): string {
  switch (event.type) {
    case "uk.gov.tca.bid.submitted":
      return `bid ${event.subject ?? "?"} submitted`;
    case "uk.gov.tca.bid.withdrawn":
      return `bid ${event.subject ?? "?"} withdrawn`;
    case "uk.gov.tca.bid.decided":
      return `bid ${event.subject ?? "?"} decided`;
    default:
      return `bid ${event.subject ?? "?"}: ${event.type}`;
  }
}

/** Follows the feed from a cursor until the head; the cursor is opaque, handed back as it came. */
export async function follow(base: string, token: string, after: string | undefined,
    onEvent: (event: FeedEvent) => void): Promise<string | undefined> {
  let cursor = after;
  for (;;) {
    const query = cursor === undefined ? "" : `?after=${encodeURIComponent(cursor)}`;
    const answer = await fetch(`${base}/api/feed${query}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    });
    if (!answer.ok) {
      const problem = (await answer.json()) as Problem;
      throw new Error(`${problem.status ?? answer.status} ${problem.title ?? ""}: ${problem.detail ?? ""}`);
    }
    const page = (await answer.json()) as FeedPage;
    const events = page.events ?? [];
    events.forEach(onEvent);
    if (events.length === 0 || page.next === undefined) {
      return cursor;
    }
    cursor = page.next;
  }
}

/** The awards of a published round, to reconcile against payments. */
export function awards(decisions: Decisions): Awarded[] {
  return (decisions.lines ?? [])
    .filter((line) => line.outcome === "FUNDED" && line.bidId !== undefined)
    .map((line) => ({ bidId: line.bidId ?? "", title: line.title ?? "", amountAwarded: line.amountAwarded ?? 0 }));
}

export function isOpen(bid: Bid): boolean {
  return bid.status !== undefined && everyStatus.indexOf(bid.status) < 2;
}
