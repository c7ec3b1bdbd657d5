package org.plenary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The top floor: {@code notifications} and {@code letters} only listen to and read the other
 * modules; no main class elsewhere uses them, with no exception (ModularityTests checks cycles and
 * internals; this checks the direction). A lower module that needs the top floor's work publishes an
 * event ({@code VisaLetterIssued}) or declares an interface that letters implements
 * ({@code visas.VisaLetterPrinter}). Test code may read the outbox.
 */
@AnalyzeClasses(packages = "org.plenary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule nothingUsesNotifications = noClasses()
            .that().resideOutsideOfPackage("org.plenary.notifications..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.notifications..")
            .because("modules publish what happened and notifications turns it into mail, in the same transaction");

    @ArchTest
    static final ArchRule nothingUsesLetters = noClasses()
            .that().resideOutsideOfPackage("org.plenary.letters..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.letters..")
            .because("letters read the other modules to print; what a lower module needs printed it asks through "
                    + "an interface of its own that letters implements (visas.VisaLetterPrinter)");
}
