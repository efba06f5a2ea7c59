package uk.gov.tca.gateway.web;

/**
 * The scoring-service's answers as its contract (scoring-service/src/main/openapi/openapi.yaml) gives them:
 * lists in pages ({items, page, size, total}) or bare arrays where the contract says so, nulls written out.
 */
public final class ScoringServiceAnswers {

    public static final String ASSESSOR = "assessor.dclg";
    public static final String ASSIGNMENT_ID = "asg-7";
    public static final String ASSESSMENT_ID = "asm-11";

    private ScoringServiceAnswers() {
    }

    public static String page(String... items) {
        return """
                {"items": [%s], "page": 0, "size": 20, "total": %d}
                """.formatted(String.join(",", items), items.length);
    }

    public static String assignment(String id, String bidId, String title, String assessor, String status, String reason) {
        return """
                {"id": "%s", "bidId": "%s", "title": %s, "roundId": "tca-2026", "assessor": "%s", "status": "%s",
                 "reason": %s, "version": 2}
                """.formatted(id, bidId, title == null ? "null" : "\"" + title + "\"", assessor, status,
                reason == null ? "null" : "\"" + reason + "\"");
    }

    public static String myAssignment(String status) {
        return assignment(ASSIGNMENT_ID, BidServiceAnswers.BID_ID, BidServiceAnswers.TITLE, ASSESSOR, status, null);
    }

    /** The round's scheme: a list of one, as GET /schemes?round= answers. */
    public static final String SCHEMES = """
            [{"id": "sch-3", "roundId": "tca-2026", "name": "Assessment of the TCA 2026 round",
              "criteria": [
                {"code": "value-for-money", "name": "Value for money", "weight": 0.3,
                 "description": "Expected costs, benefits and savings, and value for money.",
                 "suggestFromBenefitCostRatio": [{"from": 0, "score": 1}, {"from": 1, "score": 3}, {"from": 2, "score": 5}]},
                {"code": "collaboration", "name": "Collaboration", "weight": 0.45,
                 "description": "Multi-authority and cross-sector working.", "suggestFromBenefitCostRatio": []},
                {"code": "deliverability", "name": "Deliverability", "weight": 0.25,
                 "description": "Track record, governance, milestones and risks.", "suggestFromBenefitCostRatio": []}],
              "scale": {"min": 0, "max": 5, "anchors": {"0": "No evidence", "1": "Weak", "2": "Adequate", "3": "Good",
                        "4": "Strong", "5": "Exemplary"}},
              "justificationMinLength": 20, "confidenceEnabled": true, "assessorsPerBid": 2,
              "moderation": {"criterionSpread": 2, "totalSpread": 1.5}, "version": 1}]
            """;

    /** An assessment, its scores in the scheme's order; {@code version} is what If-Match must name. */
    public static String assessment(String id, String assessor, String status, long version, String... scores) {
        return """
                {"id": "%s", "assignmentId": "%s", "bidId": "B-2026-0042", "roundId": "tca-2026", "assessor": "%s",
                 "status": "%s", "scores": [%s], "submittedAt": %s, "exclusionReason": null, "excludedAt": null,
                 "version": %d}
                """.formatted(id, ASSESSOR.equals(assessor) ? ASSIGNMENT_ID : "asg-8", assessor, status, String.join(",", scores),
                "SUBMITTED".equals(status) ? "\"2026-06-01T10:00:00Z\"" : "null", version);
    }

    public static String score(String criterion, Integer score, String justification, String confidence, Integer suggested,
            String overrideReason) {
        return """
                {"criterion": "%s", "score": %s, "justification": %s, "confidence": %s, "suggestedScore": %s,
                 "overrideReason": %s}
                """.formatted(criterion, score, quoted(justification), quoted(confidence), suggested, quoted(overrideReason));
    }

    /** A draft as started: the appraisal's suggestion for value for money filled in, one criterion scored. */
    public static final String DRAFT = assessment(ASSESSMENT_ID, ASSESSOR, "DRAFT", 3,
            score("value-for-money", 4, "Savings are cashable and confirmed.", "HIGH", 3, "Both councils' budgets show it."),
            score("collaboration", null, null, null, null, null),
            score("deliverability", 2, "Milestones are vague & the risks unowned.", "LOW", null, null));

    public static final String ASSESSOR_PROFILE = """
            {"username": "assessor.dclg", "displayName": "Alex Assessor", "employerOrganisationId": "GB-GOV-DCLG",
             "interests": [
               {"type": "DISCLOSABLE_PECUNIARY", "organisationId": "GB-LAE-BAB", "bidId": null, "holder": "SELF",
                "nature": "I own shares in a supplier to Babergh", "arose": null, "declaredAt": "2026-05-01T10:00:00Z"},
               {"type": "OTHER", "organisationId": null, "bidId": "B-2026-0042", "holder": "SPOUSE_OR_PARTNER",
                "nature": "My partner advised on the bid's business case", "arose": "2026-04-01",
                "declaredAt": "2026-05-02T10:00:00Z"}],
             "dispensations": [], "secondments": [], "active": true, "version": 4}
            """;

    public static String validation(String instance, String... fieldsAndMessages) {
        StringBuilder violations = new StringBuilder();
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            violations.append(i == 0 ? "" : ",").append("{\"field\": \"").append(fieldsAndMessages[i])
                    .append("\", \"message\": \"").append(fieldsAndMessages[i + 1]).append("\"}");
        }
        int count = fieldsAndMessages.length / 2;
        return """
                {"type": "urn:tca:problem:validation", "title": "Request is not valid", "status": 400,
                 "detail": "%s", "instance": "%s", "violations": [%s]}
                """.formatted(count == 1 ? "1 field is not valid" : count + " fields are not valid", instance, violations);
    }

    public static String problem(String type, String title, int status, String detail) {
        return """
                {"type": "urn:tca:problem:%s", "title": "%s", "status": %d, "detail": "%s"}
                """.formatted(type, title, status, detail);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
