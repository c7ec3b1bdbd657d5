package org.plenary;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.plenary.letters.VisaLetterIssued;

/**
 * The top floor: {@code notifications} and {@code letters} only listen to and read the other
 * modules; no main class elsewhere uses them (ModularityTests checks cycles and internals; this
 * checks the direction). Test code may read the outbox.
 */
@AnalyzeClasses(packages = "org.plenary", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule nothingUsesNotifications = noClasses()
            .that().resideOutsideOfPackage("org.plenary.notifications..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.notifications..")
            .because("modules publish what happened and notifications turns it into mail, in the same transaction");

    @ArchTest
    static final ArchRule nothingButNotificationsUsesLetters = noClasses()
            .that().resideOutsideOfPackages("org.plenary.letters..", "org.plenary.notifications..",
                    "org.plenary.delegates..")
            .should().dependOnClassesThat().resideInAPackage("org.plenary.letters..")
            .because("letters read the other modules to print; nothing depends on a printed letter, except the "
                    + "top floor's own readers (\"my meetings\" shows one's visa letter)");

    @ArchTest
    static final ArchRule notificationsKnowOnlyTheEventsOfLetters = noClasses()
            .that().resideInAPackage("org.plenary.notifications..")
            .should().dependOnClassesThat(resideInAPackage("org.plenary.letters..")
                    .and(not(equivalentTo(VisaLetterIssued.class))))
            .because("the visa mail listens to the letter's event; the rest of letters is not notifications' concern");
}
