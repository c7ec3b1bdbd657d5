package org.plenary;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.plenary.notifications.OutboxQueries;

/**
 * The top floor: {@code notifications} and {@code letters} only listen to and read the other
 * modules, {@code secretariat} (the control room) and {@code delegates} only read them; no main class
 * elsewhere uses them, with no exception (ModularityTests checks cycles and internals; this checks
 * the direction). A lower module that needs the top floor's work publishes an event
 * ({@code VisaLetterIssued}) or declares an interface that letters implements
 * ({@code visas.VisaLetterPrinter}). Test code may read the outbox.
 */
@AnalyzeClasses(packages = "org.plenary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule nothingUsesNotifications = noClasses()
            .that().resideOutsideOfPackages("org.plenary.notifications..", "org.plenary.secretariat..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.notifications..")
            .because("modules publish what happened and notifications turns it into mail, in the same transaction");

    @ArchTest
    static final ArchRule theControlRoomOnlyCountsTheOutbox = noClasses()
            .that().resideInAPackage("org.plenary.secretariat..")
            .should().dependOnClassesThat(resideInAPackage("org.plenary.notifications..")
                    .and(not(equivalentTo(OutboxQueries.class))))
            .because("the control room reads the outbox's counts; it never queues or sends a mail");

    @ArchTest
    static final ArchRule nothingUsesTheControlRoom = noClasses()
            .that().resideOutsideOfPackage("org.plenary.secretariat..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.secretariat..")
            .because("the control room reads every module; no module depends on it (top floor)");

    static final ArchRule nothingUsesLetters = noClasses()
            .that().resideOutsideOfPackage("org.plenary.letters..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.letters..")
            .because("letters read the other modules to print; what a lower module needs printed it asks through "
                    + "an interface of its own that letters implements (visas.VisaLetterPrinter)");
}
