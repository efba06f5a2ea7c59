package uk.gov.tca.scoring.assessor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.scoring.Roles;
import uk.gov.tca.scoring.assignment.AssignmentService;

/**
 * Assessor profiles. An assessor keeps its own (employer, declared interests — added, never edited); a
 * programme manager reads them all and grants dispensations. A new interest takes away any bid it conflicts.
 */
@Path("/assessors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessors", description = "Assessor profiles, declared interests and dispensations")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssessorResource {

    private final Callers callers;
    private final AuditLog audit;
    private final AssignmentService assignments;
    private final Clock clock;

    public AssessorResource(Callers callers, AuditLog audit, AssignmentService assignments, Clock clock) {
        this.callers = callers;
        this.audit = audit;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Schema(name = "Assessor")
    public record AssessorView(String username, String displayName, String employerOrganisationId,
            List<Interest> interests, List<Dispensation> dispensations, boolean active, long version) {

        static AssessorView of(Assessor a) {
            return new AssessorView(a.username, a.displayName, a.employerOrganisationId, a.interests, a.dispensations,
                    a.active, a.version);
        }
    }

    @Schema(name = "AssessorInput")
    public record ProfileInput(@Size(max = 200) String displayName,
            @Schema(description = "Defaults to the organisation of the token") @Size(max = 80) String employerOrganisationId,
            Boolean active) {
    }

    @GET
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "All assessor profiles (programme managers)")
    public List<AssessorView> list() {
        return Assessor.<Assessor>listAll(io.quarkus.panache.common.Sort.by("username")).stream().map(AssessorView::of)
                .toList();
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "An assessor's profile: its own, or any for a programme manager; 'me' for the caller's")
    public Response get(@PathParam("username") String username) {
        Assessor a = visible(callers.current(), username);
        return ETags.ok(AssessorView.of(a), a.version);
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.ASSESSOR)
    @Transactional
    @Operation(summary = "Create or change one's own profile",
            description = "Creating needs no If-Match; changing an existing profile does. Interests are declared apart.")
    public Response putMine(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull ProfileInput body) {
        Caller caller = callers.current();
        Assessor a = Assessor.findById(caller.name());
        boolean created = a == null;
        var before = created ? null : a.snapshot();
        if (created) {
            a = new Assessor();
            a.username = caller.name();
            a.createdBy(caller.name(), clock.instant());
        } else {
            ETags.requireMatch(ifMatch, a.version);
            a.changedBy(caller.name(), clock.instant());
        }
        a.displayName = body.displayName();
        a.employerOrganisationId = body.employerOrganisationId() != null ? body.employerOrganisationId()
                : caller.organisation();
        if (body.active() != null) {
            a.active = body.active();
        }
        a.persistAndFlush();
        audit.record(caller.name(), created ? "ASSESSOR_REGISTERED" : "ASSESSOR_UPDATED", "assessor", a.username, before,
                a.snapshot());
        return created ? Response.status(201).entity(AssessorView.of(a)).header("ETag", ETags.of(a.version))
                .location(java.net.URI.create("/assessors/" + a.username)).build() : ETags.ok(AssessorView.of(a), a.version);
    }

    @POST
    @Path("/me/interests")
    @RolesAllowed(Roles.ASSESSOR)
    @Transactional
    @Operation(summary = "Declare an interest",
            description = "Existence and nature: the nature must say what the interest is. Kept as declared. Any bid "
                    + "the assessor holds that the interest conflicts is taken away at once.")
    public Response declare(@Valid @NotNull Interest body) {
        Caller caller = callers.current();
        Assessor a = Assessor.findById(caller.name());
        if (a == null) {
            throw ProblemException.conflict("register a profile (PUT /assessors/me) before declaring interests");
        }
        if (body.organisationId() == null && body.bidId() == null) {
            throw ProblemException.invalid("organisationId", "an interest is in an organisation or a bid: name one");
        }
        if (body.nature().strip().toLowerCase().matches("(as noted|as recorded|noted|see register)\\.?")) {
            throw ProblemException.invalid("nature", "say what the interest is; \"as noted\" is not a declaration");
        }
        var before = a.snapshot();
        List<Interest> interests = new ArrayList<>(a.interests);
        interests.add(new Interest(body.type(), body.organisationId(), body.bidId(),
                body.holder() == null ? Interest.Holder.SELF : body.holder(), body.nature().strip(), body.arose(),
                clock.instant()));
        a.interests = interests;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "INTEREST_DECLARED", "assessor", a.username, before, a.snapshot());
        assignments.revokeConflicted(caller.name(), a);
        return Response.status(201).entity(AssessorView.of(a)).build();
    }

    @POST
    @Path("/{username}/dispensations")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Transactional
    @Operation(summary = "Grant a dispensation (programme managers): for an organisation or a bid, with reason and expiry")
    public Response dispense(@PathParam("username") String username, @Valid @NotNull Dispensation body) {
        Caller caller = callers.current();
        Assessor a = Assessor.findById(username);
        if (a == null) {
            throw ProblemException.notFound("Assessor " + username);
        }
        if (body.organisationId() == null && body.bidId() == null) {
            throw ProblemException.invalid("organisationId", "a dispensation covers an organisation or a bid: name one");
        }
        if (body.expires().isBefore(java.time.LocalDate.now(clock))) {
            throw ProblemException.invalid("expires", "is in the past");
        }
        var before = a.snapshot();
        List<Dispensation> dispensations = new ArrayList<>(a.dispensations);
        dispensations.add(new Dispensation(body.organisationId(), body.bidId(), body.reason().strip(), body.expires(),
                clock.instant(), caller.name()));
        a.dispensations = dispensations;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "DISPENSATION_GRANTED", "assessor", a.username, before, a.snapshot());
        return Response.status(201).entity(AssessorView.of(a)).build();
    }

    private static Assessor visible(Caller caller, String username) {
        String who = "me".equals(username) ? caller.name() : username;
        Assessor a = Assessor.findById(who);
        if (a == null || !caller.is(Roles.PROGRAMME_MANAGER) && !who.equals(caller.name())) {
            throw ProblemException.notFound("Assessor " + username);
        }
        return a;
    }
}
