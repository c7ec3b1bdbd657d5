package org.plenary.directory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.security.Principal;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

/** One accessor ({@link CurrentUser}): no other main class reads the security context or takes the principal as a parameter. */
class CurrentUserRuleTests {

    @Test
    void nothingElseAsksSpringSecurityWhoIsCalling() {
        var main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.plenary");
        noClasses().that().doNotHaveFullyQualifiedName(CurrentUser.class.getName()).should().dependOnClassesThat()
                .haveFullyQualifiedName(SecurityContextHolder.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(AuthenticationPrincipal.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Principal.class.getName())
                .check(main);
    }
}
