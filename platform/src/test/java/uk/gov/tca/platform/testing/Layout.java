package uk.gov.tca.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout every service keeps, as ArchUnit rules a service's {@code LayoutTests} applies to its own packages:
 * packages by feature that do not go round in circles, rules in plain Java, and resources that only call services.
 */
public final class Layout {

    private Layout() {
    }

    /** No feature package depends, however indirectly, on one that depends on it. */
    public static ArchRule featuresFormNoCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .as("the features of " + servicePackage + " depend on each other one way only");
    }

    /**
     * The rule books — classes named {@code *Rules} or {@code *Policy}, and the access and disclosure rules a service
     * names — say what holds in plain Java: no HTTP, no problem documents, no persistence.
     */
    public static ArchRule rulesArePlainJava(String servicePackage, String... alsoRuleBooks) {
        DescribedPredicate<JavaClass> ruleBook = DescribedPredicate.describe("rule books", c ->
                c.getPackageName().startsWith(servicePackage) && (c.getSimpleName().endsWith("Rules")
                        || c.getSimpleName().endsWith("Policy") || java.util.Arrays.asList(alsoRuleBooks)
                        .contains(c.getSimpleName())));
        return noClasses().that(ruleBook).should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.hibernate..", "jakarta.persistence..",
                        "io.quarkus.hibernate..", "uk.gov.tca.platform.problem..")
                .as("rule books in " + servicePackage + " import neither JAX-RS, nor persistence, nor the problem mappers");
    }

    /** A resource maps HTTP to a service: it never queries or changes entities through their static methods. */
    public static ArchRule resourcesTouchNoEntityStatics(String servicePackage) {
        DescribedPredicate<JavaClass> resource = DescribedPredicate.describe("resources", c ->
                c.getPackageName().startsWith(servicePackage) && (c.isAnnotatedWith("jakarta.ws.rs.Path")
                        || c.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith("jakarta.ws.rs.Path"))));
        DescribedPredicate<JavaMethodCall> entityStatic = DescribedPredicate.describe("a static method of an entity",
                call -> call.getTarget().getOwner().isAnnotatedWith("jakarta.persistence.Entity")
                        && call.getTarget().resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                        .orElse(false));
        return noClasses().that(resource).should().callMethodWhere(entityStatic)
                .as("resources in " + servicePackage + " do not touch entities' statics");
    }
}
