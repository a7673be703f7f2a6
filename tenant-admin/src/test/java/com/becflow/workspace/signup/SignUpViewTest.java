package com.becflow.workspace.signup;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.api.signup.SignUpLimits;
import com.becflow.shared.limits.RateLimit;
import com.becflow.shared.limits.RateLimited;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.SignUp;
import com.becflow.tenancy.app.TenantRegistry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sign-up form when a rate limit refuses: it says so on the page, above the button, and makes nothing. */
class SignUpViewTest {

    private final List<SignUp> signedUp = new ArrayList<>();

    @Test
    void aRefusedSignUpIsSaidOnThePageAndNothingIsMade() {
        SignUpView view = new SignUpView(registry(), validatorFindingNothing(), new SignUpLimits() {
            @Override
            public void check(HttpServletRequest request) {
                throw new RateLimited(new RateLimit("signup.address", 5, Duration.ofHours(1),
                        "Too many workspaces were started from your network in a short time."), Duration.ofMinutes(42));
            }
        });
        assertThat(find(view, "signup-refused").isVisible()).isFalse();
        fill(view);

        ((Button) find(view, "create-workspace")).click();

        Component refused = find(view, "signup-refused");
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getElement().getText()).isEqualTo("We could not create your workspace just now. Too many "
                + "workspaces were started from your network in a short time. Try again in 42 minutes.");
        assertThat(refused.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(find(view, "create-workspace").getElement().isEnabled()).isTrue();
        assertThat(signedUp).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void fill(SignUpView view) {
        ((HasValue<?, String>) find(view, "business-name")).setValue("Studio");
        ((HasValue<?, String>) find(view, "first-name")).setValue("Ada");
        ((HasValue<?, String>) find(view, "last-name")).setValue("Lovelace");
        ((HasValue<?, String>) find(view, "email")).setValue("ada@studio.test");
        ((HasValue<?, String>) find(view, "password")).setValue("correct horse battery");
    }

    private TenantRegistry registry() {
        return new TenantRegistry() {
            @Override
            public Tenant signUp(SignUp command) {
                signedUp.add(command);
                throw new AssertionError("nothing may be made once the limit refused");
            }
        };
    }

    private static Validator validatorFindingNothing() {
        return (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(), new Class<?>[] {Validator.class},
                (proxy, method, args) -> method.getName().startsWith("validate") ? Set.of() : null);
    }

    private static Component find(Component root, String id) {
        return search(root, id).orElseThrow(() -> new AssertionError("No component #" + id));
    }

    private static Optional<Component> search(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> search(c, id)).flatMap(Optional::stream).findFirst();
    }
}
