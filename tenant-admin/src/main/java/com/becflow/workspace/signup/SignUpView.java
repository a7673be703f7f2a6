package com.becflow.workspace.signup;

import com.becflow.api.signup.SignUpLimits;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.limits.RateLimited;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.SignUp;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.FieldErrors;
import com.becflow.workspace.security.PublicPage;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Start your free trial": creates the Keycloak account, the tenant and its schema, then sends the new
 * freelancer to Keycloak's sign-in page with the email filled in. The rules live in {@link SignUp} and
 * {@link TenantRegistry}; this view only shows their verdicts on the fields. Sign-ups are limited like the API's
 * ({@link SignUpLimits}); a refusal is said on the page, above the button.
 */
@Route("signup")
@PageTitle("Start your free trial | Becflow")
@PublicPage
public class SignUpView extends VerticalLayout {

    private static final Logger LOG = Logger.getLogger(SignUpView.class.getName());

    private final TextField businessName = new TextField("Business name");
    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final ComboBox<String> homeCurrency = new ComboBox<>("Currency you bill in");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private final Paragraph refused = new Paragraph();

    private final TenantRegistry registry;
    private final Validator validator;
    private final SignUpLimits limits;

    @Inject
    public SignUpView(TenantRegistry registry, Validator validator, SignUpLimits limits) {
        this.registry = registry;
        this.validator = validator;
        this.limits = limits;
        setMaxWidth("640px");
        getStyle().set("margin", "0 auto");
        businessName.setId("business-name");
        firstName.setId("first-name");
        lastName.setId("last-name");
        email.setId("email");
        password.setId("password");
        password.setHelperText("At least 10 characters");
        timeZone.setId("time-zone");
        homeCurrency.setId("home-currency");
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        timeZone.setValue("Europe/Berlin");
        homeCurrency.setItems(Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getDefaultFractionDigits() >= 0).map(Currency::getCurrencyCode).sorted().toList());
        homeCurrency.setValue("EUR");
        fields.put("businessName", businessName);
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("email", email);
        fields.put("password", password);
        fields.put("timeZone", timeZone);
        fields.put("homeCurrency", homeCurrency);
        FormLayout form = new FormLayout(businessName, firstName, lastName, email, password, timeZone, homeCurrency);
        form.setColspan(businessName, 2);
        form.setColspan(email, 2);
        form.setColspan(password, 2);
        Button create = new Button("Create my workspace", e -> submit());
        create.setId("create-workspace");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        refused.setId("signup-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "500");
        refused.setVisible(false);
        add(new H2("Start your free trial"), new Paragraph("Seven days with everything. No card needed."), form, refused,
                create);
    }

    private void submit() {
        FieldErrors.clear(fields.values());
        refused.setVisible(false);
        SignUp command = new SignUp(businessName.getValue(), firstName.getValue(), lastName.getValue(),
                email.getValue(), password.getValue(), timeZone.getValue(), homeCurrency.getValue());
        Set<ConstraintViolation<SignUp>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            violations.forEach(v -> FieldErrors.show(fields, v.getPropertyPath().toString(), v.getMessage()));
            reenable();
            return;
        }
        try {
            limits.check(currentRequest());
        } catch (RateLimited e) {
            refused.setText("We could not create your workspace just now. " + e.getMessage());
            refused.setVisible(true);
            reenable();
            return;
        }
        try {
            Tenant tenant = registry.signUp(command);
            getUI().ifPresent(ui -> ui.getPage().setLocation("/sign-in?login_hint="
                    + URLEncoder.encode(tenant.ownerEmail(), StandardCharsets.UTF_8)));
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                error(e.getMessage());
            }
            e.fieldErrors().forEach((field, message) -> FieldErrors.show(fields, field, message));
            reenable();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Sign-up failed", e);
            error("We could not create your workspace just now. Nothing was kept; please try again in a minute.");
            reenable();
        }
    }

    /** The request of the click, as the servlet container saw it (null outside a request, e.g. in a unit test). */
    private static HttpServletRequest currentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request instanceof VaadinServletRequest servlet ? servlet.getHttpServletRequest() : null;
    }

    private void reenable() {
        getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(b -> b.setEnabled(true));
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
