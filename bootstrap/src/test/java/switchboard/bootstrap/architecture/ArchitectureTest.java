package switchboard.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency rule of ARCHITECTURE.md, one rule per forbidden dependency. Each rule fails if
 * the classes it speaks of are missing (ArchUnit's failOnEmptyShould), and every guarded package
 * is also checked to hold classes, so a misspelled package cannot make a rule pass vacuously.
 */
class ArchitectureTest {

    private static final String DOMAIN = "switchboard.domain..";
    private static final String APPLICATION = "switchboard.application..";
    private static final String INBOUND = "switchboard.adapter.in..";
    private static final String OUTBOUND = "switchboard.adapter.out..";
    private static final String GUARD = "switchboard.adapter.in.guard..";
    private static final String DISPATCH = "switchboard.application.dispatch..";
    private static final String BOOTSTRAP = "switchboard.bootstrap..";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages("switchboard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"switchboard.domain", "switchboard.application.shared", "switchboard.application.send",
            "switchboard.application.dispatch", "switchboard.application.dispatch.port", "switchboard.application.contact",
            "switchboard.application.credential", "switchboard.application.tenant", "switchboard.application.template",
            "switchboard.application.inbox", "switchboard.application.guard", "switchboard.application.provider",
            "switchboard.application.message", "switchboard.application.delivery", "switchboard.application.suppression",
            "switchboard.application.retention", "switchboard.application.telemetry", "switchboard.application.overview",
            "switchboard.application.sms", "switchboard.application.event", "switchboard.application.event.port",
            "switchboard.adapter.in.admin", "switchboard.adapter.in.console",
            "switchboard.adapter.in.fliplet", "switchboard.adapter.in.capillary", "switchboard.adapter.in.dripcel",
            "switchboard.adapter.in.guard", "switchboard.adapter.in.callback", "switchboard.adapter.out.persistence",
            "switchboard.adapter.out.provider", "switchboard.adapter.out.security", "switchboard.adapter.out.text",
            "switchboard.adapter.out.metrics", "switchboard.adapter.out.telemetry",
            "switchboard.bootstrap", "switchboard.bootstrap.wiring"})
    void everyGuardedPackageHoldsClasses(String packageName) {
        assertThat(production.stream().filter(type -> type.getPackageName().startsWith(packageName)))
                .as("classes in %s", packageName).isNotEmpty();
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        check(classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java.."));
    }

    @Test
    void applicationDependsOnlyOnTheDomain() {
        check(classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java.."));
    }

    @Test
    void inboundAdaptersNeverUseOutboundAdapters() {
        check(noClasses().that().resideInAPackage(INBOUND).should().dependOnClassesThat().resideInAPackage(OUTBOUND));
    }

    @Test
    void outboundAdaptersNeverUseInboundAdapters() {
        check(noClasses().that().resideInAPackage(OUTBOUND).should().dependOnClassesThat().resideInAPackage(INBOUND));
    }

    /** Each dialect implements the request guard's contract, the one module the inbound adapters share. */
    @Test
    void dialectsNeverUseEachOther() {
        check(slices().matching("switchboard.adapter.in.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(GUARD)));
    }

    @Test
    void theGuardFilterDependsOnNoDialect() {
        check(noClasses().that().resideInAPackage(GUARD).should()
                .dependOnClassesThat(resideInAPackage(INBOUND).and(DescribedPredicate.not(resideInAPackage(GUARD)))));
    }

    @Test
    void inboundHttpLivesOnlyInInboundAdapters() {
        check(classes().that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .or().areAnnotatedWith("io.micronaut.http.annotation.ServerFilter")
                .should().resideInAPackage(INBOUND));
    }

    @Test
    void outboundPortsAreImplementedOnlyByOutboundAdapters() {
        check(classes().that().implement(outboundPort()).and().areNotInterfaces().should().resideInAPackage(OUTBOUND));
    }

    @Test
    void outboundAdaptersNeverCallInboundPorts() {
        check(noClasses().that().resideInAPackage(OUTBOUND).should().dependOnClassesThat(useCase().as("are use cases")));
    }

    @Test
    void servicesNeverDependOnTheDispatchEngine() {
        check(noClasses().that().resideInAPackage(APPLICATION).and().resideOutsideOfPackage(DISPATCH)
                .should().dependOnClassesThat(dispatchEngine()));
    }

    @Test
    void featuresAreFreeOfCycles() {
        check(slices().matching("switchboard.application.(*)..").should().beFreeOfCycles());
    }

    @Test
    void outboundAdaptersNeverUseEachOther() {
        check(slices().matching("switchboard.adapter.out.(*)..").should().notDependOnEachOther());
    }

    @Test
    void inboundAdaptersCallUseCasesNotServicesOrStores() {
        check(noClasses().that().resideInAPackage(INBOUND).should().dependOnClassesThat(serviceStoreOrEngine()));
    }

    @Test
    void onlyBootstrapKnowsBootstrap() {
        check(noClasses().that().resideOutsideOfPackage(BOOTSTRAP).should().dependOnClassesThat().resideInAPackage(BOOTSTRAP));
    }

    @Test
    void vendorNamesStayOutOfTheCore() {
        check(noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().haveNameMatching("(?i).*(twilio|fcm|firebase|smtp|zalo|javamail|jdbc).*"));
    }

    @Test
    void useCasesAreInterfacesWithOneMethod() {
        check(classes().that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces().andShould(haveExactlyOneAbstractMethod()));
    }

    @Test
    void servicesImplementUseCases() {
        check(classes().that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
                .should().implement(useCase()));
    }

    private static ArchCondition<JavaClass> haveExactlyOneAbstractMethod() {
        return new ArchCondition<>("have exactly one method") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                long methods = type.getMethods().stream().filter(method -> method.getModifiers().contains(JavaModifier.ABSTRACT)).count();
                events.add(new SimpleConditionEvent(type, methods == 1, type.getName() + " has " + methods + " methods"));
            }
        };
    }

    private static DescribedPredicate<JavaClass> serviceStoreOrEngine() {
        return DescribedPredicate.describe("are application services, outbound ports or the dispatch engine",
                type -> type.getPackageName().startsWith("switchboard.application.")
                        && (type.getSimpleName().endsWith("Service") || type.getPackageName().endsWith(".port")
                        || type.getPackageName().equals("switchboard.application.dispatch")));
    }

    private static DescribedPredicate<JavaClass> outboundPort() {
        return DescribedPredicate.describe("an outbound port",
                type -> type.isInterface() && type.getPackageName().startsWith("switchboard.application.")
                        && type.getPackageName().endsWith(".port"));
    }

    /** The dispatch feature's classes but for the port other features hand deliveries through. */
    private static DescribedPredicate<JavaClass> dispatchEngine() {
        return DescribedPredicate.describe("are the dispatch engine",
                type -> type.getPackageName().equals("switchboard.application.dispatch")
                        && !type.getSimpleName().equals("Dispatcher"));
    }

    private static DescribedPredicate<JavaClass> useCase() {
        return DescribedPredicate.describe("a use case",
                type -> type.getPackageName().startsWith("switchboard.application.") && type.isInterface()
                        && type.getSimpleName().endsWith("UseCase"));
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
}
