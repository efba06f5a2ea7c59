package uk.gov.tca.gateway.web;

/**
 * The bid-service's answers as its contract (bid-service/src/main/openapi/openapi.yaml) gives them: every field
 * it writes, nulls included, money as exact decimals with what the council wrote beside it.
 */
public final class BidServiceAnswers {

    public static final String ROUND_ID = "tca-2026";
    public static final String BID_ID = "B-2026-0042";
    public static final String TITLE = "Babergh and Mid Suffolk: one front door";

    private BidServiceAnswers() {
    }

    public static final String ROUND = """
            {"id": "tca-2026", "programme": "Transformation Challenge Award", "name": "TCA 2026 round",
             "funderOrganisationId": "GB-GOV-DCLG", "opensAt": "2026-04-01T09:00:00Z", "closesAt": "2026-06-30T17:00:00Z",
             "budget": 400000.00,
             "awardTypes": [{"code": "AUTHORITY_AWARD", "name": "Authority Award", "cap": 500000}],
             "eligibleYears": ["2026/27", "2027/28"],
             "prompts": [
               {"code": "full-description", "text": "Full description of the proposal", "required": true},
               {"code": "risks", "text": "The main risks and how they are managed", "required": false}],
             "costBenefitRequired": true, "discountRate": 0.035, "optimismBiasCosts": 0.2, "optimismBiasBenefits": 0.1,
             "version": 3, "createdAt": "2026-03-01T10:00:00Z", "createdBy": "manager.dclg",
             "updatedAt": "2026-03-02T10:00:00Z", "updatedBy": "manager.dclg"}
            """;

    public static final String ROUNDS = """
            {"items": [%s,
              {"id": "tca-2025", "programme": "Transformation Challenge Award", "name": "TCA 2025 round",
               "funderOrganisationId": "GB-GOV-DCLG", "opensAt": "2025-04-01T09:00:00Z", "closesAt": "2025-06-30T17:00:00Z",
               "budget": 1250000.50, "awardTypes": [], "eligibleYears": ["2025/26"], "prompts": [],
               "costBenefitRequired": false, "discountRate": 0.035, "optimismBiasCosts": 0, "optimismBiasBenefits": 0,
               "version": 1, "createdAt": "2025-03-01T10:00:00Z", "createdBy": "manager.dclg",
               "updatedAt": null, "updatedBy": null}],
             "page": 0, "size": 100, "total": 2}
            """.formatted(ROUND);

    public static final String BID = """
            {"id": "B-2026-0042", "roundId": "tca-2026", "title": "Babergh and Mid Suffolk: one front door",
             "status": "IN_ASSESSMENT", "leadOrganisationId": "GB-LAE-BAB", "awardType": "AUTHORITY_AWARD",
             "fallbackAwardType": null,
             "amountSought": {"amount": 250000.00, "min": null, "max": null, "asWritten": "£250k",
                              "scale": "THOUSANDS", "qualifier": "EXACT", "basis": "TOTAL_FOR_PERIOD"},
             "fallbackAmount": null,
             "participants": [
               {"organisationId": "GB-LAE-BAB", "nameAsWritten": "Babergh District Council",
                "roles": ["LEAD", "ACCOUNTABLE_BODY"],
                "share": {"amount": 150000.00, "min": null, "max": null, "asWritten": "£150,000", "scale": "POUNDS",
                          "qualifier": "EXACT", "basis": "TOTAL_FOR_PERIOD"},
                "onBehalfOf": null, "jointAndSeveral": false, "verified": true,
                "consent": {"status": "CONFIRMED", "by": "bidder.babergh", "at": "2026-05-01T10:00:00Z", "note": null}},
               {"organisationId": "GB-LAE-MSU", "nameAsWritten": "Mid Suffolk DC", "roles": ["CO_APPLICANT"],
                "share": null, "onBehalfOf": null, "jointAndSeveral": false, "verified": true,
                "consent": {"status": "CONFIRMED", "by": "bidder.midsuffolk", "at": "2026-05-02T10:00:00Z", "note": null}},
               {"organisationId": null, "nameAsWritten": "Suffolk Constabulary", "roles": ["PARTNER"],
                "share": null, "onBehalfOf": null, "jointAndSeveral": false, "verified": false, "consent": null}],
             "narrative": {
               "full-description": "One integrated officer workforce serving both councils, with shared systems.",
               "risks": "Staff transfer takes longer than planned.",
               "legacy-question": "An answer to a question the round no longer asks."},
             "costLines": [
               {"activity": "Shared ICT platform",
                "period": {"financialYear": "2026/27", "relativeYear": null, "from": null, "to": null, "asWritten": "2026-27"},
                "amount": {"amount": 150000.00, "min": null, "max": null, "asWritten": "£150,000", "scale": "POUNDS",
                           "qualifier": "EXACT", "basis": "ONE_OFF"},
                "nature": "CAPITAL", "fundedBy": "AWARD"},
               {"activity": "Organisational change and back-fill",
                "period": {"financialYear": null, "relativeYear": 2, "from": null, "to": null, "asWritten": "year two"},
                "amount": {"amount": 100000.50, "min": null, "max": null, "asWritten": "about £100,000.50", "scale": "POUNDS",
                           "qualifier": "APPROX", "basis": "ONE_OFF"},
                "nature": null, "fundedBy": "MATCH"},
               {"activity": "Project management",
                "period": {"financialYear": null, "relativeYear": null, "from": null, "to": null, "asWritten": "throughout"},
                "amount": {"amount": null, "min": null, "max": null, "asWritten": "TBC", "scale": null,
                           "qualifier": "PLACEHOLDER", "basis": null},
                "nature": "REVENUE", "fundedBy": "OWN"}],
             "benefitLines": [
               {"description": "Reduced management costs", "type": "CASHABLE_SAVING", "beneficiaryOrganisationId": "GB-LAE-BAB",
                "period": {"financialYear": "2027/28", "relativeYear": null, "from": null, "to": null, "asWritten": "2027/28"},
                "amount": {"amount": 260000.00, "min": null, "max": null, "asWritten": "£260k", "scale": "THOUSANDS",
                           "qualifier": "EXACT", "basis": "PER_ANNUM"}}],
             "resolutions": [], "contacts": [], "declaredMetrics": [], "declaredScenarios": [], "declaredTotals": [],
             "attachments": [], "dated": "2026-05-01",
             "decision": null,
             "warnings": [
               {"code": "TOTALS_DIFFER", "message": "The cost lines add up to £250,000.50, not the £250,000 stated",
                "fields": ["costLines", "amountSought"]}],
             "submittedAt": "2026-05-03T12:00:00Z", "version": 7, "createdAt": "2026-04-20T09:00:00Z",
             "createdBy": "bidder.babergh", "updatedAt": "2026-05-03T12:00:00Z", "updatedBy": "bidder.babergh"}
            """;

    public static final String APPRAISAL = """
            {"timeline": "FINANCIAL_YEAR",
             "years": [
               {"index": 0, "label": "2026/27", "costs": 150000.00, "benefits": 0.00, "net": -150000.00,
                "cumulativeNet": -150000.00, "discountFactor": 1.000000},
               {"index": 1, "label": "2027/28", "costs": 100000.50, "benefits": 260000.00, "net": 159999.50,
                "cumulativeNet": 9999.50, "discountFactor": 0.966184}],
             "totalCosts": 250000.50, "totalBenefits": 260000.00, "net": 9999.50, "roi": 0.0400, "returnMultiple": 1.0400,
             "paybackYear": 1, "paybackLabel": "2027/28", "discountRate": 0.035,
             "presentValueCosts": 246618.84, "presentValueBenefits": 251207.73, "npv": 4588.89,
             "benefitCostRatio": 1.0186,
             "optimismBiasAdjusted": {"name": "optimism bias", "costFactor": 1.2, "benefitFactor": 0.9, "delayYears": 0,
               "roi": -0.2200, "returnMultiple": 0.7800, "npv": -70855.66, "benefitCostRatio": 0.7640, "paybackYear": null},
             "scenarios": [],
             "notes": ["costLines[2]: \\"TBC\\" is not a number and is left out"]}
            """;

    /** An appraisal of figures that could not all be read: no benefit is placed in a year, so no return is given. */
    public static final String APPRAISAL_WITHOUT_RETURN = """
            {"timeline": "FINANCIAL_YEAR", "appraisable": false,
             "cannotBeAppraised": "no benefit is a figure placed in a year: the benefit line \\"Reduced management costs\\" is not placed in a financial year (written \\"over next 18 months\\")",
             "years": [
               {"index": 0, "label": "2026/27", "costs": 150000.00, "benefits": 0.00, "net": -150000.00,
                "cumulativeNet": -150000.00, "discountFactor": 1.000000}],
             "totalCosts": 150000.00, "totalBenefits": 0.00, "net": -150000.00, "discountRate": 0.035,
             "scenarios": [],
             "notes": ["The benefit line \\"Reduced management costs\\" is not placed in a financial year (written \\"over next 18 months\\") and is left out"]}
            """;

    /** A page of bids with this total, as the round's counts ask for (size 1). */
    public static String bidsTotal(long total) {
        return """
                {"items": [], "page": 0, "size": 1, "total": %d}
                """.formatted(total);
    }

    public static String bids(String... bids) {
        return """
                {"items": [%s], "page": 0, "size": 200, "total": %d}
                """.formatted(String.join(",", bids), bids.length);
    }

    /** A bid of the matrix: the fields the bid-service lists, of which the page reads the id and title. */
    public static String listedBid(String id, String title, String status) {
        return """
                {"id": "%s", "roundId": "tca-2026", "title": "%s", "status": "%s", "leadOrganisationId": "GB-LAE-BAB",
                 "awardType": "AUTHORITY_AWARD", "amountSought": {"amount": 250000, "asWritten": "£250,000"},
                 "participants": [], "narrative": {}, "costLines": [], "benefitLines": [], "warnings": [],
                 "version": 2}
                """.formatted(id, title, status);
    }

    public static final String NOT_FOUND = """
            {"type": "urn:tca:problem:not-found", "title": "Not found", "status": 404,
             "detail": "Bid B-2026-0042 was not found", "instance": "/bids/B-2026-0042"}
            """;

    public static final String SERVER_ERROR = """
            {"type": "urn:tca:problem:server-error", "title": "Internal server error", "status": 500,
             "detail": "Something went wrong on our side; it has been logged", "instance": "/bids/B-2026-0042"}
            """;
}
