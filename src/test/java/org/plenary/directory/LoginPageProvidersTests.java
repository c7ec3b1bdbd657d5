package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Formats;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The login page as rendered with other sign-in settings than the shared test context's (which has two
 * providers): without providers it shows no provider buttons and the password form as always; with passwords
 * switched off it shows no password form, and every password is refused.
 */
@IntegrationTest
class LoginPageProvidersTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountManagement accounts;
    @Autowired
    OidcAccounts oidcAccounts;
    @Autowired
    Formats formats;
    @Autowired
    BaseUrl baseUrl;
    @Autowired
    ThymeleafViewResolver views;
    @Autowired
    org.springframework.security.authentication.AuthenticationProvider passwordLogin;

    private String render(OidcSettings settings) throws Exception {
        OidcProviders providers = new OidcProviders(settings, baseUrl);
        List<Object> advice = new ArrayList<>(context.getBeansWithAnnotation(ControllerAdvice.class).values().stream()
                .filter(a -> !(a instanceof LoginProvidersAdvice)).toList());
        advice.add(new LoginProvidersAdvice(providers, settings, oidcAccounts, formats));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new AccountController(accounts))
                .setControllerAdvice(advice.toArray())
                .setViewResolvers((org.springframework.web.servlet.ViewResolver) views::resolveViewName).build();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void withoutProvidersTheLoginPageShowsNoProviderButtons() throws Exception {
        String page = render(new OidcSettings(true, null, Map.of()));
        assertThat(page).contains("id=\"password-login\"").contains("forgot-password")
                .doesNotContain("login-providers").doesNotContain("/oauth2/authorization/");
    }

    @Test
    void theSharedContextsProvidersShowAsButtons() throws Exception {
        String page = new String(render(context.getBean(OidcSettings.class)));
        assertThat(page).contains("login-providers").contains("Sign in with Alpha ID").contains("Sign in with Beta Login")
                .contains("/oauth2/authorization/alpha").contains("id=\"password-login\"");
    }

    @Test
    void withPasswordsOffThereIsNoPasswordFormAndEveryPasswordIsRefused() throws Exception {
        OidcSettings off = new OidcSettings(false, null, context.getBean(OidcSettings.class).providers());
        String page = render(off);
        assertThat(page).doesNotContain("id=\"password-login\"").doesNotContain("forgot-password")
                .contains("/oauth2/authorization/alpha");

        var refusing = AuthenticationConfig.passwordLogin(passwordLogin, off);
        var admin = new UsernamePasswordAuthenticationToken("secretariat@plenary.local", "test-admin-password-1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> refusing.authenticate(admin))
                .isInstanceOf(DisabledException.class);
        assertThat(AuthenticationConfig.passwordLogin(passwordLogin, new OidcSettings(true, null, Map.of())))
                .isSameAs(passwordLogin);
    }
}
