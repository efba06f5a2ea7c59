package uk.gov.tca.partner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import uk.gov.tca.platform.testing.Layout;

/** The partner-service's packages keep the layout every service keeps (see {@link Layout}). */
@AnalyzeClasses(packages = "uk.gov.tca.partner", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutTests {

    @ArchTest
    static final ArchRule FEATURES_FORM_NO_CYCLES = Layout.featuresFormNoCycles("uk.gov.tca.partner");

    @ArchTest
    static final ArchRule RULES_ARE_PLAIN_JAVA = Layout.rulesArePlainJava("uk.gov.tca.partner");

    @ArchTest
    static final ArchRule RESOURCES_TOUCH_NO_ENTITY_STATICS = Layout.resourcesTouchNoEntityStatics("uk.gov.tca.partner");
}
