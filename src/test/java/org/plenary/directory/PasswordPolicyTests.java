package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.shared.PlenaryException;

class PasswordPolicyTests {

    private static void refused(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).as(password)
                .isInstanceOfSatisfying(PlenaryException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void shortCommonAndRepeatedPasswordsAreRefused() {
        refused(null, "account.passwordTooShort");
        refused("elevenchars", "account.passwordTooShort");
        refused("1qaz2wsx3edc", "account.passwordCommon");
        refused("Password2024!", "account.passwordCommon");
        refused("  sunshine12345", "account.passwordCommon");
        refused("dragondragondragon", "account.passwordCommon");
        refused("aaaaaaaaaaaaaaaa", "account.passwordCommon");
        refused("121212121212", "account.passwordCommon");
    }

    @Test
    void overSeventyTwoBytesIsRefusedNotCrashed() {
        refused("密码".repeat(12) + "一", "account.passwordTooLong"); // 25 Chinese characters: 75 bytes
        refused("x".repeat(73), "account.passwordTooLong");
        assertThatCode(() -> PasswordPolicy.check("会议文件提交截止日期为九月一日两周后")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("y".repeat(60) + "abcdefghijkl")).doesNotThrowAnyException();
    }

    @Test
    void passphrasesAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("correct-horse-battery")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("Rapporteur Q13 meets in Geneva")).doesNotThrowAnyException();
    }
}
